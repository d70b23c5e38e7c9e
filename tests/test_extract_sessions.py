"""Sessions (ordinal words of six languages) and meetings with their dates.

Rows: (language, text, expected keys). The ordinals are data: graph/extract/data/<lang>.toml.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_record, extract_references
from graph.extract.grammar import lang
from graph.model import Document


def keys(text: str, language: str, kind: str) -> list[str]:
    return [r.key for r in extract_references(Document(text, language=language)) if r.kind == kind]


# fmt: off
SESSIONS = [
    ("en", "to the General Assembly at its seventieth session", ["A session 70"]),
    ("en", "the sixty-ninth session of the General Assembly", ["A session 69"]),
    ("en", "the Commission on Narcotic Drugs at its fifty-eighth session", ["E/CN.7 session 58"]),
    ("en", "the Committee of Experts on Public Administration, at its fourteenth and fifteenth "
     "sessions", ["E/C.16 session 14", "E/C.16 session 15"]),
    ("en", "the twenty-sixth special session of the General Assembly", ["A session S-26"]),
    ("en", "the tenth emergency special session of the General Assembly", ["A session ES-10"]),
    ("en", "the 59th session of the Commission on the Status of Women", ["E/CN.6 session 59"]),
    ("fr", "à la soixante-dixième session de l'Assemblée générale", ["A session 70"]),
    ("fr", "la soixante et onzième session de l'Assemblée générale", ["A session 71"]),
    ("fr", "la quatre-vingt-dixième session de l'Assemblée générale", ["A session 90"]),
    ("es", "en el septuagésimo período de sesiones de la Asamblea General", ["A session 70"]),
    ("es", "el sexagésimo noveno período de sesiones de la Asamblea General", ["A session 69"]),
    ("es", "el 48º período de sesiones de la Comisión de Población y Desarrollo",
     ["E/CN.9 session 48"]),
    ("ru", "Генеральной Ассамблее на ее семидесятой сессии", ["A session 70"]),
    ("ru", "шестьдесят девятой сессии Генеральной Ассамблеи", ["A session 69"]),
    ("ar", "الجمعية العامة في دورتها السبعين", ["A session 70"]),
    ("ar", "في دورتها التاسعة والستين للجمعية العامة", ["A session 69"]),
    ("ar", "لجنة الخبراء المعنية بالإدارة العامة في دورتها الرابعة عشرة", ["E/C.16 session 14"]),
    # the body between the session word and the ordinal
    ("ar", "في دورة الجمعية العامة السادسة والستين", ["A session 66"]),
    ("ar", "خلال دورة مجلس حقوق الإنسان الثلاثين", ["A/HRC session 30"]),
    ("ar", "الدورة الاستثنائية للجمعية العامة السادسة والعشرين", ["A session S-26"]),
    ("ar", "الاجتماع المشترك للدورة السابعة والخمسين المستأنفة للجنة المخدرات",
     ["E/CN.7 session 57"]),
    # a body glued to "and" is the next item, not the session's body
    ("ar", "من قبل لجنة المخدرات في دورتها الثامنة والخمسين ولجنة منع الجريمة والعدالة الجنائية "
     "في دورتها الرابعة والعشرين", ["E/CN.7 session 58", "E/CN.15 session 24"]),
    # a body named inside a quoted title does not hold the session
    ("ar", "قررت الجمعية العامة أن تدرج البند المعنون \"تمويل العملية المختلطة للاتحاد الأفريقي "
     "والأمم المتحدة في دارفور\" في جدول أعمال دورتها التاسعة والستين", ["A session 69"]),
    ("zh", "大会根据总务委员会的建议，决定将题为“非洲联盟-联合国达尔富尔混合行动经费的筹措”的项目"
     "列入第六十九届会议议程", ["A session 69"]),
    # "of the United Nations" inside a body's name; a numeric ordinal without its hyphen
    ("ru", "участниками 59-й сессии Комиссии Организации Объединенных Наций по положению женщин",
     ["E/CN.6 session 59"]),
    ("ru", "в качестве документа 69й сессии Генеральной Ассамблеи", ["A session 69"]),
    ("zh", "管理局大会第二十届会议也表示注意到联合国大会的邀请", ["ISBA session 20"]),
    ("en", "The Assembly of the Authority, at its twentieth session, took note",
     ["ISBA session 20"]),
    ("zh", "大会第六十九届会议", ["A session 69"]),
    ("zh", "公共行政专家委员会第十四届和第十五届会议", ["E/C.16 session 14", "E/C.16 session 15"]),
    ("zh", "大会第二十六届特别会议", ["A session S-26"]),
    # UNFCCC bodies named after the session
    ("en", "the twenty-first session of the Conference of the Parties to the United Nations "
     "Framework Convention on Climate Change", ["FCCC/CP session 21"]),
    ("en", "the first session of the Conference of the Parties serving as the meeting of the "
     "Parties to the Paris Agreement", ["FCCC/PA/CMA session 1"]),
    # no body to be found: no session
    ("en", "the Maritime Safety Committee at its ninety-third session", []),
    ("en", "Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 23", []),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), SESSIONS, ids=[s[1][:40] for s in SESSIONS]
)
def test_sessions(language, text, expected):
    assert keys(text, language, "session") == expected


@pytest.mark.parametrize(
    ("language", "word", "value"),
    [
        ("en", "sixty-ninth", 69),
        ("en", "twenty-first", 21),
        ("en", "7th", 7),
        ("fr", "soixante-dixième", 70),
        ("fr", "vingt et unième", 21),
        ("fr", "dix-septième", 17),
        ("es", "sexagésimo noveno", 69),
        ("es", "decimoséptimo", 17),
        ("ru", "седьмой", 7),
        ("ru", "шестьдесят девятой", 69),
        ("ru", "двадцать третьей", 23),
        ("ar", "السابعة", 7),
        ("ar", "التاسعة والستين", 69),
        ("ar", "الحادية عشرة", 11),
        ("zh", "六十九", 69),
        ("zh", "十一", 11),
        ("zh", "七", 7),
    ],
)
def test_ordinal_words(language, word, value):
    assert lang(language).ordinals.value(word) == value


def test_two_ordinals_are_not_one_compound():
    assert lang("fr").ordinals.value("quatorzième et quinzième") is None


def test_citing_body_owns_its_sessions():
    text = (
        "Conference of the Parties to the United Nations Convention against Transnational "
        "Organized Crime\nDistr.: General\n12 June 2014\n\n1. The report will be submitted "
        "to the Conference at its seventh session.\n"
    )
    assert keys(text, "en", "session") == ["CTOC/COP session 7"]


# fmt: off
MEETINGS = [
    ("en", "the meeting of the Working Group of Government Experts on Technical Assistance held "
     "in Vienna from 28 to 30 October 2013", ["CTOC/COP/WG.2 meeting 2013-10-28"]),
    ("ru", "Рабочая группа правительственных экспертов по технической помощи провела свое седьмое "
     "совещание 28-30 октября 2013 года.", ["CTOC/COP/WG.2 meeting 2013-10-28"]),
    ("fr", "la réunion du Groupe de travail sur la traite des personnes tenue à Vienne du 6 au "
     "8 novembre 2013", ["CTOC/COP/WG.4 meeting 2013-11-06"]),
    ("es", "la reunión del Grupo de Trabajo sobre Armas de Fuego celebrada del 26 al 28 de mayo "
     "de 2014", ["CTOC/COP/WG.6 meeting 2014-05-26"]),
    ("en", "SBI 48 was suspended by the Subsidiary Body for Implementation at its 4th meeting, "
     "on 10 May 2018", ["FCCC/SBI meeting 2018-05-10"]),
    # a session's dates stay with the session
    ("en", "the Maritime Safety Committee at its ninety-third session, held in London from 14 to "
     "23 May 2014", []),
    # no body named: no meeting
    ("en", "A meeting was held on 3 May 2014.", []),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), MEETINGS, ids=[m[1][:40] for m in MEETINGS]
)
def test_meetings(language, text, expected):
    assert keys(text, language, "meeting") == expected


def test_meeting_has_its_date_and_a_list_of_meetings_is_many():
    text = (
        "Предыдущие совещания Рабочей группы правительственных экспертов по технической помощи "
        "были проведены 16 и 17 октября 2006 года и 3-5 октября 2007 года."
    )
    refs = [r for r in extract_references(Document(text, language="ru")) if r.kind == "meeting"]
    assert [(r.key, r.date, r.text) for r in refs] == [
        ("CTOC/COP/WG.2 meeting 2006-10-16", "2006-10-16", "16 и 17 октября 2006 года"),
        ("CTOC/COP/WG.2 meeting 2007-10-03", "2007-10-03", "3-5 октября 2007 года"),
    ]


# The closing line of an adopted resolution, in each language's layout (zh: date first)
ADOPTION_LINES = [
    ("en", "48th plenary meeting\n24 November 2025"),
    ("en", "   48th plenary meeting\n   24 November 2025"),
    ("en", "48th plenary meeting, 24 November 2025"),
    ("fr", "48e séance plénière\n24 novembre 2025"),
    ("es", "48ª sesión plenaria\n24 de noviembre de 2025"),
    ("es", "Sesión plenaria 48ª\n24 de noviembre de 2025"),  # the number after the cue
    ("ru", "48-е пленарное заседание,\n24 ноября 2025 года"),
    ("ar", "الجلسة العامة 48\n24 تشرين الثاني/نوفمبر 2025"),
    ("zh", "2025年11月24日\n第48次全体会议"),
    ("zh", "第48次全体会议\n2025年11月24日"),
]
_HEADS = {
    "en": "United Nations A/RES/80/9\nGeneral Assembly Distr.: General 25 November 2025\n\n"
    "Eightieth session\n\n80/9. Title\n\nThe General Assembly,\n\n1. Adopts the declaration.\n\n",
    "fr": "Nations Unies A/RES/80/9\nAssemblée générale Distr. générale 25 novembre 2025\n\n"
    "Quatre-vingtième session\n\n80/9. Titre\n\nL'Assemblée générale,\n\n"
    "1. Adopte la déclaration.\n\n",
    "es": "Naciones Unidas A/RES/80/9\nAsamblea General Distr. general 25 de noviembre de 2025\n\n"
    "Octogésimo período de sesiones\n\n80/9. Título\n\nLa Asamblea General,\n\n"
    "1. Aprueba la declaración.\n\n",
    "ru": "Организация Объединенных Наций A/RES/80/9\nГенеральная Ассамблея Distr.: General "
    "25 ноября 2025 года\n\nВосьмидесятая сессия\n\n80/9. Название\n\n"
    "Генеральная Ассамблея,\n\n1. принимает декларацию.\n\n",
    "ar": "الأمم المتحدة A/RES/80/9\nالجمعية العامة Distr.: General 25 تشرين الثاني/نوفمبر 2025\n\n"
    "الدورة الثمانون\n\n80/9 - العنوان\n\nإن الجمعية العامة،\n\n1 - تعتمد الإعلان.\n\n",
    "zh": "联合国 A/RES/80/9\n大会 Distr.: General 2025年11月25日\n\n第八十届会议\n\n80/9. 标题\n\n"
    "大会,\n\n1. 通过宣言。\n\n",
}


@pytest.mark.parametrize(("language", "line"), ADOPTION_LINES, ids=[a[1] for a in ADOPTION_LINES])
def test_adoption_line_of_a_resolution_is_metadata(language, line):
    """The meeting an act was adopted at is the record's, not a reference to a meeting."""
    record = extract_record(Document(_HEADS[language] + line + "\n", language=language))
    assert record.meeting == "A meeting 2025-11-24"
    assert [r.key for r in record.references if r.kind == "meeting"] == []


