"""Scoring for the extraction evaluation: the gold set, matching rules and figures.

Pure functions over the gold annotations (``gold.jsonl``) and the references an extractor
returned; ``evaluate.py`` runs the extractor and prints the report. Rules: ``README.md``.
"""

from __future__ import annotations

import hashlib
import json
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
            failed.append(f"{lg}: precision {m['precision']:.4f} < {TARGET_PRECISION}")
        if m["recall"] < TARGET_RECALL:
            failed.append(f"{lg}: recall {m['recall']:.4f} < {TARGET_RECALL}")
    a = summary["cross_language"]["agreement"]
    if a < TARGET_AGREEMENT:
        failed.append(f"cross-language agreement {a:.4f} < {TARGET_AGREEMENT}")
    return failed
