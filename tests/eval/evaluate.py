"""Measure the extractor against the hand-annotated gold set in ``gold.jsonl``.

Run from the repository root::

    python tests/eval/evaluate.py            # tables: precision/recall per language and kind
    python tests/eval/evaluate.py --json     # the same figures as JSON
    python tests/eval/evaluate.py --misses 40 --write-misses misses.md

The texts are read from ``../shared`` (outside the repository); ``gold.jsonl`` holds only
keys, offsets and short surface strings.  Scoring rules are in ``README.md`` next to this file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # scoring.py sits next to this file

from scoring import (  # noqa: E402
    DEFAULT_SHARED,
    GOLD,
    REPO,
    TARGET_AGREEMENT,
    TARGET_PRECISION,
    TARGET_RECALL,
    GoldError,
    Outcome,
    Passage,
    agreement,
    load_gold,
    misses,
    score_passage,
    summarize,
    targets_met,
)

__all__ = [
    "TARGET_AGREEMENT",
    "TARGET_PRECISION",
    "TARGET_RECALL",
    "GoldError",
    "Passage",
    "agreement",
    "evaluate",
    "load_gold",
    "misses",
    "run_extractor",
    "score_passage",
    "summarize",
    "targets_met",
]


def run_extractor(passages: list[Passage]) -> list[Outcome]:
    """Extract every passage with the project's extractor and score it."""
    from graph.extract import extract_references
    from graph.model import Document

    outcomes = []
    for p in passages:
        doc = Document(p.text, source=p.name, language=p.language)
        try:
            preds = list(extract_references(doc))
        except Exception as exc:  # an exception is a measured failure, not a crash
            o = Outcome(p, fn=list(p.gold), error=f"{type(exc).__name__}: {exc}")
            outcomes.append(o)
            continue
        outcomes.append(score_passage(p, preds))
    return outcomes


def evaluate(shared: Path = DEFAULT_SHARED, gold_path: Path = GOLD) -> tuple[dict, dict]:
    """Run the whole evaluation: (summary figures, misses)."""
    passages = load_gold(shared, gold_path)
    t0 = time.perf_counter()
    outcomes = run_extractor(passages)
    summary = summarize(outcomes)
    summary["seconds"] = round(time.perf_counter() - t0, 3)
    return summary, misses(outcomes)


def _table(title: str, rows: dict) -> list[str]:
    out = [f"| {title} | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    for k, m in rows.items():
        # a kind with no gold references (e.g. "unresolved") has precision but no recall
        r, f = (f"{m['recall']:.3f}", f"{m['f1']:.3f}") if m["tp"] + m["fn"] else ("-", "-")
        out.append(
            f"| {k} | {m['precision']:.3f} | {r} | {f} | {m['tp']} | {m['fp']} | {m['fn']} |"
        )
    return out


def render(summary: dict, miss: dict, limit: int) -> str:
    """Markdown report: the tables, relation accuracy, agreement and the first misses."""
    s = summary
    lines = [
        f"{s['gold_references']} gold references in {s['passages']} passages "
        f"({s['documents']} whole documents, {s['parallel_lines']} parallel lines x "
        f"languages); extraction took {s['seconds']} s",
        "",
    ]
    lines += _table("language", {**s["per_language"], "**all**": s["overall"]}) + [""]
    lines += _table("kind", s["per_kind"]) + [""]
    ra = s["relation_accuracy"]
    lines.append(
        f"Relation accuracy: {'n/a' if ra is None else f'{ra:.3f}'} "
        f"over {s['relation_scored']} matched references with an annotated relation"
    )
    a = s["cross_language"]
    per = ", ".join(f"{k} {v:.3f}" for k, v in a["per_language"].items())
    lines.append(
        f"Cross-language key agreement with English: {a['agreement']:.3f} "
        f"({a['agree']}/{a['lines']} line pairs; {per})"
    )
    lines.append(
        f"Annotated noise extracted: {s['negatives']['extracted']} of {s['negatives']['annotated']}"
    )
    if s["errors"]:
        lines.append(
            f"Extractor raised on {len(s['errors'])} passages, e.g. "
            f"{s['errors'][0]['passage']}: {s['errors'][0]['error']}"
        )
    failed = targets_met(s)
    lines += [
        "",
        "Targets (P >= 0.98, R >= 0.95 per language, agreement >= 0.95): "
        + ("met" if not failed else "NOT met: " + "; ".join(failed)),
    ]
    if limit:
        lines += ["", f"## Missed ({len(miss['missed'])}), first {limit}", ""]
        lines += [
            f"- {m['passage']} `{m['key']}` ({m['kind']}): {m['context']}"
            + (f" -> got {', '.join(m['predicted_here'])}" if m["predicted_here"] else "")
            for m in miss["missed"][:limit]
        ]
        lines += ["", f"## False alarms ({len(miss['false_alarms'])}), first {limit}", ""]
        lines += [
            f"- {m['passage']} `{m['key']}` ({m['kind']}, rule {m['rule'] or '?'}): {m['context']}"
            for m in miss["false_alarms"][:limit]
        ]
        lines += ["", f"## Wrong relation ({len(miss['wrong_relation'])}), first {limit}", ""]
        lines += [
            f"- {m['passage']} `{m['key']}` {m['relation']} (got {', '.join(m['got'])}): "
            f"{m['context']}"
            for m in miss["wrong_relation"][:limit]
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="folder holding corpus/ and seeds/ (default: ../shared)",
    )
    ap.add_argument("--gold", type=Path, default=GOLD, help="annotations (default gold.jsonl)")
    ap.add_argument(
        "--holdout", action="store_true", help="use gold_holdout.jsonl (the held-out set)"
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", type=int, default=15, help="misses and false alarms to list")
    ap.add_argument("--write-misses", type=Path, help="also write the report with all misses")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is not met")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"error: {args.shared}/corpus not found; pass --shared PATH", file=sys.stderr)
        return 2
    try:
        gold = GOLD.with_name("gold_holdout.jsonl") if args.holdout else args.gold
        summary, miss = evaluate(args.shared, gold)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(
            f"error: the extractor cannot be imported ({exc}); install the package "
            "(pip install -e .) and run from the repository root",
            file=sys.stderr,
        )
        return 2
    if args.json:
        print(
            json.dumps(
                {**summary, **({"misses": miss} if args.misses else {})},
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(render(summary, miss, args.misses), end="")
    if args.write_misses:
        args.write_misses.write_text(render(summary, miss, 10**9), encoding="utf-8")
    return 1 if args.check and targets_met(summary) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
