"""Relations read from cue words (data per language), and the subject of a mandate.

A reference keeps a mandate relation only when the citing document itself is mandated by
the act (DESIGN.md "Mandate statements"); otherwise its relation is a citing one and the
cue words it stands next to are kept in ``Reference.cue``. These rows test the cue words
read, so they compare ``cue_of(ref)``; what is mandated is in tests/test_extract_mandates.py.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_record, extract_references
from graph.extract.cues import prefixes
from graph.model import Document


def cue_of(ref) -> str:
    """The relation the cue words next to a reference name."""
    return ref.cue or ref.relation


def first_act(text: str, language: str):
    refs = [
        r
        for r in extract_references(Document(text, language=language))
        if r.kind in ("resolution", "decision", "document")
    ]
    assert refs, text
    return refs[0]


# fmt: off
ROWS = [
    ("en", "the Committee established pursuant to resolution 1267 (1999)", "establishedBy"),
    ("en", "UNISFA, established by Security Council resolution 1990 (2011)", "establishedBy"),
    ("en", "as requested by the Council in resolution 2167 (2014)", "requestedBy"),
    ("en", "the report prepared pursuant to resolution 68/1", "requestedBy"),
    ("en", "measures imposed pursuant to resolution 1718 (2006)", "pursuantTo"),
    ("en", "in accordance with its resolution 973 (X)", "inAccordanceWith"),
    ("en", "Decides, in the light of decision 1/CP.21, to", "cites"),
    ("en", "resolution 2055 (2012), by which it decided to increase the size", "decides"),
    ("en", "In its resolution 77/260, the Assembly decided to extend the mandate", "extends"),
    ("en", "By its resolution 76/245, the General Assembly established a working group",
     "establishedBy"),
    ("en", "the mandate most recently extended by resolution 2179 (2014)", "extends"),
    ("en", "Recalling its resolutions 1267 (1999), 1333 (2000) and 1390 (2002),", "recalls"),
    # a cue that opens its own line heads its paragraph, whatever the lines before it
    ("en", "Freedonia: draft resolution\nThe Security Council,\nRecalling all its previous "
     "resolutions and statements of its President on the situation, including resolutions "
     "1970 (2011) and 2259 (2015),", "recalls"),
    # "celebrado" (held) and "celebración" are no "celebra" (welcomes)
    ("es", "un curso práctico, celebrado en Astana, sobre la aplicación de la resolución 1540 "
     "(2004)", "cites"),
    # what the adopting body did next is not what the act says
    ("en", "The Commission on Narcotic Drugs adopted resolution 60/4 and decided to transmit it "
     "to the Council.", "cites"),
    ("en", "Reaffirming its resolution 808 (1993),", "reaffirms"),
    ("en", "Decides also to extend the mandate of the Force as set out in resolution 743 (1992)",
     "extends"),
    ("en", "Decides further to renew the measures imposed by resolution 1591 (2005)", "extends"),
    ("en", "Takes note of decision 13/CMA.1,", "takesNoteOf"),
    ("en", "Welcomes the report of the Secretary-General (A/69/767);", "welcomes"),
    ("en", "Endorses decision 2/CP.17;", "endorses"),
    ("fr", "le Comité du Conseil de sécurité créé par la résolution 2127 (2013)", "establishedBy"),
    ("fr", "Rappelant sa résolution 1970 (2011),", "recalls"),
    ("fr", "conformément à sa résolution 973 (X)", "inAccordanceWith"),
    ("fr", "Prend note de la décision 13/CMA.1,", "takesNoteOf"),
    ("es", "establecido en virtud de la resolución 2127 (2013)", "establishedBy"),
    ("es", "Recordando su resolución 1970 (2011),", "recalls"),
    ("es", "de conformidad con su resolución 973 (X)", "inAccordanceWith"),
    ("ru", "была учреждена во исполнение решения 2/6", "establishedBy"),
    ("ru", "Комитетом Совета Безопасности, учрежденным резолюцией 2127 (2013)", "establishedBy"),
    ("ru", "ссылаясь на свою резолюцию 1970 (2011),", "recalls"),
    ("ru", "в соответствии с положениями своей резолюции 973 (X)", "inAccordanceWith"),
    ("ru", "в соответствии с просьбой, высказанной Советом Безопасности в резолюции 2167 (2014)",
     "requestedBy"),
    ("ru", "принимает к сведению резолюцию 689 (XXXV)", "takesNoteOf"),
    ("ar", "لجنة مجلس الأمن المنشأة عملا بالقرار 2127 (2013)", "establishedBy"),
    ("ar", "إذ يشير إلى قراره 1970 (2011)", "recalls"),
    ("ar", "ووفقا لقرار الجمعية العامة 1696 (د-16)", "inAccordanceWith"),
    ("zh", "第2127(2013)号决议所设委员会", "establishedBy"),
    ("zh", "回顾其关于利比亚的第1970(2011)号决议", "recalls"),
    ("zh", "按照安理会在第2167(2014)号决议中的要求", "requestedBy"),
    ("zh", "依照大会第1696(XVI)号决议", "inAccordanceWith"),
    # an extension, creation or request told after the act, in the past, perfect or present
    # tense, any gender: the verb says more than no cue at all
    ("en", "In its resolution 2022/9, the Economic and Social Council extended until 2027 the "
     "mandate of the Committee", "extends"),
    ("en", "By resolution 2022/9, the Council establishes an expert group", "establishedBy"),
    ("fr", "Par sa résolution 2022/9, le Conseil économique et social a prorogé le mandat du "
     "Comité", "extends"),
    ("fr", "Dans sa résolution 2022/9, la Commission a prolongé le mandat", "extends"),
    ("fr", "Dans sa résolution 2022/9, le Conseil a renouvelé le mandat", "extends"),
    ("es", "En su resolución 2022/9, el Consejo Económico y Social prorrogó el mandato del "
     "Comité", "extends"),
    ("es", "Mediante su resolución 2022/9, el Consejo ha renovado el mandato", "extends"),
    ("es", "En su resolución 2022/9, el Consejo ha establecido un grupo de expertos",
     "establishedBy"),
    ("es", "En su resolución 65/1, la Comisión ha solicitado a la Secretaría", "requestedBy"),
    ("ru", "В своей резолюции 2022/9 Экономический и Социальный Совет продлил мандат Комитета",
     "extends"),
    ("ru", "В своей резолюции 65/2 Комиссия по наркотическим средствам продлила мандат группы",
     "extends"),
    ("ru", "Резолюцией 2022/9 мандат Комитета был продлен до 2027 года", "extends"),
    ("ru", "В резолюции 2022/9 Совет учредил группу экспертов", "establishedBy"),
    ("ar", "وفي قراره 2022/9، مدد المجلس الاقتصادي والاجتماعي ولاية اللجنة", "extends"),
    ("ar", "وفي قرارها 65/2، مددت اللجنة ولاية الفريق", "extends"),
    ("zh", "经济及社会理事会第2022/9号决议决定将委员会的任务期限延长两年", "extends"),
    ("zh", "理事会在第2022/9号决议中延长了委员会的任务", "extends"),
    ("ar", "يقرر أن يعتمد نتائج الاستعراض التي تتألف من تقرير الفريق العامل (A/HRC/59/9)", "cites"),
    # a body's full name between the cue and the act does not count as distance
    ("fr", "Le Groupe d'examen de l'application, créé par la Conférence des États parties à la "
     "Convention des Nations Unies contre la corruption dans sa résolution 3/1", "establishedBy"),
    ("en", "the Working Group established by the Conference of the Parties to the United Nations "
     "Convention against Transnational Organized Crime in its decision 2/6", "establishedBy"),
    ("es", "establecido por la Conferencia de las Partes en la Convención de las Naciones Unidas "
     "contra la Delincuencia Organizada Transnacional en su decisión 2/6", "establishedBy"),
    # a mandate "as defined" in an act
    ("fr", "le mandat de la Rapporteuse spéciale, tel qu'il a été défini par le Conseil dans sa "
     "résolution 8/4", "inAccordanceWith"),
    ("en", "the mandate of the Special Rapporteur, as defined in Council resolution 8/4",
     "inAccordanceWith"),
    ("es", "el mandato del Relator Especial, tal como se define en la resolución 8/4 del Consejo",
     "inAccordanceWith"),
    ("ru", "мандат Специального докладчика, как это определено в резолюции 8/4 Совета",
     "inAccordanceWith"),
    # a passive tells what the cited act did, not what the citing text does
    ("en", "the Declaration, endorsed by the General Assembly in its resolution 76/181,", "cites"),
    ("fr", "la Déclaration, approuvée par l'Assemblée générale dans sa résolution 76/181,",
     "cites"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "relation"), ROWS, ids=[r[1][:40] for r in ROWS])
def test_relation_cues(language, text, relation):
    assert cue_of(first_act(text, language)) == relation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Reaffirming its resolution 46/182 of 19 December 1991, and recalling all its "
            "previous resolutions on the coordination of emergency humanitarian assistance, "
            "including resolution 79/139,",
        ),
        (
            "fr",
            "Réaffirmant sa résolution 46/182 du 19 décembre 1991, et rappelant toutes ses "
            "résolutions antérieures sur la coordination de l'aide humanitaire d'urgence, "
            "notamment la résolution 79/139,",
        ),
        (
            "es",
            "Reafirmando su resolución 46/182, de 19 de diciembre de 1991, y recordando todas "
            "sus resoluciones anteriores sobre la coordinación de la asistencia humanitaria de "
            "emergencia, en particular la resolución 79/139,",
        ),
    ],
)
def test_a_later_clause_cue_governs_the_acts_of_its_clause(language, text):
    """ ", and recalling ...": the nearest clause's cue, not the sentence's first."""
    refs = [r for r in extract_references(Document(text, language=language)) if r.kind != "body"]
    assert [(r.key, cue_of(r)) for r in refs] == [
        ("A/RES/46/182", "reaffirms"),
        ("A/RES/79/139", "recalls"),
    ]


def test_a_second_keyword_joined_to_a_list_shares_its_cue():
    text = (
        "and further reiterates, in accordance with relevant resolutions, in particular "
        "resolution 1990 (2011) and resolution 2046 (2012), that the Area"
    )
    refs = [r for r in extract_references(Document(text, language="en")) if r.kind != "body"]
    assert [(r.key, cue_of(r)) for r in refs] == [
        ("S/RES/1990(2011)", "inAccordanceWith"),
        ("S/RES/2046(2012)", "inAccordanceWith"),
    ]


def test_subject_of_a_mandate_is_the_body_it_is_about():
    text = (
        "Рабочая группа правительственных экспертов по технической помощи была учреждена во "
        "исполнение решения 2/6 Конференции участников Конвенции Организации Объединенных "
        "Наций против транснациональной организованной преступности."
    )
    ref = first_act(text, "ru")
    # the document cites 2/6; the Working Group is what 2/6 established
    assert (ref.key, ref.relation, ref.cue, ref.subject) == (
        "CTOC/COP decision 2/6",
        "cites",
        "establishedBy",
        None,
    )
    record = extract_record(Document(text, language="ru"))
    assert [(m.subject_kind, m.subject, m.relation, m.act) for m in record.mandates] == [
        ("body", "CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6")
    ]


def test_citation_relations_have_no_subject():
    ref = first_act("The Council, recalling its resolution 1970 (2011), decides", "en")
    assert ref.subject is None


def test_cue_prefixes_are_read_from_the_pattern():
    assert prefixes(r"establish(?:ed|es)\s+by") == {"est"}
    assert prefixes(r"(?:in\s+)?accordance") == {"in ", "acc"}
    assert prefixes(r"\w+ly") is None  # too open to index: tried everywhere instead


# fmt: off
WORD_END_ROWS = [
    # a cue is a whole word: "under" is not inside "Underlining" or "understanding"
    ("en", "Underlining the importance of resolution 1325 (2000),", "cites"),
    ("en", "the understanding reached in resolution 2334 (2016)", "cites"),
    ("en", "measures taken under resolution 1718 (2006)", "pursuantTo"),
    ("en", "requested information on resolution 1540 (2004)", "cites"),
    ("fr", "en vertu des résolutions 1267 (1999) et 1333 (2000)", "pursuantTo"),
    ("fr", "les notes relatives à la résolution 1540 (2004)", "cites"),
    # the participle tells what the act did, not what the citing text does
    ("fr", "les conclusions approuvées dans la résolution 1540 (2004)", "cites"),
    ("fr", "Réaffirment la résolution 1540 (2004)", "reaffirms"),
    # Spanish contractions "del" (de + el) and "al" (a + el) end the cue
    ("es", "en virtud del párrafo 3 de la resolución 1540 (2004)", "pursuantTo"),
    ("es", "con arreglo al párrafo 3 de la resolución 1540 (2004)", "pursuantTo"),
    ("es", "el acuerdo establecido entre las partes en la resolución 1540 (2004)", "cites"),
    ("es", "Los ministros reafirmaron la resolución 1540 (2004)", "reaffirms"),
    ("ru", "в соответствии со своей резолюцией 1540 (2004)", "inAccordanceWith"),
    # "учреждения" (institutions) and "образования" (education) are no "established"
    ("ru", "учреждения системы Организации Объединенных Наций и резолюция 1540 (2004)", "cites"),
    ("ru", "доступ к образованию и резолюция 1540 (2004)", "cites"),
    ("ru", "Комитет, созданный резолюцией 1540 (2004)", "establishedBy"),
    ("ru", "напоминая о создании в соответствии с пунктом 26 резолюции 1874 (2009) Группы",
     "establishedBy"),
    # Arabic pronoun suffixes are part of the cue; other words that start like it are not
    ("ar", "اللجنة التي أنشأتها بموجب القرار 1540 (2004)", "establishedBy"),
    ("ar", "عملائه والقرار 1540 (2004)", "cites"),
    ("ar", "طلبات القرار 1540 (2004)", "cites"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "relation"), WORD_END_ROWS)
def test_a_cue_ends_at_a_word_end(language, text, relation):
    assert cue_of(first_act(text, language)) == relation


def test_a_header_line_is_its_own_sentence():
    # the body named on a heading line above is the report's author, not what the cue is about
    text = (
        "United Nations A/HRC/WG.6/99/XX/1\nGeneral Assembly Distr.: General\n1 May 2030\n"
        "Original: English\nHuman Rights Council\nWorking Group on the Universal Periodic Review\n"
        "Ninety-ninth session\nGeneva, 1-12 May 2030\nNational report submitted in accordance "
        "with paragraph 5 of the annex to Human Rights Council resolution 16/21\n"
        "1. The present report was prepared as follows.\n"
    )
    ref = first_act(text, "en")
    assert (ref.key, cue_of(ref), ref.subject) == ("A/HRC/RES/16/21", "inAccordanceWith", None)
    assert ref.evidence.startswith("National report submitted")


def test_a_wrapped_header_title_is_one_sentence():
    text = (
        "United Nations S/2030/1\nSecurity Council Distr.: General\n1 May 2030\n"
        "Original: English\nReport of the Secretary-General submitted pursuant to\n"
        "resolution 2999 (2029)\n1. The present report is submitted as follows.\n"
    )
    ref = first_act(text, "en")
    assert (ref.key, cue_of(ref)) == ("S/RES/2999(2029)", "requestedBy")
    # a line that ends in a name runs on when the next one opens in lower case
    text = text.replace("submitted pursuant to\n", "submitted pursuant to the Security Council\n")
    ref = first_act(text, "en")
    assert (ref.key, cue_of(ref)) == ("S/RES/2999(2029)", "requestedBy")
    # a title in capitals
    text = text.replace(
        "Report of the Secretary-General submitted pursuant to the Security Council\nresolution",
        "REPORT SUBMITTED IN ACCORDANCE WITH\nPARAGRAPH 5 OF RESOLUTION",
    )
    ref = first_act(text, "en")
    assert (ref.key, cue_of(ref)) == ("S/RES/2999(2029)", "inAccordanceWith")


def test_a_subject_is_named_in_the_cues_paragraph():
    # the body named in the paragraph above is not what this paragraph's mandate is about
    text = (
        "The Human Rights Council,\n"
        "Acting in compliance with the mandate entrusted to it by the General Assembly,\n"
        "Having conducted the review in conformity with the annex to Council resolution 5/1,\n"
    )
    ref = first_act(text, "en")
    # "Having conducted the review in conformity with": the review rests on 5/1 (a statement
    # about an activity), the decision only cites it, with the cue kept
    assert (ref.key, ref.relation, ref.cue, ref.subject) == (
        "A/HRC/RES/5/1",
        "cites",
        "inAccordanceWith",
        None,
    )


def test_a_wrapped_line_keeps_its_subject():
    text = "the Human Rights Council Advisory Committee,\nestablished pursuant to resolution 5/1,"
    record = extract_record(Document(text, language="en"))
    assert [(m.subject, m.relation) for m in record.mandates] == [("A/HRC/AC", "establishedBy")]


def test_an_unnamed_body_established_by_an_act_is_extended_by_the_citing_act():
    # "the Force" names no listed body: 743 established it, the citing resolution extends it
    text = (
        "Decides also to extend the mandate of the Force established by resolution "
        "743 (1992) until 30 June 1993;"
    )
    ref = first_act(text, "en")
    assert (ref.relation, ref.cue, ref.subject, ref.doc_relation) == (
        "cites",
        "establishedBy",
        None,
        None,
    )
    record = extract_record(Document(text, language="en"))
    # the body scheme says 743 established UNPROFOR
    assert {(m.subject, m.relation, m.act, m.until) for m in record.mandates} == {
        ("UNPROFOR", "establishedBy", "S/RES/743(1992)", None),
        ("UNPROFOR", "extendedBy", None, "1993-06-30"),
    }


def test_a_keyword_joined_after_a_dated_act_shares_its_cue():
    for text in (
        "Acting pursuant to its resolution 60/251 of 15 March 2006 and Council resolution 5/1 "
        "of 18 June 2007,",
        # the cue far before, a body name between the conjunction and the keyword
        "Acting in compliance with the mandate entrusted to it by the General Assembly in its "
        "resolution 60/251 of 15 March 2006 and Council resolution 5/1 of 18 June 2007,",
    ):
        refs = [r for r in extract_references(Document(text, language="en")) if r.kind != "body"]
        assert [(r.key, cue_of(r)) for r in refs] == [
            ("A/RES/60/251", "pursuantTo"),
            ("A/HRC/RES/5/1", "pursuantTo"),
        ]


# fmt: off
SEE_ROWS = [
    # a pointer in brackets ("see ...") only cites, whatever verb stands before it
    ("en", "the Assembly endorsed the Agenda (see A/70/84-E/2015/73).", "cites"),
    ("fr", "l'Assemblée a approuvé le Programme (voir A/70/84-E/2015/73).", "cites"),
    ("es", "la Asamblea respaldó la Agenda (véase A/70/84-E/2015/73).", "cites"),
    ("ru", "Ассамблея одобрила программу (см. A/70/84-E/2015/73).", "cites"),
    ("ar", "أيدت الجمعية العامة خطة العمل (انظر A/70/84-E/2015/73).", "cites"),
    ("zh", "大会核可了《行动议程》(见A/70/84-E/2015/73)。", "cites"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "relation"), SEE_ROWS)
def test_a_see_reference_only_cites(language, text, relation):
    refs = [r for r in extract_references(Document(text, language=language)) if r.kind != "body"]
    assert [cue_of(r) for r in refs] == [relation, relation]


def test_a_chinese_verb_after_a_comma_is_the_next_clauses():
    # "根据…第2015/236号决定，决定将其转交": the decision is followed, not what it decided
    text = "委员会通过了第58/3号决议，并根据经济及社会理事会第2015/236号决定，决定将其转交理事会。"
    refs = [r for r in extract_references(Document(text, language="zh")) if r.kind == "decision"]
    assert [(r.key, cue_of(r)) for r in refs] == [("E/DEC/2015/236", "inAccordanceWith")]
