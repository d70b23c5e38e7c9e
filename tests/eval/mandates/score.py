"""Scoring of mandate statements: the gold passages, span checks and matching rules.

Pure functions over the gold annotations (docs.jsonl, unpc.jsonl and their held-out twins)
and the ``Mandate`` statements an extractor returned; ``evaluate.py`` runs the extractor and
prints the report. The rules are written down in README.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
DEFAULT_SHARED = REPO.parent / "shared"
BODIES = REPO / "ontology" / "bodies.ttl"
SETS = {"docs": ("docs.jsonl", "docs_holdout.jsonl"), "unpc": ("unpc.jsonl", "unpc_holdout.jsonl")}

SUBJECT_KINDS = ("self", "body", "document", "activity")
FAMILIES = {
    "establishedBy": "establish",
    "extendedBy": "extend",
    "requestedBy": "request",
    "pursuantTo": "basis",
    "inAccordanceWith": "basis",
    "terminatedBy": "terminate",
}
# Well-formed act keys (docs/extraction.md key table): a UN symbol with a slash ("S/RES/661(1990)"),
# "decision 6/CMA.4", "{BODY} resolution|decision {number}" ("CTOC/COP decision 2/6",
# "LC resolution 683(XXXV)"), or a session for a request made at one ("E/C.19 session 12").
ACT_KEY = re.compile(
    r"^(?:[A-Z][A-Za-z0-9.\-/()]*/[A-Za-z0-9.\-/()]+"
    r"|decision \d+/(?:CP|CMP|CMA)\.\d+"
    r"|[A-Z][A-Za-z0-9./\-]* (?:resolution|decision) [0-9A-Za-z/.\-()]+"
    r"|[A-Z][A-Za-z0-9./\-]* session \d+)$"
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class GoldError(Exception):
    """The gold set does not fit the texts it annotates (changed corpus, bad span or key)."""


@dataclass
class Passage:
    """One scored unit: a whole document (or its regions), or one parallel-corpus line."""

    file: str
    line: int | None
    language: str
    doc_kind: str
    citing: str | None
    regions: list[tuple[int, int]] | None
    gold: list[dict]
    negatives: list[dict]
    ignore: list[dict]
    text: str = ""

    @property
    def name(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass
class Outcome:
    """What happened to one passage: matched gold, misses, false alarms, citations misread."""

    passage: Passage
    tp: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, prediction)
    fn: list[dict] = field(default_factory=list)
    fp: list[dict] = field(default_factory=list)
    wrong_self: list[dict] = field(default_factory=list)
    error: str | None = None


# --- loading and validation ------------------------------------------------------------------


def read_passage_text(shared: Path, file: str) -> str:
    """The text offsets point into: the project's reader for PDFs, read_text otherwise."""
    path = shared / file
    if not path.is_file():
        raise GoldError(f"{path} is missing")
    if path.suffix.lower() == ".pdf":
        from graph import read_document

        return read_document(path).text
    return path.read_text(encoding="utf-8")


def check_statement(m: dict, text: str, where: str) -> None:
    """Raise GoldError when a gold statement is malformed or its spans do not fit the text."""
    if m["subject_kind"] not in SUBJECT_KINDS:
        raise GoldError(f"{where}: subject_kind {m['subject_kind']!r}")
    if m["relation"] not in FAMILIES:
        raise GoldError(f"{where}: relation {m['relation']!r}")
    if not m.get("act") or not ACT_KEY.match(m["act"]):
        raise GoldError(f"{where}: act key {m.get('act')!r}")
    if m.get("until") and not ISO_DATE.match(m["until"]):
        raise GoldError(f"{where}: until {m['until']!r} is not an ISO date")
    if m["subject_kind"] == "self":
        if m.get("subject") is not None or m.get("subject_start") is not None:
            raise GoldError(f"{where}: a self statement has no subject key or span")
    elif m["subject_kind"] == "activity" and m.get("subject") is not None:
        raise GoldError(f"{where}: an activity has no key")
    elif m["subject_kind"] == "body" and not m.get("subject"):
        raise GoldError(f"{where}: a body needs a key (its code or body:<act key>)")
    if m["subject_kind"] != "self":
        check_span(m, "subject", text, where)
    if m.get("forward"):
        if m.get("act_start") is not None:
            raise GoldError(f"{where}: a forward statement has no act span")
    else:
        check_span(m, "act", text, where)
    if m.get("established_by") and not ACT_KEY.match(m["established_by"]):
        raise GoldError(f"{where}: established_by {m['established_by']!r}")


def check_span(m: dict, part: str, text: str, where: str) -> None:
    """``text[start:end]`` must equal the recorded surface string."""
    start, end, surface = m.get(f"{part}_start"), m.get(f"{part}_end"), m.get(f"{part}_text")
    if start is None or end is None or not (0 <= start < end <= len(text)):
        raise GoldError(f"{where}: {part} span {start}..{end} outside the text")
    if text[start:end] != surface:
        raise GoldError(f"{where}: {part} span reads {text[start:end]!r}, not {surface!r}")


