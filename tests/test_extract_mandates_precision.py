"""Mandate statements that must not be made, and subjects that must be right: one row per form,
per language where the form exists in the data (graph/extract/data/*.toml, ontology/bodies.ttl).

Each row: language, text, and the statements expected as
(subject_kind, subject key, relation, act key, subject text, paragraph, until, target).
"""

from __future__ import annotations

import pytest
from conftest import mandate_statements

from graph.extract import extract_record
from graph.model import Document

statements = mandate_statements


# fmt: off
ROWS = [
    # a duty to keep the Council informed joined by a comma alone is a second request (zh); a
    # comma before another verb is not ("，说明情况" says what the report holds)
    ("zh", "25. 请秘书长采取必要措施，确保联阿安全部队全面遵守零容忍政策，在发生此类行为时随时"
     "通报安理会；",
     [("activity", None, "requestedBy", None, "采取必要措施", "25", None, None),
      ("activity", None, "requestedBy", None, "在发生此类行为时随时通报安理会", "25", None, None)]),
    ("zh", "5. 请秘书长提交报告，说明情况；",
     [("activity", None, "requestedBy", None, "提交报告", "5", None, None)]),
    # a paragraph that tells what a body did at a session: its requests are the session's, not
    # the text's own ("论坛第十二届会议……并请…"); a request to report to a session is the text's
    ("zh", "论坛第十二届会议重申以前的建议，再次请世卫组织研究自杀原因，并请机构间支助组举办专家组"
     "会议。", []),
    ("zh", "13. 请秘书长向大会第七十届会议提交报告，并请各机构提供支持；",
     [("activity", None, "requestedBy", None, "向大会第七十届会议提交报告", "13", None,
       "大会第七十届会议"),
      ("activity", None, "requestedBy", None, "提供支持", "13", None, None)]),
    # verbs joined by "并" without a comma are one action ("support, guide and stay involved")
    ("zh", "7. 请大会主席在此进程中提供支持和指导并持续参与；",
     [("activity", None, "requestedBy", None, "在此进程中提供支持和指导并持续参与", "7", None,
       None)]),
    # with whom, past the bodies named "in particular", up to the verb (zh puts it last)
    ("zh", "6. 指示小组同其他相关专家组，特别是分析支助和制裁监测组，开展合作；",
     [("activity", None, "requestedBy", None,
       "同其他相关专家组，特别是分析支助和制裁监测组，开展合作", "6", None, None)]),
    # a duty to report joined to the first action: "et à faire rapport" (fr), ", e informen" (es);
    # not two verbs of one action ("à promouvoir et à élargir") nor what is to be ensured ("vele
    # por que los informes … e informen")
    ("fr", "21. Invite les institutions spécialisées à examiner les conclusions et à faire rapport "
     "à leurs organes directeurs en 2016;",
     [("activity", None, "requestedBy", None, "examiner les conclusions", "21", None, None),
      ("activity", None, "requestedBy", None,
       "à faire rapport à leurs organes directeurs en 2016", "21", None, None)]),
    ("fr", "4. Prie le Secrétaire général de continuer à promouvoir et à élargir la coopération "
     "entre les deux organisations;",
     [("activity", None, "requestedBy", None,
       "continuer à promouvoir et à élargir la coopération entre les deux organisations", "4",
       None, None)]),
    ("es", "21. Solicita a los fondos que examinen las conclusiones, en particular mediante la "
     "utilización de la capacidad nacional, e informen a sus órganos rectores en 2016;",
     [("activity", None, "requestedBy", None, "examinen las conclusiones", "21", None, None),
      ("activity", None, "requestedBy", None, "informen a sus órganos rectores en 2016", "21",
       None, None)]),
    ("es", "37. Solicita al sistema que vele por que los informes estén vinculados a los "
     "resultados nacionales e informen a los gobiernos de los resultados;",
     [("activity", None, "requestedBy", None,
       "vele por que los informes estén vinculados a los resultados nacionales e informen a los "
       "gobiernos de los resultados", "37", None, None)]),
    # "invites the specialized agencies to do likewise": the actions already asked of the others,
    # no new statement
    ("en", "21. Requests the funds and programmes to consider the findings, and invites the "
     "specialized agencies to do likewise;",
     [("activity", None, "requestedBy", None, "consider the findings", "21", None, None)]),
    ("fr", "21. Prie les fonds et programmes d'examiner les conclusions et invite les institutions "
     "spécialisées à faire de même;",
     [("activity", None, "requestedBy", None, "examiner les conclusions", "21", None, None)]),
    ("es", "21. Solicita a los fondos y programas que examinen las conclusiones e informen a sus "
     "órganos rectores en 2016, e invita a los organismos especializados a que hagan lo propio;",
     [("activity", None, "requestedBy", None,
       "examinen las conclusiones e informen a sus órganos rectores en 2016", "21", None, None)]),
    ("ru", "21. просит фонды и программы рассмотреть выводы и предлагает специализированным "
     "учреждениям поступить аналогичным образом;",
     [("activity", None, "requestedBy", None, "рассмотреть выводы", "21", None, None)]),
    ("ar", "21 - يطلب إلى الصناديق والبرامج أن تنظر في النتائج، كما يدعو الوكالات المتخصصة إلى "
     "القيام بمثل ذلك؛",
     [("activity", None, "requestedBy", None, "تنظر في النتائج", "21", None, None)]),
    ("zh", "21. 请各基金和方案审议调查结果，并邀请各专门机构照此办理；",
     [("activity", None, "requestedBy", None, "审议调查结果", "21", None, None)]),
    # an infinitive a noun of the action governs takes what is joined to it without a comma
    # ("les possibilités d'harmoniser ... et de mutualiser"); a verb's does not ("continuer de
    # suivre la situation et de lui faire rapport": two requests)
    ("fr", "11. Prie le Secrétaire général d'inviter les chefs de secrétariat à envisager les "
     "possibilités d'harmoniser les services et de mutualiser ces services, selon que de besoin, "
     "et de rendre compte dans ses prochains rapports;",
     [("activity", None, "requestedBy", None,
       "inviter les chefs de secrétariat à envisager les possibilités d'harmoniser les services "
       "et de mutualiser ces services", "11", None, None),
      ("activity", None, "requestedBy", None, "de rendre compte dans ses prochains rapports",
       "11", None, None)]),
    ("fr", "11. Prie le Secrétaire général de continuer de suivre la situation et de lui faire "
     "rapport;",
     [("activity", None, "requestedBy", None, "continuer de suivre la situation", "11", None,
       None),
      ("activity", None, "requestedBy", None, "de lui faire rapport", "11", None, None)]),
    # "Prie les autorités ..." renders "Calls upon the authorities": national authorities are
    # not mandated (UNPC.md; "demande aux autorités" is the same)
    ("fr", "11. Prie les autorités bissau-guinéennes de passer en revue les textes législatifs et "
     "de fournir un appui à la Cellule;", []),
    # "pide que se lleve a cabo": a call for something that asks no one ("calls for")
    ("es", "10. Exhorta al sistema de las Naciones Unidas a que examine su marco estratégico, y "
     "pide que se lleve a cabo un proceso de transición sin tropiezos;",
     [("activity", None, "requestedBy", None, "examine su marco estratégico", "10", None, None)]),
    # two verbs of one object are one action; what follows a purpose ("в целях") belongs to it,
    # but "в целях развития" (for development) is part of a name
    ("ru", "4. предлагает Генеральному секретарю продолжать поощрять и расширять сотрудничество в "
     "целях укрепления потенциала обеих организаций и искать ответы на глобальные вызовы;",
     [("activity", None, "requestedBy", None,
       "продолжать поощрять и расширять сотрудничество в целях укрепления потенциала обеих "
       "организаций и искать ответы на глобальные вызовы", "4", None, None)]),
    ("ru", "21. просит фонды рассмотреть выводы по линии деятельности в целях развития и "
     "представить доклады руководящим органам;",
     [("activity", None, "requestedBy", None,
       "рассмотреть выводы по линии деятельности в целях развития", "21", None, None),
      ("activity", None, "requestedBy", None, "представить доклады руководящим органам", "21",
       None, None)]),
    # a body extended by an act is known by its code in the scheme, in every language it names it
    ("en", "I have the honour to refer to resolution 2182 (2014), by which the Council decided to "
     "extend the mandate of the Somalia and Eritrea Monitoring Group for a period of 13 months.",
     [("body", "MG-1519", "extendedBy", "S/RES/2182(2014)",
       "the Somalia and Eritrea Monitoring Group", None, None, None)]),
    ("ar", "أتشرف بالإشارة إلى القرار 2182 (2014) الذي اتخذه مجلس الأمن وقرر فيه تمديد ولاية "
     "فريق الرصد المعني بالصومال وإريتريا لمدة 13 شهرا.",
     [("body", "MG-1519", "extendedBy", "S/RES/2182(2014)",
       "فريق الرصد المعني بالصومال وإريتريا", None, None, None)]),
    ("zh", "谨提请你注意第2182(2014)号决议，其中决定将索马里和厄立特里亚问题监测组的任期"
     "延长13个月。",
     [("body", "MG-1519", "extendedBy", "S/RES/2182(2014)",
       "索马里和厄立特里亚问题监测组", None, None, None)]),
    ("ar", "أتشرّف بأن أشير إلى قرار مجلس الأمن 2188 (2014)، الذي قرّر بموجبه تمديد ولاية "
     "فريق الخبراء المعني بليبريا لمدة 10 أشهر.",
     [("body", "PoE-1521", "extendedBy", "S/RES/2188(2014)",
       "فريق الخبراء المعني بليبريا", None, None, None)]),
    # an unnamed body extended by an act was not established by it: no key, no statement
    ("es", "Tengo el honor de referirme a la resolución 2188 (2014), en la que el Consejo decidió "
     "prorrogar el mandato del Grupo de Expertos por un período de 10 meses.",
     []),
    ("en", "I have the honour to refer to resolution 2188 (2014), by which the Council decided to "
     "extend the mandate of the Group of Experts for a period of 10 months.",
     []),
    # "requests for assistance": a noun, no request
    ("en", "19. Reaffirms its decision to establish a structured procedure to process offers of "
     "and requests for assistance submitted under the Programme of Action to facilitate the "
     "matching "
     "of needs and resources;",
     []),
    # "requests that X be provided with": the passive action, not the purpose after it
    ("en", "5. Requests the Secretary-General to strengthen the system, and further requests that "
     "resident coordinators be provided with necessary capacities and training to support these "
     "priorities, within existing resources;",
     [("activity", None, "requestedBy", None, "strengthen the system", "5", None, None),
      ("activity", None, "requestedBy", None,
       "be provided with necessary capacities and training to support these priorities", "5",
       None, None)]),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), ROWS, ids=[f"{r[0]}-{r[1][:40]}" for r in ROWS]
)
def test_statement_or_none(language, text, expected):
    assert statements(text, language) == expected


