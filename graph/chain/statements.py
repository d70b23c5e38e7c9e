"""The mandate statements a chain is made of, read from the store by pattern lookups.

A statement (`mg:MandateStatement`, see ontology/mandate.ttl) says that a subject (the citing
document, a body, another document or an activity) was established, extended, requested,
terminated or done under an act, with the act's paragraph, the date it runs until, its evidence
and its confidence. Chains follow statements only: a reference ("Recalling resolution 70/1") is
never a link of a mandate chain, at most context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from ..vocab.iris import MG, PROV

STATEMENT_SUBJECT = ox.NamedNode(MG + "statementSubject")
STATEMENT_RELATION = ox.NamedNode(MG + "statementRelation")
MANDATING_ACT = ox.NamedNode(MG + "mandatingAct")
STATED_IN = ox.NamedNode(MG + "statedIn")
_FIELDS = {
    MG + "paragraph": "paragraph",
    MG + "until": "until",
    MG + "confidence": "confidence",
    MG + "evidence": "evidence",
    MG + "subjectText": "subject_text",
    MG + "rule": "rule",
    MG + "subjectKind": "subject_kind",
    STATED_IN.value: "document",
    PROV + "wasGeneratedBy": "activity",
}
# Relations a context line may name for an act, read forward ("extends", not "extended by").
FORWARD = {
    "establishedBy": "establishes",
    "extendedBy": "extends",
    "terminatedBy": "terminates",
    "requestedBy": "requests",
    "pursuantTo": "is the basis of",
    "inAccordanceWith": "is the basis of",
}


@dataclass(frozen=True, slots=True)
class Statement:
    """What one statement node says, as plain values (empty strings when not stated)."""

    graph: ox.NamedNode
    node: ox.NamedNode
    relation: str
    subject: str
    act: str
    paragraph: str = ""
    until: str = ""
    confidence: float = 1.0
    evidence: str = ""
    subject_text: str = ""
    rule: str = ""
    subject_kind: str = ""
    document: str = ""  # IRI of the document that states it
    activity: str = ""  # IRI of the ingest that read it (its provenance)


def _name(iri: str) -> str:
    return iri[len(MG) :] if iri.startswith(MG) else iri


def statements_at(store, iri: str, *, as_act: bool) -> Iterator[Statement]:
    """Every statement whose subject (or, with `as_act`, whose act) is `iri`, with its facts.

    One lookup finds the statements; one more per statement reads its facts from its own graph.
    """
    role = MANDATING_ACT if as_act else STATEMENT_SUBJECT
    for q in store.quads(None, role, ox.NamedNode(iri)):
        st, graph = q.subject, q.graph_name
        if not isinstance(st, ox.NamedNode):
            continue
        facts: dict[str, str] = {}
        ends = {"subject": "", "act": "", "relation": ""}
        for fact in store.quads(st, None, None, graph):
            p = fact.predicate.value
            if p == STATEMENT_SUBJECT.value:
                ends["subject"] = fact.object.value
            elif p == MANDATING_ACT.value:
                ends["act"] = fact.object.value
            elif p == STATEMENT_RELATION.value:
                ends["relation"] = _name(fact.object.value)
            elif p in _FIELDS:
                facts[_FIELDS[p]] = fact.object.value
        if not all(ends.values()):
            continue
        yield Statement(
            graph,
            st,
            ends["relation"],
            ends["subject"],
            ends["act"],
            paragraph=facts.get("paragraph", ""),
            until=facts.get("until", ""),
            confidence=_confidence(facts.get("confidence")),
            evidence=" ".join(facts.get("evidence", "").split()),
            subject_text=" ".join(facts.get("subject_text", "").split()),
            rule=facts.get("rule", ""),
            subject_kind=facts.get("subject_kind", ""),
            document=facts.get("document", ""),
            activity=facts.get("activity", ""),
        )


def _confidence(text: str | None) -> float:
    try:
        return float(text) if text is not None else 1.0
    except ValueError:
        return 0.0


def best_first(stated: list[Statement], order) -> list[Statement]:
    """Statements of one link, the one to show first: the most confident, then the earliest
    stating document (`order(statement)` gives its date-and-key sort key)."""
    return sorted(stated, key=lambda s: (-s.confidence, order(s)))
