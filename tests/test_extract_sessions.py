"""Sessions (ordinal words of six languages) and meetings with their dates.

Rows: (language, text, expected keys). The ordinals are data: graph/extract/data/<lang>.toml.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_references
from graph.extract.languages import lang
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


def test_adoption_meeting_of_a_resolution():
    text = (
        "United Nations\nGeneral Assembly Distr.: General 25 November 2025\n\nEightieth "
        "session\n\n80/9. Title\n\nThe General Assembly,\n\n1. Adopts the declaration.\n\n"
        "48th plenary meeting\n24 November 2025\n"
    )
    refs = [r for r in extract_references(Document(text, language="en")) if r.kind == "meeting"]
    assert [(r.key, r.relation) for r in refs] == [("A meeting 2025-11-24", "adoptedAt")]