# fmt: off
# "calls upon" States, authorities or political actors: no request, in every language, after an
# act ("in its resolution X, the Council called upon all States") and inside a paragraph
NOT_ADDRESSED_TO_THE_UN = [
    ("en", "6. In its resolution 1977 (2011), the Security Council called upon all States that "
     "have not yet done so to submit a first report to the Committee without delay."),
    ("fr", "Dans sa résolution 1977 (2011), le Conseil de sécurité a demandé aux États qui ne "
     "l'ont pas encore fait de présenter leur premier rapport au Comité sans tarder."),
    ("es", "En su resolución 1977 (2011), el Consejo de Seguridad exhortó a todos los Estados que "
     "aún no lo hubieran hecho a presentar un primer informe al Comité sin demora."),
    ("ru", "6. В своей резолюции 1977 (2011) Совет Безопасности призвал все государства, которые "
     "еще не представили первый доклад, представить его Комитету безотлагательно."),
    ("zh", "6. 在第1977(2011)号决议中，安全理事会呼吁所有尚未向委员会提交初次报告的国家"
     "毫不拖延地提交报告。"),
    ("es", "9. Exhorta a las autoridades de Haití a que adopten medidas, y exhorta a todos los "
     "agentes políticos de Haití a que cooperen entre sí;"),
    ("es", "11. Exhorta también a las autoridades de Guinea-Bissau a que examinen las leyes;"),
    ("ru", "9. призывает власти Гаити принять меры и призывает всех политических деятелей в Гаити "
     "поддерживать сотрудничество;"),
    ("ar", "9 - يهيب بالسلطات الهايتية أن تتخذ كل الإجراءات، ويهيب بجميع الأطراف السياسية الفاعلة "
     "في هايتي أن تتعاون على العمل؛"),
    ("ar", "١١ - يهيب بسلطات غينيا - بيساو أن تقوم باستعراض التشريعات؛"),
    ("zh", "9. 促请海地当局采取一切必要步骤，并促请海地所有政治行为体毫不拖延地协作；"),
    # "请求" is a noun (a request made), not "请" (requests)
    ("zh", "表示注意到第683(XXXV)号决议，委员会在该决议中欢迎荷兰大使馆代表圣马丁政府请求给予"
     "后者委员会准成员资格，"),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text"),
    NOT_ADDRESSED_TO_THE_UN,
    ids=[f"{r[0]}-{r[1][:40]}" for r in NOT_ADDRESSED_TO_THE_UN],
)
def test_a_call_upon_states_or_authorities_mandates_nothing(language, text):
    assert statements(text, language) == []


