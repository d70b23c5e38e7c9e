"""The operative verbs of UN drafting that create, extend, end or direct a mandate, in six
languages, from the grammar (not from the gold): one short operative paragraph of our own per
verb and language, and the look-alikes that mandate nothing (Member States authorized, "requests
of" and "requests for" as nouns, "decides to remain seized", "decides to consider", a list of
speakers closed).

Each row: language, an operative paragraph (numbered 5, after the Council's opening line), and
the statements expected as (subject_kind, subject key, relation, act key, subject text,
paragraph, until). The act is the document itself (``None``: the text has no symbol).
"""

from __future__ import annotations

import pytest
from conftest import mandate_statements

OPENING = {
    "en": "The Security Council,\n\n5. ",
    "fr": "Le Conseil de sécurité,\n\n5. ",
    "es": "El Consejo de Seguridad,\n\n5. ",
    "ru": "Совет Безопасности,\n\n5. ",
    "zh": "安全理事会，\n\n5. ",
    "ar": "إن مجلس الأمن،\n\n5 - ",
}

ROWS = [
    # asks / demande / pide / просит / 请 / يطلب
    (
        "en",
        ("Asks the Secretary-General to keep the Council informed every 60 days;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "keep the Council informed every 60 days",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Demande au Secrétaire général de le tenir informé tous les 60 jours;"),
        [("activity", None, "requestedBy", None, "le tenir informé tous les 60 jours", "5", None)],
    ),
    (
        "es",
        ("Pide al Secretario General que lo mantenga informado cada 60 días;"),
        [("activity", None, "requestedBy", None, "lo mantenga informado cada 60 días", "5", None)],
    ),
    (
        "ru",
        ("просит Генерального секретаря информировать Совет каждые 60 дней;"),
        [("activity", None, "requestedBy", None, "информировать Совет каждые 60 дней", "5", None)],
    ),
    (
        "zh",
        "请秘书长每60天向安理会通报情况；",
        [("activity", None, "requestedBy", None, "秘书长每60天向安理会通报情况", "5", None)],
    ),
    (
        "ar",
        "يطلب إلى الأمين العام أن يبقي المجلس على علم كل 60 يوما؛",
        [("activity", None, "requestedBy", None, "يبقي المجلس على علم كل 60 يوما", "5", None)],
    ),
    # directs
    (
        "en",
        "Directs the Committee to update its list;",
        [("activity", None, "requestedBy", None, "update its list", "5", None)],
    ),
    (
        "fr",
        "Charge le Comité de mettre à jour sa liste;",
        [("activity", None, "requestedBy", None, "mettre à jour sa liste", "5", None)],
    ),
    (
        "es",
        "Encarga al Comité que actualice su lista;",
        [("activity", None, "requestedBy", None, "actualice su lista", "5", None)],
    ),
    (
        "ru",
        "поручает Комитету обновить свой перечень;",
        [("activity", None, "requestedBy", None, "обновить свой перечень", "5", None)],
    ),
    (
        "zh",
        "责成委员会更新其名单；",
        [("activity", None, "requestedBy", None, "委员会更新其名单", "5", None)],
    ),
    (
        "ar",
        "يوعز إلى اللجنة بأن تستكمل قائمتها؛",
        [("activity", None, "requestedBy", None, "تستكمل قائمتها", "5", None)],
    ),
    # instructs
    (
        "en",
        ("Instructs the Secretariat to prepare a compilation of the replies received;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "a compilation of the replies received",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Donne pour instruction au Secrétariat d'établir une compilation des réponses reçues;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "établir une compilation des réponses reçues",
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        ("Encomienda a la Secretaría que prepare una recopilación de las respuestas recibidas;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "prepare una recopilación de las respuestas recibidas",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        ("поручает Секретариату подготовить подборку полученных ответов;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "подготовить подборку полученных ответов",
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "指示秘书处汇编收到的答复；",
        [("activity", None, "requestedBy", None, "秘书处汇编收到的答复", "5", None)],
    ),
    (
        "ar",
        "يكلف الأمانة العامة بإعداد تجميع للردود الواردة؛",
        [("activity", None, "requestedBy", None, "بإعداد تجميع للردود الواردة", "5", None)],
    ),
    # entrusts ... with the task of
    (
        "en",
        ("Entrusts the Special Rapporteur with the task of preparing a study on the matter;"),
        [("activity", None, "requestedBy", None, "a study on the matter", "5", None)],
    ),
    (
        "fr",
        ("Confie au Rapporteur spécial la tâche d'établir une étude sur la question;"),
        [("activity", None, "requestedBy", None, "établir une étude sur la question", "5", None)],
    ),
    (
        "es",
        ("Confía al Relator Especial la tarea de preparar un estudio sobre la cuestión;"),
        [("activity", None, "requestedBy", None, "un estudio sobre la cuestión", "5", None)],
    ),
    (
        "ru",
        ("возлагает на Специального докладчика задачу подготовить исследование по этому вопросу;"),
        [("activity", None, "requestedBy", None, "исследование по этому вопросу", "5", None)],
    ),
    (
        "zh",
        "委托特别报告员编写一份关于该问题的研究报告；",
        [("activity", None, "requestedBy", None, "一份关于该问题的研究", "5", None)],
    ),
    (
        "ar",
        "يعهد إلى المقرر الخاص بمهمة إعداد دراسة عن هذه المسألة؛",
        [("activity", None, "requestedBy", None, "دراسة عن هذه المسألة", "5", None)],
    ),
    # mandates / donne mandat / уполномочивает
    (
        "en",
        "Mandates the Office to monitor the ceasefire;",
        [("activity", None, "requestedBy", None, "monitor the ceasefire", "5", None)],
    ),
    (
        "fr",
        "Donne mandat au Bureau de surveiller le cessez-le-feu;",
        [("activity", None, "requestedBy", None, "surveiller le cessez-le-feu", "5", None)],
    ),
    (
        "es",
        ("Encomienda a la Oficina el mandato de vigilar la cesación del fuego;"),
        [("activity", None, "requestedBy", None, "vigilar la cesación del fuego", "5", None)],
    ),
    (
        "ru",
        "уполномочивает Отделение наблюдать за прекращением огня;",
        [("activity", None, "requestedBy", None, "наблюдать за прекращением огня", "5", None)],
    ),
    (
        "zh",
        "授权该办事处监测停火情况；",
        [("activity", None, "requestedBy", None, "该办事处监测停火情况", "5", None)],
    ),
    (
        "ar",
        "يأذن للمكتب برصد وقف إطلاق النار؛",
        [("activity", None, "requestedBy", None, "برصد وقف إطلاق النار", "5", None)],
    ),
    # tasks
    (
        "en",
        ("Tasks the Panel of Experts to gather information on violations of the measures;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "gather information on violations of the measures",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        (
            "Charge le Groupe d'experts de recueillir des informations "
            "sur les violations des mesures;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "recueillir des informations sur les violations des mesures",
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        (
            "Encarga al Grupo de Expertos que reúna información sobre "
            "las violaciones de las medidas;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "reúna información sobre las violaciones de las medidas",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        ("поручает Группе экспертов собирать информацию о нарушениях мер;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "собирать информацию о нарушениях мер",
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "责成专家小组收集关于违反措施情况的资料；",
        [("activity", None, "requestedBy", None, "专家小组收集关于违反措施情况的资料", "5", None)],
    ),
    (
        "ar",
        "يكلف فريق الخبراء بجمع المعلومات عن انتهاكات التدابير؛",
        [("activity", None, "requestedBy", None, "بجمع المعلومات عن انتهاكات التدابير", "5", None)],
    ),
    # charges ... with
    (
        "en",
        ("Charges the Committee with monitoring the implementation of the measures;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "monitoring the implementation of the measures",
                "5",
                None,
            )
        ],
    ),
    # authorizes a United Nations official to act
    (
        "en",
        ("Authorizes the Secretary-General to appoint a Special Envoy;"),
        [("activity", None, "requestedBy", None, "appoint a Special Envoy", "5", None)],
    ),
    (
        "fr",
        "Autorise le Secrétaire général à nommer un envoyé spécial;",
        [("activity", None, "requestedBy", None, "nommer un envoyé spécial", "5", None)],
    ),
    (
        "es",
        ("Autoriza al Secretario General a que nombre un Enviado Especial;"),
        [("activity", None, "requestedBy", None, "nombre un Enviado Especial", "5", None)],
    ),
    (
        "ru",
        ("уполномочивает Генерального секретаря назначить Специального посланника;"),
        [("activity", None, "requestedBy", None, "назначить Специального посланника", "5", None)],
    ),
    (
        "zh",
        "授权秘书长任命一名特使；",
        [("activity", None, "requestedBy", None, "秘书长任命一名特使", "5", None)],
    ),
    (
        "ar",
        "يأذن للأمين العام بتعيين مبعوث خاص؛",
        [("activity", None, "requestedBy", None, "بتعيين مبعوث خاص", "5", None)],
    ),
    # decides that X shall
    (
        "en",
        (
            "Decides that the Commission shall submit its final report "
            "to the Council within one year;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("the Commission shall submit its final report to the Council within one year"),
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Décide que la Commission présentera son rapport final au Conseil dans un délai d'un an;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("la Commission présentera son rapport final au Conseil dans un délai d'un an"),
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        ("Decide que la Comisión presentará su informe final al Consejo en el plazo de un año;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("la Comisión presentará su informe final al Consejo en el plazo de un año"),
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        (
            "постановляет, что Комиссия представит Совету свой "
            "окончательный доклад в течение одного года;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("Комиссия представит Совету свой окончательный доклад в течение одного года"),
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定委员会应在一年内向安理会提交最后报告；",
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "委员会应在一年内向安理会提交最后报告",
                "5",
                None,
            )
        ],
    ),
    (
        "ar",
        ("يقرر أن تقدم اللجنة تقريرها النهائي إلى المجلس في غضون سنة واحدة؛"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "تقدم اللجنة تقريرها النهائي إلى المجلس في غضون سنة واحدة",
                "5",
                None,
            )
        ],
    ),
    # decides to convene (a request: as "shall be convened")
    (
        "en",
        ("Decides to convene a high-level meeting on the question in 2031;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "convene a high-level meeting on the question in 2031",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Décide de convoquer une réunion de haut niveau sur la question en 2031;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("convoquer une réunion de haut niveau sur la question en 2031"),
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        ("Decide convocar una reunión de alto nivel sobre la cuestión en 2031;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("convocar una reunión de alto nivel sobre la cuestión en 2031"),
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        ("постановляет созвать совещание высокого уровня по этому вопросу в 2031 году;"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                ("созвать совещание высокого уровня по этому вопросу в 2031 году"),
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定于2031年召开一次关于该问题的高级别会议；",
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "于2031年召开一次关于该问题的高级别会议",
                "5",
                None,
            )
        ],
    ),
    (
        "ar",
        ("يقرر أن يعقد اجتماعا رفيع المستوى بشأن هذه المسألة في عام 2031؛"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "يعقد اجتماعا رفيع المستوى بشأن هذه المسألة في عام 2031",
                "5",
                None,
            )
        ],
    ),
    # decides to establish
    (
        "en",
        ("Decides to establish an open-ended working group on the question;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "an open-ended working group on the question",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Décide de créer un groupe de travail à composition non limitée sur la question;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                ("un groupe de travail à composition non limitée sur la question"),
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        ("Decide establecer un grupo de trabajo de composición abierta sobre la cuestión;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                ("un grupo de trabajo de composición abierta sobre la cuestión"),
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        ("постановляет учредить рабочую группу открытого состава по этому вопросу;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "рабочую группу открытого состава по этому вопросу",
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定设立一个关于该问题的不限成员名额工作组；",
        [("body", None, "establishedBy", None, "一个关于该问题的不限成员名额工作组", "5", None)],
    ),
    (
        "ar",
        "يقرر إنشاء فريق عامل مفتوح العضوية معني بهذه المسألة؛",
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "فريق عامل مفتوح العضوية معني بهذه المسألة",
                "5",
                None,
            )
        ],
    ),
    # decides to set up
    (
        "en",
        ("Decides to set up an informal working group to consider the question;"),
        [("body", None, "establishedBy", None, "an informal working group", "5", None)],
    ),
    (
        "fr",
        ("Décide de mettre en place un groupe de travail informel chargé d'examiner la question;"),
        [("body", None, "establishedBy", None, "un groupe de travail informel", "5", None)],
    ),
    (
        "es",
        ("Decide crear un grupo de trabajo oficioso encargado de examinar la cuestión;"),
        [("body", None, "establishedBy", None, "un grupo de trabajo oficioso", "5", None)],
    ),
    (
        "ru",
        ("постановляет создать неофициальную рабочую группу для рассмотрения этого вопроса;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                ("неофициальную рабочую группу для рассмотрения этого вопроса"),
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定成立一个非正式工作组审议该问题；",
        [("body", None, "establishedBy", None, "一个非正式工作组审议该问题", "5", None)],
    ),
    (
        "ar",
        "يقرر أن ينشئ فريقا عاملا غير رسمي للنظر في المسألة؛",
        [("body", None, "establishedBy", None, "فريقا عاملا غير رسمي للنظر في المسألة", "5", None)],
    ),
    # decides to create (a fund)
    (
        "en",
        "Decides to create a trust fund for the victims;",
        [("activity", None, "establishedBy", None, "a trust fund for the victims", "5", None)],
    ),
    (
        "fr",
        ("Décide de créer un fonds d'affectation spéciale pour les victimes;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "un fonds d'affectation spéciale pour les victimes",
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        "Decide crear un fondo fiduciario para las víctimas;",
        [("body", None, "establishedBy", None, "un fondo fiduciario para las víctimas", "5", None)],
    ),
    (
        "ru",
        "постановляет создать целевой фонд для жертв;",
        [("body", None, "establishedBy", None, "целевой фонд для жертв", "5", None)],
    ),
    (
        "zh",
        "决定设立一个受害者信托基金；",
        [("body", None, "establishedBy", None, "一个受害者信托基金", "5", None)],
    ),
    (
        "ar",
        "يقرر إنشاء صندوق استئماني للضحايا؛",
        [("body", None, "establishedBy", None, "صندوق استئماني للضحايا", "5", None)],
    ),
    # decides to constitute
    (
        "en",
        "Decides to constitute a group of experts on the question;",
        [("body", None, "establishedBy", None, "a group of experts on the question", "5", None)],
    ),
    (
        "fr",
        "Décide de constituer un groupe d'experts sur la question;",
        [("body", None, "establishedBy", None, "un groupe d'experts sur la question", "5", None)],
    ),
    (
        "es",
        "Decide constituir un grupo de expertos sobre la cuestión;",
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "un grupo de expertos sobre la cuestión",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        "постановляет образовать группу экспертов по этому вопросу;",
        [("body", None, "establishedBy", None, "группу экспертов по этому вопросу", "5", None)],
    ),
    (
        "zh",
        "决定组建一个关于该问题的专家组；",
        [("body", None, "establishedBy", None, "一个关于该问题的专家组", "5", None)],
    ),
    (
        "ar",
        "يقرر تشكيل فريق خبراء معني بهذه المسألة؛",
        [("body", None, "establishedBy", None, "فريق خبراء معني بهذه المسألة", "5", None)],
    ),
    # establishes
    (
        "en",
        ("Establishes a Panel of Experts for an initial period of thirteen months;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                ("a Panel of Experts for an initial period of thirteen months"),
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Crée un groupe d'experts pour une période initiale de treize mois;"),
        [("body", None, "establishedBy", None, "un groupe d'experts", "5", None)],
    ),
    (
        "es",
        ("Establece un grupo de expertos por un período inicial de trece meses;"),
        [("body", None, "establishedBy", None, "un grupo de expertos", "5", None)],
    ),
    (
        "ru",
        ("учреждает группу экспертов на первоначальный период в тринадцать месяцев;"),
        [("body", None, "establishedBy", None, "группу экспертов", "5", None)],
    ),
    (
        "zh",
        "设立一个专家小组，初步为期十三个月；",
        [("body", None, "establishedBy", None, "一个专家小组", "5", None)],
    ),
    (
        "ar",
        "ينشئ فريق خبراء لفترة أولية مدتها ثلاثة عشر شهرا؛",
        [("body", None, "establishedBy", None, "فريق خبراء", "5", None)],
    ),
    # decides to extend ... until DATE
    (
        "en",
        ("Decides to extend the mandate of UNISFA until 15 November 2030;"),
        [("body", "UNISFA", "extendedBy", None, "UNISFA", "5", "2030-11-15")],
    ),
    (
        "fr",
        ("Décide de proroger le mandat de la FISNUA jusqu'au 15 novembre 2030;"),
        [("body", "UNISFA", "extendedBy", None, "FISNUA", "5", "2030-11-15")],
    ),
    (
        "es",
        ("Decide prorrogar el mandato de la UNISFA hasta el 15 de noviembre de 2030;"),
        [("body", "UNISFA", "extendedBy", None, "UNISFA", "5", "2030-11-15")],
    ),
    (
        "ru",
        ("постановляет продлить мандат ЮНИСФА до 15 ноября 2030 года;"),
        [("body", "UNISFA", "extendedBy", None, "ЮНИСФА", "5", "2030-11-15")],
    ),
    (
        "zh",
        "决定将联阿安全部队的任务期限延长至2030年11月15日；",
        [("body", "UNISFA", "extendedBy", None, "联阿安全部队", "5", "2030-11-15")],
    ),
    (
        "ar",
        (
            "يقرر تمديد ولاية قوة الأمم المتحدة الأمنية المؤقتة لأبيي "
            "حتى 15 تشرين الثاني/نوفمبر 2030؛"
        ),
        [
            (
                "body",
                "UNISFA",
                "extendedBy",
                None,
                "قوة الأمم المتحدة الأمنية المؤقتة لأبيي",
                "5",
                "2030-11-15",
            )
        ],
    ),
    # decides to renew, the date put before the mandate
    (
        "en",
        (
            "Decides to renew the mandate of the Panel of Experts "
            "established by resolution 1874 (2009) until 30 April 2031;"
        ),
        [
            ("body", "PoE-1874", "extendedBy", None, "the Panel of Experts", "5", "2031-04-30"),
            (
                "body",
                "PoE-1874",
                "establishedBy",
                "S/RES/1874(2009)",
                "the Panel of Experts",
                None,
                None,
            ),
        ],
    ),
    (
        "fr",
        (
            "Décide de reconduire jusqu'au 30 avril 2031 le mandat du "
            "Groupe d'experts créé par la résolution 1874 (2009);"
        ),
        [
            (
                "body",
                "PoE-1874",
                "extendedBy",
                None,
                "Groupe d'experts créé par la résolution 1874 (2009)",
                "5",
                "2031-04-30",
            ),
            (
                "body",
                "PoE-1874",
                "establishedBy",
                "S/RES/1874(2009)",
                "du Groupe d'experts",
                None,
                None,
            ),
        ],
    ),
    (
        "es",
        (
            "Decide renovar hasta el 30 de abril de 2031 el mandato del "
            "Grupo de Expertos establecido en virtud de la resolución "
            "1874 (2009);"
        ),
        [
            (
                "body",
                "PoE-1874",
                "extendedBy",
                None,
                ("Grupo de Expertos establecido en virtud de la resolución 1874 (2009)"),
                "5",
                "2031-04-30",
            ),
            (
                "body",
                "PoE-1874",
                "establishedBy",
                "S/RES/1874(2009)",
                "del Grupo de Expertos",
                None,
                None,
            ),
        ],
    ),
    (
        "ru",
        (
            "постановляет продлить до 30 апреля 2031 года мандат Группы "
            "экспертов, учрежденной резолюцией 1874 (2009);"
        ),
        [
            (
                "body",
                "PoE-1874",
                "extendedBy",
                None,
                "Группы экспертов, учрежденной резолюцией 1874 (2009)",
                "5",
                "2031-04-30",
            ),
            (
                "body",
                "PoE-1874",
                "establishedBy",
                "S/RES/1874(2009)",
                "Группы экспертов",
                None,
                None,
            ),
        ],
    ),
    (
        "zh",
        "决定将第1874(2009)号决议所设专家小组的任务期限延长至2031年4月30日；",
        [
            (
                "body",
                "PoE-1874",
                "extendedBy",
                None,
                "第1874(2009)号决议所设专家小组",
                "5",
                "2031-04-30",
            ),
            (
                "body",
                "PoE-1874",
                "establishedBy",
                "S/RES/1874(2009)",
                "专家小组",
                None,
                "2031-04-30",
            ),
        ],
    ),
    (
        "ar",
        (
            "يقرر أن يمدد حتى 30 نيسان/أبريل 2031 ولاية فريق الخبراء "
            "المنشأ بموجب القرار 1874 (2009)؛"
        ),
        [
            ("body", "PoE-1874", "extendedBy", None, "فريق الخبراء", "5", "2031-04-30"),
            ("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)", "فريق الخبراء", None, None),
        ],
    ),
    # prolongs for a period
    (
        "en",
        ("Decides to prolong the mandate of UNOMIG for a period of six months;"),
        [("body", "UNOMIG", "extendedBy", None, "UNOMIG", "5", None)],
    ),
    (
        "fr",
        ("Décide de prolonger le mandat de la MONUG pour une période de six mois;"),
        [("body", "UNOMIG", "extendedBy", None, "MONUG", "5", None)],
    ),
    (
        "es",
        (
            "Decide prorrogar el mandato de la Misión de Observadores "
            "de las Naciones Unidas en Georgia por un período de seis "
            "meses;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "extendedBy",
                None,
                "Misión de Observadores de las Naciones Unidas en Georgia",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        ("постановляет продлить мандат МООННГ на период в шесть месяцев;"),
        [("body", "UNOMIG", "extendedBy", None, "МООННГ", "5", None)],
    ),
    (
        "zh",
        "决定将联格观察团的任务期限延长六个月；",
        [("body", "UNOMIG", "extendedBy", None, "联格观察团", "5", None)],
    ),
    (
        "ar",
        ("يقرر تمديد ولاية بعثة مراقبي الأمم المتحدة في جورجيا لفترة ستة أشهر؛"),
        [("body", "UNOMIG", "extendedBy", None, "بعثة مراقبي الأمم المتحدة في جورجيا", "5", None)],
    ),
    # extends an authorization (a thing named, no body)
    (
        "en",
        (
            "Decides to extend until 31 March 2031 the authorization "
            "set out in paragraph 8 of resolution 2240 (2015);"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                ("the authorization set out in paragraph 8 of resolution 2240 (2015)"),
                "5",
                "2031-03-31",
            )
        ],
    ),
    (
        "fr",
        (
            "Décide de proroger jusqu'au 31 mars 2031 l'autorisation "
            "visée au paragraphe 8 de la résolution 2240 (2015);"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                ("l'autorisation visée au paragraphe 8 de la résolution 2240 (2015)"),
                "5",
                "2031-03-31",
            )
        ],
    ),
    (
        "es",
        (
            "Decide prorrogar hasta el 31 de marzo de 2031 la "
            "autorización prevista en el párrafo 8 de la resolución "
            "2240 (2015);"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                ("la autorización prevista en el párrafo 8 de la resolución 2240 (2015)"),
                "5",
                "2031-03-31",
            )
        ],
    ),
    (
        "ru",
        (
            "постановляет продлить до 31 марта 2031 года действие "
            "разрешения, предусмотренного в пункте 8 резолюции 2240 "
            "(2015);"
        ),
        [("activity", None, "extendedBy", None, "действие разрешения", "5", "2031-03-31")],
    ),
    (
        "zh",
        "决定将第2240(2015)号决议第8段规定的授权延长至2031年3月31日；",
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                "第2240(2015)号决议第8段规定的授权",
                "5",
                "2031-03-31",
            )
        ],
    ),
    (
        "ar",
        (
            "يقرر أن يمدد حتى 31 آذار/مارس 2031 الإذن المنصوص عليه في "
            "الفقرة 8 من القرار 2240 (2015)؛"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                "الإذن المنصوص عليه في الفقرة 8 من القرار 2240 (2015)",
                "5",
                "2031-03-31",
            )
        ],
    ),
    # extends (no "decides")
    (
        "en",
        "Extends the mandate of UNISFA until 15 November 2030;",
        [("body", "UNISFA", "extendedBy", None, "UNISFA", "5", "2030-11-15")],
    ),
    (
        "fr",
        "Proroge le mandat de la FISNUA jusqu'au 15 novembre 2030;",
        [("body", "UNISFA", "extendedBy", None, "FISNUA", "5", "2030-11-15")],
    ),
    (
        "es",
        ("Prorroga el mandato de la UNISFA hasta el 15 de noviembre de 2030;"),
        [("body", "UNISFA", "extendedBy", None, "UNISFA", "5", "2030-11-15")],
    ),
    (
        "ru",
        "продлевает мандат ЮНИСФА до 15 ноября 2030 года;",
        [("body", "UNISFA", "extendedBy", None, "ЮНИСФА", "5", "2030-11-15")],
    ),
    (
        "zh",
        "将联阿安全部队的任务期限延长至2030年11月15日；",
        [("body", "UNISFA", "extendedBy", None, "联阿安全部队", "5", "2030-11-15")],
    ),
    (
        "ar",
        ("يمدد ولاية قوة الأمم المتحدة الأمنية المؤقتة لأبيي حتى 15 تشرين الثاني/نوفمبر 2030؛"),
        [
            (
                "body",
                "UNISFA",
                "extendedBy",
                None,
                "قوة الأمم المتحدة الأمنية المؤقتة لأبيي",
                "5",
                "2030-11-15",
            )
        ],
    ),
    # terminates on DATE: the date is the effective date, not part of the name
    (
        "en",
        (
            "Decides to terminate the mandate of the United Nations "
            "Observer Mission in Georgia on 15 June 2030;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "the United Nations Observer Mission in Georgia",
                "5",
                "2030-06-15",
            )
        ],
    ),
    (
        "fr",
        (
            "Décide de mettre fin au mandat de la Mission d'observation "
            "des Nations Unies en Géorgie le 15 juin 2030;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "Mission d'observation des Nations Unies en Géorgie",
                "5",
                "2030-06-15",
            )
        ],
    ),
    (
        "es",
        (
            "Decide poner fin al mandato de la Misión de Observadores "
            "de las Naciones Unidas en Georgia el 15 de junio de 2030;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "Misión de Observadores de las Naciones Unidas en Georgia",
                "5",
                "2030-06-15",
            )
        ],
    ),
    (
        "ru",
        (
            "постановляет прекратить мандат Миссии Организации "
            "Объединенных Наций по наблюдению в Грузии 15 июня 2030 "
            "года;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                ("Миссии Организации Объединенных Наций по наблюдению в Грузии"),
                "5",
                "2030-06-15",
            )
        ],
    ),
    (
        "zh",
        "决定于2030年6月15日终止联合国格鲁吉亚观察团的任务；",
        [("body", "UNOMIG", "terminatedBy", None, "联合国格鲁吉亚观察团", "5", "2030-06-15")],
    ),
    (
        "ar",
        ("يقرر إنهاء ولاية بعثة مراقبي الأمم المتحدة في جورجيا في 15 حزيران/يونيه 2030؛"),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "بعثة مراقبي الأمم المتحدة في جورجيا",
                "5",
                "2030-06-15",
            )
        ],
    ),
    # decides to close (a body) on DATE
    (
        "en",
        "Decides to close the Office on 31 December 2030;",
        [("body", None, "terminatedBy", None, "the Office", "5", "2030-12-31")],
    ),
    (
        "fr",
        "Décide de fermer le Bureau le 31 décembre 2030;",
        [("body", None, "terminatedBy", None, "le Bureau", "5", "2030-12-31")],
    ),
    (
        "es",
        "Decide cerrar la Oficina el 31 de diciembre de 2030;",
        [("body", None, "terminatedBy", None, "la Oficina", "5", "2030-12-31")],
    ),
    (
        "ru",
        "постановляет закрыть Отделение 31 декабря 2030 года;",
        [("body", None, "terminatedBy", None, "Отделение", "5", "2030-12-31")],
    ),
    (
        "zh",
        "决定于2030年12月31日关闭该办事处；",
        [("body", None, "terminatedBy", None, "该办事处", "5", "2030-12-31")],
    ),
    (
        "ar",
        "يقرر إغلاق المكتب في 31 كانون الأول/ديسمبر 2030؛",
        [("body", None, "terminatedBy", None, "المكتب", "5", "2030-12-31")],
    ),
    # decides to dissolve
    (
        "en",
        ("Decides to dissolve the Committee established pursuant to resolution 1518 (2003);"),
        [
            ("body", "Committee-1518", "terminatedBy", None, "the Committee", "5", None),
            (
                "body",
                "Committee-1518",
                "establishedBy",
                "S/RES/1518(2003)",
                "the Committee",
                None,
                None,
            ),
        ],
    ),
    (
        "fr",
        ("Décide de dissoudre le Comité créé par la résolution 1518 (2003);"),
        [
            ("body", "Committee-1518", "terminatedBy", None, "le Comité", "5", None),
            (
                "body",
                "Committee-1518",
                "establishedBy",
                "S/RES/1518(2003)",
                "le Comité",
                None,
                None,
            ),
        ],
    ),
    (
        "es",
        ("Decide disolver el Comité establecido en virtud de la resolución 1518 (2003);"),
        [
            ("body", "Committee-1518", "terminatedBy", None, "el Comité", "5", None),
            (
                "body",
                "Committee-1518",
                "establishedBy",
                "S/RES/1518(2003)",
                "el Comité",
                None,
                None,
            ),
        ],
    ),
    (
        "ru",
        ("постановляет распустить Комитет, учрежденный резолюцией 1518 (2003);"),
        [
            ("body", "Committee-1518", "terminatedBy", None, "Комитет", "5", None),
            ("body", "Committee-1518", "establishedBy", "S/RES/1518(2003)", "Комитет", None, None),
        ],
    ),
    (
        "zh",
        "决定解散第1518(2003)号决议所设委员会；",
        [
            (
                "body",
                "Committee-1518",
                "terminatedBy",
                None,
                "第1518(2003)号决议所设委员会",
                "5",
                None,
            ),
            ("body", "Committee-1518", "establishedBy", "S/RES/1518(2003)", "委员会", None, None),
        ],
    ),
    (
        "ar",
        "يقرر حل اللجنة المنشأة عملا بالقرار 1518 (2003)؛",
        [
            ("body", "Committee-1518", "terminatedBy", None, "اللجنة", "5", None),
            ("body", "Committee-1518", "establishedBy", "S/RES/1518(2003)", "اللجنة", None, None),
        ],
    ),
    # decides to end the mandate
    (
        "en",
        "Decides to end the mandate of UNOMIG;",
        [("body", "UNOMIG", "terminatedBy", None, "UNOMIG", "5", None)],
    ),
    (
        "fr",
        "Décide de mettre un terme au mandat de la MONUG;",
        [("body", "UNOMIG", "terminatedBy", None, "MONUG", "5", None)],
    ),
    (
        "es",
        (
            "Decide dar por terminado el mandato de la Misión de "
            "Observadores de las Naciones Unidas en Georgia;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "Misión de Observadores de las Naciones Unidas en Georgia",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        "постановляет завершить мандат МООННГ;",
        [("body", "UNOMIG", "terminatedBy", None, "МООННГ", "5", None)],
    ),
    (
        "zh",
        "决定结束联格观察团的任务；",
        [("body", "UNOMIG", "terminatedBy", None, "联格观察团", "5", None)],
    ),
    (
        "ar",
        "يقرر أن ينهي ولاية بعثة مراقبي الأمم المتحدة في جورجيا؛",
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "بعثة مراقبي الأمم المتحدة في جورجيا",
                "5",
                None,
            )
        ],
    ),
    # decides to wind up / liquidate
    (
        "en",
        ("Decides to wind up the United Nations Observer Mission in Georgia;"),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "the United Nations Observer Mission in Georgia",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        ("Décide de liquider la Mission d'observation des Nations Unies en Géorgie;"),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "la Mission d'observation des Nations Unies en Géorgie",
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        ("Decide liquidar la Misión de Observadores de las Naciones Unidas en Georgia;"),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                ("la Misión de Observadores de las Naciones Unidas en Georgia"),
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        (
            "постановляет ликвидировать Миссию Организации Объединенных "
            "Наций по наблюдению в Грузии;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                ("Миссию Организации Объединенных Наций по наблюдению в Грузии"),
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定撤销联合国格鲁吉亚观察团；",
        [("body", "UNOMIG", "terminatedBy", None, "联合国格鲁吉亚观察团", "5", None)],
    ),
    (
        "ar",
        "يقرر تصفية بعثة مراقبي الأمم المتحدة في جورجيا؛",
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "بعثة مراقبي الأمم المتحدة في جورجيا",
                "5",
                None,
            )
        ],
    ),
    # decides to discontinue / abolish
    (
        "en",
        "Decides to discontinue the programme of assistance;",
        [("activity", None, "terminatedBy", None, "the programme of assistance", "5", None)],
    ),
    (
        "fr",
        "Décide de supprimer le programme d'assistance;",
        [("activity", None, "terminatedBy", None, "le programme d'assistance", "5", None)],
    ),
    (
        "es",
        "Decide suprimir el programa de asistencia;",
        [("activity", None, "terminatedBy", None, "el programa de asistencia", "5", None)],
    ),
    (
        "ru",
        "постановляет упразднить программу помощи;",
        [("activity", None, "terminatedBy", None, "программу помощи", "5", None)],
    ),
    ("zh", "决定终止援助方案；", [("activity", None, "terminatedBy", None, "援助方案", "5", None)]),
    (
        "ar",
        "يقرر إلغاء برنامج المساعدة؛",
        [("activity", None, "terminatedBy", None, "برنامج المساعدة", "5", None)],
    ),
    # decides not to renew (an end)
    (
        "en",
        "Decides not to renew the mandate of UNOMIG;",
        [("body", "UNOMIG", "terminatedBy", None, "UNOMIG", "5", None)],
    ),
    (
        "fr",
        "Décide de ne pas renouveler le mandat de la MONUG;",
        [("body", "UNOMIG", "terminatedBy", None, "MONUG", "5", None)],
    ),
    (
        "es",
        (
            "Decide no renovar el mandato de la Misión de Observadores "
            "de las Naciones Unidas en Georgia;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "Misión de Observadores de las Naciones Unidas en Georgia",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        "постановляет не продлевать мандат МООННГ;",
        [("body", "UNOMIG", "terminatedBy", None, "МООННГ", "5", None)],
    ),
    (
        "zh",
        "决定不再延长联格观察团的任务期限；",
        [("body", "UNOMIG", "terminatedBy", None, "联格观察团", "5", None)],
    ),
    (
        "ar",
        "يقرر عدم تجديد ولاية بعثة مراقبي الأمم المتحدة في جورجيا؛",
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "بعثة مراقبي الأمم المتحدة في جورجيا",
                "5",
                None,
            )
        ],
    ),
    # authorizes Member States: no United Nations mandate
    (
        "en",
        (
            "Authorizes Member States cooperating with the Government "
            "to take all necessary measures;"
        ),
        [],
    ),
    (
        "fr",
        (
            "Autorise les États Membres qui coopèrent avec le "
            "Gouvernement à prendre toutes les mesures nécessaires;"
        ),
        [],
    ),
    (
        "es",
        (
            "Autoriza a los Estados Miembros que cooperan con el "
            "Gobierno a que adopten todas las medidas necesarias;"
        ),
        [],
    ),
    (
        "ru",
        (
            "уполномочивает государства-члены, сотрудничающие с "
            "правительством, принимать все необходимые меры;"
        ),
        [],
    ),
    ("zh", "授权与该国政府合作的会员国采取一切必要措施；", []),
    ("ar", ("يأذن للدول الأعضاء المتعاونة مع الحكومة باتخاذ جميع التدابير اللازمة؛"), []),
    # "requests of States": a noun, no request
    ("en", ("Takes note of the requests of Member States for electoral assistance;"), []),
    (
        "fr",
        ("Prend note des demandes d'assistance électorale formulées par des États Membres;"),
        [],
    ),
    ("es", ("Toma nota de las solicitudes de asistencia electoral de los Estados Miembros;"), []),
    (
        "ru",
        ("принимает к сведению просьбы государств-членов об оказании помощи в проведении выборов;"),
        [],
    ),
    ("zh", "注意到会员国提出的选举援助请求；", []),
    ("ar", ("يحيط علما بطلبات الدول الأعضاء الحصول على المساعدة الانتخابية؛"), []),
    # "requests for": a noun, no request
    ("en", ("Welcomes the requests for technical assistance received from States;"), []),
    ("fr", ("Se félicite des demandes d'assistance technique reçues des États;"), []),
    (
        "es",
        ("Acoge con beneplácito las solicitudes de asistencia técnica recibidas de los Estados;"),
        [],
    ),
    ("ru", ("приветствует просьбы об оказании технической помощи, полученные от государств;"), []),
    ("zh", "欢迎各国提出的技术援助请求；", []),
    ("ar", "يرحب بطلبات المساعدة التقنية الواردة من الدول؛", []),
    # decides to remain seized
    ("en", "Decides to remain seized of the matter.", []),
    ("fr", "Décide de rester saisi de la question.", []),
    ("es", "Decide seguir ocupándose de la cuestión.", []),
    ("ru", "постановляет продолжать заниматься этим вопросом.", []),
    ("zh", "决定继续处理此案。", []),
    ("ar", "يقرر أن يبقي المسألة قيد نظره.", []),
    # decides to consider
    ("en", "Decides to consider the question at its next session;", []),
    ("fr", "Décide d'examiner la question à sa prochaine session;", []),
    ("es", ("Decide examinar la cuestión en su próximo período de sesiones;"), []),
    ("ru", ("постановляет рассмотреть этот вопрос на своей следующей сессии;"), []),
    ("zh", "决定在下届会议上审议该问题；", []),
    ("ar", "يقرر أن ينظر في المسألة في دورته المقبلة؛", []),
    # closes the list of speakers: procedure, no body ended
    ("en", ("Decides to close the list of speakers for the general debate;"), []),
    ("fr", "Décide de clore la liste des orateurs;", []),
    ("es", "Decide cerrar la lista de oradores;", []),
    ("ru", "постановляет закрыть список ораторов;", []),
    ("zh", "决定关闭发言名单；", []),
    ("ar", "يقرر إغلاق قائمة المتكلمين؛", []),
    # decides to request
    (
        "en",
        (
            "Decides to request the Secretary-General to submit a "
            "report on the implementation of the present resolution;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "a report on the implementation of the present resolution",
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        (
            "Décide de demander au Secrétaire général de lui présenter "
            "un rapport sur l'application de la présente résolution;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "un rapport sur l'application de la présente résolution",
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        (
            "Decide solicitar al Secretario General que le presente un "
            "informe sobre la aplicación de la presente resolución;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "un informe sobre la aplicación de la presente resolución",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        (
            "постановляет просить Генерального секретаря представить "
            "доклад об осуществлении настоящей резолюции;"
        ),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "доклад об осуществлении настоящей резолюции",
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定请秘书长提交一份关于本决议执行情况的报告；",
        [("activity", None, "requestedBy", None, "一份关于本决议执行情况的报告", "5", None)],
    ),
    (
        "ar",
        ("يقرر أن يطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار؛"),
        [("activity", None, "requestedBy", None, "تقريرا عن تنفيذ هذا القرار", "5", None)],
    ),
    # decides to appoint a special procedure (an establishment)
    (
        "en",
        ("Decides to appoint, for a period of three years, a Special Rapporteur on the question;"),
        [("body", None, "establishedBy", None, "a Special Rapporteur on the question", "5", None)],
    ),
    (
        "fr",
        ("Décide de nommer, pour une période de trois ans, un rapporteur spécial sur la question;"),
        [("body", None, "establishedBy", None, "un rapporteur spécial sur la question", "5", None)],
    ),
    (
        "es",
        ("Decide nombrar, por un período de tres años, un Relator Especial sobre la cuestión;"),
        [("body", None, "establishedBy", None, "un Relator Especial sobre la cuestión", "5", None)],
    ),
    (
        "ru",
        ("постановляет назначить Специального докладчика по этому вопросу на трехлетний период;"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "Специального докладчика по этому вопросу",
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "决定任命一名关于该问题的特别报告员，任期三年；",
        [("body", None, "establishedBy", None, "一名关于该问题的特别报告员", "5", None)],
    ),
    (
        "ar",
        ("يقرر أن يعين، لفترة ثلاث سنوات، مقررا خاصا معنيا بهذه المسألة؛"),
        [("body", None, "establishedBy", None, "مقررا خاصا معنيا بهذه المسألة", "5", None)],
    ),
    # decides that the mandate of X shall terminate on DATE
    (
        "en",
        ("Decides that the mandate of UNOMIG shall terminate on 15 June 2030;"),
        [("body", "UNOMIG", "terminatedBy", None, "UNOMIG", "5", "2030-06-15")],
    ),
    (
        "fr",
        ("Décide que le mandat de la MONUG prendra fin le 15 juin 2030;"),
        [("body", "UNOMIG", "terminatedBy", None, "MONUG", "5", "2030-06-15")],
    ),
    (
        "es",
        (
            "Decide que el mandato de la Misión de Observadores de las "
            "Naciones Unidas en Georgia finalizará el 15 de junio de "
            "2030;"
        ),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "Misión de Observadores de las Naciones Unidas en Georgia",
                "5",
                "2030-06-15",
            )
        ],
    ),
    (
        "ru",
        ("постановляет, что мандат МООННГ истекает 15 июня 2030 года;"),
        [("body", "UNOMIG", "terminatedBy", None, "МООННГ", "5", "2030-06-15")],
    ),
    (
        "zh",
        "决定联格观察团的任务于2030年6月15日终止；",
        [("body", "UNOMIG", "terminatedBy", None, "联格观察团", "5", "2030-06-15")],
    ),
    (
        "ar",
        ("يقرر أن تنتهي ولاية بعثة مراقبي الأمم المتحدة في جورجيا في 15 حزيران/يونيه 2030؛"),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "بعثة مراقبي الأمم المتحدة في جورجيا",
                "5",
                "2030-06-15",
            )
        ],
    ),
    # renews authorizations for a period put before or after them
    (
        "en",
        (
            "Decides to renew the authorizations set out in paragraphs "
            "7 and 8 of resolution 2240 (2015) for a further period of "
            "twelve months;"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                ("the authorizations set out in paragraphs 7 and 8 of resolution 2240 (2015)"),
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        (
            "Décide de renouveler les autorisations visées aux "
            "paragraphes 7 et 8 de la résolution 2240 (2015) pour une "
            "nouvelle période de douze mois;"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                ("les autorisations visées aux paragraphes 7 et 8 de la résolution 2240 (2015)"),
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        (
            "Decide renovar las autorizaciones previstas en los "
            "párrafos 7 y 8 de la resolución 2240 (2015) por un nuevo "
            "período de doce meses;"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                ("las autorizaciones previstas en los párrafos 7 y 8 de la resolución 2240 (2015)"),
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        (
            "постановляет продлить на дополнительный период в "
            "двенадцать месяцев действие разрешений, предусмотренных в "
            "пунктах 7 и 8 резолюции 2240 (2015);"
        ),
        [("activity", None, "extendedBy", None, "действие разрешений", "5", None)],
    ),
    (
        "zh",
        "决定将第2240(2015)号决议第7和第8段规定的授权再延长十二个月；",
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                "第2240(2015)号决议第7和第8段规定的授权",
                "5",
                None,
            )
        ],
    ),
    (
        "ar",
        (
            "يقرر أن يجدد لفترة اثني عشر شهرا أخرى الإذن المنصوص عليه "
            "في الفقرتين 7 و 8 من القرار 2240 (2015)؛"
        ),
        [
            (
                "activity",
                None,
                "extendedBy",
                None,
                "الإذن المنصوص عليه في الفقرتين 7 و 8 من القرار 2240 (2015)",
                "5",
                None,
            )
        ],
    ),
    # decides to continue its consideration
    ("en", ("Decides to continue its consideration of the question at its next session;"), []),
    ("fr", ("Décide de poursuivre l'examen de la question à sa prochaine session;"), []),
    # decides to include an item in the agenda
    (
        "en",
        (
            "Decides to include in the provisional agenda of its "
            "eighty-first session the item entitled “Question of the "
            "situation”;"
        ),
        [],
    ),
    # calls on / calls upon a UN organ
    (
        "en",
        ("Calls on the Secretary-General to continue his good offices;"),
        [("activity", None, "requestedBy", None, "continue his good offices", "5", None)],
    ),
    (
        "fr",
        ("Demande au Secrétaire général de poursuivre ses bons offices;"),
        [("activity", None, "requestedBy", None, "poursuivre ses bons offices", "5", None)],
    ),
    (
        "es",
        ("Exhorta al Secretario General a que prosiga sus buenos oficios;"),
        [("activity", None, "requestedBy", None, "prosiga sus buenos oficios", "5", None)],
    ),
    (
        "ru",
        ("призывает Генерального секретаря продолжать свои добрые услуги;"),
        [("activity", None, "requestedBy", None, "продолжать свои добрые услуги", "5", None)],
    ),
    (
        "zh",
        "吁请秘书长继续进行斡旋；",
        [("activity", None, "requestedBy", None, "继续进行斡旋", "5", None)],
    ),
    (
        "ar",
        "يهيب بالأمين العام أن يواصل بذل مساعيه الحميدة؛",
        [("activity", None, "requestedBy", None, "يواصل بذل مساعيه الحميدة", "5", None)],
    ),
    # decides to authorize a UN organ or official
    (
        "en",
        ("Decides to authorize the Secretary-General to deploy an advance team;"),
        [("activity", None, "requestedBy", None, "deploy an advance team", "5", None)],
    ),
    (
        "fr",
        ("Décide d'autoriser le Secrétaire général à déployer une équipe préparatoire;"),
        [("activity", None, "requestedBy", None, "déployer une équipe préparatoire", "5", None)],
    ),
    (
        "es",
        ("Decide autorizar al Secretario General a que despliegue un equipo de avanzada;"),
        [("activity", None, "requestedBy", None, "despliegue un equipo de avanzada", "5", None)],
    ),
    (
        "ru",
        ("постановляет уполномочить Генерального секретаря развернуть передовую группу;"),
        [("activity", None, "requestedBy", None, "развернуть передовую группу", "5", None)],
    ),
    (
        "zh",
        "决定授权秘书长部署一个先遣队；",
        [("activity", None, "requestedBy", None, "秘书长部署一个先遣队", "5", None)],
    ),
    (
        "ar",
        ("يقرر أن يأذن للأمين العام بإجراء الترتيبات اللازمة لنشر فريق متقدم؛"),
        [
            (
                "activity",
                None,
                "requestedBy",
                None,
                "بإجراء الترتيبات اللازمة لنشر فريق متقدم",
                "5",
                None,
            )
        ],
    ),
    # decides to entrust ... with the task of
    (
        "en",
        ("Decides to entrust the Committee with the task of reviewing the list;"),
        [("activity", None, "requestedBy", None, "reviewing the list", "5", None)],
    ),
    (
        "fr",
        "Décide de confier au Comité la tâche d'examiner la liste;",
        [("activity", None, "requestedBy", None, "examiner la liste", "5", None)],
    ),
    (
        "es",
        "Decide encomendar al Comité la tarea de examinar la lista;",
        [("activity", None, "requestedBy", None, "examinar la lista", "5", None)],
    ),
    (
        "ru",
        ("постановляет возложить на Комитет задачу рассмотреть перечень;"),
        [("activity", None, "requestedBy", None, "рассмотреть перечень", "5", None)],
    ),
    (
        "zh",
        "决定委托委员会审查名单；",
        [("activity", None, "requestedBy", None, "审查名单", "5", None)],
    ),
    (
        "ar",
        "يقرر أن يعهد إلى اللجنة بمهمة استعراض القائمة؛",
        [("activity", None, "requestedBy", None, "استعراض القائمة", "5", None)],
    ),
    # decides to mandate / charge
    (
        "en",
        ("Decides to mandate the Panel of Experts to assist the Committee;"),
        [("activity", None, "requestedBy", None, "assist the Committee", "5", None)],
    ),
    (
        "fr",
        "Décide de charger le Groupe d'experts d'aider le Comité;",
        [("activity", None, "requestedBy", None, "aider le Comité", "5", None)],
    ),
    (
        "es",
        "Decide encargar al Grupo de Expertos que ayude al Comité;",
        [("activity", None, "requestedBy", None, "ayude al Comité", "5", None)],
    ),
    (
        "ru",
        ("постановляет поручить Группе экспертов оказывать помощь Комитету;"),
        [("activity", None, "requestedBy", None, "оказывать помощь Комитету", "5", None)],
    ),
    (
        "zh",
        "决定责成专家小组协助委员会；",
        [("activity", None, "requestedBy", None, "协助委员会", "5", None)],
    ),
    (
        "ar",
        "يقرر أن يكلف فريق الخبراء بمساعدة اللجنة؛",
        [("activity", None, "requestedBy", None, "بمساعدة اللجنة", "5", None)],
    ),
    # continues / renews the mandate of a special procedure for a period
    (
        "en",
        ("Decides to continue the mandate of the Independent Expert for a period of one year;"),
        [("body", None, "extendedBy", None, "the Independent Expert", "5", None)],
    ),
    (
        "fr",
        ("Décide de reconduire pour une période d'un an le mandat de l'Expert indépendant;"),
        [("body", None, "extendedBy", None, "Expert indépendant", "5", None)],
    ),
    (
        "es",
        ("Decide prorrogar por un período de un año el mandato del Experto Independiente;"),
        [("body", None, "extendedBy", None, "Experto Independiente", "5", None)],
    ),
    (
        "ru",
        ("постановляет продлить мандат Независимого эксперта на период в один год;"),
        [("body", None, "extendedBy", None, "Независимого эксперта", "5", None)],
    ),
    (
        "zh",
        "决定将独立专家的任务延长一年；",
        [("body", None, "extendedBy", None, "独立专家", "5", None)],
    ),
    (
        "ar",
        "يقرر تمديد ولاية الخبير المستقل لفترة سنة واحدة؛",
        [("body", None, "extendedBy", None, "الخبير المستقل", "5", None)],
    ),
    # hereby establishes
    (
        "en",
        (
            "Hereby establishes an international tribunal for the sole "
            "purpose of prosecuting persons responsible;"
        ),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                (
                    "an international tribunal for the sole purpose of "
                    "prosecuting persons responsible"
                ),
                "5",
                None,
            )
        ],
    ),
    (
        "fr",
        (
            "Crée par la présente résolution un tribunal international "
            "dans le seul but de juger les personnes responsables;"
        ),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                ("un tribunal international dans le seul but de juger les personnes responsables"),
                "5",
                None,
            )
        ],
    ),
    (
        "es",
        (
            "Establece por la presente un tribunal internacional con la "
            "finalidad exclusiva de enjuiciar a los presuntos "
            "responsables;"
        ),
        [("body", None, "establishedBy", None, "un tribunal internacional", "5", None)],
    ),
    (
        "ru",
        (
            "настоящим учреждает международный трибунал исключительно "
            "для судебного преследования лиц, ответственных за "
            "нарушения;"
        ),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                ("международный трибунал исключительно для судебного преследования лиц"),
                "5",
                None,
            )
        ],
    ),
    (
        "zh",
        "兹设立一个国际法庭，其唯一目的是起诉应负责任者；",
        [("body", None, "establishedBy", None, "一个国际法庭", "5", None)],
    ),
    (
        "ar",
        ("ينشئ بموجب هذا القرار محكمة دولية لغرض وحيد هو مقاضاة الأشخاص المسؤولين؛"),
        [
            (
                "body",
                None,
                "establishedBy",
                None,
                "محكمة دولية لغرض وحيد هو مقاضاة الأشخاص المسؤولين",
                "5",
                None,
            )
        ],
    ),
    # decides to authorize Member States: no UN mandate
    (
        "en",
        ("Decides to authorize Member States acting nationally to use all necessary means;"),
        [],
    ),
    (
        "fr",
        (
            "Décide d'autoriser les États Membres agissant à titre "
            "national à user de tous les moyens nécessaires;"
        ),
        [],
    ),
    (
        "es",
        (
            "Decide autorizar a los Estados Miembros que actúen a "
            "título nacional a que utilicen todos los medios "
            "necesarios;"
        ),
        [],
    ),
    (
        "ru",
        (
            "постановляет уполномочить государства-члены, действующие в "
            "национальном качестве, использовать все необходимые "
            "средства;"
        ),
        [],
    ),
    ("zh", "决定授权以本国名义行事的会员国采取一切必要手段；", []),
    (
        "ar",
        ("يقرر أن يأذن للدول الأعضاء التي تعمل على الصعيد الوطني باستخدام جميع الوسائل اللازمة؛"),
        [],
    ),
    # calls on all States: no UN mandate
    ("en", "Calls on all States to cooperate fully with the Committee;", []),
    # terminates (the present, without "decides")
    (
        "en",
        "Terminates the mandate of UNOMIG;",
        [("body", "UNOMIG", "terminatedBy", None, "UNOMIG", "5", None)],
    ),
    (
        "fr",
        "Met fin au mandat de la MONUG;",
        [("body", "UNOMIG", "terminatedBy", None, "MONUG", "5", None)],
    ),
    (
        "es",
        ("Pone fin al mandato de la Misión de Observadores de las Naciones Unidas en Georgia;"),
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "Misión de Observadores de las Naciones Unidas en Georgia",
                "5",
                None,
            )
        ],
    ),
    (
        "ru",
        "прекращает действие мандата МООННГ;",
        [("body", "UNOMIG", "terminatedBy", None, "МООННГ", "5", None)],
    ),
    (
        "zh",
        "终止联合国格鲁吉亚观察团的任务；",
        [("body", "UNOMIG", "terminatedBy", None, "联合国格鲁吉亚观察团", "5", None)],
    ),
    (
        "ar",
        "ينهي ولاية بعثة مراقبي الأمم المتحدة في جورجيا؛",
        [
            (
                "body",
                "UNOMIG",
                "terminatedBy",
                None,
                "بعثة مراقبي الأمم المتحدة في جورجيا",
                "5",
                None,
            )
        ],
    ),
    # a body "whose mandate was terminated by" an act (a citation that states an end)
    (
        "en",
        (
            "Notes that UNOMIG, whose mandate was terminated by "
            "resolution 1866 (2009), has left the country;"
        ),
        [("body", "UNOMIG", "terminatedBy", "S/RES/1866(2009)", "UNOMIG", None, None)],
    ),
    # words set off by commas after the verb ("Decides, acting under ..., to")
    (
        "en",
        (
            "Decides, acting under Chapter VII of the Charter of the "
            "United Nations, to extend the mandate of UNISFA until 15 "
            "November 2030;"
        ),
        [("body", "UNISFA", "extendedBy", None, "UNISFA", "5", "2030-11-15")],
    ),
    (
        "fr",
        (
            "Décide, agissant en vertu du Chapitre VII de la Charte des "
            "Nations Unies, de proroger le mandat de la FISNUA jusqu'au "
            "15 novembre 2030;"
        ),
        [("body", "UNISFA", "extendedBy", None, "FISNUA", "5", "2030-11-15")],
    ),
    (
        "es",
        (
            "Decide, actuando en virtud del Capítulo VII de la Carta de "
            "las Naciones Unidas, prorrogar el mandato de la UNISFA "
            "hasta el 15 de noviembre de 2030;"
        ),
        [("body", "UNISFA", "extendedBy", None, "UNISFA", "5", "2030-11-15")],
    ),
    (
        "ru",
        (
            "постановляет, действуя на основании главы VII Устава "
            "Организации Объединенных Наций, продлить мандат ЮНИСФА до "
            "15 ноября 2030 года;"
        ),
        [("body", "UNISFA", "extendedBy", None, "ЮНИСФА", "5", "2030-11-15")],
    ),
    (
        "zh",
        "根据《联合国宪章》第七章采取行动，决定将联阿安全部队的任务期限延长至2030年11月15日；",
        [("body", "UNISFA", "extendedBy", None, "联阿安全部队", "5", "2030-11-15")],
    ),
    (
        "ar",
        (
            "يقرر، متصرفا بموجب الفصل السابع من ميثاق الأمم المتحدة، "
            "تمديد ولاية قوة الأمم المتحدة الأمنية المؤقتة لأبيي حتى 15 "
            "تشرين الثاني/نوفمبر 2030؛"
        ),
        [
            (
                "body",
                "UNISFA",
                "extendedBy",
                None,
                "قوة الأمم المتحدة الأمنية المؤقتة لأبيي",
                "5",
                "2030-11-15",
            )
        ],
    ),
    # a request with words set off by commas after its verb
    (
        "en",
        ("Requests, in this regard, the Secretary-General to submit a report on the matter;"),
        [("activity", None, "requestedBy", None, "a report on the matter", "5", None)],
    ),
    (
        "fr",
        ("Prie, à cet égard, le Secrétaire général de lui présenter un rapport sur la question;"),
        [("activity", None, "requestedBy", None, "un rapport sur la question", "5", None)],
    ),
    (
        "es",
        (
            "Solicita, a este respecto, al Secretario General que le "
            "presente un informe sobre la cuestión;"
        ),
        [("activity", None, "requestedBy", None, "un informe sobre la cuestión", "5", None)],
    ),
    (
        "ru",
        ("просит, в этой связи, Генерального секретаря представить доклад по этому вопросу;"),
        [("activity", None, "requestedBy", None, "доклад по этому вопросу", "5", None)],
    ),
    (
        "zh",
        "在这方面，请秘书长提交一份关于该问题的报告；",
        [("activity", None, "requestedBy", None, "一份关于该问题的报告", "5", None)],
    ),
    (
        "ar",
        ("يطلب، في هذا الصدد، إلى الأمين العام أن يقدم تقريرا عن هذه المسألة؛"),
        [("activity", None, "requestedBy", None, "تقريرا عن هذه المسألة", "5", None)],
    ),
    # words set off by commas after a verb that mandates nothing
    ("en", ("Notes, with appreciation, the report of the Secretary-General;"), []),
    ("fr", ("Prend note, avec satisfaction, du rapport du Secrétaire général;"), []),
    ("es", ("Toma nota, con reconocimiento, del informe del Secretario General;"), []),
    ("ru", ("принимает, с признательностью, к сведению доклад Генерального секретаря;"), []),
    ("zh", "赞赏地注意到秘书长的报告；", []),
    ("ar", "يحيط علما، مع التقدير، بتقرير الأمين العام؛", []),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), ROWS)
