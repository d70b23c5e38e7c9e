"""Find the offsets of a surface string in a ../shared text, for adding gold annotations.

    python tests/eval/annotate.py corpus/en/SC_S-RES-885-1993.txt "resolution ⟦868 1993⟧"
    python tests/eval/annotate.py corpus/fr/UNPC_v1.0_devset.fr.txt "2127 (2013)" --line 76

Whitespace in the surface matches any run of whitespace (line breaks included); the span
can be marked inside some context with ⟦ ⟧. Prints one JSON object per occurrence with
start, end and the exact text, ready to paste into gold.jsonl once kind and key are added.
Offsets are into ``Path.read_text(encoding="utf-8")`` (or into that line, with --line).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from scoring import DEFAULT_SHARED

OPEN, CLOSE = "⟦", "⟧"


def pattern(surface: str) -> re.Pattern:
    """Regex for a surface: whitespace-tolerant, with the ⟦marked⟧ part as group 1."""
    if OPEN not in surface:
        surface = OPEN + surface + CLOSE
    before, rest = surface.split(OPEN, 1)
    inside, after = rest.split(CLOSE, 1)

    def loose(s: str) -> str:
        return r"\s+".join(re.escape(tok) for tok in s.split()) if s.strip() else ""

    sep_b = r"\s+" if before[-1:].isspace() else ""
    sep_a = r"\s+" if after[:1].isspace() else ""
    return re.compile(f"{loose(before)}{sep_b}({loose(inside)}){sep_a}{loose(after)}")


def locate(text: str, surface: str) -> list[dict]:
    """Every occurrence of the (marked part of the) surface, as start/end/text."""
    return [
        {"start": m.start(1), "end": m.end(1), "text": m.group(1)}
        for m in pattern(surface).finditer(text)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", help="path under ../shared, e.g. corpus/en/GA_A-RES-80-6.txt")
    ap.add_argument("surface", help='text to find; mark the span in context: "its ⟦70/1⟧"')
    ap.add_argument("--line", type=int, help="1-based line (parallel-corpus files)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)
    text = (args.shared / args.file).read_text(encoding="utf-8")
    if args.line:
        text = text.split("\n")[args.line - 1]
    hits = locate(text, args.surface)
    for hit in hits:
        assert text[hit["start"] : hit["end"]] == hit["text"]
        print(json.dumps(hit, ensure_ascii=False))
    if not hits:
        print(f"not found: {args.surface!r}", file=sys.stderr)
    return 0 if hits else 1


if __name__ == "__main__":
    sys.exit(main())