def test_closing_line_after_a_footnote_mark():
    text = _HEADS["en"].replace("1. Adopts the declaration.\n\n", "1. Adopts the declaration. 2\n")
    record = extract_record(
        Document(text + "   41st meeting\n   24 November 2025\n", language="en")
    )
    assert record.meeting == "A meeting 2025-11-24"


def test_adoption_lines_of_a_compilation_belong_to_each_act():
    text = (
        "United Nations    FCCC/CP/2018/10/Add.2\nDistr.: General\n19 March 2019\n\n"
        "Conference of the Parties\nTwenty-fourth session\n\n"
        "Decision 16/CP.24\nLinkages\n\n"
        "1. Requests the secretariat to report.\n\t\t7th plenary meeting\n\t\t13 December 2018\n"
        "Decision 17/CP.24\nDates and venues\n\n"
        "1. Decides to hold the session.\n\t8th plenary meeting\n\t14 December 2018\n"
    )
    record = extract_record(Document(text, language="en"))
    assert record.meeting is None
    meetings = [(r.key, r.relation, r.subject) for r in record.references if r.kind == "meeting"]
    assert meetings == [
        ("FCCC/CP meeting 2018-12-13", "adoptedAt", "decision 16/CP.24"),
        ("FCCC/CP meeting 2018-12-14", "adoptedAt", "decision 17/CP.24"),
    ]


