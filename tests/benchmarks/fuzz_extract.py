"""Fuzz the extractor: many generated inputs, the span invariants checked on every result.

Not a test (benchmarks/ is not collected); run it by hand::

    python tests/benchmarks/fuzz_extract.py                 # 100,000 inputs, seed 0
    python tests/benchmarks/fuzz_extract.py -n 20000 --seed 7 --show 5
    python tests/benchmarks/fuzz_extract.py --growth          # linear time on hostile shapes

Inputs are a mix of random Unicode (NUL, lone surrogates, controls, every plane), strings
glued from citation fragments in six languages, and real parallel-corpus lines from
../shared mutated character by character (when ../shared is present). For each input:
extraction must not raise, and every reference must satisfy
``0 <= start < end <= len(text)`` and ``text[start:end] == reference.text``, with a known kind
and relation. Prints counts per generator, failures, and inputs per second; exits 1 on any
failure.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
LANGUAGES = (None, "en", "fr", "es", "ru", "ar", "zh")

# Citation pieces and the noise around them (same spirit as the property tests).
# fmt: off
FRAGMENTS = (
    "A/", "S/", "E/", "RES/", "DEC/", "A/HRC/", "CTOC/COP/", "WG.2/", "E/CN.15/", "FCCC/PA/CMA/",
    "/Add.1", "/Rev.1", "/Corr.2", "S/PRST/", "ES-", "S-", "resolution ", "resolutions ",
    "decision ", "General Assembly ", "Security Council ", "its resolution ",
    "at its seventh session",
    "résolution ", "de l'Assemblée générale", "resolución ", "резолюции ", "решения ", "СТОС/СОР/",
    "القرار ", "(د-29)", "第", "号决议", "号决定", "70/1", "2/6", "1373", "(2001)", "(XXVI)", " (",
    ")", "1/CP.21", "3/CMA.1", "6/1/2014", "2014-2015", "2014/15", "V.14-03728", "ISBN 978-92-1-",
    "637 1989", ", ", " and ", " и ", "、", "; ", ".", "\n", "\u00a0", "\u200b", "\u00ad",
    "\u2013", "\u2215", "\uff0f", "（", "）", "\ufeff", "\x00", "\ud800", "\udfff", "\r\n",
    "\u202e", "\u0301",
)
# fmt: on
# Code point ranges to draw random characters from (surrogates included on purpose).
# fmt: off
RANGES = ((0, 0x7F), (0x80, 0x24F), (0x370, 0x4FF), (0x600, 0x6FF), (0x2000, 0x206F),
          (0x3000, 0x30FF), (0x4E00, 0x9FFF), (0xD800, 0xDFFF), (0xFF00, 0xFFEF),
          (0x1F300, 0x1FAFF), (0, 0x10FFFF))
# fmt: on


def random_unicode(rng: random.Random, max_len: int) -> str:
    out = []
    for _ in range(rng.randint(0, max_len)):
        lo, hi = rng.choice(RANGES)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def fragments(rng: random.Random, max_len: int) -> str:
    out, size = [], 0
    while size < max_len and rng.random() > 0.03:
        piece = rng.choice(FRAGMENTS) if rng.random() < 0.7 else str(rng.randint(0, 99999))
        out.append(piece)
        size += len(piece)
    return "".join(out)


def mutate(rng: random.Random, line: str, max_len: int) -> str:
    chars = list(line[:max_len])
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4:
            piece = rng.choice(FRAGMENTS) if rng.random() < 0.5 else chr(rng.randint(0, 0x10FFFF))
            chars.insert(pos, piece)
        elif op < 0.7 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif chars:
            chars[min(pos, len(chars) - 1)] = chr(rng.randint(0, 0xFFFF))
    return "".join(chars)


def load_lines() -> list[str]:
    lines = []
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):
        path = SHARED / "corpus" / lang / f"UNPC_v1.0_devset.{lang}.txt"
        if path.is_file():
            lines += [s for s in path.read_text(encoding="utf-8").split("\n") if s]
    return lines


def violations(text: str, refs, kinds, relations) -> list[str]:
    """The broken invariants of one result (empty: all good)."""
    bad = []
    if not isinstance(refs, list):
        return [f"result is {type(refs).__name__}, not list"]
    for r in refs:
        if not (0 <= r.start < r.end <= len(text)):
            bad.append(f"span {r.start}:{r.end} outside text of length {len(text)}")
        elif text[r.start : r.end] != r.text:
            bad.append(f"text[{r.start}:{r.end}] != {r.text!r}")
        if r.kind not in kinds:
            bad.append(f"unknown kind {r.kind!r}")
        if r.relation not in relations:
            bad.append(f"unknown relation {r.relation!r}")
    return bad


def growth(size: int, seeds: int) -> int:
    """Time of 4n characters over time of n, per hostile shape (tests/hostile_text.py).

    Linear time gives about 4; a backtracking pattern 16 or more. Also prints each shape's
    speed as a ratio to one ``re`` alternation pass over the same characters. Exits 1
    when a ratio passes 8 (with 0.25 CPU-s of room for inputs read in milliseconds).
    """
    import re

    sys.path.insert(0, str(REPO / "tests"))
    from hostile_text import SHAPES, mixed, shape

    from graph.extract import extract_record
    from graph.model import Document

    scan = re.compile(r"resolution|decision|session|/|\d{4}|第|号决议|القرار")

    def cpu(fn) -> float:  # best of three
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        return best

    cases = [(f"shape {n}", lg, lambda k, n=n: shape(n, k)) for n in SHAPES for lg in LANGUAGES]
    cases += [(f"mixed {s}", LANGUAGES[s % 7], lambda k, s=s: mixed(s, k)) for s in range(seeds)]
    worst, bad = 0.0, 0
    print(f"{'input':24} {'lang':4} {'n s':>8} {'4n s':>8} {'4n/n':>6} {'vs re pass':>10}")
    for name, lg, make in cases:
        extract_record(Document("resolution 1/2", language=lg))
        small, large = make(size), make(4 * size)
        a = cpu(lambda s=small, g=lg: extract_record(Document(s, language=g)))
        b = cpu(lambda s=large, g=lg: extract_record(Document(s, language=g)))
        plain = cpu(lambda s=large: sum(1 for _ in scan.finditer(s)))
        ratio = b / max(a, 1e-6)
        fail = b > 8 * a + 0.25
        bad += fail
        worst = max(worst, ratio if b > 0.05 else 0.0)
        print(
            f"{name:24} {lg or '-':4} {a:8.3f} {b:8.3f} {ratio:6.1f} {plain / max(b, 1e-6):10.3f}"
            + ("  SUPERLINEAR" if fail else "")
        )
    print(f"shapes: {len(cases)}, superlinear: {bad}, worst 4n/n (4n over 0.05 s): {worst:.1f}")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="fuzz graph.extract.extract_references")
    ap.add_argument("-n", type=int, default=100_000, help="number of inputs (default 100000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-len", type=int, default=400, help="longest generated input")
    ap.add_argument("--show", type=int, default=3, help="failing inputs to print")
    ap.add_argument("--growth", action="store_true", help="time growth on hostile shapes")
    ap.add_argument("--size", type=int, default=8000, help="n for --growth (characters)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(REPO))
    if args.growth:
        return growth(args.size, seeds=24)
    from graph.extract import extract_references
    from graph.model import KINDS, RELATIONS, Document

    rng = random.Random(args.seed)
    corpus = load_lines()
    generators = {
        "unicode": lambda: random_unicode(rng, args.max_len),
        "fragments": lambda: fragments(rng, args.max_len),
    }
    if corpus:
        generators["mutated-corpus"] = lambda: mutate(rng, rng.choice(corpus), args.max_len * 2)
    names = list(generators)

    inputs, refs_found, chars = Counter(), Counter(), 0
    failures: list[tuple[str, str, str]] = []
    errors: Counter = Counter()
    t0 = time.perf_counter()
    for i in range(args.n):
        name = names[i % len(names)]
        text = generators[name]()
        chars += len(text)
        inputs[name] += 1
        try:
            refs = extract_references(Document(text, language=rng.choice(LANGUAGES)))
        except Exception as exc:  # what we are looking for
            errors[type(exc).__name__] += 1
            failures.append((name, text, traceback.format_exc(limit=3)))
            continue
        refs_found[name] += len(refs)
        bad = violations(text, refs, KINDS, RELATIONS)
        if bad:
            errors["invariant"] += 1
            failures.append((name, text, "; ".join(bad[:3])))
    seconds = time.perf_counter() - t0

    print(
        f"inputs: {args.n:,} ({', '.join(f'{k} {v:,}' for k, v in inputs.items())}); "
        f"{chars / 1e6:.1f} M characters; corpus lines: {len(corpus):,}"
    )
    print(
        f"references reported: {sum(refs_found.values()):,} "
        f"({', '.join(f'{k} {v:,}' for k, v in refs_found.items())})"
    )
    print(f"failures: {len(failures):,} {dict(errors) if errors else ''}")
    print(
        f"time: {seconds:.1f} s, {args.n / seconds:,.0f} inputs/s, "
        f"{chars / seconds / 1e6:.2f} M chars/s (seed {args.seed})"
    )
    for name, text, why in failures[: args.show]:
        print(f"--- {name}: {text[:200]!r}\n{why}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