def test_a_call_upon_a_un_body_after_an_act_is_a_request():
    got = statements(
        "In its resolution 1977 (2011), the Security Council called upon the Committee to submit "
        "a report.",
        "en",
    )
    expected = ("activity", None, "requestedBy", "S/RES/1977(2011)", "a report", None, None, None)
    assert got == [expected]


def test_calls_for_without_an_addressee_ends_the_request_before_it():
    got = statements(
        "10. призывает систему Организации Объединенных Наций провести обзор и призывает "
        "осуществлять плавный переходный процесс;",
        "ru",
    )
    assert got == [("activity", None, "requestedBy", None, "провести обзор", "10", None, None)]


# fmt: off
# A basis cue that opens its sentence: what the main clause does rests on the act (not when the
# act's own author speaks in it: "En virtud de la resolución X, el Consejo puso de relieve")
OPENING_BASIS = [
    ("en", "Pursuant to paragraph 3 of Economic and Social Council resolution 1894 (LVII), the "
     "Committee will have before it the draft provisional agenda for its fifty-sixth session, with "
     "an indication of the documents.",
     [("activity", None, "pursuantTo", "E/RES/1894(LVII)", "the Committee will have before it the "
       "draft provisional agenda for its fifty-sixth session", "3", None, None)]),
    ("fr", "Conformément au paragraphe 3 de la résolution 1894 (LVII) du Conseil économique et "
     "social, le Comité sera saisi du projet d'ordre du jour provisoire de sa cinquante-sixième "
     "session, dans lequel seront indiqués les documents.",
     [("activity", None, "inAccordanceWith", "E/RES/1894(LVII)", "le Comité sera saisi du projet "
       "d'ordre du jour provisoire de sa cinquante-sixième session", "3", None, None)]),
    ("es", "De conformidad con el párrafo 3 de la resolución 1894 (LVII) del Consejo Económico y "
     "Social, el Comité tendrá ante sí el proyecto de programa provisional de su 56º período de "
     "sesiones, con indicación de los documentos.",
     [("activity", None, "inAccordanceWith", "E/RES/1894(LVII)", "el Comité tendrá ante sí el "
       "proyecto de programa provisional de su 56º período de sesiones", "3", None, None)]),
    ("zh", "根据经济及社会理事会第1894(LVII)号决议第3段，委员会将收到其第五十六届会议临时议程草案，"
     "其中说明每个项目下将提交的文件。",
     [("activity", None, "inAccordanceWith", "E/RES/1894(LVII)", "委员会将收到其第五十六届会议临时"
       "议程草案", "3", None, None)]),
    ("ar", "عملا بالفقرة 3 من قرار المجلس الاقتصادي والاجتماعي 1894 (د-57)، سيعرض على اللجنة مشروع "
     "جدول الأعمال المؤقت لدورتها السادسة والخمسين، مع بيان الوثائق.",
     [("activity", None, "pursuantTo", "E/RES/1894(LVII)", "سيعرض على اللجنة مشروع جدول الأعمال "
       "المؤقت لدورتها السادسة والخمسين", "3", None, None)]),
    ("es", "En virtud de la resolución 2055 (2012), el Consejo de Seguridad puso de relieve que el "
     "volumen de trabajo del Comité había aumentado.",
     []),
    ("en", "Pursuant to resolution 2055 (2012), the Security Council emphasized the workload of "
     "the Committee.",
     []),
    # "la publication des rapports": reports of something, not the report requested
    ("fr", "11. Prie le Comité de continuer à examiner la pratique concernant la publication des "
     "rapports d'audit, et de formuler ses observations dans le cadre de ses rapports;",
     [("activity", None, "requestedBy", None, "continuer à examiner la pratique concernant la "
       "publication des rapports d'audit", "11", None, None),
      ("activity", None, "requestedBy", None,
       "de formuler ses observations dans le cadre de ses rapports", "11", None, None)]),
    # "y que han de encararse": a relative clause, no second requested action
    ("es", "21. Solicita a los fondos y programas que examinen las conclusiones relacionadas con "
     "las deficiencias que han resaltado los países y que han de encararse mediante las "
     "actividades operacionales;",
     [("activity", None, "requestedBy", None, "examinen las conclusiones relacionadas con las "
       "deficiencias que han resaltado los países y que han de encararse mediante las "
       "actividades operacionales", "21", None, None)]),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    OPENING_BASIS,
    ids=[f"{r[0]}-{r[1][:40]}" for r in OPENING_BASIS],
)
def test_opening_basis_reports_and_relative_clauses(language, text, expected):
    assert statements(text, language) == expected


