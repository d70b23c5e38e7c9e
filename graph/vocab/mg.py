"""The Mandate Graph vocabulary, mirroring ontology/mandate.ttl term for term.

A misspelt term raises (``_fail = True``); tests/test_ontology.py checks that every
term declared here is defined in the Turtle file, and every term defined there is declared here.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/mandate-graph/ontology"
MG_NS = ONTOLOGY_IRI + "#"
# Where acts without a symbol, sessions, meetings, bodies, citations and graphs live.
DEFAULT_BASE = "https://w3id.org/mandate-graph/id/"
UNDOCS = "https://undocs.org/"


class MG(DefinedNamespace):
    _NS = Namespace(MG_NS)
    _fail = True

    # Classes: what is cited and what cites
    Act: URIRef
    Document: URIRef
    Resolution: URIRef
    Decision: URIRef
    Report: URIRef
    Note: URIRef
    Agenda: URIRef
    Letter: URIRef
    Draft: URIRef
    Expression: URIRef
    Session: URIRef
    Meeting: URIRef
    Body: URIRef
    Citation: URIRef
    SourceFile: URIRef
    Ingest: URIRef
    Unresolved: URIRef
    MandateStatement: URIRef
    Activity: URIRef

    # Mandate relations (all sub-properties of mandatedBy)
    mandatedBy: URIRef
    establishedBy: URIRef
    requestedBy: URIRef
    pursuantTo: URIRef
    inAccordanceWith: URIRef
    extendedBy: URIRef
    terminatedBy: URIRef
    decides: URIRef  # deprecated: a reference's cue only
    extends: URIRef  # deprecated: a reference's cue only

    # Plain citation (sub-properties of cites)
    cites: URIRef
    recalls: URIRef
    reaffirms: URIRef
    takesNoteOf: URIRef
    welcomes: URIRef
    endorses: URIRef

    # Structure
    issuedBy: URIRef
    adoptedAt: URIRef
    submittedTo: URIRef
    reportOf: URIRef
    mentions: URIRef
    agendaItem: URIRef
    subsidiaryOf: URIRef
    sessionOf: URIRef
    meetingOf: URIRef
    heldFrom: URIRef
    heldTo: URIRef
    heldIn: URIRef
    sessionNumber: URIRef
    expressionOf: URIRef
    hasExpression: URIRef

    # Identity and metadata
    key: URIRef
    symbol: URIRef
    code: URIRef
    documentKind: URIRef
    originalLanguage: URIRef
    establishingAct: URIRef  # key of the act that established a body (bodies.ttl)
    terminatingAct: URIRef  # key of the act that ended it

    # Citation details and provenance
    relation: URIRef
    citationSubject: URIRef
    matchedText: URIRef
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef
    inFootnote: URIRef
    fromOcr: URIRef
    confusables: URIRef
    ocrEngine: URIRef
    symbolSource: URIRef
    ocrText: URIRef
    sourceFile: URIRef
    sourcePath: URIRef
    sha256: URIRef
    encoding: URIRef
    extractorVersion: URIRef

    # Mandate statements
    statementSubject: URIRef
    statementRelation: URIRef
    mandatingAct: URIRef
    statedIn: URIRef
    subjectKind: URIRef
    subjectText: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    actStart: URIRef
    actEnd: URIRef
    paragraph: URIRef
    until: URIRef
    reportingTarget: URIRef
