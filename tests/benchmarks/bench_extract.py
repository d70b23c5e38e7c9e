"""Extraction throughput on the real UN texts of ../shared/corpus, per language, on one core.

    .venv/bin/python tests/benchmarks/bench_extract.py [--repeat 3] [--no-eyecite]
    .venv/bin/python tests/benchmarks/bench_extract.py --baseline DIR [--repeat 3]
    .venv/bin/python tests/benchmarks/bench_extract.py --generated 400   # dense generated text

With ``--baseline DIR`` (another checkout of the package, e.g. `git archive main | tar -x -C DIR`)
both are measured in this run, alternately in child processes, and the ratio is printed.

Prints MB/s (UTF-8 bytes of plain text per CPU second of this process, so other processes
on the machine do not distort it) and references/s per language folder, then eyecite's
`get_citations` over the same bytes in the same run for comparison. Target (issue 3):
>= 10 MB/s per core and >= 10x eyecite. Ceiling (issue 17): one pass of Python's ``re`` with
an alternation of the citation keywords of six languages over the same text; target >= 0.25x
of it, and >= 20x eyecite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("BENCH_CODE_ROOT", str(REPO)))
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
# The ceiling: one scan for the words and shapes extraction starts from, in six languages.
ALTERNATION = re.compile(
    r"resolution|decision|session|résolution|décision|resolución|decisión|período de sesiones"
    r"|резолюци|решени|сесси|القرار|المقرر|الدورة|决议|决定|届会议|[A-Z]+/[0-9A-Z.]+/|\d{4}"
)


def alternation_seconds(texts: list[tuple[str, str]], repeat: int) -> float:
    """CPU seconds of the best of ``repeat`` passes of ALTERNATION over every text."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.process_time()
        for _lang, text in texts:
            for _m in ALTERNATION.finditer(text):
                pass
        best = min(best, time.process_time() - start)
    return best


def _child_seconds(root: Path) -> float:
    """CPU seconds of one pass over the corpus with the package found under ``root``."""
    env = {**os.environ, "BENCH_CODE_ROOT": str(root)}
    out = subprocess.run(
        [sys.executable, __file__, "--child"], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])["seconds"]


def _one_pass() -> float:
    from graph.extract import extract_record
    from graph.model import Document

    files = sorted(p for p in CORPUS.glob("*/*.txt") if p.parent.name != "ground")
    texts = [p.read_text(encoding="utf-8") for p in files]
    for text in texts:
        extract_record(Document(text[:2000]))
    start = time.process_time()
    for text in texts:
        extract_record(Document(text))
    return time.process_time() - start


def compare(baseline: Path, repeat: int) -> None:
    """Best of ``repeat`` alternate passes of this checkout and of ``baseline``."""
    ours, theirs = [], []
    for _ in range(max(1, repeat)):
        theirs.append(_child_seconds(baseline))
        ours.append(_child_seconds(REPO))
    size = sum(p.stat().st_size for p in CORPUS.glob("*/*.txt") if p.parent.name != "ground")
    a, b = min(ours), min(theirs)
    print(f"baseline {baseline}: {b:.2f} s ({size / 1e6 / b:.1f} MB/s)")
    print(f"this checkout: {a:.2f} s ({size / 1e6 / a:.1f} MB/s)")
    print(f"time ratio this/baseline: {a / b:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best kept)")
    parser.add_argument("--no-eyecite", action="store_true", help="skip the eyecite comparison")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--generated",
        type=int,
        default=0,
        help="use this many generated documents instead of ../shared",
    )
    args = parser.parse_args()
    if not args.generated and not CORPUS.exists():
        sys.exit(f"{CORPUS} is not here: the real UN texts live outside the repository")
    if args.child:
        print(json.dumps({"seconds": _one_pass()}))
        return
    if args.baseline:
        compare(args.baseline, args.repeat)
        return

    from graph.extract import extract_record
    from graph.model import Document

    if args.generated:
        from generate import generate_corpus

        texts = [(d.language, d.text) for d in generate_corpus(args.generated)]
    else:
        files = sorted(p for p in CORPUS.glob("*/*.txt") if p.parent.name != "ground")
        texts = [(p.parent.name, p.read_text(encoding="utf-8")) for p in files]
    for _lang, text in texts:  # warm-up: compile every language's patterns once
        extract_record(Document(text[:2000]))

    best: dict[str, tuple[float, int, int]] = {}
    for _ in range(max(1, args.repeat)):
        per: dict[str, list[float]] = {}
        for lang, text in texts:
            start = time.process_time()
            refs = len(extract_record(Document(text)).references)
            seconds = time.process_time() - start
            row = per.setdefault(lang, [0.0, 0, 0])
            row[0] += seconds
            row[1] += len(text.encode("utf-8"))
            row[2] += refs
        for lang, (seconds, size, refs) in per.items():
            if lang not in best or seconds < best[lang][0]:
                best[lang] = (seconds, size, refs)

    print(f"{'folder':8} {'MB':>6} {'refs':>6} {'MB/s':>7} {'refs/s':>8}")
    total_s = total_b = total_r = 0
    for lang, (seconds, size, refs) in sorted(best.items()):
        total_s, total_b, total_r = total_s + seconds, total_b + size, total_r + refs
        rate = size / 1e6 / seconds
        print(f"{lang:8} {size / 1e6:6.2f} {refs:6d} {rate:7.1f} {refs / seconds:8.0f}")
    ours = total_b / 1e6 / total_s
    print(f"{'all':8} {total_b / 1e6:6.2f} {total_r:6d} {ours:7.1f} {total_r / total_s:8.0f}")
    ceiling = total_b / 1e6 / alternation_seconds(texts, args.repeat)
    print(
        f"one re alternation pass: {ceiling:.1f} MB/s -> ours is {ours / ceiling:.3f}x "
        "(target >= 0.25x)"
    )

    if args.no_eyecite:
        return
    try:
        from eyecite import get_citations
    except ImportError:
        print("eyecite: not installed (pip install 'mandate-graph[bench]')")
        return
    start = time.process_time()
    found = sum(len(get_citations(text)) for _, text in texts)
    seconds = time.process_time() - start
    theirs = total_b / 1e6 / seconds
    print(
        f"eyecite  {total_b / 1e6:6.2f} {found:6d} {theirs:7.1f}   -> ours is {ours / theirs:.1f}x "
        "(target >= 20x)"
    )


if __name__ == "__main__":
    main()
