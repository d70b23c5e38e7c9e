"""Scans of many pages: their pages read through OCR in parallel by the reader worker pool.

OCR takes seconds a page, so a scan of many pages read in one worker would hold one core for
minutes and overrun the time limit that protects a run from a stuck parser. Instead, the worker
that opens a scan reads its first page (which fixes the language model) and hands the other
pages back (`PendingScan`); each page is then one task of the same pool, under the same time and
memory limits; last, the file is read again with its pages' text given, and extracted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .isolation import Outcome, run_isolated
from .limits import Limits

OCR_SLOT = 5  # index of the OcrOptions in an ingest task tuple (path, source, ..., ocr)


@dataclass(frozen=True, slots=True)
class PendingScan:
    """A scan left for the pool: its first page's text, the pages still to read, the model."""

    first: tuple[tuple[int, str], ...]
    todo: tuple[int, ...]
    model: str


def read_page(task: tuple[str, int, str]) -> str:
    """Worker task: the OCR text of one page (path, page index, Tesseract model)."""
    import pypdfium2 as pdfium

    from .ocr import read_image, render_page

    path, index, model = task
    pdf = pdfium.PdfDocument(path)
    try:
        return read_image(render_page(pdf[index]), model)
    finally:
        pdf.close()


def finish_scans(
    task: Callable[[Any], Any],
    tasks: Sequence[tuple],
    pending: dict[int, PendingScan],
    *,
    jobs: int | None,
    limits: Limits,
) -> Iterator[Outcome]:
    """Read the pages left in `pending` (task index -> PendingScan) across the pool, then run
    `task` again on each of those files with its pages' text given. Yields an Outcome per file,
    with the task's index; a page that fails fails its file, naming the page."""
    pages, owners = [], []
    for index, scan in pending.items():
        for page in scan.todo:
            pages.append((tasks[index][0], page, scan.model))
            owners.append((index, page))
    texts = {index: dict(scan.first) for index, scan in pending.items()}
    errors: dict[int, str] = {}
    for outcome in run_isolated(read_page, pages, jobs=jobs, limits=limits, ordered=False):
        index, page = owners[outcome.index]
        if outcome.error:
            errors.setdefault(index, f"page {page + 1}: {outcome.error}")
        else:
            texts[index][page] = outcome.value
    again = []
    for index, scan in pending.items():
        if index in errors:
            yield Outcome(index, error=errors[index])
            continue
        ocr = replace(
            tasks[index][OCR_SLOT],
            defer=False,
            model=scan.model,
            texts=tuple(sorted(texts[index].items())),
        )
        again.append((index, (*tasks[index][:OCR_SLOT], ocr)))
    items = [item for _, item in again]
    for outcome in run_isolated(task, items, jobs=jobs, limits=limits, ordered=False):
        yield Outcome(again[outcome.index][0], outcome.value, outcome.error)
