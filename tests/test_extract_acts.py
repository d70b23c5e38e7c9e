"""Resolutions and decisions: every numbering form, list and body attribution, per language.

Each row: (language, text, expected keys in order). Rows are the spec of graph/extract/lists.py,
acts.py and the [acts] sections of graph/extract/data/<lang>.toml.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_references
from graph.extract.acts import sc_year
from graph.model import Document

ACT_KINDS = ("resolution", "decision", "unresolved")


def act_keys(text: str, language: str) -> list[str]:
    refs = extract_references(Document(text, language=language))
    return [r.key for r in refs if r.kind in ACT_KINDS]


# fmt: off
ROWS = [
    # --- General Assembly: session numbering, old roman numbering, special sessions, letters
    ("en", "Recalling its resolution 70/1 of 25 September 2015,", ["A/RES/70/1"]),
    ("en", "General Assembly resolution 55/25 of 15 November 2000", ["A/RES/55/25"]),
    ("en", "in its resolution 2758 (XXVI) the Assembly", ["A/RES/2758(XXVI)"]),
    ("en", "the twenty-sixth special session (resolution S-26/2)", ["A/RES/S-26/2"]),
    ("en", "emergency special session resolution ES-10/19", ["A/RES/ES-10/19"]),
    ("en", "Recalling its resolution 49/75 E of 15 December 1994,", ["A/RES/49/75E"]),
    ("en", "its decision 52/492 of 8 September 1998", ["A/DEC/52/492"]),
    ("fr", "la résolution 55/25 de l'Assemblée générale", ["A/RES/55/25"]),
    ("es", "la resolución 55/25 de la Asamblea General", ["A/RES/55/25"]),
    ("ru", "резолюция 55/25 Генеральной Ассамблеи", ["A/RES/55/25"]),
    ("ar", "قرار الجمعية العامة 55/25", ["A/RES/55/25"]),
    ("zh", "大会第55/25号决议", ["A/RES/55/25"]),
    ("ar", "وفقا لقرار الجمعية العامة 1696 (د-16)", ["A/RES/1696(XVI)"]),
    # Arabic names a special session "دإ" (الدورة الاستثنائية), an emergency one "دإط"
    ("ar", "وإلى قرارها دإ-30/1 المؤرخ 19 نيسان/أبريل 2016", ["A/RES/S-30/1"]),
    ("ar", "قرارات الجمعية العامة د إ-26/2 ودإط-10/19", ["A/RES/S-26/2", "A/RES/ES-10/19"]),
    ("zh", "依照大会第1696(XVI)号决议", ["A/RES/1696(XVI)"]),
    # old lettered resolutions keep their letter: "217 A (III)" is not "217 (III)"
    ("en", "the Universal Declaration of Human Rights, adopted by resolution 217 A (III) of "
     "10 December 1948", ["A/RES/217A(III)"]),
    ("en", "General Assembly resolutions 2200 A (XXI) and 3379 (XXX)",
     ["A/RES/2200A(XXI)", "A/RES/3379(XXX)"]),
    ("en", "Economic and Social Council resolution 663 C (XXIV)", ["E/RES/663C(XXIV)"]),
    ("fr", "la résolution 217 A (III) de l'Assemblée générale", ["A/RES/217A(III)"]),
    ("es", "la resolución 217 A (III) de la Asamblea General", ["A/RES/217A(III)"]),
    ("ru", "резолюцией 217 А (III) Генеральной Ассамблеи", ["A/RES/217A(III)"]),
    ("ru", "В своей резолюции 31/5 Ассамблея просила", ["A/RES/31/5"]),
    ("ru", "изложены в решении 7/101 Совета по правам человека", ["A/HRC/DEC/7/101"]),
    ("en", "Recalling its resolution 70/1\nA new agenda", ["A/RES/70/1"]),
    # legal-citation abbreviations
    ("en", "See G.A. Res. 217 A (III) and S.C. Res. 1373 (2001); GA res. 60/251.",
     ["A/RES/217A(III)", "S/RES/1373(2001)", "A/RES/60/251"]),
    ("en", "in accordance with SC resolution 986 (1995)", ["S/RES/986(1995)"]),
    # "the United Nations' resolution": no body of its own, and not the body named before "and"
    ("en", "the Committee on the Elimination of Discrimination against Women and United Nations "
     "Resolution 1325 provide an agenda", ["S/RES/1325(2000)"]),
    ("ar", "مع وثائق اللجنة المعنية بالقضاء على التمييز ضد المرأة وقرار الأمم المتحدة 1325، برنامج",
     ["S/RES/1325(2000)"]),
    ("zh", "消除对妇女歧视委员会和联合国第1325号决议提供了一项议程", ["S/RES/1325(2000)"]),
    # the Arabic dual before a suffix or a noun; a date before each item of a Chinese list
    ("ar", "وإذ تشير إلى قراريها 66/288 المؤرخ 27 تموز/يوليه 2012 و 67/203 المؤرخ 21 كانون الأول/"
     "ديسمبر 2012،", ["A/RES/66/288", "A/RES/67/203"]),
    ("ar", "وإذ يشير إلى قراري مجلس الأمن 1267 (1999) و 1333 (2000)،",
     ["S/RES/1267(1999)", "S/RES/1333(2000)"]),
    ("zh", "回顾其2012年7月27日第66/288号和2012年12月21日第67/203号决议，",
     ["A/RES/66/288", "A/RES/67/203"]),
    # UNFCCC decisions in Arabic: "م أ" is the Conference of the Parties
    ("ar", "وفقا للمقرر 1/م أ-21، والمقرر 2/م أ-21", ["decision 1/CP.21", "decision 2/CP.21"]),
    ("zh", "又表示注意到非洲人权和人民权利委员会2013年11月5日关于防止攻击和歧视白化病患者的"
     "第263号决议",
     ["ACHPR resolution 263"]),
    ("ar", "قرار الجمعية العامة 217 ألف (د-3)", ["A/RES/217A(III)"]),
    ("ar", "قرار الجمعية العامة 2200 ألف (د-21)", ["A/RES/2200A(XXI)"]),
    ("ar", "قرار الجمعية العامة 49/75 هاء", ["A/RES/49/75E"]),
    ("zh", "大会第217 A(III)号决议", ["A/RES/217A(III)"]),
    ("zh", "大会第2200 A（XXI）号决议", ["A/RES/2200A(XXI)"]),
    # --- Security Council: year in brackets, year from the table, OCR damage
    ("en", "Security Council resolution 1373 (2001)", ["S/RES/1373(2001)"]),
    ("en", "a violation of resolution 2118, and further noting", ["S/RES/2118(2013)"]),
    ("en", "Recalling its resolution 637 1989 on", ["S/RES/637(1989)"]),
    # letters read for digits in a year: "l986" (l for 1), "199O" (O for 0), when the table
    # agrees that the resolution is of that year
    ("en", "Reaffirming its resolutions 582 (1986) and 588 (l986),",
     ["S/RES/582(1986)", "S/RES/588(1986)"]),
    ("en", "Recalling its resolution 660 (199O),", ["S/RES/660(1990)"]),
    ("en", "Recalling its resolution 660 (l99l),", ["resolution 660 1991"]),  # not of 1991
    # an operative paragraph's number after ";" is not one more item of a bare list
    ("en", "the authorizations set out in resolution 2420;\n2. Requests the Panel",
     ["S/RES/2420(2018)"]),
    ("en", "in accordance with its resolutions 582 and 588;\n3. Decides to meet",
     ["S/RES/582(1986)", "S/RES/588(1986)"]),
    ("en", "in accordance with resolution 2420; 2. Requests the Panel", ["S/RES/2420(2018)"]),
    # the body that adopted the act, named as the subject of the adopting verb
    ("en", "At its sixtieth session, the Commission on Narcotic Drugs adopted resolution 60/4.",
     ["E/CN.7 resolution 60/4"]),
    ("fr", "la Commission des stupéfiants a adopté la résolution 60/4.",
     ["E/CN.7 resolution 60/4"]),
    ("es", "la Comisión de Estupefacientes aprobó la resolución 60/4.", ["E/CN.7 resolution 60/4"]),
    ("ru", "Комиссия по наркотическим средствам приняла резолюцию 60/4.",
     ["E/CN.7 resolution 60/4"]),
    ("ar", "واعتمدت لجنة المخدرات القرار 60/4.", ["E/CN.7 resolution 60/4"]),
    ("en", "the General Assembly adopted resolution 60/4.", ["A/RES/60/4"]),
    ("fr", "la résolution 1373 (2001) du Conseil de sécurité", ["S/RES/1373(2001)"]),
    ("es", "la resolución 1373 (2001) del Consejo de Seguridad", ["S/RES/1373(2001)"]),
    ("ru", "резолюцию 2127 (2013) Совета Безопасности", ["S/RES/2127(2013)"]),
    ("ar", "عملا بالقرار 2127 (2013)", ["S/RES/2127(2013)"]),
    ("ar", "قرار مجلس الأمن 1990 (2011)", ["S/RES/1990(2011)"]),
    ("zh", "安全理事会第1373(2001)号决议", ["S/RES/1373(2001)"]),
    # --- ECOSOC: year/number and old roman numbering
    ("en", "Economic and Social Council resolution 2013/40", ["E/RES/2013/40"]),
    ("en", "by the Economic and Social Council by its resolution 1576 (L) of 20 May 1971",
     ["E/RES/1576(L)"]),
    ("en", "Economic and Social Council decision 2013/218", ["E/DEC/2013/218"]),
    ("ru", "резолюции 1894 (LVII) Экономического и Социального Совета", ["E/RES/1894(LVII)"]),
    ("fr", "conformément à la résolution 1147 (XLI) du Conseil économique et social",
     ["E/RES/1147(XLI)"]),
    ("zh", "经社理事会已在1971年5月20日1576 (L)号决议中", ["E/RES/1576(L)"]),
    # --- Human Rights Council
    ("en", "Human Rights Council resolution 5/1 of 18 June 2007", ["A/HRC/RES/5/1"]),
    ("en", "Human Rights Council decision 28/111", ["A/HRC/DEC/28/111"]),
    ("en", "Human Rights Council resolutions 16/21 and 5/1 and decision 6/102",
     ["A/HRC/RES/16/21", "A/HRC/RES/5/1", "A/HRC/DEC/6/102"]),
    ("en", "Human Rights Council resolution S-29/1", ["A/HRC/RES/S-29/1"]),
    ("fr", "la résolution 5/1 du Conseil des droits de l'homme", ["A/HRC/RES/5/1"]),
    # --- Treaty bodies: the body named in the sentence, any grammatical case
    ("ru", "во исполнение решения 2/6 Конференции участников Конвенции Организации Объединенных "
     "Наций против транснациональной организованной преступности",
     ["CTOC/COP decision 2/6"]),
    ("en", "decision 2/6 of the Conference of the Parties to the United Nations Convention against "
     "Transnational Organized Crime", ["CTOC/COP decision 2/6"]),
    ("fr", "la décision 2/6 de la Conférence des Parties à la Convention des Nations Unies contre "
     "la criminalité transnationale organisée", ["CTOC/COP decision 2/6"]),
    ("es", "la resolución 3/1 de la Conferencia de los Estados Partes en la Convención de las "
     "Naciones Unidas contra la Corrupción", ["CAC/COSP resolution 3/1"]),
    ("en", "Commission on Narcotic Drugs resolution 58/1", ["E/CN.7 resolution 58/1"]),
    ("en", "Commission on Crime Prevention and Criminal Justice resolution 23/1",
     ["E/CN.15 resolution 23/1"]),
    ("en", "Economic Commission for Latin America and the Caribbean resolution 689 (XXXV)",
     ["LC resolution 689(XXXV)"]),
    ("en", "document CBD/COP/15/17, decision 15/4, annex", ["CBD/COP decision 15/4"]),
    ("en", "the Conference of the Parties to the United Nations Convention against Corruption, "
     "in its resolution 3/1", ["CAC/COSP resolution 3/1"]),
    # --- UNFCCC: the body is in the number
    ("en", "Also recalling decision 1/CP.21,", ["decision 1/CP.21"]),
    ("en", "decisions 3/CMA.1 and 4/CMA.1", ["decision 3/CMA.1", "decision 4/CMA.1"]),
    ("en", "decision 2/CMP.1", ["decision 2/CMP.1"]),
    ("en", "consistent with decision 2.CMA/3, annex", ["decision 2/CMA.3"]),
    ("fr", "décisions 3/CMA.1 et 4/CMA.1", ["decision 3/CMA.1", "decision 4/CMA.1"]),
    ("ru", "решения 3/CMA.1 и 4/CMA.1", ["decision 3/CMA.1", "decision 4/CMA.1"]),
    ("zh", "第3/CMA.1号和第4/CMA.1号决定", ["decision 3/CMA.1", "decision 4/CMA.1"]),
    # --- Lists, with dates, in every language's conjunctions
    ("en", "resolutions 1267 (1999), 1333 (2000) and 1390 (2002)",
     ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
    ("fr", "résolutions 1267 (1999), 1333 (2000) et 1390 (2002)",
     ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
    ("es", "resoluciones 1267 (1999), 1333 (2000) y 1390 (2002)",
     ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
    ("ru", "резолюции 1267 (1999), 1333 (2000) и 1390 (2002)",
     ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
    ("ar", "القرارات 1267 (1999) و 1333 (2000) و1390 (2002)",
     ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
    ("zh", "第1267(1999)、第1333(2000)和第1390(2002)号决议",
     ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
    ("zh", "向委员会报告它们为执行第1591(2005)和第1556(2004)号决议采取的行动",
     ["S/RES/1591(2005)", "S/RES/1556(2004)"]),  # a vague "委员会" is not the acts' body
    ("zh", "第822(1993)号、第853(1993)号和第884(1993)号决议",
     ["S/RES/822(1993)", "S/RES/853(1993)", "S/RES/884(1993)"]),
    ("en", "its resolutions 186 (1964) of 4 March, 187 (1964) of 13 March and 192 (1964)",
     ["S/RES/186(1964)", "S/RES/187(1964)", "S/RES/192(1964)"]),
    ("en", "resolutions concerning Sudan, in particular 1591 (2005), 1651 (2005)",
     ["S/RES/1591(2005)", "S/RES/1651(2005)"]),
    ("en", "2204 (2015) after resolutions 2201 (2015) 2216 (2015), and 2266 (2016)",
     ["S/RES/2201(2015)", "S/RES/2216(2015)", "S/RES/2266(2016)"]),
    ("es", "Resoluciones del Consejo de Seguridad 1267 (1999) y 1989 (2011)",
     ["S/RES/1267(1999)", "S/RES/1989(2011)"]),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS]
)
def test_act_forms(language, text, expected):
    assert act_keys(text, language) == expected


def test_ctoc_list_with_dates_takes_the_citing_body():
    """The issue's list: each item its own reference, with its own date."""
    text = (
        "Recalling its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, "
        "6/1 of 19 October 2012 and 7/1,"
    )
    record_refs = extract_references(
        Document(
            "Conference of the Parties to the United Nations Convention against "
            "Transnational Organized Crime\nDistr.: General\n\n" + text,
            language="en",
        )
    )
    acts = [r for r in record_refs if r.kind == "resolution"]
    assert [r.key for r in acts] == [
        "CTOC/COP resolution 5/1",
        "CTOC/COP resolution 5/5",
        "CTOC/COP resolution 6/1",
        "CTOC/COP resolution 7/1",
    ]
    assert [r.date for r in acts] == ["2010-10-22", "2010-10-22", "2012-10-19", None]
    assert {r.relation for r in acts} == {"recalls"}


