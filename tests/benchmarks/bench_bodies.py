"""Body-name matching speed with the whole body scheme, as a ratio to a smaller scheme.

    .venv/bin/python tests/benchmarks/bench_bodies.py [--repeat 5] [--scheme OLD/bodies.ttl]

The baseline is the same ontology/bodies.ttl without the bodies that carry an establishing or
terminating act (the committees, panels and missions that mandates are about) nor the bodies
under them, or with ``--scheme`` another version of the file (`git show main:ontology/bodies.ttl
> /tmp/old.ttl`), measured in the same run on the real UN texts of ../shared/corpus, one language
folder at a time, on one core (CPU seconds of this process). Prints labels per language, build
time of the matcher and the time of `BodyMatcher.find` over the folder's text, and the ratios
full / baseline (1.00 = no slower).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"


def baseline_index(full):
    """The scheme without the bodies known by their establishing or terminating act."""
    from graph.extract.bodies import BodyIndex

    def kept(code: str) -> bool:
        return not any(
            full.bodies[c].established_by or full.bodies[c].terminated_by
            for c in full.ancestors(code)
            if c in full.bodies
        )

    return BodyIndex({c: b for c, b in full.bodies.items() if kept(c)})


def measure(lang: str, index, text: str, repeat: int) -> tuple[int, float, float]:
    """(labels, build seconds, best find seconds) for one language and one scheme."""
    from graph.extract import bodies

    real = bodies.body_index
    bodies.body_index = lambda: index  # the matcher reads the scheme through this function
    try:
        start = time.process_time()
        mat = bodies.BodyMatcher(lang)
        build = time.process_time() - start
    finally:
        bodies.body_index = real
    labels = len(mat.full) + len(mat.short)
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.process_time()
        mat.find(text)
        best = min(best, time.process_time() - start)
    return labels, build, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over each text (best kept)")
    parser.add_argument("--scheme", type=Path, help="the baseline: another bodies.ttl")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is not here: the real UN texts live outside the repository")
    from graph.extract.bodies import body_index, read_scheme
    from graph.extract.languages import LANGUAGES

    full = body_index()
    if args.scheme and not args.scheme.is_file():
        sys.exit(f"{args.scheme} is not a file")
    base = read_scheme(args.scheme) if args.scheme else baseline_index(full)
    print(f"bodies: {len(full.bodies)} in the scheme, {len(base.bodies)} in the baseline")
    head = f"{'lang':5} {'MB':>5} {'labels':>13} {'build ms':>15} {'find MB/s':>15}"
    print(head + f" {'find ratio':>10}")
    total = [0.0, 0.0]
    for lang in LANGUAGES:
        files = sorted((CORPUS / lang).glob("*.txt"))
        text = "\n".join(p.read_text(encoding="utf-8") for p in files)
        if not text:
            continue
        lb, bb, fb = measure(lang, base, text, args.repeat)
        lf, bf, ff = measure(lang, full, text, args.repeat)
        total[0] += fb
        total[1] += ff
        mb = len(text.encode("utf-8")) / 1e6
        print(
            f"{lang:5} {mb:5.2f} {lb:6d}>{lf:6d} {bb * 1e3:7.0f}>{bf * 1e3:7.0f} "
            f"{mb / fb:7.1f}>{mb / ff:7.1f} {ff / fb:10.2f}"
        )
    print(f"all: find takes {total[1] / total[0]:.2f}x the baseline's time")


if __name__ == "__main__":
    main()
