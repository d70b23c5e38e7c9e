"""Check the mandate-statement annotations of the UN Parallel Corpus lines, and count them.

    python tests/eval/mandates/check_unpc.py                 # both files, figures per language
    python tests/eval/mandates/check_unpc.py --shared /path/to/shared

Every span must be the exact text at its offsets in its line (1-based line of
``Path(file).read_text(encoding="utf-8").split("\\n")``), every file's sha256 must match the
text in ../shared, relations and subject kinds must be the model's, a forward statement has
the citing document as its act and no act span, a ``self`` subject has no subject span, and
the development and held-out parts share no line. Exit 0 when all holds, 1 with one line
per problem, 2 when ../shared is missing. Reads the texts; never runs the extractor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from graph.model import STATEMENT_FAMILIES, SUBJECT_KINDS  # noqa: E402

FILES = {"dev": HERE / "unpc.jsonl", "holdout": HERE / "unpc_holdout.jsonl"}
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def read_text(path: Path) -> str:
    """A ../shared text as the annotations' offsets see it."""
    return path.read_text(encoding="utf-8")


def load(path: Path) -> list[dict]:
    """The records of one annotation file (one JSON object per line)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(row) for row in handle if row.strip()]


def span_problems(line: str, text: str | None, start: int | None, end: int | None) -> str | None:
    """Why a (text, start, end) triple does not match the line, or None."""
    if start is None or end is None or text is None:
        return "incomplete span"
    if line[start:end] != text:
        return f"[{start}:{end}] is {line[start:end]!r}, not {text!r}"
    return None


def statement_problems(rec: dict, line: str, m: dict) -> list[str]:
    """Problems of one mandate statement of a record."""
    out = []
    if m["relation"] not in STATEMENT_FAMILIES:
        out.append(f"relation {m['relation']!r}")
    if m["subject_kind"] not in SUBJECT_KINDS:
        out.append(f"subject kind {m['subject_kind']!r}")
    if m["subject_kind"] == "self":
        if m["subject_start"] is not None:
            out.append("a self subject has no span")
    elif why := span_problems(line, m["subject_text"], m["subject_start"], m["subject_end"]):
        out.append(f"subject {why}")
    if m["forward"]:
        if m["act"] != rec["citing"] or m["act_start"] is not None:
            out.append("a forward statement has the citing key as act and no act span")
    elif why := span_problems(line, m["act_text"], m["act_start"], m["act_end"]):
        out.append(f"act {why}")
    if m["until"] is not None and not ISO_DATE.fullmatch(m["until"]):
        out.append(f"until {m['until']!r} is not an ISO date")
    return out


def record_problems(rec: dict, shared: Path) -> list[str]:
    """Problems of one (line, language) record, each prefixed with where it is."""
    where = f"{rec['file']}:{rec['line']}"
    path = shared / rec["file"]
    if not path.is_file():
        return [f"{where}: no such file under {shared}"]
    text = read_text(path)
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["sha256"]:
        return [f"{where}: sha256 differs (the text changed)"]
    line = text.split("\n")[rec["line"] - 1]
    out = [f"{where}: {p}" for m in rec["mandates"] for p in statement_problems(rec, line, m)]
    for neg in rec["negatives"]:
        if why := span_problems(line, neg["text"], neg["start"], neg["end"]):
            out.append(f"{where}: negative {why}")
    return out


def part_problems(parts: dict[str, list[dict]]) -> list[str]:
    """Problems across records: duplicates, lines missing a language, lines in both parts."""
    out, lines_of = [], {}
    for name, records in parts.items():
        seen = Counter((r["line"], r["language"]) for r in records)
        out += [f"{name}: line {k[0]} {k[1]} appears {n} times" for k, n in seen.items() if n > 1]
        by_line = defaultdict(set)
        for line, lang in seen:
            by_line[line].add(lang)
        out += [
            f"{name}: line {n} lacks {sorted(set(LANGUAGES) - langs)}"
            for n, langs in by_line.items()
            if set(langs) != set(LANGUAGES)
        ]
        lines_of[name] = set(by_line)
    both = lines_of.get("dev", set()) & lines_of.get("holdout", set())
    out += [f"line {n} is in both parts" for n in sorted(both)]
    return out


def figures(records: list[dict]) -> str:
    """Counts per language: statements by relation family, negatives, lines with statements."""
    families = sorted(set(STATEMENT_FAMILIES.values()))
    head = f"{'lang':<5}{'lines':>6}{'w/stmt':>7}{'stmts':>6}"
    rows = [head + "".join(f"{f:>10}" for f in families) + f"{'forward':>8}{'neg':>5}"]
    with_statement = {}
    for lang in LANGUAGES + ("all",):
        mine = [r for r in records if lang in (r["language"], "all")]
        stmts = [m for r in mine for m in r["mandates"]]
        fam = Counter(STATEMENT_FAMILIES[m["relation"]] for m in stmts)
        with_statement[lang] = {r["line"] for r in mine if r["mandates"]}
        forward = sum(m["forward"] for m in stmts)
        negatives = sum(len(r["negatives"]) for r in mine)
        rows.append(
            f"{lang:<5}{len({r['line'] for r in mine}):>6}{len(with_statement[lang]):>7}"
            f"{len(stmts):>6}"
            + "".join(f"{fam[f]:>10}" for f in families)
            + f"{forward:>8}{negatives:>5}"
        )
    in_all = set.intersection(*(with_statement[lang] for lang in LANGUAGES))
    rows.append(f"lines with statements in all six languages: {len(in_all)}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(
            f"error: {args.shared} is not here: the texts live outside the repository",
            file=sys.stderr,
        )
        return 2
    parts = {name: load(path) for name, path in FILES.items()}
    problems = part_problems(parts)
    for records in parts.values():
        for rec in records:
            problems += record_problems(rec, args.shared)
    for name, records in parts.items():
        print(f"== {name} ({FILES[name].name})\n{figures(records)}")
    print(f"== both\n{figures([r for records in parts.values() for r in records])}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