def test_lettered_sub_paragraphs_are_paragraphs_of_their_own():
    # "(e) Requesting the Commission to ...": labelled "1 (e)"; an invitation to international
    # financial institutions or development banks mandates nothing
    text = (
        "The General Assembly,\n\n1. Reaffirms the mandate of the Peacebuilding Commission, and "
        "decides:\n\n(ii) Inviting international financial institutions and regional development "
        "banks to engage in relevant discussions;\n\n(e) Requesting the Peacebuilding Commission "
        "to continue serving as a platform to convene all relevant actors;\n\n(g) Requesting the "
        "Peacebuilding Commission to continue reviewing its working methods, and also requesting "
        "the Commission to report back in the context of its annual report;\n\n(h) Reaffirming the "
        "practice that priority must be given to meetings of Member States, and in this regard "
        "requests the Secretariat to explore options to provide venues;\n"
    )
    got = [(s[4], s[5]) for s in statements(text, "en")]
    assert got == [
        ("continue serving as a platform to convene all relevant actors", "1 (e)"),
        ("continue reviewing its working methods", "1 (g)"),
        ("report back in the context of its annual report", "1 (g)"),
        ("explore options to provide venues", "1 (h)"),
    ]


def test_a_declarations_first_person_requests():
    text = (
        "The General Assembly,\n\n25. We acknowledge the importance of the biennial Global "
        "Report, and request the Office to continue to collect information on patterns of "
        "trafficking. We invite the Coordination Group to continue to increase its activities. "
        "We invite Member States to support the Office.\n"
    )
    got = [(s[4], s[5]) for s in statements(text, "en")]
    assert got == [
        ("continue to collect information on patterns of trafficking", "25"),
        ("continue to increase its activities", "25"),
    ]


