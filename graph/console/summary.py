"""Human-readable summaries printed by `extract` and `build`."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..model import DocumentRecord
from .table import format_table


class BuildCounts(Protocol):
    """What the build summary reads of an ingest report (ingest.IngestReport)."""

    documents: int
    read: int
    skipped: int
    failed: list[tuple[str, str]]
    references: dict[str, int]
    unresolved: int


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
        ("meeting", record.meeting),
        ("part", record.part and f"{record.part} ({record.part_start}-{record.part_end})"),
        ("ocr", record.ocr),
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


def format_build_summary(
    report: BuildCounts, chain: list[str], out: Path, *, wrote: bool = True
) -> str:
    """What `build` did: documents, references by kind, missing targets, the longest mandate
    chain (keys, first to last, as stats.longest_mandate_chain gives it); ``wrote``: whether
    graph.ttl and graph.html were written (False: the store had not changed since)."""
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
    if len(chain) > 1:
        links = len(chain) - 1
        lines.append(f"longest mandate chain ({links} link{'s' * (links != 1)}): "
                     + " -> ".join(chain))
    if wrote:
        lines.append(f"wrote {out / 'graph.ttl'} and {out / 'graph.html'}")
    else:
        lines.append(f"unchanged: {out / 'graph.ttl'} and {out / 'graph.html'}")
    return "\n".join(lines)
