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
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
GOLD = HERE / "gold.jsonl"

TARGET_PRECISION = 0.98
TARGET_RECALL = 0.95
TARGET_AGREEMENT = 0.95
ALWAYS_SCORED = "unresolved"  # an uncertain reference is still a claim about the text


class GoldError(Exception):
    """The gold set does not fit the texts it annotates (changed corpus, bad offsets)."""


@dataclass
class Passage:
    """One scored unit: a whole document, or one line of a parallel-corpus file."""

    file: str
    line: int | None
    language: str
    scope: frozenset[str]
    gold: list[dict]
    negatives: list[dict]
    ignore: list[dict]
    regions: list[tuple[int, int]] | None
    text: str = ""

    @property
    def name(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass
class Outcome:
    """What happened to one passage: matches, misses and false alarms."""

    passage: Passage
    tp: list[tuple[dict, list]] = field(default_factory=list)  # (gold, matching predictions)
    fn: list[dict] = field(default_factory=list)
    fp: list = field(default_factory=list)
    negatives_hit: list[tuple[dict, object]] = field(default_factory=list)
    predicted_keys: set[str] = field(default_factory=set)
    error: str | None = None


def load_gold(shared: Path, gold_path: Path = GOLD) -> list[Passage]:
    """Read the gold set and the texts it points to; check hashes and every offset."""
    cache: dict[str, str] = {}
    passages = []
    for n, raw in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        g = json.loads(raw)
        if g["file"] not in cache:
            path = shared / g["file"]
            if not path.is_file():
                raise GoldError(f"{path} is missing (gold line {n})")
            text = path.read_text(encoding="utf-8")
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            if digest != g["sha256"]:
                raise GoldError(f"{path} changed since it was annotated (gold line {n})")
            cache[g["file"]] = text
        text = cache[g["file"]]
        if g["line"] is not None:
            text = text.split("\n")[g["line"] - 1]
        p = Passage(
            file=g["file"],
            line=g["line"],
            language=g["language"],
            scope=frozenset(g["scope"]),
            gold=g["references"],
            negatives=g["negatives"],
            ignore=g["ignore"],
            regions=[tuple(r) for r in g.get("regions") or []] or None,
            text=text,
        )
        for span in p.gold + p.negatives + p.ignore:
            if text[span["start"] : span["end"]] != span["text"]:
                raise GoldError(
                    f"gold line {n}: offsets {span['start']}:{span['end']} "
                    f"do not give {span['text']!r} in {p.name}"
                )
        passages.append(p)
    return passages


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_passage(p: Passage, predictions: list) -> Outcome:
    """Match predictions to gold: same kind and key, overlapping spans, one to one."""
    out = Outcome(p)
    groups: dict[tuple, list] = {}  # identical (kind, key, span) count once
    for r in predictions:
        if r.kind not in p.scope and r.kind != ALWAYS_SCORED:
            continue
        if p.regions and not any(_overlap(r.start, r.end, a, b) for a, b in p.regions):
            continue
        ign = [i for i in p.ignore if _overlap(r.start, r.end, i["start"], i["end"])]
        if ign and not any(r.key in i.get("forbid", ()) for i in ign):
            continue
        groups.setdefault((r.kind, r.key, r.start, r.end), []).append(r)
    for kind, key, _, _ in groups:
        out.predicted_keys.add(f"{kind}:{key}")
    free = dict(groups)
    for g in p.gold:
        hit = next(
            (
                k
                for k in free
                if k[0] == g["kind"]
                and k[1] == g["key"]
                and _overlap(k[2], k[3], g["start"], g["end"])
            ),
            None,
        )
        if hit is None:
            out.fn.append(g)
        else:
            out.tp.append((g, free.pop(hit)))
    for preds in free.values():
        r = preds[0]
        out.fp.append(r)
        for neg in p.negatives:
            if _overlap(r.start, r.end, neg["start"], neg["end"]):
                out.negatives_hit.append((neg, r))
                break
    return out


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


def _pr(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def agreement(outcomes: list[Outcome]) -> dict:
    """Cross-language key agreement on parallel lines, against English.

    Counted over lines whose English gold has references and whose gold keys are the
    same in both languages (a translation that drops a reference is not held against us).
    """
    by_line: dict[int, dict[str, Outcome]] = defaultdict(dict)
    for o in outcomes:
        if o.passage.line is not None:
            by_line[o.passage.line][o.passage.language] = o
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    disagreements = []
    for n, langs in sorted(by_line.items()):
        en = langs.get("en")
        if en is None or not en.passage.gold:
            continue
        gold_en = {f"{g['kind']}:{g['key']}" for g in en.passage.gold}
        for lang, o in langs.items():
            if lang == "en" or {f"{g['kind']}:{g['key']}" for g in o.passage.gold} != gold_en:
                continue
            same = o.predicted_keys == en.predicted_keys
            per_lang[lang][0] += same
            per_lang[lang][1] += 1
            if not same:
                disagreements.append(
                    {
                        "line": n,
                        "language": lang,
                        "en": sorted(en.predicted_keys),
                        lang: sorted(o.predicted_keys),
                    }
                )
    agree = sum(v[0] for v in per_lang.values())
    total = sum(v[1] for v in per_lang.values())
    return {
        "agreement": round(agree / total, 4) if total else 1.0,
        "agree": agree,
        "lines": total,
        "per_language": {k: round(v[0] / v[1], 4) for k, v in sorted(per_lang.items()) if v[1]},
        "disagreements": disagreements,
    }


def summarize(outcomes: list[Outcome]) -> dict:
    """All figures: per language, per kind, overall, relations, agreement, misses."""
    lang, kind = defaultdict(Counter), defaultdict(Counter)
    for o in outcomes:
        c = lang[o.passage.language]
        c["tp"] += len(o.tp)
        c["fn"] += len(o.fn)
        c["fp"] += len(o.fp)
        for g, _ in o.tp:
            kind[g["kind"]]["tp"] += 1
        for g in o.fn:
            kind[g["kind"]]["fn"] += 1
        for r in o.fp:
            kind[r.kind]["fp"] += 1
    total = Counter()
    for c in lang.values():
        total.update(c)
    rel_total = rel_ok = 0
    rel_confusion: Counter = Counter()
    for o in outcomes:
        for g, preds in o.tp:
            if "relation" not in g:
                continue
            rel_total += 1
            got = {r.relation for r in preds}
            if g["relation"] in got:
                rel_ok += 1
            else:
                rel_confusion[(g["relation"], ",".join(sorted(got)))] += 1
    return {
        "passages": len(outcomes),
        "documents": sum(1 for o in outcomes if o.passage.line is None),
        "parallel_lines": len({o.passage.line for o in outcomes if o.passage.line is not None}),
        "gold_references": sum(len(o.passage.gold) for o in outcomes),
        "overall": _pr(total["tp"], total["fp"], total["fn"]),
        "per_language": {k: _pr(v["tp"], v["fp"], v["fn"]) for k, v in sorted(lang.items())},
        "per_kind": {k: _pr(v["tp"], v["fp"], v["fn"]) for k, v in sorted(kind.items())},
        "relation_accuracy": round(rel_ok / rel_total, 4) if rel_total else None,
        "relation_scored": rel_total,
        "relation_confusion": [
            {"gold": g, "predicted": p, "count": n} for (g, p), n in rel_confusion.most_common()
        ],
        "cross_language": agreement(outcomes),
        "negatives": {
            "annotated": sum(len(o.passage.negatives) for o in outcomes),
            "extracted": sum(len(o.negatives_hit) for o in outcomes),
        },
        "errors": [{"passage": o.passage.name, "error": o.error} for o in outcomes if o.error],
    }


def misses(outcomes: list[Outcome]) -> dict:
    """Every missed gold reference and every false alarm, with a little context."""

    def ctx(p: Passage, s: int, e: int) -> str:
        return (
            p.text[max(0, s - 40) : s] + "[[" + p.text[s:e] + "]]" + p.text[e : e + 25]
        ).replace("\n", " ")

    fn = [
        {
            "passage": o.passage.name,
            "language": o.passage.language,
            "kind": g["kind"],
            "key": g["key"],
            "text": g["text"],
            "context": ctx(o.passage, g["start"], g["end"]),
            "predicted_here": sorted(
                {
                    f"{r.kind}:{r.key}"
                    for r in o.fp
                    if _overlap(r.start, r.end, g["start"], g["end"])
                }
            ),
        }
        for o in outcomes
        for g in o.fn
    ]
    fp = [
        {
            "passage": o.passage.name,
            "language": o.passage.language,
            "kind": r.kind,
            "key": r.key,
            "text": r.text,
            "rule": getattr(r, "rule", ""),
            "context": ctx(o.passage, r.start, r.end),
        }
        for o in outcomes
        for r in o.fp
    ]
    rel = [
        {
            "passage": o.passage.name,
            "key": g["key"],
            "relation": g["relation"],
            "got": sorted({r.relation for r in preds}),
            "context": ctx(o.passage, g["start"], g["end"]),
        }
        for o in outcomes
        for g, preds in o.tp
        if "relation" in g and g["relation"] not in {r.relation for r in preds}
    ]
    return {"missed": fn, "false_alarms": fp, "wrong_relation": rel}


def targets_met(summary: dict) -> list[str]:
    """The targets that are not met (empty list: all met)."""
    failed = []
    for lg, m in summary["per_language"].items():
        if m["precision"] < TARGET_PRECISION:
            failed.append(f"{lg}: precision {m['precision']:.3f} < {TARGET_PRECISION}")
        if m["recall"] < TARGET_RECALL:
            failed.append(f"{lg}: recall {m['recall']:.3f} < {TARGET_RECALL}")
    a = summary["cross_language"]["agreement"]
    if a < TARGET_AGREEMENT:
        failed.append(f"cross-language agreement {a:.3f} < {TARGET_AGREEMENT}")
    return failed


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
        out.append(
            f"| {k} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
            f"{m['tp']} | {m['fp']} | {m['fn']} |"
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
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", type=int, default=15, help="misses and false alarms to list")
    ap.add_argument("--write-misses", type=Path, help="also write the report with all misses")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is not met")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"error: {args.shared}/corpus not found; pass --shared PATH", file=sys.stderr)
        return 2
    try:
        summary, miss = evaluate(args.shared)
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