# fmt: off
SUBJECTS = [
    # "the Observer Mission": the observer mission the text named in full, in each language
    # the scheme gives its short name
    ("en", "The Security Council,\n\nRecalling the establishment of the United Nations Observer "
     "Mission in El Salvador (ONUSAL),\n\n13. Decides to extend the mandate of the Observer "
     "Mission to 31 May 1994;\n",
     [("body", "ONUSAL", "extendedBy", None, "the Observer Mission", "13", None, None)]),
    ("fr", "Le Conseil de sécurité,\n\nRappelant la création de la Mission d'observation des "
     "Nations Unies en El Salvador (ONUSAL),\n\n13. Décide de proroger le mandat de la Mission "
     "d'observation jusqu'au 31 mai 1994;\n",
     [("body", "ONUSAL", "extendedBy", None, "Mission d'observation", "13", "1994-05-31", None)]),
    # "créé en application du paragraphe 18": an establishment (the participle), not a basis
    # of the request the sentence makes
    ("fr", "10. Se déclare préoccupé et prie le Groupe d'experts créé en application du "
     "paragraphe 18 de la présente résolution de signaler au Comité de tels déplacements;",
     [("body", None, "establishedBy", None, "le Groupe d'experts", "18", None, None),
      ("activity", None, "requestedBy", None, "signaler au Comité de tels déplacements", "10",
       None, None)]),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), SUBJECTS, ids=[f"{r[0]}-{r[1][:40]}" for r in SUBJECTS]
)
def test_the_subject_named(language, text, expected):
    assert statements(text, language) == expected


