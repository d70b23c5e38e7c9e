"""Document symbols: every shape, look-alike letters and typographic variants, per language.

Rows: (language, text, expected (kind, key) pairs). Offsets always point into the text as given.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_references
from graph.model import Document


def symbols(text: str, language: str = "en") -> list[tuple[str, str]]:
    refs = extract_references(Document(text, language=language))
    for r in refs:
        assert text[r.start : r.end] == r.text
    return [
        (r.kind, r.key)
        for r in refs
        if r.kind in ("document", "resolution", "decision", "unresolved")
    ]


# fmt: off
ROWS = [
    ("en", "the report (A/69/767)", [("document", "A/69/767")]),
    ("en", "see E/CN.15/2014/5 and CTOC/COP/WG.2/2013/5",
     [("document", "E/CN.15/2014/5"), ("document", "CTOC/COP/WG.2/2013/5")]),
    ("en", "(A/HRC/14/15/Add.1)", [("document", "A/HRC/14/15/Add.1")]),
    ("en", "[without reference to a Main Committee (A/80/L.8)]", [("document", "A/80/L.8")]),
    ("en", "letter (S/2015/10)", [("document", "S/2015/10")]),
    ("en", "FCCC/PA/CMA/2024/17/Add.2", [("document", "FCCC/PA/CMA/2024/17/Add.2")]),
    ("en", "A/HRC/31/L.1/Rev.1 and A/69/767/Corr.1 and A/CONF.224/CRP.2",
     [("document", "A/HRC/31/L.1/Rev.1"), ("document", "A/69/767/Corr.1"),
      ("document", "A/CONF.224/CRP.2")]),
    ("en", "A/67/828-S/2013/210, annex", [("document", "A/67/828"), ("document", "S/2013/210")]),
    ("en", "A/69/767 and Corr.1", [("document", "A/69/767"), ("document", "A/69/767/Corr.1")]),
    ("en", "S/1994/80 and Add.1-2",
     [("document", "S/1994/80"), ("document", "S/1994/80/Add.1"), ("document", "S/1994/80/Add.2")]),
    ("en", "CERD/C/SVN/CO/6-7/Add.1, para. 6", [("document", "CERD/C/SVN/CO/6-7/Add.1")]),
    # symbols that are acts
    ("en", "A/RES/70/1", [("resolution", "A/RES/70/1")]),
    ("en", "S/RES/1373 (2001)", [("resolution", "S/RES/1373(2001)")]),
    ("en", "S/RES/2118", [("resolution", "S/RES/2118(2013)")]),
    ("en", "A/HRC/DEC/28/111", [("decision", "A/HRC/DEC/28/111")]),
    ("en", "E/RES/2013/40", [("resolution", "E/RES/2013/40")]),
    ("en", "UNEP/EA.5/Res.1", [("resolution", "UNEP/EA.5/Res.1")]),
    # look-alikes, broken lines, invisible and typographic characters
    ("ru", "(СТОС/СОР/WG.2/2013/5)", [("document", "CTOC/COP/WG.2/2013/5")]),
    ("ru", "* СТОС/COP/2014/1.", [("document", "CTOC/COP/2014/1")]),
    ("en", "Α/69/767 (Greek alpha)", [("document", "A/69/767")]),
    ("en", "the report A/69/\n767 of", [("document", "A/69/767")]),
    ("en", "A/69/\u200b767", [("document", "A/69/767")]),
    ("en", "A/69/7\u00ad67", [("document", "A/69/767")]),
    ("en", "A\u2215RES\u221570\u22151", [("resolution", "A/RES/70/1")]),
    ("en", "A\u2044RES\u204470\u20441", [("resolution", "A/RES/70/1")]),
    ("zh", "Ａ／ＲＥＳ／７０／１号", [("resolution", "A/RES/70/1")]),
    ("en", "A/67/828\u2013S/2013/210", [("document", "A/67/828"), ("document", "S/2013/210")]),
    ("en", "OCR: document $/26627 cf", [("document", "S/26627")]),
    # glued to CJK text (no spaces around symbols is normal in Chinese)
    ("zh", "秘书长的报告载于A/33/155号文件。", [("document", "A/33/155")]),
    ("zh", "见E/CN.15/2019/5号文件", [("document", "E/CN.15/2019/5")]),
    ("zh", "见ＣＴＯＣ／ＣＯＰ／２０１４／１号文件", [("document", "CTOC/COP/2014/1")]),
    ("zh", "安理会第S/RES/2118（2013）号决议", [("resolution", "S/RES/2118(2013)")]),
    ("zh", "(A/69/767和A/69/768)", [("document", "A/69/767"), ("document", "A/69/768")]),
    # Arabic: direction marks around Latin symbols, Arabic-Indic digits
    ("ar", "الوثيقة \u200fA/69/767\u200f المؤرخة", [("document", "A/69/767")]),
    ("ar", "الوثيقة \u202aE/CN.15/2014/5\u202c", [("document", "E/CN.15/2014/5")]),
    ("ar", "الوثيقة \u2066S/2015/10\u2069", [("document", "S/2015/10")]),
    ("ar", "انظر A/٦٩/٧٦٧", [("document", "A/69/767")]),
    # non-breaking and narrow spaces, em dash between joint symbols
    ("fr", "le rapport\u00a0A/69/767\u202f;", [("document", "A/69/767")]),
    ("ru", "S/RES/1373\u00a0(2001)", [("resolution", "S/RES/1373(2001)")]),
    # roman numbers and bracketed sessions inside components (UNCITRAL, UNCCD, UNCTAD)
    ("en", "(see A/CN.9/WG.III/WP.149)", [("document", "A/CN.9/WG.III/WP.149")]),
    ("en", "(ICCD/COP(13)/21/Add.1) and TD/B/EX(68)/2",
     [("document", "ICCD/COP(13)/21/Add.1"), ("document", "TD/B/EX(68)/2")]),
    # lettered old resolutions keep the letter
    ("en", "A/RES/217 A (III)", [("resolution", "A/RES/217A(III)")]),
    ("en", "A/RES/2200A(XXI)", [("resolution", "A/RES/2200A(XXI)")]),
    # unknown series: kept, flagged
    ("en", "PRST/8/1 of 9 April 2008", [("unresolved", "PRST/8/1")]),
    # not symbols
    ("en", "HIV/AIDS and/or TCP/IP at 5 km/h", []),
    ("en", "on 6/1/2014, V.14-03728 (E), GE.15-01234", []),
    ("ar", "27 حزيران/يونيه 2011", []),
    ("ru", "ООН/ЮНЕП", []),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[r[1][:40] for r in ROWS])
def test_symbol_forms(language, text, expected):
    assert symbols(text, language) == expected


def test_offsets_survive_deleted_characters():
    text = "see\u200b A/69/\u00ad767 and\u200b resolution\u00ad 70/1."
    refs = extract_references(Document(text, language="en"))
    assert [r.text for r in refs] == ["A/69/\u00ad767", "resolution\u00ad 70/1"]
    assert [r.key for r in refs] == ["A/69/767", "A/RES/70/1"]


def test_own_symbol_is_metadata_not_a_reference():
    text = (
        "United Nations    A/HRC/14/15/Add.1\nGeneral Assembly    Distr.: General\n"
        "23 March 2010\n\nHuman Rights Council\nFourteenth session\n\n"
        "1. Text citing A/HRC/14/15 and its own A/HRC/14/15/Add.1 again.\n"
    )
    refs = extract_references(Document(text, language="en"))
    assert [r.key for r in refs if r.kind == "document"] == ["A/HRC/14/15"]
