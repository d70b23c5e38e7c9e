"""The fast paths of extraction give exactly what the slow ones give.

Each shortcut (a literal that every match must hold, a pattern tried only at line starts, a
bound on where a Chinese list can start, years skipped where no date can hold them) is
compared with the plain search it replaces, over texts in six languages.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from graph.extract import anchors, extract_references
from graph.extract.dates import find_dates
from graph.extract.grammar import lang
from graph.extract.headsession import at_line_start
from graph.extract.languages import LANGUAGES
from graph.extract.patterns import finditer_guarded
from graph.extract.prefix import starts
from graph.extract.sieve import needles, sieved
from graph.model import Document

# fmt: off
SESSION_TEXTS = [
    ("en", "the General Assembly at its SEVENTIETH SESSION"), ("en", "Seventieth session\n"),
    ("en", "\n  Sixty-ninth Session of the Council"), ("fr", "Soixante-dixième session\n"),
    ("fr", "à sa SOIXANTE-DIXIÈME SESSION"), ("es", "Septuagésimo período de sesiones"),
    ("es", "en su 48º PERÍODO DE SESIONES"), ("ru", "Семидесятая сессия\n"),
    ("ru", "на ее СЕМИДЕСЯТОЙ СЕССИИ"), ("ar", "الدورة السبعون\n"),
    ("ar", "في دورتها التاسعة والستين"), ("zh", "第七十届会议\n"), ("zh", "大会第六十九届会议"),
    ("en", "no session here at all"), ("zh", "没有"), ("ar", "لا شيء"),
]
DATE_TEXTS = [
    ("en", "on 22 October 2010 (S/2015/10), from 28 to 30 October 2013 and in 2015/16"),
    ("en", "September 19, 2014; 30 November to 12 December 2015; 1999 1 May 2000"),
    ("fr", "le 1er juin 2014, du 28 au 30 octobre 2013, (2013)"),
    ("es", "de 22 de octubre de 2010 y del 28 al 30 de octubre de 2013; 2010/11"),
    ("ru", "22 октября 2010 года и 28-30 октября 2013 года, 2010/11"),
    ("ar", "المؤرخ 22 تشرين الأول/أكتوبر 2010 ومن 28 إلى 30 تشرين الأول/أكتوبر 2013"),
    ("zh", "2010年10月22日和2013年10月28日至30日"),
]
ZH_LISTS = [
    "安理会第1267(1999)、第1333(2000)和第1390(2002)号决议",
    "回顾其2012年7月27日第66/288号和2012年12月21日第67/203号决议，",
    "又表示注意到非洲人权和人民权利委员会2013年11月5日关于防止攻击的第263号决议",
    "第1/CP.21号决定和第2/CMA.1号决定" + "，以及" * 300 + "第70/1号决议",
]
# A pattern with a leading look-behind, and texts where the look-behind fails, passes, or
# fails first and passes one character on
GUARDED = (
    r"(?<![\w/.-])",
    r"(?P<abbr>CMA|CMP|SBSTA|SBI)[ \u00a0]?(?P<n>[0-9]{1,2})(?![\w/]|[.,][0-9])",
)
GUARDED_TEXTS = [
    "CMA 5", "at CMA5 and CMP 18", "1/CMA.6", "xCMA 5", "-CMA 5 CMA 5", "SBSTA 59, SBI 60.",
    "CMP 18/2", "COP 28.1", "CMACMA 5", "/SBI 4 SBI 4", "SSBI 4", "", "CMA 123",
]
# fmt: on


@pytest.mark.parametrize(("code", "text"), SESSION_TEXTS)
def test_every_session_match_holds_the_literal(code, text):
    lg = lang(code)
    if lg.session.search(text) or lg.session_header.search(text):
        assert lg.session_literal is not None and lg.session_literal.search(text)


@pytest.mark.parametrize("code", LANGUAGES)
def test_header_session_pattern_tried_at_line_starts_only(code):
    pattern = lang(code).session_header
    for _, text in SESSION_TEXTS:
        for variant in (text, "x\n" + text, "\n\n" + text + "\n"):
            slow, fast = pattern.search(variant), at_line_start(pattern, variant)
            assert (slow and slow.span()) == (fast and fast.span())


@pytest.mark.parametrize(("code", "text"), DATE_TEXTS)
def test_dates_skipping_years_after_no_space_and_remembered(code, text):
    lg = lang(code)
    plain = dataclasses.replace(lg, year_after_space=False)
    for start, end in ((0, len(text)), (3, len(text) - 2), (0, 25)):
        assert find_dates(lg, text, start, end) == find_dates(plain, text, start, end)
        assert find_dates(lg, text, start, end) == find_dates(lg, text, start, end)


@pytest.mark.parametrize("text", ZH_LISTS)
def test_chinese_list_start_bound(monkeypatch, text):
    fast = extract_references(Document(text, language="zh"))
    monkeypatch.setattr(anchors, "match_chars", lambda pattern: None)
    assert extract_references(Document(text, language="zh")) == fast


def test_the_chinese_list_pattern_is_analysed():
    chars = anchors.match_chars(anchors.scanners("zh").zh)
    assert chars is not None and {"第", "号", "决", "议", "/", "(", "、"} <= chars


@pytest.mark.parametrize("text", GUARDED_TEXTS)
def test_guarded_scan_finds_what_the_look_behind_finds(text):
    guard, body = GUARDED
    whole = re.compile(guard + body)
    for pos in (0, 1, 4):
        slow = [m.span() for m in whole.finditer(text, pos)]
        fast = [m.span() for m in finditer_guarded(re.compile(body), re.compile(guard), text, pos)]
        assert fast == slow


# fmt: off
# Patterns and texts for the sieved search: case, white space of every kind, letters the
# engine takes as one when ignoring case ("ſ" and "s", "ı" and "i", "ᲀ" and "в"), "İ"
SIEVED_PATTERNS = [
    (r"(?:,?\s*by\s+which\s+)?(?:it|the\s+\w+)\s+(?:established|set\s+up)", re.I),
    (r"establish|creat|set\s+up|extend|request|decid", re.I),
    (r"(?<![\w-])(?:в\s+которой|которой)\s+(?:она|он)\s+учредил\w*", re.I),
    (r"mandate\s+(?-i:[A-Z])\w+", re.I),
    (r"résolution\s+(?:n°\s*)?\d+", re.I),
    (r"\bsiege\b|\bİstanbul\b", re.I),
    (r"x?", re.I),
    (r"[^,]{0,40}?requested", 0),
]
SIEVED_TEXTS = [
    "resolution 76/245, by which it established an ad hoc group",
    "resolution 76/245, BY WHICH IT ESTABLISHED", "by\u00a0which it set\u2003up a group",
    "by which it se\nt up", "by which it set\n\tup", "the Council eſtabliſhed", "REQUEST",
    "резолюция 76/245, в которой она учредила группу", "в которой она учреᲀила",
    "В КОТОРОЙ ОНА УЧРЕДИЛА", "the mandate Of", "the mandate of", "la RÉSOLUTION 5",
    "la résolution n° 5", "siege", "SIEGE", "ſiege", "İstanbul", "istanbul", "ISTANBUL", "",
    "decıded", "ΣΙΕΓΕ", "nothing here at all", "he requested that", "a, requested",
]
# fmt: on


@pytest.mark.parametrize(("source", "flags"), SIEVED_PATTERNS)
def test_sieved_search_finds_what_the_pattern_finds(source, flags):
    plain = re.compile(source, flags)
    fast = sieved(plain)
    for text in SIEVED_TEXTS:
        padded = "x. " + text + " and"
        for pos, end in ((0, len(padded)), (3, len(padded) - 4), (5, 9), (4, 2), (-3, 400)):
            slow, quick = plain.search(padded, pos, end), fast.search(padded, pos, end)
            assert (quick and quick.span()) == (slow and slow.span()), (text, pos, end)


def test_needles_of_a_mandate_cue():
    assert needles(re.compile(r"(?:by\s+which\s+)?it\s+(?:established|set\s+up)", re.I)) == (
        "established",
        "set",
    )
    assert needles(re.compile(r"x?|ab")) is None  # may match the empty string
    assert needles(re.compile(r"\w+ed")) == ("ed",)
    assert needles(re.compile(r"[a-z]+d")) is None  # nothing of two characters or more


# fmt: off
# Patterns that ignore case and start with a letter or a common character, as the mandate
# cues do: each is tried only where its loose prefix matches the lower-cased text
FINDITER_PATTERNS = [
    (r"\b(?:as\s+requested(?:\s+by\s+the\s+Council)?|in\s+response\s+to\s+(?:that|this)\s+request)"
     r"\s*,\s*(?P<np>(?:the\s+present|this)\s+(?:report|note))\b", re.I),
    (r"(?:(?=[,;at])(?:,|;|\band|\bthen)\s+(?:in\s+this\s+(?:regard|context)\s*,?\s+)?"
     r"(?:(?:also|further)\s+)?(?:requests(?!\s+for\b)|invites|calls\s+upon)\b)"
     r"|(?<![^\s])We\s+(?:also\s+)?request\b", re.I),
    (r"\bsiege\b|\bİstanbul\b|ΣΙΕΓΕ", re.I),
    (r"[A-Z]{2}\s?\d|the\s+[^\s,]{2,8}|\d[\d.]+x", re.I),
    (r"(?:mandat|demand)[ée]s?\s+(?:\w+\s+){0,2}?jusqu[’']", re.I),
    (r"\n[ \t*]*(?=(?:(?:also|further)\s+)?(?:requests|decides\s+to|Endorses))", re.I),
]
FINDITER_TEXTS = [
    *SIEVED_TEXTS,
    "As requested by the Council, the present report covers; as requested, this note.",
    "AS REQUESTED,\n\tTHE PRESENT REPORT and in response to that request , this report",
    "Welcomes the plan, and requests the Secretary-General; then invites the Council,"
    " and also requests for more, We request the Office, we also request, and calls upon",
    "x,  in this regard, further requests it; and in this context , invites all;and requests",
    "ſiege SIEGE İstanbul ΣΙΕΓΕ the ab, THE ABCDEFGHIJ AB 5 ab5 1.2.3x",
    "le mandat prorogé jusqu’au 31, les mandats demandées jusqu'à, MANDATÉS DE LA jusqu'",
    "Noting\nRequests the Council,\n  *DECIDES TO extend\n\t\n also requests\nendorses\nDecides",
    "and requests" * 3 + " " * 500 + ", requests" + "\u00a0" * 40 + "and\u2003requests",
]
# fmt: on


@pytest.mark.parametrize(("source", "flags"), FINDITER_PATTERNS + SIEVED_PATTERNS)
def test_sieved_finditer_finds_what_the_pattern_finds(source, flags):
    plain = re.compile(source, flags)
    fast = sieved(plain)
    for text in FINDITER_TEXTS:
        for pos, end in ((0, len(text)), (3, len(text) - 4), (5, 9), (4, 2), (-3, 400)):
            slow = [(m.span(), m.groups()) for m in plain.finditer(text, pos, end)]
            quick = [(m.span(), m.groups()) for m in fast.finditer(text, pos, end)]
            assert quick == slow, (text, pos, end)


def test_the_mandate_cues_search_where_their_loose_prefix_matches():
    """Every cue pattern of six languages finds with its loose prefix what it finds alone."""
    from hostile_text import SHAPES, mixed, shape

    from graph.extract.mandate_cues import mandate_cues
    from graph.extract.mandate_requests import request_cues
    from graph.extract.sieve import Sieved

    texts = FINDITER_TEXTS + [shape(name, 2000) for name in SHAPES]
    texts += [mixed(seed, 2000, atoms=8) for seed in range(8)]
    tried = 0
    for code in LANGUAGES:
        tables = (mandate_cues(code), request_cues(code))
        for table in tables:
            for field in dataclasses.fields(table):
                value = getattr(table, field.name)
                if not isinstance(value, Sieved) or starts(value._compiled) is None:
                    continue
                tried += 1
                for text in texts:
                    slow = [m.span() for m in value._compiled.finditer(text)]
                    assert [m.span() for m in value.finditer(text)] == slow, (code, field.name)
    assert tried > 50


def test_the_loose_prefix_of_a_cue():
    loose = starts(re.compile(r"\b(?:as\s+requested|pursuant\s+to|in\s+response)\s*,", re.I))
    assert loose is not None
    assert loose.pattern == r"as\s{1,}reque|in\s{1,}respo|pursuant"  # eight letters or more
    assert starts(re.compile(r"as requested")) is None  # the engine skips ahead by itself
    # past a line break (the engine skips to it), the operative verbs it looks ahead to
    opener = starts(re.compile(r"\n[ \t]*(?=Requests|Decides\s+to)", re.I))
    assert opener is not None and opener.pattern.endswith(r"(?:decides\s{1,}|requests))")
    assert starts(re.compile(r"x?", re.I)) is None  # may match the empty string
    assert starts(re.compile(r"\w+ed", re.I)) is None  # may start with any letter


def _cues_at_every_word_start(index, text: str, start: int, end: int) -> list:
    """CueIndex.find as it was: every word start of the window looked up in the index."""
    from graph.extract.cues import Found

    window = text[start:end]
    lowered = window.lower()
    if len(lowered) != len(window):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in window)
    keyed = lowered
    for space in "\t\n\r\x0b\x0c\xa0\u2009\u202f\u3000":  # white space an index key holds as " "
        keyed = keyed.replace(space, " ")
    out = []
    for pos in range(len(keyed)):
        if index.word_starts and not re.compile(r"\b").match(keyed, pos):
            continue
        for size in index.lengths:
            for relation, pattern in index.by_prefix.get(keyed[pos : pos + size], []):
                m = pattern.match(lowered, pos)
                if m and m.end() > pos:
                    out.append(Found(relation, start + pos, start + m.end()))
    for relation, pattern in index.always:
        for m in pattern.finditer(lowered):
            if m.end() > m.start():
                out.append(Found(relation, start + m.start(), start + m.end()))
    return sorted(out, key=lambda f: (f.start, -f.end))


@pytest.mark.parametrize("code", LANGUAGES)
def test_cue_index_looks_only_where_a_key_starts(code):
    from graph.extract.cues import cue_index
    from graph.extract.mandate_cues import mandate_cues

    texts = [text for lang_, text in SESSION_TEXTS + DATE_TEXTS if lang_ == code]
    texts += FINDITER_TEXTS + [
        "Recalling its resolutions, pursuant to\tresolution 5/1, and established by decision",
        "Rappelant sa résolution, conformément à la décision, créé en application de",
        "Recordando su resolución, de conformidad con la decisión, establecido en virtud de",
        "ссылаясь на свою резолюцию, во исполнение решения, учрежденный в соответствии с",
        "إذ يشير إلى قراره، وعملا بالمقرر، المنشأ بموجب القرار",
        "回顾其第5/1号决议，根据第2/6号决定设立的工作组，依照大会决议",
    ]
    indexes = [cue_index(code, "relations"), cue_index(code, "relations_after")]
    indexes += [mandate_cues(code).before, mandate_cues(code).forward]
    for index in indexes:
        for text in texts:
            for start, end in ((0, len(text)), (2, len(text) - 3), (5, 30)):
                want = _cues_at_every_word_start(index, text, start, end)
                assert index.find(text, start, end) == want, (text, start, end)