def test_one_body_established_by_a_list_of_acts_has_one_key():
    # "the Committee established by resolutions 1267 (1999) and 1989 (2011)": one committee,
    # in Chinese as in English; its name ends before "的" (what belongs to it)
    zh = statements(
        "回顾有关个人已被列入第1267(1999)和第1989(2011)号决议所设委员会的基地组织制裁名单，", "zh"
    )
    en = statements(
        "Recalling that the individuals are on the list of the Committee established pursuant to "
        "resolutions 1267 (1999) and 1989 (2011),",
        "en",
    )
    assert (
        {(s[1], s[3]) for s in zh}
        == {(s[1], s[3]) for s in en}
        == {
            ("S/AC.37", "S/RES/1267(1999)"),
            ("S/AC.37", "S/RES/1989(2011)"),
        }
    )
    assert {s[4] for s in zh} == {"委员会"}


HRC_DECISION = (
    "United Nations A/HRC/DEC/14/105\n\nGeneral Assembly Distr.: General\n\n"
    "Human Rights Council\nFourteenth session\n\nDecision adopted by the Human Rights Council\n\n"
    "14/105\nOutcome of the Universal Periodic Review: Slovenia\nThe Human Rights Council,\n"
    "Acting in compliance with the mandate entrusted to it by the General Assembly in its "
    "resolution 60/251 of 15 March 2006 and Council resolution 5/1 of 18 June 2007, and in "
    "accordance with the President’s statement PRST/8/1 on modalities and practices for the "
    "universal periodic review process of 9 April 2008,\n"
)


def test_a_presidential_statement_cited_without_its_series_is_an_act():
    # "PRST/8/1" in a Human Rights Council text is A/HRC/PRST/8/1, and the decision acts under it
    record = extract_record(Document(HRC_DECISION, language="en"))
    assert [r.key for r in record.references if "PRST" in r.key] == ["A/HRC/PRST/8/1"]
    got = [(s[0], s[2], s[3]) for s in statements(HRC_DECISION, "en")]
    assert ("self", "inAccordanceWith", "A/HRC/PRST/8/1") in got


def test_an_unlisted_citing_body_leaves_the_short_symbol_unresolved():
    text = "Recalling the statement PRST/8/1 of 9 April 2008,"
    record = extract_record(Document(text, language="en"))
    assert [(r.kind, r.key) for r in record.references] == [("unresolved", "PRST/8/1")]


# fmt: off
COORDINATED = [
    # an invitation to Parties together with United Nations or convention bodies is a request;
    # to Parties and observers alone it is not
    ("en", "17. Invites Parties, United Nations entities, constituted bodies, implementing "
     "entities and other relevant stakeholders to enhance implementation of the gender action "
     "plan;",
     [("activity", None, "requestedBy", None, "enhance implementation of the gender action plan",
       "17", None, None)]),
    ("en", "17. Invites Parties and observers to submit views on the gender action plan to the "
     "secretariat;",
     []),
    # a second object of the same request: "..., and a final report no later than"
    ("en", "16. Requests the Panel of Experts to provide a midterm update to the Committee no "
     "later than 28 July 2022, and a final report no later than 28 January 2023 to the Security "
     "Council;",
     [("activity", None, "requestedBy", None, "a midterm update", "16", None,
       "no later than 28 July 2022"),
      ("activity", None, "requestedBy", None, "a final report no later than 28 January 2023 to "
       "the Security Council", "16", None, "no later than 28 January 2023")]),
    # "and, in the meantime, to keep the Council informed"
    ("en", "28. Requests the Secretary-General to submit a report on the situation and, in the "
     "meantime, to keep the Council regularly informed of developments;",
     [("activity", None, "requestedBy", None, "a report on the situation", "28", None, None),
      ("activity", None, "requestedBy", None,
       "to keep the Council regularly informed of developments", "28", None, None)]),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), COORDINATED, ids=[f"{r[0]}-{r[1][:40]}" for r in COORDINATED]
)
def test_invitations_with_a_un_body_and_coordinated_objects(language, text, expected):
    assert statements(text, language) == expected


