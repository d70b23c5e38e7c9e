"""Small hand-made stores for the query, chain, stats and network tests.

Each store is built the real way: DocumentRecords -> graph.build.build_graph -> Store.replace_graph.
"""

from __future__ import annotations

import subprocess

from graph.build import build_graph
from graph.model import DocumentRecord, Mandate, Reference
from graph.store import open_store
from graph.vocab.keys import iri_for


def ref(
    kind: str,
    key: str,
    relation: str = "cites",
    *,
    subject: str | None = None,
    evidence: str = "",
    body: str | None = None,
    date: str | None = None,
    start: int = 0,
) -> Reference:
    """A reference as the extractor would report it (text and offsets are placeholders)."""
    return Reference(
        kind=kind,
        key=key,
        iri=iri_for(kind, key),
        relation=relation,
        text=key,
        start=start,
        end=start + len(key),
        evidence=evidence or f"It {relation} {key}.",
        rule="test",
        body=body,
        subject=subject,
        date=date,
    )


def mandate(
    relation: str,
    act: str | None,
    *,
    kind: str = "self",
    subject: str | None = None,
    subject_text: str | None = None,
    paragraph: str | None = None,
    until: str | None = None,
    target: str | None = None,
    confidence: float = 0.9,
    evidence: str = "",
    start: int = 0,
) -> Mandate:
    """A mandate statement as the extractor would report it (spans are placeholders: the
    subject's words at `start`, the act's mention right after them)."""
    text = subject_text or (subject or "") or None
    s_end = start + len(text) if text else None
    a_start = (s_end or start) + 1 if act else None
    return Mandate(
        subject_kind=kind,
        subject=subject,
        relation=relation,
        act=act,
        evidence=evidence or f"{text or 'It'} {relation} {act or 'this'}.",
        rule="test",
        confidence=confidence,
        subject_text=text,
        subject_start=start if text else None,
        subject_end=s_end,
        act_start=a_start,
        act_end=a_start + len(act) if act else None,
        paragraph=paragraph,
        until=until,
        target=target,
    )


def record(
    symbol: str | None,
    refs: list[Reference],
    *,
    mandates: list[Mandate] = (),
    body: str | None = None,
    date: str | None = None,
    language: str = "en",
    title: str | None = None,
    doc_kind: str | None = None,
    source: str | None = None,
    session: str | None = None,
) -> DocumentRecord:
    return DocumentRecord(
        source=source or f"docs/{(symbol or 'untitled').replace('/', '_')}.txt",
        language=language,
        symbol=symbol,
        body=body,
        date=date,
        title=title,
        doc_kind=doc_kind,
        session=session,
        sha256=(symbol or source or "x").encode().hex()[:64],
        references=tuple(refs),
        mandates=tuple(mandates),
    )


def make_store(records: list[DocumentRecord], location: str = ":memory:"):
    store = open_store(location)
    for rec in records:
        graph, quads = build_graph(rec)
        store.replace_graph(graph, quads)
    return store


def linear_chain(n: int) -> list[DocumentRecord]:
    """Documents D/1 ... D/n where D/i was requested by D/i+1: a chain n links deep."""
    return [
        record(
            f"D/{i}",
            [ref("document", f"D/{i + 1}", "requestedBy", evidence=f"As requested in D/{i + 1}.")],
            mandates=[mandate("requestedBy", f"D/{i + 1}", evidence=f"As requested in D/{i + 1}.")],
            body="A",
            date=f"{1900 + i % 100:04d}-01-01",
        )
        for i in range(1, n + 1)
    ]


