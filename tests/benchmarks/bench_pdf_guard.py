"""What the decompression guard costs: pages per second reading every PDF in
../shared/corpus/binary/ with the guard on and off, in the same run.

    .venv/bin/python tests/benchmarks/bench_pdf_guard.py [--rounds 5]

Two readings are timed: the whole read stage (`read_bytes`: PDFium, then the UN layout clean-up,
which is what a user waits for) and PDFium's text alone (`read_pdf`). Each round reads every PDF
with the guard and without (the order alternates from round to round); a file's time is the best
of its rounds in CPU seconds of this process, which keeps the noise of a shared machine out of
the ratio. "Off" replaces `check_inflation` by a no-op, so the difference is the guard alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from graph.errors import InputError  # noqa: E402
from graph.read import pdf as pdf_module  # noqa: E402
from graph.read import read_bytes  # noqa: E402
from graph.read.limits import DEFAULT_LIMITS  # noqa: E402

CORPUS = HERE.parents[2] / "shared" / "corpus" / "binary"


def _pdf_text(data: bytes) -> int:
    """Pages read by PDFium (0 for a file refused, e.g. a scan without a text layer)."""
    try:
        return len(pdf_module.read_pdf(data, DEFAULT_LIMITS)[0])
    except InputError:
        return 0


def _whole_read(data: bytes) -> int:
    """Pages of the Document read (0 for a file refused)."""
    try:
        return read_bytes(data, source="x.pdf").pages or 0
    except InputError:
        return 0


def _timed(read, data: bytes, guard: bool) -> tuple[float, int]:
    real = pdf_module.check_inflation
    if not guard:
        pdf_module.check_inflation = lambda data, limit: 0
    try:
        start = time.process_time()
        pages = read(data)
        return time.process_time() - start, pages
    finally:
        pdf_module.check_inflation = real


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is not here: the real UN PDFs live outside the repository")
    files = sorted(CORPUS.rglob("*.pdf"))
    datas = [f.read_bytes() for f in files]
    print(f"{len(files)} PDFs, {sum(map(len, datas)) / 2**20:.1f} MB, best of {args.rounds} rounds")
    for label, read in (
        ("whole read (read_bytes)", _whole_read),
        ("PDF text (read_pdf)", _pdf_text),
    ):
        _measure(label, read, files, datas, args.rounds)


def _measure(label: str, read, files: list[Path], datas: list[bytes], rounds: int) -> None:
    best = {True: [float("inf")] * len(files), False: [float("inf")] * len(files)}
    pages = [0] * len(files)
    for round_ in range(rounds):
        for i, data in enumerate(datas):
            for guard in (True, False) if (round_ + i) % 2 else (False, True):
                seconds, pages[i] = _timed(read, data, guard)
                best[guard][i] = min(best[guard][i], seconds)
    total = sum(pages)
    on, off = sum(best[True]), sum(best[False])
    worst = max(range(len(files)), key=lambda i: best[True][i] - best[False][i])
    print(f"{label}: {total} pages")
    print(f"  guard off: {total / off:8.1f} pages/s ({off:.3f} s)")
    print(f"  guard on:  {total / on:8.1f} pages/s ({on:.3f} s)")
    print(
        f"  guard cost: {100 * (on - off) / off:+.1f} % (target: under 10 %); largest on one file:"
    )
    print(f"  {files[worst].name} +{1000 * (best[True][worst] - best[False][worst]):.1f} ms")


if __name__ == "__main__":
    main()