def test_plenary_meeting_in_running_text_is_a_meeting_of_the_body_named():
    text = (
        "United Nations\nSecurity Council Distr.: General\n13 December 1974\n\n"
        "RESOLUTION 364 (1974)\n\nThe Security Council,\n\n"
        "Noting the text of resolution 3212 (XXIX) adopted unanimously by the General Assembly "
        "at its\n2275th plenary meeting on 1 November 1974,\n"
    )
    record = extract_record(Document(text, language="en"))
    assert record.meeting is None
    meetings = [(r.key, r.relation) for r in record.references if r.kind == "meeting"]
    assert meetings == [("A meeting 1974-11-01", "mentions")]


def test_a_guessed_short_name_does_not_hold_the_session():
    """ "工作组" (a working group) named in a General Assembly report is only guessed to be the
    one working group related to the Assembly: the session is the Assembly's."""
    text = (
        "联合国 A/81/77\n大会 Distr.: General\n2026年5月4日\n\n第八十一届会议\n\n"
        "秘书长的报告\n\n1. 大会第77/260号决议决定将工作组的任务期限延长至第七十八届会议结束。\n"
    )
    assert keys(text, "zh", "session") == ["A session 78"]


def session_relations(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (r.key, r.relation)
        for r in extract_references(Document(text, language=language))
        if r.kind == "session"
    ]