def sample_records() -> list[DocumentRecord]:
    """A small UN-like graph with the seed's chain, a shared ancestor, a cycle and plain citations.

    CTOC/COP/WG.2 --establishedBy--> CTOC/COP decision 2/6 --pursuantTo--> A/RES/55/25
    CTOC/COP/WG.2 --extendedBy--> CTOC/COP decision 4/3 --pursuantTo--> A/RES/55/25 (two paths)
    (each mandate as a statement; the references carry the same cues as citations)
    E/CN.15/2014/5 --requestedBy--> E/RES/2013/40 --inAccordanceWith--> E/CN.15/2014/5 (a cycle)
    A/RES/70/1 recalls A/RES/55/25; A/70/100 cites A/RES/70/1 and welcomes CTOC/COP/2014/1
    CTOC/COP/2014/1 is of CTOC/COP session 7, which a document without a symbol mentions.
    """
    seed = record(
        "CTOC/COP/2014/1",
        [
            ref(
                "decision",
                "CTOC/COP decision 2/6",
                "establishedBy",
                subject="CTOC/COP/WG.2",
                body="CTOC/COP",
                date="2010-10-22",
                evidence="The Working Group was established pursuant to decision 2/6.",
                start=10,
            ),
            ref(
                "decision",
                "CTOC/COP decision 4/3",
                "decides",
                subject="CTOC/COP/WG.2",
                body="CTOC/COP",
                evidence="In its decision 4/3 the Conference decided.",
                start=50,
            ),
            ref("resolution", "CTOC/COP resolution 6/1", "cites", body="CTOC/COP", start=90),
        ],
        mandates=[
            mandate(
                "establishedBy",
                "CTOC/COP decision 2/6",
                kind="body",
                subject="CTOC/COP/WG.2",
                subject_text="The Working Group",
                confidence=0.95,
                start=10,
                evidence="The Working Group was established pursuant to decision 2/6.",
            ),
            mandate(
                "extendedBy",
                "CTOC/COP decision 4/3",
                kind="body",
                subject="CTOC/COP/WG.2",
                subject_text="the Working Group",
                start=50,
                evidence="In its decision 4/3 the Conference decided.",
            ),
        ],
        body="CTOC/COP",
        date="2014-06-12",
        language="ru",
        doc_kind="note",
        title="Report on the meeting of the Working Group",
        session="CTOC/COP session 7",
    )
    cop = record(
        "CTOC/COP/2010/17",
        [
            ref("decision", "CTOC/COP decision 2/6", "cites", body="CTOC/COP", start=5),
            ref(
                "resolution",
                "A/RES/55/25",
                "pursuantTo",
                subject="CTOC/COP decision 2/6",
                evidence="Decision 2/6 was adopted pursuant to resolution 55/25.",
                start=20,
            ),
            ref(
                "resolution",
                "A/RES/55/25",
                "pursuantTo",
                subject="CTOC/COP decision 4/3",
                evidence="Decision 4/3 was adopted pursuant to resolution 55/25.",
                start=40,
            ),
        ],
        mandates=[
            mandate(
                "pursuantTo",
                "A/RES/55/25",
                kind="document",
                subject="CTOC/COP decision 2/6",
                evidence="Decision 2/6 was adopted pursuant to resolution 55/25.",
                start=20,
            ),
            mandate(
                "pursuantTo",
                "A/RES/55/25",
                kind="document",
                subject="CTOC/COP decision 4/3",
                evidence="Decision 4/3 was adopted pursuant to resolution 55/25.",
                start=40,
            ),
        ],
        body="CTOC/COP",
        date="2010-12-01",
        doc_kind="report",
        title="Report of the Conference",
    )
    ccpcj = record(
        "E/CN.15/2014/5",
        [
            ref(
                "resolution",
                "E/RES/2013/40",
                "requestedBy",
                body="E",
                evidence="Requested by the Council in resolution 2013/40.",
            )
        ],
        mandates=[
            mandate(
                "requestedBy",
                "E/RES/2013/40",
                evidence="Requested by the Council in resolution 2013/40.",
            )
        ],
        body="E/CN.15",
        date="2014-02-01",
        doc_kind="report",
    )
    ecosoc = record(
        "E/RES/2013/40",
        [
            ref(
                "document",
                "E/CN.15/2014/5",
                "extends",
                evidence="Extends the mandate of E/CN.15/2014/5.",
            )
        ],
        # (a cycle: the resolution says it acts in accordance with the report it requested)
        mandates=[
            mandate(
                "inAccordanceWith", "E/CN.15/2014/5", evidence="In accordance with E/CN.15/2014/5."
            )
        ],
        body="E",
        date="2013-07-25",
        doc_kind="resolution",
    )
    ga = record(
        "A/RES/70/1",
        [ref("resolution", "A/RES/55/25", "recalls", evidence="Recalling resolution 55/25.")],
        body="A",
        date="2015-10-21",
        doc_kind="resolution",
        title="Transforming our world",
    )
    report = record(
        "A/70/100",
        [
            ref("resolution", "A/RES/70/1", "cites", start=3),
            ref("document", "CTOC/COP/2014/1", "welcomes", start=30),
        ],
        body="A",
        date="2016-01-15",
        doc_kind="report",
    )
    untitled = record(
        None,
        [
            ref(
                "session",
                "CTOC/COP session 7",
                "mentions",
                body="CTOC/COP",
                evidence="The Conference will consider it at its seventh session.",
            )
        ],
        source="notes/meeting notes.txt",
        date="2014-09-01",
    )
    return [seed, cop, ccpcj, ecosoc, ga, report, untitled]


