"""The closed vocabularies of the model: kinds of things a reference points at, relations
(mandate, citation, structure), what a mandate statement can be about, and the relations of
statements with the family each belongs to.

Plain tuples, no imports: `chain` and `query` read them without loading the dataclasses of
graph/model.py.
"""

from __future__ import annotations

# Kinds of things a reference can point at.
KINDS = ("resolution", "decision", "document", "session", "meeting", "body", "unresolved")

# Relations that carry a mandate: the subject exists or acts because of the target.
# They are all sub-properties of mg:mandatedBy in ontology/mandate.ttl.
MANDATE_RELATIONS = (
    "establishedBy",
    "requestedBy",
    "pursuantTo",
    "inAccordanceWith",
    "decides",
    "extends",
)
# Relations that only cite (cito-style); sub-properties of mg:cites.
CITATION_RELATIONS = ("recalls", "reaffirms", "takesNoteOf", "welcomes", "endorses", "cites")
# Structural relations of documents to sessions, meetings and bodies.
STRUCTURE_RELATIONS = ("submittedTo", "adoptedAt", "reportOf", "issuedBy", "mentions")
RELATIONS = MANDATE_RELATIONS + CITATION_RELATIONS + STRUCTURE_RELATIONS

# What a mandate statement is about (docs/mandates.md): the citing document itself
# only when the text says so, a body named in the sentence, another document, or an activity.
SUBJECT_KINDS = ("self", "body", "document", "activity")
# Relations of mandate statements, read "subject -- relation -- act"; each is a sub-property of
# mg:mandatedBy. Families are what evaluation compares (extend and renew are one family).
STATEMENT_FAMILIES = {
    "establishedBy": "establish",
    "extendedBy": "extend",
    "requestedBy": "request",
    "pursuantTo": "basis",
    "inAccordanceWith": "basis",
    "terminatedBy": "terminate",
}
STATEMENT_RELATIONS = tuple(STATEMENT_FAMILIES)