def test_an_authorization_in_further_implementation_of_acts_rests_on_them():
    # README: "Authorizes the establishment of a Commission of Inquiry, in further implementation
    # of resolutions 814 (1993) and 837 (1993)": the resolution itself acts under both
    text = (
        "The Security Council,\n\n1. Authorizes the establishment of a Commission of Inquiry, in "
        "further implementation of resolutions 814 (1993) and 837 (1993), to investigate armed "
        "attacks on personnel;\n"
    )
    got = [(s[0], s[2], s[3]) for s in statements(text, "en")]
    assert got == [
        ("body", "establishedBy", None),
        ("self", "pursuantTo", "S/RES/814(1993)"),
        ("self", "pursuantTo", "S/RES/837(1993)"),
    ]


# fmt: off
# "At its twelfth session the Forum requested ...": a request made at a session, keyed by the
# session when the document's body is known (here from its symbol); without it the session has
# no key and the request is left unresolved, never given to the document itself
_HEAD = {"en": "United Nations\tE/C.19/2015/3\nEconomic and Social Council\tDistr.: General\n\n",
         "fr": "Nations Unies\tE/C.19/2015/3\nConseil économique et social\tDistr.: General\n\n",
         "es": "Naciones Unidas\tE/C.19/2015/3\nConsejo Económico y Social\tDistr.: General\n\n",
         "ru": "Организация Объединенных Наций\tE/C.19/2015/3\n"
               "Экономический и Социальный Совет\tDistr.: General\n\n",
         "ar": "الأمم المتحدة\tE/C.19/2015/3\nالمجلس الاقتصادي والاجتماعي\tDistr.: General\n\n",
         "zh": "联合国\tE/C.19/2015/3\n经济及社会理事会\tDistr.: General\n\n"}
SESSION_REQUESTS = [
    ("en", "1. At its twelfth session the Forum reiterated its recommendations and requested that "
     "WHO conduct a study on suicide.\n", "WHO conduct a study on suicide"),
    ("fr", "1. À sa douzième session, l'Instance avait rappelé ses recommandations et avait prié "
     "l'OMS de conduire une étude sur le suicide.\n", "conduire une étude sur le suicide"),
    ("es", "1. En su 12° período de sesiones el Foro reiteró sus recomendaciones y pidió que la "
     "OMS realizara un estudio sobre el suicidio.\n", "un estudio sobre el suicidio"),
    ("ru", "1. На своей двенадцатой сессии Форум подтвердил свои рекомендации и просил ВОЗ "
     "изучить вопрос о причинах суицида.\n", "изучить вопрос о причинах суицида"),
    ("ar", "1 - وجدد المنتدى، في دورته الثانية عشرة، توصياته السابقة التي تتناول ظاهرة الانتحار "
     "لدى شباب الشعوب الأصلية وطلب من منظمة الصحة العالمية إجراء دراسة عن انتشار الانتحار.\n",
     "دراسة عن انتشار الانتحار"),
    ("zh", "1. 论坛第十二届会议重申以前的建议，再次请世卫组织研究土著青年自杀原因。\n",
     "研究土著青年自杀原因"),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "action"), SESSION_REQUESTS, ids=[r[0] for r in SESSION_REQUESTS]
)
def test_a_request_made_at_a_session_is_keyed_by_the_session(language, text, action):
    got = statements(_HEAD[language] + text, language)
    assert [(s[0], s[2], s[3], s[4]) for s in got] == [
        ("activity", "requestedBy", "E/C.19 session 12", action)
    ]
    # the line alone: no body, no session key, no statement (never the document's own)
    assert statements(text, language) == []