# fmt: off
SUBMITTED = [
    # the verb before the session, in any mood, with or without "to"
    ("en", "Requests the Secretary-General to submit a report on the implementation of the "
     "present resolution to the General Assembly at its eighty-second session;"),
    ("en", "Requests the Secretary-General to submit a report on the matter at its "
     "eighty-second session, under the item entitled \"Crime prevention\";"),
    ("fr", "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-deuxième session, un "
     "rapport sur l'application de la présente résolution;"),
    ("fr", "Prie le Secrétaire général de soumettre à l'Assemblée générale, à sa "
     "quatre-vingt-deuxième session, un rapport;"),
    ("es", "Solicita al Secretario General que le presente en su octogésimo segundo período de "
     "sesiones un informe sobre la aplicación de la presente resolución;"),
    ("ru", "просит Генерального секретаря представить Генеральной Ассамблее на ее восемьдесят "
     "второй сессии доклад об осуществлении настоящей резолюции;"),
    ("ar", "تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثانية والثمانين تقريرا "
     "عن تنفيذ هذا القرار؛"),
    # Chinese puts the verb after the session
    ("zh", "请秘书长在大会第八十二届会议上提交关于本决议执行情况的报告；"),
    ("zh", "请秘书长向大会第八十二届会议提交一份报告；"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text"), SUBMITTED, ids=[s[1][:40] for s in SUBMITTED])
def test_a_report_due_at_a_session_is_submitted_to_it(language, text):
    head = {
        "en": "General Assembly",
        "fr": "Assemblée générale",
        "es": "Asamblea General",
        "ru": "Генеральная Ассамблея",
        "ar": "الجمعية العامة",
        "zh": "大会",
    }[language]
    doc = f"United Nations A/RES/81/90\n{head} Distr.: General\n\n4. {text}\n"
    assert session_relations(doc, language) == [("A session 82", "submittedTo")]


def test_the_present_resolution_is_no_verb_of_submission():
    text = (
        "Naciones Unidas A/RES/81/90\nAsamblea General Distr.: General\n\n"
        "5. Decide examinar la presente cuestión en su octogésimo segundo período de "
        "sesiones.\n"
    )
    assert session_relations(text, "es") == [("A session 82", "mentions")]


# fmt: off
YEAR_SESSIONS = [
    ("en", "to the Economic and Social Council at its 2026 session", ["E session 2026"]),
    ("en", "the 2026 session of the Economic and Social Council", ["E session 2026"]),
    ("fr", "au Conseil économique et social à sa session de 2026", ["E session 2026"]),
    ("es", "al Consejo Económico y Social en su período de sesiones de 2026", ["E session 2026"]),
    ("ru", "Экономическому и Социальному Совету на его сессии 2026 года", ["E session 2026"]),
    ("ar", "إلى المجلس الاقتصادي والاجتماعي في دورته لعام 2026", ["E session 2026"]),
    ("zh", "提交经济及社会理事会2026年届会", ["E session 2026"]),
    # a year that is no session's name
    ("en", "the Economic and Social Council at its session in 2026", []),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), YEAR_SESSIONS, ids=[s[1][:40] for s in YEAR_SESSIONS]
)
def test_sessions_named_by_year(language, text, expected):
    assert keys(text, language, "session") == expected


# fmt: off
ASIDES = [
    # a body named in an aside set off by commas does not hold the session or meeting
    ("fr", "Le Groupe d'examen de l'application, créé par la Conférence dans sa résolution 3/1, "
     "a tenu sa dix-septième session à Vienne.", "session", ["CAC/COSP/IRG session 17"]),
    ("en", "The Working Group on Firearms, established by the Conference in its decision 5/4, "
     "held its tenth meeting in Vienna from 3 to 5 June 2026.", "meeting",
     ["CTOC/COP/WG.6 meeting 2026-06-03"]),
    ("es", "El Grupo de Trabajo sobre la Trata de Personas, establecido de conformidad con la "
     "decisión 4/4 de la Conferencia, celebró su reunión en Viena del 1 al 3 de julio de 2026.",
     "meeting", ["CTOC/COP/WG.4 meeting 2026-07-01"]),
    # an aside without an act or a date is a list item or an apposition: the nearest body
    ("en", "The Commission on Narcotic Drugs, at its sixty-ninth session, adopted the text.",
     "session", ["E/CN.7 session 69"]),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "kind", "expected"), ASIDES, ids=[a[1][:40] for a in ASIDES]
)
def test_a_body_named_in_an_aside_holds_no_session_or_meeting(language, text, kind, expected):
    symbol = "CAC/COSP/2026/2" if "CAC" in expected[0] else "CTOC/COP/2026/2"
    head = f"United Nations {symbol}\nDistr.: General\n\n1. "  # "the Conference" resolves
    assert keys(head + text, language, kind) == expected


