"""Small hand-made stores for the query, chain, stats and network tests.

Each store is built the real way: DocumentRecords -> graph.build.build_graph -> Store.replace_graph.
"""

from __future__ import annotations

import subprocess

from graph.build import build_graph
from graph.model import DocumentRecord, Reference
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
        kind=kind, key=key, iri=iri_for(kind, key), relation=relation, text=key,
        start=start, end=start + len(key), evidence=evidence or f"It {relation} {key}.",
        rule="test", body=body, subject=subject, date=date,
    )


def record(
    symbol: str | None,
    refs: list[Reference],
    *,
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
        language=language, symbol=symbol, body=body, date=date, title=title,
        doc_kind=doc_kind, session=session,
        sha256=(symbol or source or "x").encode().hex()[:64],
        references=tuple(refs),
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
        record(f"D/{i}", [ref("document", f"D/{i + 1}", "requestedBy",
                              evidence=f"As requested in D/{i + 1}.")],
               body="A", date=f"{1900 + i % 100:04d}-01-01")
        for i in range(1, n + 1)
    ]


def sample_records() -> list[DocumentRecord]:
    """A small UN-like graph with the seed's chain, a shared ancestor, a cycle and plain citations.

    CTOC/COP/WG.2 --establishedBy--> CTOC/COP decision 2/6 --pursuantTo--> A/RES/55/25
    CTOC/COP/WG.2 --decides--> CTOC/COP decision 4/3 --pursuantTo--> A/RES/55/25 (two paths)
    E/CN.15/2014/5 --requestedBy--> E/RES/2013/40 --extends--> E/CN.15/2014/5 (a cycle)
    A/RES/70/1 recalls A/RES/55/25; A/70/100 cites A/RES/70/1 and welcomes CTOC/COP/2014/1
    CTOC/COP/2014/1 is of CTOC/COP session 7, which a document without a symbol mentions.
    """
    seed = record(
        "CTOC/COP/2014/1",
        [
            ref("decision", "CTOC/COP decision 2/6", "establishedBy", subject="CTOC/COP/WG.2",
                body="CTOC/COP", date="2010-10-22",
                evidence="The Working Group was established pursuant to decision 2/6.", start=10),
            ref("decision", "CTOC/COP decision 4/3", "decides", subject="CTOC/COP/WG.2",
                body="CTOC/COP", evidence="In its decision 4/3 the Conference decided.", start=50),
            ref("resolution", "CTOC/COP resolution 6/1", "cites", body="CTOC/COP", start=90),
        ],
        body="CTOC/COP", date="2014-06-12", language="ru", doc_kind="note",
        title="Report on the meeting of the Working Group", session="CTOC/COP session 7",
    )
    cop = record(
        "CTOC/COP/2010/17",
        [
            ref("decision", "CTOC/COP decision 2/6", "cites", body="CTOC/COP", start=5),
            ref("resolution", "A/RES/55/25", "pursuantTo", subject="CTOC/COP decision 2/6",
                evidence="Decision 2/6 was adopted pursuant to resolution 55/25.", start=20),
            ref("resolution", "A/RES/55/25", "pursuantTo", subject="CTOC/COP decision 4/3",
                evidence="Decision 4/3 was adopted pursuant to resolution 55/25.", start=40),
        ],
        body="CTOC/COP", date="2010-12-01", doc_kind="report", title="Report of the Conference",
    )
    ccpcj = record(
        "E/CN.15/2014/5",
        [ref("resolution", "E/RES/2013/40", "requestedBy", body="E",
             evidence="Requested by the Council in resolution 2013/40.")],
        body="E/CN.15", date="2014-02-01", doc_kind="report",
    )
    ecosoc = record(
        "E/RES/2013/40",
        [ref("document", "E/CN.15/2014/5", "extends",
             evidence="Extends the mandate of E/CN.15/2014/5.")],
        body="E", date="2013-07-25", doc_kind="resolution",
    )
    ga = record(
        "A/RES/70/1",
        [ref("resolution", "A/RES/55/25", "recalls", evidence="Recalling resolution 55/25.")],
        body="A", date="2015-10-21", doc_kind="resolution", title="Transforming our world",
    )
    report = record(
        "A/70/100",
        [
            ref("resolution", "A/RES/70/1", "cites", start=3),
            ref("document", "CTOC/COP/2014/1", "welcomes", start=30),
        ],
        body="A", date="2016-01-15", doc_kind="report",
    )
    untitled = record(
        None,
        [ref("session", "CTOC/COP session 7", "mentions", body="CTOC/COP",
             evidence="The Conference will consider it at its seventh session.")],
        source="notes/meeting notes.txt", date="2014-09-01",
    )
    return [seed, cop, ccpcj, ecosoc, ga, report, untitled]


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
