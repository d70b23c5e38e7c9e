"""Shared fixtures: where the real corpus is, and skips when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "000_0c3125801dd93bfc.txt"
EXAMPLES = REPO / "examples"

# Benchmark scripts are run by hand, never collected as tests.
collect_ignore_glob = ["benchmarks/*"]


def need_shared(path: Path = SHARED) -> Path:
    """Skip the calling test when ../shared (not part of the repository) is missing."""
    if not path.exists():
        pytest.skip(
            f"{path} is not here: the real UN texts live outside the repository in ../shared"
        )
    return path


@pytest.fixture
def seed_path() -> Path:
    return need_shared(SEED)


@pytest.fixture
def corpus_dir() -> Path:
    return need_shared(CORPUS)


def mandate_statements(text: str, language: str) -> list[tuple]:
    """The mandate statements extracted from ``text`` as (subject_kind, subject, relation, act,
    subject_text, paragraph, until, target): the shape of the extraction tables' rows."""
    from graph.extract import extract_record
    from graph.model import Document

    record = extract_record(Document(text, language=language))
    return [
        (
            m.subject_kind,
            m.subject,
            m.relation,
            m.act,
            m.subject_text,
            m.paragraph,
            m.until,
            m.target,
        )
        for m in record.mandates
    ]