def test_a_report_to_a_session_in_french_and_spanish_subjunctive():
    fr = (
        "Nations Unies CAC/COSP/2026/3\nDistr. générale\n\n1. Dans sa résolution 11/2, la "
        "Conférence a prié le Secrétariat de lui faire rapport à sa douzième session.\n"
    )
    es = (
        "Naciones Unidas CTOC/COP/2026/3\nDistr. general\n\n1. En su decisión 12/1, la "
        "Conferencia pidió a la Secretaría que le presentara un informe en su decimotercer "
        "período de sesiones.\n"
    )
    assert session_relations(fr, "fr") == [("CAC/COSP session 12", "submittedTo")]
    assert session_relations(es, "es") == [("CTOC/COP session 13", "submittedTo")]


UNFCCC_HEAD = (
    "United Nations FCCC/SBSTA/2030/4\n"
    "Report of the Subsidiary Body for Scientific and Technological Advice on its ninetieth "
    "session\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a UNFCCC session named by its body's abbreviation and number
        (
            "1. The SBSTA agreed to continue consideration of this matter at SBSTA 91.",
            ["FCCC/SBSTA session 91"],
        ),
        (
            "2. The draft decision is forwarded for adoption by CMP 21 and CMA 9.",
            ["FCCC/KP/CMP session 21", "FCCC/PA/CMA session 9"],
        ),
        (
            "3. The COP 40 Presidency and SBI 92 will report.",
            ["FCCC/CP session 40", "FCCC/SBI session 92"],
        ),
        # a decision number is no session
        ("4. Recalling decisions 1/CMP.21 and 3/CMA.9,", []),
    ],
)
def test_a_unfccc_session_by_abbreviation(text, expected):
    record = extract_record(Document(UNFCCC_HEAD + text + "\n", language="en"))
    assert record.symbol == "FCCC/SBSTA/2030/4"
    assert [r.key for r in record.references if r.kind == "session"] == expected


def test_a_cop_outside_a_unfccc_text_is_not_guessed():
    # other treaties have a Conference of the Parties and an SBI of their own
    assert keys("The outcome of COP 16 on biological diversity and of CMA 6.", "en", "session") == [
        "FCCC/PA/CMA session 6"
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Décision 9/CMA.9\nTitre\nLa Conférence des Parties agissant comme réunion des "
            "Parties à l'Accord de Paris,\nRappelant la décision 1/CP.21,\n1. Décide de "
            "poursuivre l'examen de cette question à sa dixième session (novembre 2030).\n",
            ["FCCC/PA/CMA session 10"],
        ),
        (
            "en",
            "Decision 9/CMA.9\nTitle\nThe Conference of the Parties serving as the meeting "
            "of the Parties to the Paris Agreement,\nRecalling decision 1/CP.21,\n1. Decides "
            "to continue consideration of this matter at its tenth session.\n",
            ["FCCC/PA/CMA session 10"],
        ),
    ],
)
def test_the_body_of_a_text_without_header_is_named_by_its_preamble(language, text, expected):
    record = extract_record(Document(text, language=language))
    assert record.body == "FCCC/PA/CMA"
    assert [r.key for r in record.references if r.kind == "session"] == expected