def load_gold(shared: Path, paths: list[Path]) -> list[Passage]:
    """Read gold files and their texts; check hashes, spans and keys of every annotation."""
    cache: dict[str, str] = {}
    passages = []
    for gold_path in paths:
        if not gold_path.is_file():
            continue
        for n, raw in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            g = json.loads(raw)
            where = f"{gold_path.name}:{n}"
            if g["file"] not in cache:
                text = read_passage_text(shared, g["file"])
                digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
                if digest != g["sha256"]:
                    raise GoldError(f"{g['file']} changed since it was annotated ({where})")
                cache[g["file"]] = text
            text = cache[g["file"]]
            if g.get("line") is not None:
                text = text.split("\n")[g["line"] - 1]
            for m in g["mandates"]:
                check_statement(m, text, where)
            for s in g.get("negatives", []) + g.get("ignore", []):
                if text[s["start"] : s["end"]] != s["text"]:
                    raise GoldError(f"{where}: negative span reads {text[s['start'] : s['end']]!r}")
            regions = [tuple(r) for r in g["regions"]] if g.get("regions") else None
            passages.append(
                Passage(
                    g["file"],
                    g.get("line"),
                    g["language"],
                    g.get("doc_kind", "?"),
                    g.get("citing"),
                    regions,
                    g["mandates"],
                    g.get("negatives", []),
                    g.get("ignore", []),
                    text,
                )
            )
    return passages


def gold_paths(which: str, holdout: bool) -> list[Path]:
    """The gold files of a set ("docs", "unpc" or "all"), development or held-out."""
    names = [SETS[s][1 if holdout else 0] for s in (SETS if which == "all" else (which,))]
    return [HERE / n for n in names]


# --- bodies: "body:<act key>" == the code of the body that act established ---------------------


def body_aliases(path: Path = BODIES) -> dict[str, set[str]]:
    """Map ``body:<establishing act>`` to the codes of the bodies that act established, from
    ontology/bodies.ttl (one act may set up several: a committee and its panel of experts)."""
    aliases: dict[str, set[str]] = {}
    if not path.is_file():
        return aliases
    for block in re.split(r"\.\s*\n(?=\S)", path.read_text(encoding="utf-8")):
        code = re.search(r'mg:code\s+"([^"]+)"', block)
        for act in re.findall(r'mg:establishingAct\s+"([^"]+)"', block):
            if code:
                aliases.setdefault(f"body:{act}", set()).add(code.group(1))
    return aliases


# --- matching ---------------------------------------------------------------------------------


def as_dict(pred) -> dict:
    """A predicted Mandate (dataclass or dict) as a plain dict."""
    return pred if isinstance(pred, dict) else pred.to_json()


def _overlap(a0, a1, b0, b1) -> bool:
    return None not in (a0, a1, b0, b1) and a0 < b1 and b0 < a1


def _subject_key(m: dict, aliases: dict[str, set[str]]) -> set[str]:
    """Every key a body statement can be known by (its code, body:<act>); "body:<act>" stands
    for any body that act established.

    Codes compare with spaces as hyphens ("UNOSOM II" is the ontology's "UNOSOM-II").
    """
    subject = m.get("subject")
    keys = set()
    if subject:
        keys.add(subject if subject.startswith("body:") else subject.replace(" ", "-"))
    if subject in aliases:
        keys |= aliases[subject]
    if m.get("established_by"):
        keys.add(f"body:{m['established_by']}")
    return keys


def statement_matches(g: dict, p: dict, citing: str | None, aliases: dict[str, set[str]]) -> bool:
    """Subject + relation family + act all agree (README "Matching")."""
    if FAMILIES.get(g["relation"]) != FAMILIES.get(p.get("relation")):
        return False
    if g["act"] != (p.get("act") or citing):
        return False
    gk, pk = g["subject_kind"], p.get("subject_kind")
    if pk == "body" and citing and not (p.get("subject") or p.get("act")):
        # a body the present act establishes, keyed by that act: without the passage's symbol
        # (a parallel-corpus line) the extractor leaves both null; the act stands for citing
        p = {**p, "subject": f"body:{citing}"} if p.get("relation") == "establishedBy" else p
    if gk == "self" or pk == "self":
        return gk == pk
    if gk == "body":
        return pk == "body" and bool(_subject_key(g, aliases) & _subject_key(p, aliases))
    if gk == "document" and g.get("subject"):
        return pk == "document" and p.get("subject") == g["subject"]
    return pk in ("document", "activity") and _overlap(
        g["subject_start"], g["subject_end"], p.get("subject_start"), p.get("subject_end")
    )


def _anchor(p: dict) -> tuple[int | None, int | None]:
    if p.get("act_start") is not None:
        return p["act_start"], p["act_end"]
    return p.get("subject_start"), p.get("subject_end")


