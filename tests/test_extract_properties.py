"""Extraction never raises, and every span it reports is exactly a piece of the text.

Property-based (hypothesis) over random Unicode (NUL, lone surrogates, control and format
characters, every script), over strings assembled from symbol-like fragments in six
languages, and over explicit hostile inputs: a 5 MB single line and a paragraph with 10,000
references. The throughput of the same invariants over 100,000 inputs is measured by
tests/benchmarks/fuzz_extract.py, not here.
"""

from __future__ import annotations

import pytest
from hostile_text import SHAPES, mixed, shape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import extract_record, extract_references
from graph.model import (
    KINDS,
    RELATIONS,
    STATEMENT_RELATIONS,
    SUBJECT_KINDS,
    Document,
    DocumentRecord,
    Mandate,
    Reference,
)

LANGUAGES = (None, "en", "fr", "es", "ru", "ar", "zh")

# Pieces of UN citations and of the noise around them, so that generated strings often come
# close to (or exactly form) a reference: symbols, cue words, numbers, odd separators.
# fmt: off
FRAGMENTS = (
    "A/", "S/", "E/", "RES/", "DEC/", "A/HRC/", "CTOC/COP/", "WG.2/", "E/CN.15/", "FCCC/PA/CMA/",
    "CAC/COSP/", "/Add.1", "/Rev.1", "/Corr.2", "/CRP.2", "/L.8", "S/PRST/", "L.", "ES-", "S-",
    "resolution ", "resolutions ", "decision ", "decisions ", "General Assembly ",
    "Security Council ", "its resolution ", "the present resolution", "at its seventh session",
    "résolution ", "décision ", "de l'Assemblée générale", "resolución ", "decisión ",
    "резолюции ", "решения ", "решение ", "Конференции", "на ее седьмой сессии", "СТОС/СОР/",
    "القرار ", "قرار مجلس الأمن ", "(د-29)", "المقرر ", "第", "号决议", "号决定", "届会议",
    "70/1", "2/6", "1373", "2118", "(2001)", "(XXVI)", " (", ")", "1/CP.21", "3/CMA.1", "2/CMP.1",
    "6/1/2014", "2014-2015", "2014/15", "V.14-03728", "GE.15-01234", "ISBN 978-92-1-",
    "637 1989", ", ", " and ", " et ", " и ", " y ", "、", "和", " و ", "; ", ".", "\n", "\n\n",
    "\u00a0", "\u200b", "\u00ad", "\u2013", "\u2215", "\uff0f", "Ｓ／ＲＥＳ／", "（", "）",
    "\ufeff", "\x00", "\ud800", "\udfff", "\r\n", "\t", "\u202e", "\u0301", "Ａ", "١٢٣",
    "\U0001f600",
    # mandate cues and subjects, so that statements are built from noise too
    "established by ", "most recently extended by ", "The present report is submitted pursuant to ",
    "the Committee ", "the same resolution", "paragraph 5 thereof", ", paragraph 22",
    "1. Requests ",
    "Decides to extend until 15 May 2019 the mandate of ", "Decides to establish ", "until ",
    "Acting under ", "in accordance with ", "(A/40/105)", "créé par la ", "Comité ", "учрежденный ",
    "Комитет, ", "от 12 июня", "المنشأة عملا ب", "اللجنة ", "所设委员会", "设立了", "本报告是根据",
    "决定将", "的任务期限延长至", "请秘书长", "Prie le ", "Décide de proroger le mandat de ",
    "Solicita al ", "establecido en virtud de ", "\n2. ", "\n1 - يطلب ", "a report on ",
    # backward forms: relative clauses, names that hold a basis cue, creation, demands
    " and whose mandate was extended by ", "dont le mandat a été prorogé par la ",
    "y cuyo mandato se prorrogó en la ", "мандат которой был продлен в ", "ومددت ولايتها في ",
    "号决议所设和最近由", "号决议延长的", "the Committee pursuant to ", "faisant suite aux ",
    "dimanante de las ", "المنبثقة عن ", "established the Commission pursuant to ",
    "Recalling the creation, pursuant to ", ", of a Panel of Experts", "о создании ",
    "my report on the region, to be issued, as requested by the Council in ",
    "Decides that, in accordance with ", ", there shall be set off", "Having conducted the review ",
    "In its resolution ", ", the Council demanded \"", "requires Member States to \"", "<<",
    "its decision in ", " to extend ", "UNISFA's mandate",
    "постановил продлить на 13-месячный период мандат ",
)
# fmt: on

