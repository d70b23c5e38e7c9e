"""Run the extractor on the mandate gold set and print precision and recall of statements.

    python tests/eval/mandates/evaluate.py                 # whole documents, development set
    python tests/eval/mandates/evaluate.py --set all       # documents and parallel-corpus lines
    python tests/eval/mandates/evaluate.py --holdout       # the held-out files instead
    python tests/eval/mandates/evaluate.py --json          # figures and misses as JSON
    python tests/eval/mandates/evaluate.py --misses 40     # list more misses and false alarms

Exit status: 0 after a report, 2 when the gold set or ../shared is unusable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import (  # noqa: E402
    DEFAULT_SHARED,
    GoldError,
    Outcome,
    Passage,
    body_aliases,
    gold_paths,
    load_gold,
    misses,
    score_passage,
    summarize,
)


def predict(passage: Passage, shared: Path) -> list:
    """The extractor's mandate statements for one passage (text exactly as annotated)."""
    from graph import extract_record, read_document
    from graph.model import Document

    if passage.line is None and passage.file.lower().endswith(".pdf"):
        document = read_document(shared / passage.file)
    else:
        document = Document(passage.text, source=passage.name, language=passage.language)
    return list(extract_record(document).mandates)


def run(passages: list[Passage], shared: Path) -> list[Outcome]:
    """Score every passage; an exception is a measured failure, not a crash."""
    aliases = body_aliases()
    outcomes = []
    for p in passages:
        try:
            preds = predict(p, shared)
        except Exception as exc:  # noqa: BLE001 - reported per passage
            outcomes.append(Outcome(p, fn=list(p.gold), error=f"{type(exc).__name__}: {exc}"))
            continue
        outcomes.append(score_passage(p, preds, aliases))
    return outcomes


def _table(title: str, rows: dict) -> list[str]:
    out = [f"| {title} | precision | recall | TP | FP | FN |", "|---|---|---|---|---|---|"]
    for k, m in rows.items():
        out.append(
            f"| {k} | {m['precision']:.3f} | {m['recall']:.3f} "
            f"| {m['tp']} | {m['fp']} | {m['fn']} |"
        )
    return out


def report(summary: dict, found: dict, n_misses: int) -> str:
    """The human-readable report."""
    o, f = summary["overall"], summary["forward_recall"]
    lines = [
        f"Mandate statements: precision {o['precision']:.3f}, recall {o['recall']:.3f} "
        f"({o['tp']} matched, {o['fp']} false alarms, {o['fn']} missed; "
        f"{summary['passages']} passages)",
        f"Forward statements recall: {f['recall']:.3f} ({f['tp']} of {f['gold']})",
        "Citations turned into mandates of the citing document: "
        f"{summary['citations_as_mandates']} "
        f"({summary['citations_as_mandates_on_negatives']} of them on annotated negatives)",
        "",
        *_table("language", summary["language"]),
        "",
        *_table("document kind", summary["doc_kind"]),
    ]
    for e in summary["errors"]:
        lines.append(f"error: {e}")
    for title in ("missed", "false_alarms", "citations_as_mandates"):
        rows = found[title][:n_misses]
        if rows:
            lines += ["", f"{title.replace('_', ' ')} (first {len(rows)} of {len(found[title])}):"]
            lines += [f"  {json.dumps(r, ensure_ascii=False)}" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("docs", "unpc", "all"), default="docs")
    ap.add_argument("--holdout", action="store_true", help="score the held-out files")
    ap.add_argument("--json", action="store_true", help="print figures and misses as JSON")
    ap.add_argument("--misses", type=int, default=10, metavar="N", help="list N of each error")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(
            f"error: {args.shared} not found (the UN texts live outside the repository)",
            file=sys.stderr,
        )
        return 2
    try:
        passages = load_gold(args.shared, gold_paths(args.set, args.holdout))
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    outcomes = run(passages, args.shared)
    summary, found = summarize(outcomes), misses(outcomes)
    if args.json:
        print(json.dumps({"summary": summary, **found}, ensure_ascii=False, indent=1))
    else:
        print(report(summary, found, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