# fmt: off
# a session named after the text's own request is its reporting target: it heads no request
SESSION_TARGETS = [
    ("en", "13. Requests the Secretary-General to submit a report to the General Assembly at its "
     "seventieth session, and requested that the Committee review it;\n"),
    ("fr", "13. Prie le Secrétaire général de lui présenter, à sa soixante-dixième session, un "
     "rapport, et a prié le Comité de l'examiner;\n"),
    ("es", "13. Solicita al Secretario General que le presente en su septuagésimo período de "
     "sesiones un informe, y pidió que el Comité lo examine;\n"),
    ("ru", "13. просит Генерального секретаря представить на своей семидесятой сессии доклад и "
     "просил Комитет рассмотреть его;\n"),
    ("ar", "13 - تطلب إلى الأمين العام أن يقدم إليها في دورتها السبعين تقريرا، وطلبت إلى اللجنة أن "
     "تستعرضه؛\n"),
    ("zh", "13. 请秘书长向大会第七十届会议提交报告，并请各机构提供支持；\n"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text"), SESSION_TARGETS, ids=[r[0] for r in SESSION_TARGETS])
def test_a_session_after_the_texts_own_request_is_no_act(language, text):
    head = "United Nations\tA/RES/69/1\nGeneral Assembly\tDistr.: General\n\n"
    assert not [s for s in statements(head + text, language) if s[3] == "A session 70"]


# fmt: off
# "Governing Council decision 267 (2009)": the Compensation Commission's (S/AC.26) in one of its
# documents; in a document of another body the Council is not known and the key stays unresolved
UNCC_DECISIONS = [
    ("en", "quarterly payments will resume in 2016, in accordance with Governing Council "
     "decision 267 (2009).", "decision 267 (2009)"),
    ("fr", "les versements reprendront donc en 2016, conformément à la décision 267 (2009) du "
     "Conseil d'administration.", "décision 267 (2009)"),
    ("es", "los pagos se reanudarán en 2016, de conformidad con lo dispuesto en la decisión 267 "
     "(2009) del Consejo de Administración.", "decisión 267 (2009)"),
    ("ru", "выплаты возобновятся в 2016 году в соответствии с решением 267 (2009) Совета "
     "управляющих.", "решением 267 (2009)"),
    ("ar", "ستُستأنف في عام 2016 المدفوعات وفقا لمقرر مجلس الإدارة 267 (2009).",
     "لمقرر مجلس الإدارة 267 (2009)"),
    ("zh", "因此，将在2016年恢复按照理事会第267(2009)号决定的规定，按季度支付赔偿款。",
     "第267(2009)号决定"),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "mention"), UNCC_DECISIONS, ids=[r[0] for r in UNCC_DECISIONS]
)
def test_a_governing_council_decision_is_the_compensation_commissions_in_its_documents(
    language, text, mention
):
    def keys(symbol: str) -> list[tuple[str, str, str]]:
        head = f"United Nations\t{symbol}\nSecurity Council\tDistr.: General\n\n1. "
        record = extract_record(Document(head + text + "\n", language=language))
        return [(r.kind, r.key, r.text) for r in record.references if "267" in r.text]

    assert keys("S/AC.26/2015/1") == [("decision", "S/AC.26 decision 267", mention)]
    assert keys("S/2015/10") == [("unresolved", "decision 267(2009)", mention)]


# A body established in a clause that goes on with another verb: the body's span ends before
# it ("… (UNVMX) and requested that I report …"), and the further verb is its own statement.
FURTHER_VERB = [
    (
        "en",
        "The present report is submitted pursuant to resolution 2999 (2030), by which the "
        "Council decided to establish the United Nations Verification Mission in Xland (UNVMX) and "
        "requested that I report every 90 days on its work.",
        "the United Nations Verification Mission in Xland (UNVMX)",
        "report every 90 days on its work",
    ),
    (
        "fr",
        "Le présent rapport est soumis en application de la résolution 2999 (2030), par "
        "laquelle le Conseil a décidé de créer la Mission de vérification des Nations Unies en "
        "Xlande (MVNUX) et m'a prié de lui faire rapport tous les 90 jours sur ses travaux.",
        "la Mission de vérification des Nations Unies en Xlande (MVNUX)",
        "lui faire rapport tous les 90 jours sur ses travaux",
    ),
    (
        "es",
        "El presente informe se presenta en cumplimiento de la resolución 2999 (2030), en la que "
        "el Consejo decidió establecer la Misión de Verificación de las Naciones Unidas en Xlandia "
        "(MVNUX) y me solicitó que le informara cada 90 días sobre su labor.",
        "la Misión de Verificación de las Naciones Unidas en Xlandia (MVNUX)",
        "le informara cada 90 días sobre su labor",
    ),
]


@pytest.mark.parametrize(("language", "text", "body", "asked"), FURTHER_VERB)
def test_a_body_span_ends_before_the_next_verb_of_its_clause(language, text, body, asked):
    got = {(s[2], s[4]) for s in statements(text, language)}
    assert ("establishedBy", body) in got
    assert ("requestedBy", asked) in got