def test_an_operative_verb_gives_its_statement(language, paragraph, expected):
    got = mandate_statements(OPENING[language] + paragraph, language)
    assert [s[:7] for s in got] == expected


def test_the_table_covers_six_languages_alike():
    per_language = {lg: sum(1 for r in ROWS if r[0] == lg) for lg in OPENING}
    # five rows are English (or French) only: "charges ... with", "whose mandate was terminated
    # by" and three look-alikes
    assert min(per_language.values()) >= per_language["en"] - 5


def test_an_effective_date_is_read_only_right_after_its_subject():
    # "on 8 January 1993" in a later paragraph is no end of the extension recalled before it
    text = (
        "The Security Council,\n\nReaffirming the decision taken in resolution 886 (1993) of"
        " 18 November 1993\nto continue UNOSOM II up to 31 May 1994,\n\nStressing that the"
        " General Agreement signed in Addis Ababa on 8 January 1993 remains the basis,\n\n"
        "1. Decides to close the Office on 31 December 2030;\n"
    )
    assert [s[:7] for s in mandate_statements(text, "en")] == [
        ("body", "UNOSOM-II", "extendedBy", "S/RES/886(1993)", "UNOSOM II", None, None),
        ("body", None, "terminatedBy", None, "the Office", "1", "2030-12-31"),
    ]


@pytest.mark.parametrize("language", sorted(OPENING))
def test_an_opening_cue_is_what_the_index_finds_at_that_place(language):
    from graph.extract.mandate_cues import mandate_cues

    index = mandate_cues(language).forward
    opened = 0
    for row_language, paragraph, _ in ROWS:
        if row_language == language:
            found = {f for f in index.find(paragraph, 0, len(paragraph)) if f.start == 0}
            assert set(index.find_at(paragraph, 0, len(paragraph))) == found
            opened += bool(found)
    assert opened >= 20  # most rows open on a cue