# fmt: off
NOISE = [
    ("en", "the meeting held on 6/1/2014 in Geneva"),  # a date
    ("en", "for the biennium 2014-2015 and the period 2014/15"),  # bienniums
    ("en", "three quarters (3/4) of the members"),  # a fraction
    ("en", "see paragraph 5 and page 12 of the report"),  # paragraph and page numbers
    ("en", "United Nations publication, Sales No. E.14.IV.7, ISBN 978-92-1-133828-5"),
    ("en", "V.14-03728 (E)    GE.15-01234"),  # job numbers
    ("en", "the 1995 resolution and the 2012 conference"),  # a year before the keyword
    ("en", "Adopts the present resolution as a whole"),  # the document itself
    ("ru", "настоящей резолюции"),
    ("ru", "соавторы резолюции 1995 года"),  # "of 1995"
    ("en", "funding decisions\n\t\t8.\tThese arrangements"),  # a paragraph number
    ("en", "declared by resolution of the United Nations General Assembly 10 years ago"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text"), NOISE, ids=[n[1][:40] for n in NOISE])
def test_noise_is_not_a_reference(language, text):
    assert act_keys(text, language) == []


def test_footnote_digit_glued_to_a_number_is_not_a_second_item():
    refs = [
        r
        for r in extract_references(
            Document("In its resolution 6/1,1 the Conference requested", language="en")
        )
        if r.kind != "body"
    ]
    assert [r.text for r in refs] == ["resolution 6/1"]


def test_unknown_bodies_stay_unresolved_never_dropped():
    text = "in accordance with Governing Council decision 267 (2009)."
    refs = extract_references(Document(text, language="en"))
    assert [(r.kind, r.key) for r in refs if r.kind != "body"] == [
        ("unresolved", "decision 267(2009)")
    ]
    refs = extract_references(
        Document(
            "Taking note of African Commission on Human and Peoples' Rights resolution 263 "
            "of 5 November 2013,",
            language="en",
        )
    )
    # a listed body with no numbering of its own: kept, but as unresolved
    assert [(r.kind, r.key) for r in refs if r.kind != "body"] == [
        ("unresolved", "ACHPR resolution 263")
    ]
    refs = extract_references(
        Document(
            "Organization of American States (resolution 253 (III), 16 October 1948)", language="en"
        )
    )
    assert [r.key for r in refs] == ["OAS resolution 253(III)"]  # not A/RES/253(III)


def test_body_named_in_the_sentence_for_its_resolution():
    text = "The Security Council, in its resolution 2133 (2014), strongly condemned"
    assert act_keys(text, "en") == ["S/RES/2133(2014)"]
    text = "Le Conseil de sécurité a créé la Force par sa résolution 1990 (2011)"
    assert act_keys(text, "fr") == ["S/RES/1990(2011)"]


def test_short_name_resolves_to_the_last_body_named_in_full():
    text = (
        "established by Security Council resolution 1990 (2011) of 27 June 2011 and most "
        "recently extended by Council resolution 2179 (2014) of 14 October 2014."
    )
    refs = [r for r in extract_references(Document(text, language="en")) if r.kind == "resolution"]
    # the cue words read (the references only cite: nothing here mandates the document itself)
    assert [(r.key, r.cue or r.relation) for r in refs] == [
        ("S/RES/1990(2011)", "establishedBy"),
        ("S/RES/2179(2014)", "extends"),
    ]


def test_own_symbol_and_own_number_are_not_references():
    text = (
        "RESOLUTION 820 (1993)\n\nAdopted by the Security Council at its 3200th meeting,\n"
        "on 17 April 1993\n\nThe Security Council,\n\nReaffirming its resolution 808 (1993),\n"
    )
    refs = extract_references(Document(text, language="en"))
    assert [r.key for r in refs if r.kind == "resolution"] == ["S/RES/808(1993)"]


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Resolution 2203 (2015)"),
        ("fr", "Résolution 2203 (2015)"),
        ("ar", "القرار 2203 (2015)"),
        ("zh", "第2203(2015)号决议"),
    ],
)
def test_heading_line_of_the_act_itself_is_not_a_reference(language, heading):
    text = f"{heading}\n\nThe Security Council,\n\nRecalling resolution 2127 (2013),\n"
    keys = [r.key for r in extract_references(Document(text, language=language))]
    assert "S/RES/2203(2015)" not in keys


@pytest.mark.parametrize(
    ("number", "year"),
    [(1, "1946"), (242, "1967"), (637, "1989"), (1373, "2001"), (2118, "2013"), (2767, "2024")],
)
def test_security_council_year_table(number, year):
    assert sc_year(number) == year