def mandate_records() -> list[DocumentRecord]:
    """Mandate statements of every kind, as the extractor reads them from five documents.

    A/78/100 (report)  "submitted pursuant to paragraph 5 of resolution 77/260"; recalls 70/1
    A/RES/77/260  p. 3 "Decides to extend the mandate of the working group established by
                  resolution 76/245 until 31 December 2024"; p. 5 requests a report (an activity)
                  and the report A/78/100; recalls 76/245
    A/RES/76/245  p. 1 establishes the working group (body:A/RES/76/245)
    S/RES/2445(2018)  p. 1 "Decides to extend the mandate of UNISFA until 15 May 2019", and
                  "UNISFA, established by resolution 1990 (2011)" (a weak statement, 0.5)
    """
    wg = "body:A/RES/76/245"
    report = record(
        "A/78/100",
        [
            ref(
                "resolution",
                "A/RES/77/260",
                "pursuantTo",
                start=60,
                evidence="The present report is submitted pursuant to paragraph 5 of "
                "resolution 77/260.",
            ),
            ref(
                "resolution",
                "A/RES/70/1",
                "recalls",
                start=120,
                evidence="Recalling resolution 70/1.",
            ),
        ],
        mandates=[
            mandate(
                "requestedBy",
                "A/RES/77/260",
                paragraph="5",
                confidence=0.95,
                start=4,
                subject_text="The present report",
                evidence="The present report is submitted pursuant to paragraph 5 of "
                "resolution 77/260.",
            )
        ],
        body="A",
        date="2023-08-01",
        doc_kind="report",
        session="A session 78",
        title="Report of the Secretary-General on the working group",
    )
    res_77 = record(
        "A/RES/77/260",
        [
            ref(
                "resolution",
                "A/RES/76/245",
                "recalls",
                start=10,
                evidence="Recalling its resolution 76/245 of 24 December 2021.",
            ),
            ref(
                "resolution",
                "A/RES/76/245",
                "establishedBy",
                subject=wg,
                start=200,
                evidence="Decides to extend the mandate of the working group established by "
                "resolution 76/245 until 31 December 2024.",
            ),
        ],
        mandates=[
            mandate(
                "extendedBy",
                "A/RES/77/260",
                kind="body",
                subject=wg,
                paragraph="3",
                until="2024-12-31",
                confidence=0.9,
                start=160,
                subject_text="the working group established by resolution 76/245",
                evidence="Decides to extend the mandate of the working group established by "
                "resolution 76/245 until 31 December 2024.",
            ),
            mandate(
                "establishedBy",
                "A/RES/76/245",
                kind="body",
                subject=wg,
                confidence=0.85,
                start=160,
                subject_text="the working group",
                evidence="the working group established by resolution 76/245",
            ),
            mandate(
                "requestedBy",
                "A/RES/77/260",
                kind="activity",
                paragraph="5",
                start=300,
                subject_text="to submit a report on the work of the working group",
                target="at its seventy-eighth session",
                evidence="Requests the Secretary-General to submit a report on the work of "
                "the working group at its seventy-eighth session.",
            ),
            mandate(
                "requestedBy",
                "A/RES/77/260",
                kind="document",
                subject="A/78/100",
                paragraph="5",
                confidence=0.7,
                start=400,
                subject_text="A/78/100",
                evidence="Requests the Secretary-General to submit a report (A/78/100).",
            ),
        ],
        body="A",
        date="2022-12-30",
        doc_kind="resolution",
        title="Working group",
    )
    res_76 = record(
        "A/RES/76/245",
        [],
        mandates=[
            mandate(
                "establishedBy",
                "A/RES/76/245",
                kind="body",
                subject=wg,
                paragraph="1",
                confidence=0.95,
                start=20,
                subject_text="an open-ended working group",
                evidence="Decides to establish an open-ended working group.",
            )
        ],
        body="A",
        date="2021-12-24",
        doc_kind="resolution",
    )
    sc = record(
        "S/RES/2445(2018)",
        [
            ref(
                "resolution",
                "S/RES/1990(2011)",
                "establishedBy",
                subject="UNISFA",
                start=40,
                evidence="UNISFA, established by resolution 1990 (2011).",
            )
        ],
        mandates=[
            mandate(
                "extendedBy",
                "S/RES/2445(2018)",
                kind="body",
                subject="UNISFA",
                paragraph="1",
                until="2019-05-15",
                confidence=0.95,
                start=10,
                subject_text="UNISFA",
                evidence="Decides to extend the mandate of UNISFA until 15 May 2019.",
            ),
            mandate(
                "establishedBy",
                "S/RES/1990(2011)",
                kind="body",
                subject="UNISFA",
                confidence=0.5,
                start=30,
                subject_text="UNISFA",
                evidence="UNISFA, established by resolution 1990 (2011).",
            ),
        ],
        body="S",
        date="2018-11-15",
        doc_kind="resolution",
    )
    return [report, res_77, res_76, sc]


def stop_process(proc: subprocess.Popen | None) -> None:
    """Stop a server started by a test: terminate, then kill if it lingers past 10 s."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    """Run `mandate-graph ARGS` in-process through main(), as the console script does:
    (exit code, stdout, stderr)."""
    from graph.cli import main

    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err
