"""Human-readable summaries printed by `extract` and `build`."""

from __future__ import annotations

from pathlib import Path

from .model import DocumentRecord
from .table import format_table


def format_record(record: DocumentRecord) -> str:
    """One document's metadata and its references as a readable block."""
    meta = [
        ("source", record.source),
        ("symbol", record.symbol),
        ("language", record.language),
        ("body", record.body),
        ("date", record.date),
        ("kind", record.doc_kind),
        ("session", record.session),
        ("title", record.title),
    ]
    lines = [f"{name:9} {value}" for name, value in meta if value]
    rows = [
        (r.kind, r.key, r.relation, r.subject or "", r.text, f"{r.start}-{r.end}")
        for r in record.references
    ]
    lines.append(f"{len(rows)} references")
    if rows:
        lines.append(format_table(("kind", "key", "relation", "subject", "text", "span"), rows, 40))
    return "\n".join(lines) + "\n"


def format_build_summary(store, report, out: Path) -> str:
    """What `build` did: documents, references by kind, missing targets, the longest chain."""
    from .stats import longest_mandate_chain

    lines = [
        f"documents in store: {report.documents}  (read {report.read}, "
        f"unchanged {report.skipped}, failed {len(report.failed)})",
    ]
    if report.references:
        lines.append(
            "references: "
            + ", ".join(f"{kind} {n}" for kind, n in sorted(report.references.items()))
        )
    lines.append(f"cited but not in the store: {report.unresolved}")
    chain = longest_mandate_chain(store)
    if len(chain) > 1:
        links = len(chain) - 1
        lines.append(f"longest mandate chain ({links} link{'s' * (links != 1)}): "
                     + " -> ".join(chain))
    lines.append(f"wrote {out / 'graph.ttl'} and {out / 'graph.html'}")
    return "\n".join(lines)


def format_interrupted(report) -> str:
    """The line `build` prints when a signal stopped it: what went in, and how to go on."""
    import signal

    name = signal.Signals(report.interrupted).name
    read = f"{report.read} document{'s' * (report.read != 1)}"
    return (f"interrupted ({name}): {read} read in this run are in the store, whole "
            f"({report.documents} in all); run the same command again to continue: "
            "documents already in the store are not read again")
