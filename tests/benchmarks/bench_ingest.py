"""Benchmark of reading and building: PDF readers compared, PDF pages/s, build documents/s.

    .venv/bin/python tests/benchmarks/bench_ingest.py        # 10,000 documents, jobs 1 and 2
    .venv/bin/python tests/benchmarks/bench_ingest.py --docs 2000 --jobs 2
    .venv/bin/python tests/benchmarks/bench_ingest.py --corpus /tmp/corpus-10k --skip-readers

1. PDF readers: pypdfium2 and pypdf over the real UN PDFs in ../shared/corpus/binary (pages/s),
   and text quality as the share of words of each PDF's text twin in ../shared/corpus/en that
   the reader's text has (after our layout clean-up), and the share of its words found in the
   twin (the rest is page furniture the twin lacks, or misread words).
2. PDF pages/s of `read_document` (read + layout clean-up) over the real PDFs and over a
   generated 300-page UN-style PDF.
3. A full build (read, extract, build, load into an embedded store) of a generated folder of
   UN-style documents with --jobs 1 and --jobs 2, each run in a fresh process: documents/s and the
   peak memory (resident set) of the main process and of the largest worker process.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared" / "corpus"
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(HERE)]

# Real PDFs with text, and the text twin of each (when the corpus has one).
PDF_TWINS = {
    "S_2022_158-EN.pdf": "SC_draft_S-2022-158.txt",
    "A_HRC_DEC_28_111_g1510722.pdf": "HRC_A-HRC-DEC-28-111.txt",
    "A_RES_73_3-EN.pdf": None,
}


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def pypdfium2_pages(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return pages


def pypdf_pages(data: bytes) -> list[str]:
    import io

    import pypdf

    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def compare_readers(rounds: int) -> None:
    from graph.read import read_document
    from graph.read.layout import clean_pages

    pdfs = {name: (SHARED / "binary" / name).read_bytes() for name in PDF_TWINS}
    print(
        "PDF readers over the real UN PDFs "
        f"({len(pdfs)} files, {sum(len(pypdfium2_pages(d)) for d in pdfs.values())} pages)"
    )
    print(
        f"{'reader':10} {'pages/s':>8}  text quality vs the text twin (twin words found / "
        "words also in the twin)"
    )
    for name, reader in (("pypdfium2", pypdfium2_pages), ("pypdf", pypdf_pages)):
        start, pages = time.perf_counter(), 0
        raw = {}
        for _ in range(rounds):
            for file, data in pdfs.items():
                raw[file] = reader(data)
                pages += len(raw[file])
        rate = pages / (time.perf_counter() - start)  # the reader alone, without clean-up
        texts = {file: clean_pages(got)[0] for file, got in raw.items()}
        quality = []
        for file, twin in PDF_TWINS.items():
            if twin is None:
                continue
            ours, theirs = _words(texts[file]), _words(read_document(SHARED / "en" / twin).text)
            common = sum((ours & theirs).values())
            quality.append(
                f"{file[:14]}: {common / sum(theirs.values()):.3f} / "
                f"{common / sum(ours.values()):.3f}"
            )
        print(f"{name:10} {rate:8.1f}  " + "; ".join(quality))


def read_rate(rounds: int) -> None:
    from file_factory import pdf_bytes

    from graph.read import read_bytes

    lines = [
        "Recalling its resolutions 5/1 of 18 June 2007 and 16/21 of 21 March 2011, and "
        "decision 2/6 of the Conference,",
        "Taking note of the report of the Secretary-General (A/70/100) submitted pursuant to",
        "resolution 68/1, and of the high-level meeting held in Vienna from 28 to 30 October 2013,",
    ] * 16
    generated = pdf_bytes(
        [f"A/70/100\n{i + 1}/300 15-12345\n" + "\n".join(lines) for i in range(300)]
    )
    sets = {
        "real UN PDFs": [(SHARED / "binary" / n).read_bytes() for n in PDF_TWINS],
        "generated 300-page PDF": [generated],
    }
    for label, files in sets.items():
        start, pages = time.perf_counter(), 0
        for _ in range(rounds if label.startswith("real") else 1):
            for data in files:
                pages += read_bytes(data, source="x.pdf").pages
        seconds = time.perf_counter() - start
        print(f"read_document (PDFium + layout clean-up), {label}: {pages / seconds:.0f} pages/s")


def build_child(corpus: str, store: str, jobs: int) -> None:
    """Run in a fresh process: one build, then print its figures as JSON."""
    import resource

    from graph.ingest import ingest_paths
    from graph.store import open_store

    start = time.perf_counter()
    with open_store(store) as st:
        report = ingest_paths([corpus], st, jobs=jobs, progress=False)
        triples = len(st)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "documents": report.read,
                "failed": len(report.failed),
                "seconds": seconds,
                "quads": triples,
                "main_mb": own / 1024,
                "worker_mb": workers / 1024,
            }
        )
    )


def build_rate(corpus: Path, jobs_list: list[int]) -> None:
    files = sum(1 for p in corpus.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    print(
        f"Full build of {files:,} generated documents ({size / 1e6:.1f} MB) into an embedded "
        "store, each run in a fresh process:"
    )
    for jobs in jobs_list:
        with tempfile.TemporaryDirectory() as tmp:
            command = [sys.executable, __file__, "--child", str(corpus), str(Path(tmp) / "db")]
            done = subprocess.run([*command, str(jobs)], capture_output=True, text=True, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"  --jobs {jobs}: {r['documents']:,} documents in {r['seconds']:.1f} s = "
            f"{r['documents'] / r['seconds']:.0f} documents/s ({r['failed']} failed, "
            f"{r['quads']:,} quads); peak memory: main {r['main_mb']:.0f} MB, "
            f"largest worker {r['worker_mb']:.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", default="10k", help="documents to generate (default 10k)")
    parser.add_argument("--corpus", type=Path, help="use this folder instead of generating one")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=20, help="repetitions over the real PDFs")
    parser.add_argument("--skip-readers", action="store_true")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        build_child(args.child[0], args.child[1], int(args.child[2]))
        return
    if not args.skip_readers:
        if SHARED.exists():
            compare_readers(args.rounds)
            read_rate(args.rounds)
        else:
            print(f"{SHARED} is missing: PDF reader figures skipped")
    if args.skip_build:
        return
    if args.corpus:
        build_rate(args.corpus, args.jobs)
        return
    from generate import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        counts = write_corpus(Path(tmp) / "corpus", args.docs, 0, truth=False)
        print(f"generated {counts['documents']:,} documents in {time.perf_counter() - start:.1f} s")
        build_rate(Path(tmp) / "corpus", args.jobs)


if __name__ == "__main__":
    main()
