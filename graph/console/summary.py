"""Human-readable summaries printed by `extract` and `build`."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..model import DocumentRecord
from .table import format_table, one_line


class BuildCounts(Protocol):
    """What the build summary reads of an ingest report (ingest.IngestReport)."""

    documents: int
    sources: int
    found: int
    read: int
    skipped: int
    failed: list[tuple[str, str]]
    references: dict[str, int]
    unresolved: int
    interrupted: int | None
    not_documents: list[tuple[str, str]]
    without_symbol: list[str]
    removed: list[str]


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


# Keys of a chain shown in full in the build summary; a longer one shows its two ends.
_CHAIN_SHOWN = 5
_TITLE_WIDTH = 60  # characters of an activity's words in the chain line
# Files listed under a heading of the build summary (not documents, without a symbol).
_LISTED = 50


def format_build_summary(
    report: BuildCounts,
    chain: list[str],
    out: Path,
    *,
    wrote: bool = True,
    titles: dict[str, str] | None = None,
) -> str:
    """What `build` did: totals of the store, what this run read, missing targets, the longest
    mandate chain (keys, first to last, as stats.longest_mandate_chain gives it). Totals come
    from the store (as `stats` counts them); the references by kind are those of the files
    read in this run only, and the line says so. ``wrote``: whether graph.ttl and graph.html
    were written (False: the store had not changed since)."""
    files = f"{report.sources} source file{'s' * (report.sources != 1)}"
    lines = [
        f"documents in store: {report.documents} (from {files})",
        f"this run: read {report.read}, unchanged {report.skipped}, failed {len(report.failed)}"
        + (f", not documents {len(report.not_documents)}" if report.not_documents else "")
        + (f", removed {len(report.removed)} (files gone)" if report.removed else "")
        + f" of {report.found} file{'s' * (report.found != 1)} found",
    ]
    if report.references:
        lines.append(
            f"references in the {report.read} file{'s' * (report.read != 1)} read in this run: "
            + ", ".join(f"{kind} {n}" for kind, n in sorted(report.references.items()))
        )
    lines.append(f"cited but not in the store: {report.unresolved}")
    if len(chain) > 1:
        lines.append(format_chain_line(chain, titles))
    lines += _listing(
        f"{_files(len(report.not_documents))} found in folders left out as not "
        "documents (--include-all takes them):",
        [f"{path}: {why}" for path, why in report.not_documents],
    )
    lines += _listing(
        f"{_files(len(report.removed))} gone from the folders read, their documents removed "
        "from the store:",
        report.removed,
    )
    lines += _listing(
        f"{_files(len(report.without_symbol))} of documents without a symbol "
        "(keyed by a hash of the file):",
        report.without_symbol,
    )
    if wrote:
        lines.append(f"wrote {out / 'graph.ttl'} and {out / 'graph.html'}")
    else:
        lines.append(f"unchanged: {out / 'graph.ttl'} and {out / 'graph.html'}")
    return "\n".join(lines)


def _files(n: int) -> str:
    return f"{n} file{'s' * (n != 1)}"


def _listing(title: str, items: list[str]) -> list[str]:
    """A title and its items, indented; a long list shows its first _LISTED."""
    if not items:
        return []
    more = [f"  … and {len(items) - _LISTED} more"] if len(items) > _LISTED else []
    return [title, *(f"  {item}" for item in items[:_LISTED]), *more]


def format_chain_line(chain: list[str], titles: dict[str, str] | None = None) -> str:
    """The longest chain in one short line: whole when short, else its two ends and the count,
    with the command that prints it all. A node with a title in `titles` (an activity, whose key
    is made of offsets) shows its words instead of its key, and the command is always given."""
    links = len(chain) - 1
    head = f"longest mandate chain ({links} link{'s' * (links != 1)}): "
    titles = titles or {}
    shown = [f"“{one_line(titles[key], _TITLE_WIDTH)}”" if key in titles else key for key in chain]
    whole = f" (all of it: mandate-graph chain {_quoted(chain[0])})"
    if len(chain) <= _CHAIN_SHOWN:
        return head + " -> ".join(shown) + (whole if chain[0] in titles else "")
    return head + chain_ends(shown) + whole


def chain_ends(chain: list[str], arrow: str = " -> ") -> str:
    """A chain of keys in a few words: whole when short, else its two ends."""
    if len(chain) <= _CHAIN_SHOWN:
        return arrow.join(chain)
    return f"{chain[0]}{arrow}…{arrow}{chain[-1]}"


def _quoted(key: str) -> str:
    """A key as a shell argument: quoted when it holds spaces or shell characters."""
    import shlex

    return shlex.quote(key)


def format_interrupted(report: BuildCounts) -> str:
    """The line `build` prints when a signal stopped it: what went in, and how to go on."""
    import signal

    name = signal.Signals(report.interrupted or signal.SIGINT).name
    read = f"{report.read} document{'s' * (report.read != 1)}"
    return (
        f"interrupted ({name}): {read} read in this run are in the store, whole "
        f"({report.documents} in all); run the same command again to continue: "
        "documents already in the store are not read again"
    )