any_unicode = st.text(st.characters(blacklist_categories=()), max_size=400)
symbolish = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.integers(0, 99999).map(str),
        st.text(st.characters(blacklist_categories=()), max_size=3),
    ),
    max_size=60,
).map("".join)
texts = st.one_of(any_unicode, symbolish)


def check_references(text: str, refs) -> None:
    """The invariants every extraction result must satisfy."""
    assert isinstance(refs, list)
    for r in refs:
        assert isinstance(r, Reference)
        assert 0 <= r.start < r.end <= len(text), (r.start, r.end, len(text))
        assert text[r.start : r.end] == r.text
        assert r.kind in KINDS, r.kind
        assert r.relation in RELATIONS, r.relation
        assert isinstance(r.key, str) and r.key
        if r.kind != "unresolved":
            assert r.key.isascii(), r.key  # canonical keys are ASCII (design notes)


def check_mandates(text: str, mandates) -> None:
    """The invariants of every mandate statement: known kinds, exact subject and act spans."""
    for m in mandates:
        assert isinstance(m, Mandate)
        assert m.subject_kind in SUBJECT_KINDS and m.relation in STATEMENT_RELATIONS
        assert m.subject_start is not None and m.subject_end is not None
        assert 0 <= m.subject_start <= m.subject_end <= len(text)
        assert text[m.subject_start : m.subject_end] == m.subject_text
        if m.act_start is not None:
            assert 0 <= m.act_start < m.act_end <= len(text)
        assert 0 < m.confidence <= 1 and m.rule
        assert m.subject is None or m.subject.isascii() or m.subject.startswith("body:")
        if m.until is not None:
            assert len(m.until) == 10 and m.until[4] == "-"
        m.to_json()  # serialisable


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(LANGUAGES))
def test_extract_references_never_raises_and_spans_are_exact(text, language):
    refs = extract_references(Document(text, language=language))
    check_references(text, refs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(LANGUAGES))
def test_extract_record_never_raises(text, language):
    record = extract_record(Document(text, language=language))
    assert isinstance(record, DocumentRecord)
    check_references(text, list(record.references))
    check_mandates(text, record.mandates)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(LANGUAGES))
def test_mandates_never_raise_and_their_spans_are_exact(text, language):
    record = extract_record(Document(text, language=language))
    check_mandates(text, record.mandates)
    relations = {(r.start, r.end): r.relation for r in record.references}
    own = {(m.act_start, m.act_end) for m in record.mandates if m.subject_kind == "self"}
    # a reference keeps a mandate relation only when the document itself rests on it
    for span, relation in relations.items():
        if relation in (
            "establishedBy",
            "extends",
            "decides",
            "pursuantTo",
            "requestedBy",
            "inAccordanceWith",
        ):
            assert span in own, (span, relation)


@settings(max_examples=200, deadline=None)
@given(prefix=texts, suffix=texts)
def test_offsets_shift_with_a_prefix(prefix, suffix):
    # a known reference keeps its exact span wherever it sits in arbitrary text
    head = "Note by the Secretariat\n\n1. "  # the first line of a document may be its header
    core = " Recalling Security Council resolution 1373 (2001) of 28 September 2001, "
    text = head + prefix + core + suffix
    refs = extract_references(Document(text, language="en"))
    check_references(text, refs)
    at = len(head) + len(prefix)
    assert any(
        r.key == "S/RES/1373(2001)" and at <= r.start and r.end <= at + len(core) for r in refs
    ), [(r.key, r.start, r.end) for r in refs]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\x00" * 1000,
        "\ud800",
        "\udc00resolution 70/1\ud800",
        "/" * 10000,
        "A/" * 5000,
        "(" * 5000 + ")" * 5000,
        "1/" * 5000,
        "resolution " * 5000,
        "\u200b" * 5000,
        "S/RES/" + "9" * 5000,
        "A/" + "/".join(["RES"] * 3000),
        "\u00ad\n" * 3000,
    ],
)
def test_degenerate_inputs(text):
    check_references(text, extract_references(Document(text)))


