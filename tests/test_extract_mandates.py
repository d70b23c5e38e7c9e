"""Mandate statements (graph/extract/mandates.py): one row per form, per language.

Each row: text, language, and the statements expected as
(subject_kind, subject key, relation, act key, subject text, paragraph, until, target).
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, need_shared

from graph.extract import extract_record
from graph.model import MANDATE_RELATIONS, STATEMENT_RELATIONS, SUBJECT_KINDS, Document

S = "self"


def statements(text: str, language: str) -> list[tuple]:
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


# fmt: off
BACKWARD = [
    # the document itself, only when the text says so
    ("en", "The present report is submitted pursuant to General Assembly resolution 77/260.",
     [(S, None, "pursuantTo", "A/RES/77/260", "The present report", None, None, None)]),
    ("en", "The Human Rights Council,\nHaving conducted the review in conformity with all relevant "
     "provisions contained in the annex to Council resolution 5/1,\n",
     [(S, None, "inAccordanceWith", "A/HRC/RES/5/1", "Having conducted", None, None, None)]),
    ("en", "The Security Council,\nActing under Chapter VII of the Charter of the United Nations "
     "and "
     "pursuant to its resolution 1990 (2011),\n1. Decides that",
     [(S, None, "pursuantTo", "S/RES/1990(2011)", "Acting", None, None, None)]),
    ("en", "2. Decides, pursuant to its resolution 2100 (2013), to",
     [(S, None, "pursuantTo", "S/RES/2100(2013)", "Decides", None, None, None)]),
    ("fr", "Le présent rapport est soumis en application de la résolution 77/260 de l'Assemblée "
     "générale.",
     [(S, None, "pursuantTo", "A/RES/77/260", "Le présent rapport", None, None, None)]),
    ("fr", "L'Assemblée générale,\n\nAgissant en application de sa décision 75/552 du 31 décembre "
     "2020,\n",
     [(S, None, "pursuantTo", "A/DEC/75/552", "Agissant", None, None, None)]),
    ("es", "El presente informe se ha preparado en cumplimiento de la resolución 58/3 de la "
     "Comisión de Estupefacientes.",
     [(S, None, "pursuantTo", "E/CN.7 resolution 58/3", "El presente informe", None, None,
       None)]),
    ("ru", "Настоящий доклад представляется во исполнение резолюции 77/260 Генеральной Ассамблеи.",
     [(S, None, "pursuantTo", "A/RES/77/260", "Настоящий доклад", None, None, None)]),
    ("ar", "إن مجلس حقوق الإنسان،\nإذ يتصرف وفقاً لقرار الجمعية العامة 60/251،\n",
     [(S, None, "inAccordanceWith", "A/RES/60/251", "إذ يتصرف", None, None, None)]),
    ("ar", "يقدم هذا التقرير عملا بقرار الجمعية العامة 77/260.",
     [(S, None, "pursuantTo", "A/RES/77/260", "يقدم هذا التقرير", None, None, None)]),
    ("zh", "本报告是根据大会第78/275号决议提交的。",
     [(S, None, "inAccordanceWith", "A/RES/78/275", "本报告", None, None, None)]),
    # a report on a body's work "in accordance with the mandate entrusted to it": the body's
    ("en", "The present report gives an account of the activities of the United Nations "
     "Iraq-Kuwait Observation Mission (UNIKOM) carried out in accordance with the mandate "
     "entrusted to it by the Security Council in resolutions 687 (1991) and 689 (1991).",
     [("body", "UNIKOM", "inAccordanceWith", "S/RES/687(1991)", "UNIKOM", None, None, None),
      ("body", "UNIKOM", "inAccordanceWith", "S/RES/689(1991)", "UNIKOM", None, None, None)]),
    ("en", "By its resolution 2055 (2012), the Security Council emphasized the increased workload "
     "of the Committee and requested me to increase the size of the group of experts.",
     [("activity", None, "requestedBy", "S/RES/2055(2012)",
       "increase the size of the group of experts", None, None, None)]),
    ("fr", "Par sa résolution 2055 (2012), le Conseil a souligné la charge de travail du Comité "
     "et prié le Secrétaire général de porter à neuf le nombre des membres du groupe.",
     [("activity", None, "requestedBy", "S/RES/2055(2012)",
       "porter à neuf le nombre des membres du groupe", None, None, None)]),
    ("fr", "Au paragraphe 6 de sa résolution 2169 (2014), le Conseil de sécurité m'a prié de lui "
     "rendre compte tous les trois mois.",
     [("activity", None, "requestedBy", "S/RES/2169(2014)",
       "lui rendre compte tous les trois mois", None, None, None)]),
    ("ru", "В пункте 6 резолюции 2169 (2014) Совет Безопасности просил меня докладывать ему "
     "каждые три месяца.",
     [("activity", None, "requestedBy", "S/RES/2169(2014)",
       "докладывать ему каждые три месяца", None, None, None)]),
    ("ru", "В своей резолюции 2055 (2012) Совет Безопасности особо отметил рост объема работы "
     "Комитета и просил меня увеличить численность группы экспертов.",
     [("activity", None, "requestedBy", "S/RES/2055(2012)",
       "увеличить численность группы экспертов", None, None, None)]),
    # "cuyo mandato se prorrogó en la resolución Y": not what resolution X did
    ("es", "la Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei (UNISFA), que fue "
     "establecida en la resolución 1990 (2011) del Consejo de Seguridad, y cuyo mandato se "
     "prorrogó recientemente en la resolución 2179 (2014) del Consejo.",
     [("body", "UNISFA", "establishedBy", "S/RES/1990(2011)",
       "Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei", None, None, None)]),
    # "ainsi que le Conseil l'a demandé dans": the document's basis, not the Council's request
    ("fr", "Le présent rapport est soumis au Conseil, ainsi que le Conseil l'a demandé dans sa "
     "résolution 2167 (2014).",
     [(S, None, "requestedBy", "S/RES/2167(2014)", "Le présent rapport", None, None, None)]),
    ("ar", "في الفقرة 6 من القرار 2169 (2014)، طلب إليّ مجلس الأمن أن أوافيه كل ثلاثة أشهر بتقرير.",
     [("activity", None, "requestedBy", "S/RES/2169(2014)", "أوافيه كل ثلاثة أشهر بتقرير",
       None, None, None)]),
    ("ar", "وأكد مجلس الأمن، بقراره 2055 (2012)، الزيادة في عبء عمل اللجنة، وطلب إلي أن أزيد عدد "
     "أعضاء فريق الخبراء.",
     [("activity", None, "requestedBy", "S/RES/2055(2012)", "أزيد عدد أعضاء فريق الخبراء",
       None, None, None)]),
    # a body's full name as a title, no article: the name holds the act
    ("en", "Security Council Committee established pursuant to resolution 1737 (2006)",
     [("body", "S/AC.50", "establishedBy", "S/RES/1737(2006)",
       "Security Council Committee", None, None, None)]),
    # a report's opening: what the act it rests on did, verb after verb
    ("en", "1. The present report is submitted pursuant to Security Council resolution 2350 "
     "(2017), by which the Council decided to close the United Nations Stabilization Mission in "
     "Haiti (MINUSTAH); established the United Nations Mission for Justice Support in Haiti "
     "(MINUJUSTH); and requested that I report to the Council on the implementation of the "
     "mandate, 30 days before its expiration.",
     [(S, None, "pursuantTo", "S/RES/2350(2017)", "The present report", None, None, None),
      ("body", "MINUSTAH", "terminatedBy", "S/RES/2350(2017)",
       "the United Nations Stabilization Mission in Haiti (MINUSTAH)", None, None, None),
      ("body", "MINUJUSTH", "establishedBy", "S/RES/2350(2017)",
       "the United Nations Mission for Justice Support in Haiti (MINUJUSTH)", None, None, None),
      ("activity", None, "requestedBy", "S/RES/2350(2017)",
       "report to the Council on the implementation of the mandate", None, None, None)]),
    ("en", "1. By its resolution 2070 (2012), the Security Council extended the mandate of the "
     "United Nations Stabilization Mission in Haiti (MINUSTAH) until 15 October 2013 and "
     "requested me to report on its implementation semi-annually.",
     [("body", "MINUSTAH", "extendedBy", "S/RES/2070(2012)",
       "the United Nations Stabilization Mission in Haiti (MINUSTAH)", None, "2013-10-15", None),
      ("activity", None, "requestedBy", "S/RES/2070(2012)",
       "report on its implementation semi-annually", None, None, None)]),
    # a body named in the sentence: its code in ontology/bodies.ttl (by name, or by the act
    # that established it); "body:<act>" when the scheme does not know it
    ("en", "notified to the Security Council Committee established by resolution 661 (1990) "
     "concerning the situation",
     [("body", "S/AC.25", "establishedBy", "S/RES/661(1990)",
       "the Security Council Committee", None, None, None)]),
    ("en", "the United Nations Interim Security Force for Abyei (UNISFA), established by Security "
     "Council resolution 1990 (2011) and most recently extended by resolution 2179 (2014),",
     [("body", "UNISFA", "establishedBy", "S/RES/1990(2011)",
       "United Nations Interim Security Force for Abyei", None, None, None),
      ("body", "UNISFA", "extendedBy", "S/RES/2179(2014)",
       "United Nations Interim Security Force for Abyei", None, None, None)]),
    ("en", "the Committee of the Security Council established by resolution 748 (1992)",
     [("body", "body:S/RES/748(1992)", "establishedBy", "S/RES/748(1992)",
       "the Committee of the Security Council", None, None, None)]),
    ("en", "the Human Rights Council Advisory Committee,\nestablished pursuant to resolution 5/1,",
     [("body", "A/HRC/AC", "establishedBy", "A/RES/5/1",
       "Human Rights Council Advisory Committee", None, None, None)]),
    ("en", "the United Nations Observer Mission, terminated by resolution 1234 (1999),",
     [("body", None, "terminatedBy", "S/RES/1234(1999)", "the United Nations Observer Mission",
       None, None, None)]),
    ("fr", "notifiées au Comité créé par la résolution 661 (1990)",
     [("body", "S/AC.25", "establishedBy", "S/RES/661(1990)", "au Comité", None,
       None, None)]),
    ("es", "notificadas al Comité establecido en virtud de la resolución 661 (1990)",
     [("body", "S/AC.25", "establishedBy", "S/RES/661(1990)", "al Comité", None,
       None, None)]),
    ("ru", "Группа экспертов, учрежденная в соответствии с пунктом 26 резолюции 1874 (2009),",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)", "Группа экспертов",
       "26", None, None)]),
    ("ar", "اللجنة المنشأة عملا بالقرار 661 (1990)",
     [("body", "S/AC.25", "establishedBy", "S/RES/661(1990)", "اللجنة", None, None,
       None)]),
    ("zh", "通报安全理事会第2127(2013)号决议所设委员会。",
     [("body", "Committee-2127", "establishedBy", "S/RES/2127(2013)", "委员会", None, None,
       None)]),
    # the subject after the act: "by which it established ..."
    ("en", "Recalling its resolution 76/245 of 24 December 2021, by which it established an ad hoc "
     "open-ended working group to review the mandates,",
     [("body", "body:A/RES/76/245", "establishedBy", "A/RES/76/245",
       "an ad hoc open-ended working group", None, None, None)]),
    ("ru", "ссылаясь на свою резолюцию 76/245 от 24 декабря 2021 года, в которой она учредила "
     "специальную рабочую группу открытого состава по обзору мандатов,",
     [("body", "body:A/RES/76/245", "establishedBy", "A/RES/76/245",
       "специальную рабочую группу открытого состава по обзору мандатов", None, None, None)]),
    ("zh", "大会第76/245号决议设立了一个不限成员名额特设工作组。",
     [("body", "body:A/RES/76/245", "establishedBy", "A/RES/76/245", "一个不限成员名额特设工作组",
       None, None, None)]),
    # another document, an activity; the act's operative paragraph
    ("en", "Having considered the report requested in resolution 865 (1993),",
     [("document", None, "requestedBy", "S/RES/865(1993)", "the report", None, None, None)]),
    ("en", "the escrow account established pursuant to paragraph 7 of resolution 986 (1995)",
     [("activity", None, "establishedBy", "S/RES/986(1995)", "the escrow account", "7", None,
       None)]),
    ("en", "the Supervisory Body established by decision 3/CMA.3, paragraph 3,",
     [("body", "body:decision 3/CMA.3", "establishedBy", "decision 3/CMA.3",
       "the Supervisory Body", "3", None, None)]),
    ("en", "the Panel established under resolution 1990 (2011), and paragraph 5 thereof,",
     [("body", "body:S/RES/1990(2011)", "establishedBy", "S/RES/1990(2011)", "the Panel", "5",
       None, None)]),
    ("fr", "le Groupe d'experts créé par le paragraphe 26 de la résolution 1874 (2009)",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)", "le Groupe d'experts",
       "26", None, None)]),
    # short forms: resolved to the act meant, or no statement
    ("en", "Recalling its resolution 1267 (1999),\nNoting the work of the Committee established by "
     "the same resolution,",
     [("body", "S/AC.37", "establishedBy", "S/RES/1267(1999)", "the Committee",
       None, None, None)]),
    ("en", "Noting the work of the Committee established by that resolution,", []),
    ("ru", "ссылаясь на свою резолюцию 1990 (2011) от 27 июня 2011 года,\nотмечая работу Сил, "
     "учрежденных резолюцией от 27 июня,",
     [("body", "body:S/RES/1990(2011)", "establishedBy", "S/RES/1990(2011)", "отмечая работу Сил",
       None, None, None)]),
    ("ru", "отмечая работу Сил, учрежденных резолюцией от 27 июня,", []),
]

FORWARD = [
    ("en", "1. Requests the Secretary-General, pursuant to its resolution 40/4, to submit a report "
     "(A/40/105);",
     [("document", "A/40/105", "pursuantTo", "A/RES/40/4", "A/40/105", None, None, None),
      ("document", "A/40/105", "requestedBy", None, "A/40/105", "1", None, None)]),
    ("en", "3. Requests the Secretary-General to submit to the General Assembly at its eightieth "
     "session a report on the implementation of the present resolution.",
     [("activity", None, "requestedBy", None,
       "a report on the implementation of the present resolution", "3", None,
       "at its eightieth session")]),
    ("en", "1. Decides to extend until 15 May 2019 the mandate of UNISFA;",
     [("body", "UNISFA", "extendedBy", None, "UNISFA", "1", "2019-05-15", None)]),
    ("en", "1. Decides to extend the mandate of the Panel of Experts until 12 March 2021;",
     [("body", None, "extendedBy", None, "the Panel of Experts", "1", "2021-03-12", None)]),
    ("en", "1. Decides to establish an ad hoc open-ended working group on the review of mandates;",
     [("body", None, "establishedBy", None,
       "an ad hoc open-ended working group on the review of mandates", "1", None, None)]),
    ("fr", "2. Prie le Secrétaire général de lui présenter, à sa soixante-dix-septième session, un "
     "rapport sur l'application de la présente résolution ;",
     [("activity", None, "requestedBy", None,
       "un rapport sur l'application de la présente résolution", "2", None,
       "à sa soixante-dix-septième session")]),
    ("fr", "1. Décide de proroger le mandat de la FISNUA jusqu'au 15 mai 2019 ;",
     [("body", "UNISFA", "extendedBy", None, "FISNUA", "1", "2019-05-15", None)]),
    ("fr", "1. Décide de créer un groupe de travail spécial à composition non limitée chargé "
     "d'examiner les mandats ;",
     [("body", None, "establishedBy", None,
       "un groupe de travail spécial à composition non limitée", "1", None, None)]),
    ("es", "1. Decide prorrogar el mandato de la UNISFA hasta el 15 de mayo de 2019;",
     [("body", "UNISFA", "extendedBy", None, "UNISFA", "1", "2019-05-15", None)]),
    ("es", "2. Solicita al Secretario General que le presente un informe sobre la aplicación de la "
     "presente resolución en su octogésimo período de sesiones;",
     [("activity", None, "requestedBy", None,
       "un informe sobre la aplicación de la presente resolución", "2", None,
       "en su octogésimo período de sesiones")]),
    ("es", "1. Decide establecer un grupo de trabajo especial de composición abierta;",
     [("body", None, "establishedBy", None, "un grupo de trabajo especial de composición abierta",
       "1", None, None)]),
    ("ru", "1. постановляет продлить мандат Группы экспертов до 15 мая 2019 года;",
     [("body", None, "extendedBy", None, "Группы экспертов", "1", "2019-05-15", None)]),
    ("ru", "2. просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят "
     "восьмой сессии доклад об осуществлении настоящей резолюции.",
     [("activity", None, "requestedBy", None, "доклад об осуществлении настоящей резолюции", "2",
       None, "на ее семьдесят восьмой сессии")]),
    ("ar", "1 - يطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار؛",
     [("activity", None, "requestedBy", None, "تقريرا عن تنفيذ هذا القرار", "1", None, None)]),
    ("ar", "1 - يقرر تمديد ولاية البعثة حتى 15 أيار/مايو 2019؛",
     [("body", None, "extendedBy", None, "البعثة", "1", "2019-05-15", None)]),
    ("zh", "3. 请秘书长向大会第八十届会议提交一份关于本决议执行情况的报告。",
     [("activity", None, "requestedBy", None, "一份关于本决议执行情况的报告", "3", None,
       "大会第八十届会议")]),
    ("zh", "1. 决定将联阿安全部队的任务期限延长至2019年5月15日；",
     [("body", "UNISFA", "extendedBy", None, "联阿安全部队", "1", "2019-05-15", None)]),
    ("zh", "1. 决定设立一个不限成员名额特设工作组；",
     [("body", None, "establishedBy", None, "一个不限成员名额特设工作组", "1", None, None)]),
    # requests after the opening verb, coordinated actions, calls upon an organ (not States)
    ("en", "126. Notes the aim of the project, and requests the Secretary-General to "
     "continue to report on its achievements;",
     [("activity", None, "requestedBy", None,
       "continue to report on its achievements", "126", None, None)]),
    ("en", "52. Requests the Secretary-General to develop recruitment policies that take "
     "account of these imbalances and to report thereon to the General Assembly at "
     "its seventieth session;",
     [("activity", None, "requestedBy", None,
       "develop recruitment policies that take account of these imbalances",
       "52", None, "at its seventieth session"),
      ("activity", None, "requestedBy", None,
       "to report thereon to the General Assembly at its seventieth session",
       "52", None, "at its seventieth session")]),
    ("en", "9. Calls upon the Group of Experts to cooperate actively with other panels;",
     [("activity", None, "requestedBy", None,
       "cooperate actively with other panels", "9", None, None)]),
    ("en", "4. Calls upon all States to implement the measures;", []),
    ("en", "3. Requests the Panel to provide a programme of work, encourages the Committee "
     "to discuss it and to engage regularly with the Panel;",
     [("activity", None, "requestedBy", None, "provide a programme of work", "3", None, None)]),
    ("en", "6. Request the Katowice Committee on Impacts to prepare a timeline for its "
     "activities;",
     [("activity", None, "requestedBy", None,
       "prepare a timeline for its activities", "6", None, None)]),
    ("en", "29. Reiterates its request to the Secretary-General to continue to present a "
     "report every two years;",
     [("activity", None, "requestedBy", None,
       "continue to present a report every two years", "29", None, "every two years")]),
    ("en", "3. Decides to extend the existing mandate of UNAVEM II until 16 March 1994;",
     [("body", None, "extendedBy", None, "UNAVEM II", "3", "1994-03-16", None)]),
    ("fr", "126. Note l'objectif du projet et prie le Secrétaire général de continuer à lui "
     "faire rapport sur ses résultats ;",
     [("activity", None, "requestedBy", None,
       "continuer à lui faire rapport sur ses résultats", "126", None, None)]),
    ("fr", "52. Prie le Secrétaire général d'élaborer des politiques de recrutement, et de "
     "lui faire rapport à ce sujet à sa soixante-dixième session ;",
     [("activity", None, "requestedBy", None,
       "élaborer des politiques de recrutement", "52", None, "à sa soixante-dixième session"),
      ("activity", None, "requestedBy", None,
       "de lui faire rapport à ce sujet à sa soixante-dixième session",
       "52", None, "à sa soixante-dixième session")]),
    ("fr", "6. Charge le Groupe de coopérer avec les autres groupes d'experts ;",
     [("activity", None, "requestedBy", None,
       "coopérer avec les autres groupes d'experts", "6", None, None)]),
    ("es", "126. Observa el objetivo del proyecto y solicita al Secretario General que siga "
     "informando sobre sus logros;",
     [("activity", None, "requestedBy", None,
       "siga informando sobre sus logros", "126", None, None)]),
    ("es", "3. Solicita al Grupo de Expertos que, en un plazo de treinta días, proporcione "
     "al Comité un programa de trabajo;",
     [("activity", None, "requestedBy", None,
       "proporcione al Comité un programa de trabajo", "3", None, "en un plazo de treinta días")]),
    ("es", "9. Exhorta a las autoridades de Haití a que adopten todas las medidas "
     "necesarias;",
     [("activity", None, "requestedBy", None,
       "adopten todas las medidas necesarias", "9", None, None)]),
    ("es", "4. Exhorta a todos los Estados a que apliquen las medidas;", []),
    ("ru", "126. отмечает цель проекта и просит Генерального секретаря продолжать "
     "представлять доклады о его результатах;",
     [("activity", None, "requestedBy", None, "доклады о его результатах", "126", None, None)]),
    ("ru", "52. просит Генерального секретаря разработать политику набора персонала и "
     "представить доклад по этому вопросу;",
     [("activity", None, "requestedBy", None,
       "разработать политику набора персонала", "52", None, None),
      ("activity", None, "requestedBy", None,
       "представить доклад по этому вопросу", "52", None, None)]),
    ("ru", "9. призывает власти Гаити принять все необходимые меры;",
     [("activity", None, "requestedBy", None, "принять все необходимые меры", "9", None, None)]),
    ("ar", "126 - يلاحظ هدف المشروع، ويطلب إلى الأمين العام أن يواصل الإبلاغ عن إنجازاته؛",
     [("activity", None, "requestedBy", None, "يواصل الإبلاغ عن إنجازاته", "126", None, None)]),
    ("ar", "52 - يطلب إلى الأمين العام أن يضع سياسات للتوظيف، وأن يقدم تقريرا عن ذلك إلى "
     "الجمعية العامة؛",
     [("activity", None, "requestedBy", None, "يضع سياسات للتوظيف", "52", None, None),
      ("activity", None, "requestedBy", None,
       "أن يقدم تقريرا عن ذلك إلى الجمعية العامة", "52", None, None)]),
    ("ar", "9 - يهيب بسلطات هايتي أن تتخذ جميع الخطوات اللازمة؛",
     [("activity", None, "requestedBy", None, "تتخذ جميع الخطوات اللازمة", "9", None, None)]),
    ("zh", "126. 注意到该项目的目的，并请秘书长继续报告这一项目的成果；",
     [("activity", None, "requestedBy", None, "秘书长继续报告这一项目的成果", "126", None, None)]),
    ("zh", "9. 促请海地当局采取一切必要步骤；",
     [("activity", None, "requestedBy", None, "海地当局采取一切必要步骤", "9", None, None)]),
    ("zh", "4. 促请各国执行这些措施；", []),
    ("zh", "52. 请秘书长制定征聘政策，并向大会第七十届会议报告有关情况；",
     [("activity", None, "requestedBy", None, "秘书长制定征聘政策", "52", None, "大会第七十届会议"),
      ("activity", None, "requestedBy", None, "向大会第七十届会议报告有关情况", "52", None,
       "大会第七十届会议")]),
]

# Citations that mandate nothing: no statement, and the reference keeps a citing relation
NEGATIVE = [
    ("en", "Recalling its resolution 70/1,", "recalls"),
    ("en", "Recalling the measures imposed by resolutions 757 (1992) and 787 (1992),", "cites"),
    ("en", "as set out in resolution 1540 (2004),", "cites"),
    ("en", "the manual referred to in decision 6/CMA.4, paragraph 22,", "cites"),
    ("en", "to report in line with paragraph 90 of decision 18/CMA.1,", "cites"),
    ("en", "Taking note of the letter dated 27 February 1991 pursuant to resolution 686 (1991)",
     "cites"),
    ("en", "PAID FROM THE IRAQ ACCOUNT IN ACCORDANCE WITH SC RESOLUTION 986 (1995)", "cites"),
    ("en", "Member States cooperating with Kuwait under paragraph 2 of resolution 678 (1990)",
     "cites"),
    ("en", "1 See resolution 1540 (2004).", "cites"),
    ("en", "The present report outlines activities undertaken by the Mission in line with its "
     "mandate under Council resolutions 1542 (2004) and 2070 (2012).", "cites"),
    ("fr", "Rappelant sa résolution 70/1,", "recalls"),
    ("fr", "Rappelant les mesures imposées par la résolution 757 (1992),", "cites"),
    ("es", "Recordando su resolución 70/1,", "recalls"),
    ("es", "las medidas impuestas en virtud de la resolución 757 (1992),", "cites"),
    ("ru", "ссылаясь на свою резолюцию 70/1,", "recalls"),
    ("ru", "меры, введенные согласно резолюции 757 (1992),", "cites"),
    ("ar", "إذ يشير إلى قراره 70/1،", "recalls"),
    ("ar", "التدابير المفروضة بموجب القرار 757 (1992)", "cites"),
    ("zh", "回顾大会第70/1号决议，", "recalls"),
    ("zh", "根据第757(1992)号决议实施的措施", "cites"),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), BACKWARD, ids=[f"{r[0]}-{r[1][:40]}" for r in BACKWARD]
)
def test_statement_about_a_cited_act(language, text, expected):
    assert statements(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"), FORWARD, ids=[f"{r[0]}-{r[1][:40]}" for r in FORWARD]
)
def test_statement_of_an_operative_paragraph(language, text, expected):
    assert statements(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "relation"), NEGATIVE, ids=[f"{r[0]}-{r[1][:40]}" for r in NEGATIVE]
)
def test_a_citation_that_mandates_nothing(language, text, relation):
    record = extract_record(Document(text, language=language))
    assert record.mandates == ()
    acts = [r for r in record.references if r.kind in ("resolution", "decision")]
    assert acts and {r.relation for r in acts} == {relation}


def test_a_forward_statement_has_the_documents_own_key_as_its_act():
    text = (
        "United Nations A/RES/40/5\n\nGeneral Assembly Distr.: General\n1 December 1985\n\n"
        "Fortieth session\n\nResolution adopted by the General Assembly\n\n40/5. Review\n\n"
        "The General Assembly,\n\n"
        "1. Requests the Secretary-General, pursuant to its resolution 40/4, to submit a report "
        "(A/40/105);\n"
    )
    record = extract_record(Document(text, language="en"))
    assert record.symbol == "A/RES/40/5"
    got = {(m.subject, m.relation, m.act, m.paragraph) for m in record.mandates}
    # the report is requested by this resolution, resting on 40/4; never "40/5 pursuantTo A/40/105"
    assert got == {
        ("A/40/105", "requestedBy", "A/RES/40/5", "1"),
        ("A/40/105", "pursuantTo", "A/RES/40/4", None),
    }
    assert all(r.relation == "cites" for r in record.references if r.key == "A/40/105")


def test_a_reference_keeps_a_mandate_relation_only_for_a_self_statement():
    record = extract_record(
        Document(
            "The present report is submitted pursuant to General Assembly resolution 77/260, which "
            "extended the mandate of the group established by resolution 76/245.",
            language="en",
        )
    )
    relations = {r.key: (r.relation, r.cue) for r in record.references if r.kind == "resolution"}
    assert relations == {
        "A/RES/77/260": ("pursuantTo", "requestedBy"),
        "A/RES/76/245": ("cites", "establishedBy"),
    }


def test_the_same_body_in_two_languages_is_one_node():
    en = statements("the Committee established by resolution 661 (1990)", "en")
    fr = statements("le Comité créé par la résolution 661 (1990)", "fr")
    assert en[0][1] == fr[0][1] == "S/AC.25"  # mg:establishingAct "S/RES/661(1990)"


def test_without_the_schemes_establishing_acts_a_body_is_keyed_by_its_act(monkeypatch):
    from graph.extract import mandate_cues

    monkeypatch.setattr(mandate_cues, "establishing_acts", lambda: {})
    en = statements("the Committee established by resolution 661 (1990)", "en")
    ru = statements("Комитет, учрежденный резолюцией 661 (1990)", "ru")
    assert en[0][1] == ru[0][1] == "body:S/RES/661(1990)"


def test_an_act_that_established_another_body_keys_an_unlisted_one_by_the_act():
    # the scheme says 1990 (2011) established UNISFA: "the Panel" is not UNISFA
    got = statements("the Panel established under resolution 1990 (2011),", "en")
    assert got[0][1] == "body:S/RES/1990(2011)"


def test_every_statement_is_of_the_model():
    for language, text, _ in BACKWARD + FORWARD:
        doc = Document(text, language=language)
        for m in extract_record(doc).mandates:
            assert m.subject_kind in SUBJECT_KINDS and m.relation in STATEMENT_RELATIONS
            assert doc.text[m.subject_start : m.subject_end] == m.subject_text
            if m.act_start is not None:
                assert m.act_start < m.act_end
            assert 0 < m.confidence < 1 and m.rule


# ----------------------------------------------------------------- the real corpus


def corpus_record(name: str):
    from graph.read import read_document

    path = need_shared(CORPUS / "en" / name)
    return extract_record(read_document(path))


def test_resolution_687_makes_no_self_statement_of_what_it_cites():
    record = corpus_record("SC_S-RES-687-1991.txt")
    assert not [m for m in record.mandates if m.subject_kind == "self"]
    acts = {m.act for m in record.mandates}
    assert not acts & {"S/RES/678(1990)", "S/RES/686(1991)"}  # Kuwait, the letter: citations
    committee = [m for m in record.mandates if m.act == "S/RES/661(1990)"]
    assert committee and {(m.subject, m.relation) for m in committee} == {
        ("S/AC.25", "establishedBy")
    }
    refs = [r for r in record.references if r.key in ("S/RES/661(1990)", "S/RES/678(1990)")]
    assert refs and all(r.relation not in ("establishedBy", "pursuantTo") for r in refs)


def test_resolution_820_cites_the_measures_and_names_the_724_committee():
    record = corpus_record("SC_S-RES-820-1993.txt")
    assert not [m for m in record.mandates if m.act == "S/RES/757(1992)"]
    assert {(m.subject, m.relation) for m in record.mandates if m.act == "S/RES/724(1991)"} == {
        ("S/AC.27", "establishedBy")
    }
    assert all(r.relation != "endorses" for r in record.references if r.key == "S/RES/724(1991)")


def test_resolution_1454_form_boilerplate_mandates_nothing():
    record = corpus_record("SC_S-RES-1454-2002.txt")
    assert not [m for m in record.mandates if m.subject_kind == "self"]
    assert all(m.relation == "establishedBy" for m in record.mandates if m.act == "S/RES/986(1995)")


def test_unfccc_referred_to_and_in_line_with_stay_citations():
    for name, key in (
        ("UNFCCC_draft-decision_Art6.2_SBSTA_13a_DD_1stIteration_241114.txt", "decision 6/CMA.4"),
        ("UNFCCC_FCCC-KP-CMP-2024-7-Add.1.txt", "decision 18/CMA.1"),
    ):
        record = corpus_record(name)
        assert not [m for m in record.mandates if m.act == key], name
        assert all(r.relation not in MANDATE_RELATIONS for r in record.references if r.key == key)


def test_council_decisions_rest_on_their_institution_building_package():
    record = corpus_record("HRC_A-HRC-DEC-59-112.txt")
    assert ("self", "inAccordanceWith", "A/HRC/RES/5/1") in {
        (m.subject_kind, m.relation, m.act) for m in record.mandates
    }


def test_a_panel_extended_by_the_draft_was_established_by_1591():
    record = corpus_record("SC_draft_S-2020-110.txt")
    # the draft's symbol is in its file name only: its own statements carry that key
    assert record.symbol == "S/2020/110" and record.symbol_source == "filename"
    extended = [m for m in record.mandates if m.relation == "extendedBy" and m.act == "S/2020/110"]
    assert [(m.subject, m.until, m.paragraph) for m in extended] == [
        ("PoE-1591", "2021-03-12", "2")
    ]


# fmt: off
# A report's opening: a paragraph tells what an act asked the author to report on, then names
# the present document; or says "as requested by the Council, the present report ..."
OPENING = [
    ("en",
     "1. By its resolution 1892 (2009), the Security Council extended the mandate of MINUSTAH "
     "until 15 October 2010, and requested me to report on its implementation "
     "semi-annually. The present report covers major developments.\n",
     "S/RES/1892(2009)", "The present report"),
    ("en",
     "1. By its resolution 1542 (2004), the Security Council established the United Nations "
     "Stabilization Mission in Haiti (MINUSTAH). As requested by the Council, the present "
     "report describes the implementation of the mandate.\n",
     "S/RES/1542(2004)", "the present report"),
    ("fr",
     "1. Par sa résolution 1892 (2009), le Conseil de sécurité a prorogé le mandat de la "
     "MINUSTAH jusqu'au 15 octobre 2010 et m'a prié de lui faire rapport tous les six mois. "
     "Le présent rapport couvre les principaux faits survenus.\n",
     "S/RES/1892(2009)", "Le présent rapport"),
    ("es",
     "1. En su resolución 1892 (2009), el Consejo de Seguridad me pidió que le presentara un "
     "informe semestral. El presente informe abarca los principales acontecimientos.\n",
     "S/RES/1892(2009)", "El presente informe"),
    ("ru",
     "1. В своей резолюции 1892 (2009) Совет Безопасности продлил мандат МООНСГ до "
     "15 октября 2010 года и просил меня представлять доклады о его осуществлении "
     "раз в полгода. Настоящий доклад охватывает основные события.\n",
     "S/RES/1892(2009)", "Настоящий доклад"),
    ("ar",
     "1 - في القرار 1892 (2009)، طلب مجلس الأمن إليّ أن أقدم تقريرا عن تنفيذ الولاية. "
     "ويغطي هذا التقرير التطورات الرئيسية.\n",
     "S/RES/1892(2009)", "هذا التقرير"),
    ("zh",
     "1. 安全理事会第1892(2009)号决议将任务期限延长至2010年10月15日，"
     "并请我每半年报告一次任务执行情况。本报告介绍了主要事态发展。\n",
     "S/RES/1892(2009)", "本报告"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "act", "named"), OPENING)
def test_a_report_opening_makes_the_report_what_the_act_requested(language, text, act, named):
    own = [s for s in statements(text, language) if s[0] == S]
    assert own == [(S, None, "requestedBy", act, named, None, None, None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the request is not about reporting: the report is not what the act asked for
        (
            "en",
            "1. By its resolution 1542 (2004), the Council requested that authority be "
            "transferred to MINUSTAH. The present report describes developments.\n",
        ),
        # the report names itself only in the next paragraph
        (
            "en",
            "1. By its resolution 1892 (2009), the Council requested me to report on its "
            "implementation.\n\n2. The present report covers major developments.\n",
        ),
        # "as requested" with no act before it in the paragraph
        ("en", "As requested by the Council, the present report describes the situation.\n"),
    ],
)
def test_no_opening_statement_without_both_halves_in_one_paragraph(language, text):
    assert [s for s in statements(text, language) if s[0] == S] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "2. Reaffirms the mandate of the Panel of Experts as established in resolutions "
            "1591 (2005), 1779 (2007) and 1841 (2008);\n",
        ),
        (
            "fr",
            "2. Réaffirme le mandat du Groupe d'experts tel qu'établi dans les résolutions "
            "1591 (2005), 1779 (2007) et 1841 (2008);\n",
        ),
    ],
)
def test_the_mandate_as_established_in_a_list_is_not_a_list_of_establishments(language, text):
    """The acts that shaped a listed body's mandate are not each its establishing act."""
    found = statements(text, language)
    established = {s[3] for s in found if s[2] == "establishedBy"}
    assert established <= {"S/RES/1591(2005)"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "1. The present report is submitted pursuant to resolution 1543 (2004), in which "
            "the Council decided to extend the mandate of the United Nations Mission of Support "
            "in East Timor (UNMISET) for a period of six months, with a view to subsequently "
            "extending the mandate for a further and final period of six months, until 20 May "
            "2005.\n",
        ),
        (
            "fr",
            "1. Le présent rapport est soumis en application de la résolution 1543 (2004), par "
            "laquelle le Conseil a décidé de proroger le mandat de la MINUSTAH pour une période de "
            "six mois, en vue de le proroger ensuite jusqu'au 20 mai 2005.\n",
        ),
    ],
)
def test_an_until_of_a_later_extension_intended_is_not_this_acts(language, text):
    extended = [s for s in statements(text, language) if s[2] == "extendedBy"]
    assert extended and all(s[6] is None for s in extended)