def in_scope(passage: Passage, p: dict) -> bool:
    """Predictions outside the annotated regions or inside an ignored span are not scored."""
    start, end = _anchor(p)
    if start is None:
        return True
    if any(i["start"] <= start and end <= i["end"] for i in passage.ignore):
        return False
    if passage.regions is None:
        return True
    return any(a <= start and end <= b for a, b in passage.regions)


def _dedupe(statements: list[dict], citing: str | None, aliases) -> list[dict]:
    """One statement per (subject, family, act) for keyed subjects; activities stay apart."""
    seen, out = set(), []
    for m in statements:
        if m.get("subject_kind") in ("self", "body") or m.get("subject"):
            subj = (
                m.get("subject_kind")
                if m.get("subject_kind") == "self"
                else min(_subject_key(m, aliases) or {""})
            )
            key = (subj, FAMILIES.get(m.get("relation")), m.get("act") or citing)
            if key in seen:
                continue
            seen.add(key)
        out.append(m)
    return out


def score_passage(passage: Passage, predictions: list, aliases: dict[str, set[str]]) -> Outcome:
    """Match predictions one-to-one against the gold statements of one passage."""
    citing = passage.citing
    preds = _dedupe([d for d in map(as_dict, predictions) if in_scope(passage, d)], citing, aliases)
    gold = _dedupe(list(passage.gold), citing, aliases)
    out = Outcome(passage)
    free = list(range(len(preds)))
    for g in gold:
        hit = next((i for i in free if statement_matches(g, preds[i], citing, aliases)), None)
        if hit is None:
            out.fn.append(g)
        else:
            free.remove(hit)
            out.tp.append((g, preds[hit]))
    out.fp = [preds[i] for i in free]
    # A "self" statement that matches no gold statement turns a citation (a gold negative, or
    # any other mention) into a mandate of the citing document: the error that matters most.
    out.wrong_self = [p for p in out.fp if p.get("subject_kind") == "self"]
    return out


def on_negative(passage: Passage, p: dict) -> bool:
    """Whether a predicted statement's act is an annotated negative (by span, else by key)."""
    for n in passage.negatives:
        if _overlap(n["start"], n["end"], p.get("act_start"), p.get("act_end")):
            return True
    return p.get("act_start") is None and p.get("act") in {n["act"] for n in passage.negatives}


# --- figures ----------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "tp": tp, "fp": fp, "fn": fn}


def summarize(outcomes: list[Outcome]) -> dict:
    """Precision/recall overall, per language and per document kind; forward recall; misreads."""
    groups: dict[str, dict[str, list[int]]] = {
        "language": defaultdict(lambda: [0, 0, 0]),
        "doc_kind": defaultdict(lambda: [0, 0, 0]),
    }
    total = [0, 0, 0]
    fwd = [0, 0]
    for o in outcomes:
        counts = (len(o.tp), len(o.fp), len(o.fn))
        for name, value in (("language", o.passage.language), ("doc_kind", o.passage.doc_kind)):
            groups[name][value] = [a + b for a, b in zip(groups[name][value], counts, strict=True)]
        total = [a + b for a, b in zip(total, counts, strict=True)]
        fwd[0] += sum(1 for g, _ in o.tp if g.get("forward"))
        fwd[1] += sum(1 for g in [g for g, _ in o.tp] + o.fn if g.get("forward"))
    return {
        "passages": len(outcomes),
        "overall": _prf(*total),
        "language": {k: _prf(*v) for k, v in sorted(groups["language"].items())},
        "doc_kind": {k: _prf(*v) for k, v in sorted(groups["doc_kind"].items())},
        "forward_recall": {
            "recall": round(fwd[0] / fwd[1], 3) if fwd[1] else 0.0,
            "tp": fwd[0],
            "gold": fwd[1],
        },
        "citations_as_mandates": sum(len(o.wrong_self) for o in outcomes),
        "citations_as_mandates_on_negatives": sum(
            1 for o in outcomes for p in o.wrong_self if on_negative(o.passage, p)
        ),
        "errors": [f"{o.passage.name}: {o.error}" for o in outcomes if o.error],
    }


def misses(outcomes: list[Outcome]) -> dict:
    """Every missed gold statement and every false alarm, with the passage it belongs to."""

    def brief(m: dict) -> dict:
        keep = (
            "subject_kind",
            "subject",
            "relation",
            "act",
            "paragraph",
            "subject_text",
            "act_text",
            "subject_start",
            "act_start",
        )
        return {k: m.get(k) for k in keep if m.get(k) is not None}

    return {
        "missed": [{"passage": o.passage.name, **brief(g)} for o in outcomes for g in o.fn],
        "false_alarms": [{"passage": o.passage.name, **brief(p)} for o in outcomes for p in o.fp],
        "citations_as_mandates": [
            {"passage": o.passage.name, **brief(p)} for o in outcomes for p in o.wrong_self
        ],
    }