def test_five_megabyte_single_line():
    # a PDF extracted without line breaks: 5 MB, one line, a few hundred references in it
    chunk = (
        "The Assembly, recalling the relevant reports and taking into account the views "
        "of Member States on the matter under consideration, decides as follows; " * 60
    )
    parts, n = [], 0
    while sum(map(len, parts)) < 5_000_000:
        parts.append(chunk)
        parts.append(f"recalling its resolution 70/{n % 300 + 1} and document S/2015/{n + 1} ")
        n += 1
    text = "".join(parts)
    assert "\n" not in text and len(text) >= 5_000_000
    refs = extract_references(Document(text, language="en"))
    check_references(text, refs)
    assert len({r.key for r in refs if r.key.startswith("S/2015/")}) == n


def test_ten_thousand_references_in_one_paragraph():
    text = (
        "Recalling its resolutions "
        + ", ".join(f"A/RES/70/{i}" for i in range(1, 10_000))
        + " and A/RES/70/10000,"
    )
    refs = extract_references(Document(text, language="en"))
    check_references(text, refs)
    keys = {r.key for r in refs if r.kind == "resolution"}
    assert len(keys) == 10_000


# Linear time: extraction of 4n characters of a hostile shape costs about 4x that of n
# characters. A pattern that backtracks (nested or adjacent quantifiers over the same
# characters, an unbounded look-around) costs 16x or more. The bound has room for noise: a
# ratio of 8, plus 0.25 CPU-seconds so that inputs read in a few milliseconds cannot fail
# it by jitter; a quadratic pattern on 32,000 characters costs whole seconds.
GROWTH_SIZE = 8_000


def _cpu_seconds(text: str, language: str | None) -> float:
    """Best of three CPU times of one extraction (CPU time: other processes do not count)."""
    import time

    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        extract_record(Document(text, language=language))
        best = min(best, time.process_time() - t0)
    return best


def _assert_linear(make, language: str | None) -> None:
    extract_record(Document("resolution 1/2", language=language))  # patterns compiled
    small = _cpu_seconds(make(GROWTH_SIZE), language)
    large = _cpu_seconds(make(4 * GROWTH_SIZE), language)
    assert large <= 8 * small + 0.25, f"4x the text cost {large / max(small, 1e-6):.1f}x"


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("language", [None, "es", "zh"])
def test_extraction_time_grows_linearly_on_hostile_shapes(name, language):
    _assert_linear(lambda size: shape(name, size), language)


@pytest.mark.parametrize("seed", range(18))  # 17: Chinese blocks in Spanish (was quadratic)
def test_extraction_time_grows_linearly_on_mixed_atoms(seed):
    language = LANGUAGES[seed % len(LANGUAGES)]
    _assert_linear(lambda size: mixed(seed, size), language)


@pytest.mark.parametrize("prefix", ["一" * 30, "一" * 300 + "。", "ب" * 200 + " "])
def test_a_citation_in_a_block_judged_another_language_is_kept(prefix):
    # the block reads as Chinese or Arabic, yet the English citation in it is still found
    head = "Note by the Secretariat\n\n1. "
    core = " Recalling Security Council resolution 1373 (2001) of 28 September 2001, "
    text = head + prefix + core
    refs = extract_references(Document(text, language="en"))
    check_references(text, refs)
    assert [r.key for r in refs if r.kind == "resolution"] == ["S/RES/1373(2001)"]
