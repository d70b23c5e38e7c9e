"""Body names, reference phrases and sentence templates in six languages, for generate.py.

Written for the benchmark in the house style of UN documents (nothing copied from real ones).
A template has `{R}` where the reference phrase goes (Russian templates say which case it takes),
`{D}` for a document symbol, `{S}` for "the Assembly requested" / "the Council decided" and `{W}`
for the name of a working group.
"""

# ruff: noqa: E501  (tables of phrases in six scripts read better one entry a line)

from __future__ import annotations

# code -> lang -> (name, "of" form, "by" form, "<body> requested", "<body> decided")
# English "of" forms starting with "of " follow the act noun ("decision 2/6 of the Conference");
# the others precede it ("General Assembly resolution 70/1").
_CTOC = "Convention against Transnational Organized Crime"
BODIES: dict[str, dict[str, tuple[str, str, str, str, str]]] = {
    "A": {
        "en": (
            "General Assembly",
            "General Assembly",
            "General Assembly",
            "the Assembly requested",
            "the Assembly decided",
        ),
        "fr": (
            "Assemblée générale",
            "de l'Assemblée générale",
            "l'Assemblée générale",
            "l'Assemblée a prié",
            "l'Assemblée a décidé",
        ),
        "es": (
            "Asamblea General",
            "de la Asamblea General",
            "la Asamblea General",
            "la Asamblea solicitó",
            "la Asamblea decidió",
        ),
        "ru": (
            "Генеральная Ассамблея",
            "Генеральной Ассамблеи",
            "Генеральной Ассамблеей",
            "Ассамблея просила",
            "Ассамблея постановила",
        ),
        "ar": (
            "الجمعية العامة",
            "الجمعية العامة",
            "الجمعية العامة",
            "طلبت الجمعية",
            "قررت الجمعية",
        ),
        "zh": ("大会", "大会", "大会", "大会请", "大会决定"),
    },
    "S": {
        "en": (
            "Security Council",
            "Security Council",
            "Security Council",
            "the Council requested",
            "the Council decided",
        ),
        "fr": (
            "Conseil de sécurité",
            "du Conseil de sécurité",
            "le Conseil de sécurité",
            "le Conseil a prié",
            "le Conseil a décidé",
        ),
        "es": (
            "Consejo de Seguridad",
            "del Consejo de Seguridad",
            "el Consejo de Seguridad",
            "el Consejo solicitó",
            "el Consejo decidió",
        ),
        "ru": (
            "Совет Безопасности",
            "Совета Безопасности",
            "Советом Безопасности",
            "Совет просил",
            "Совет постановил",
        ),
        "ar": ("مجلس الأمن", "مجلس الأمن", "مجلس الأمن", "طلب المجلس", "قرر المجلس"),
        "zh": ("安全理事会", "安全理事会", "安全理事会", "安理会请", "安理会决定"),
    },
    "E": {
        "en": (
            "Economic and Social Council",
            "Economic and Social Council",
            "Economic and Social Council",
            "the Council requested",
            "the Council decided",
        ),
        "fr": (
            "Conseil économique et social",
            "du Conseil économique et social",
            "le Conseil économique et social",
            "le Conseil a prié",
            "le Conseil a décidé",
        ),
        "es": (
            "Consejo Económico y Social",
            "del Consejo Económico y Social",
            "el Consejo Económico y Social",
            "el Consejo solicitó",
            "el Consejo decidió",
        ),
        "ru": (
            "Экономический и Социальный Совет",
            "Экономического и Социального Совета",
            "Экономическим и Социальным Советом",
            "Совет просил",
            "Совет постановил",
        ),
        "ar": (
            "المجلس الاقتصادي والاجتماعي",
            "المجلس الاقتصادي والاجتماعي",
            "المجلس الاقتصادي والاجتماعي",
            "طلب المجلس",
            "قرر المجلس",
        ),
        "zh": (
            "经济及社会理事会",
            "经济及社会理事会",
            "经济及社会理事会",
            "理事会请",
            "理事会决定",
        ),
    },
    "A/HRC": {
        "en": (
            "Human Rights Council",
            "Human Rights Council",
            "Human Rights Council",
            "the Council requested",
            "the Council decided",
        ),
        "fr": (
            "Conseil des droits de l'homme",
            "du Conseil des droits de l'homme",
            "le Conseil des droits de l'homme",
            "le Conseil a prié",
            "le Conseil a décidé",
        ),
        "es": (
            "Consejo de Derechos Humanos",
            "del Consejo de Derechos Humanos",
            "el Consejo de Derechos Humanos",
            "el Consejo solicitó",
            "el Consejo decidió",
        ),
        "ru": (
            "Совет по правам человека",
            "Совета по правам человека",
            "Советом по правам человека",
            "Совет просил",
            "Совет постановил",
        ),
        "ar": (
            "مجلس حقوق الإنسان",
            "مجلس حقوق الإنسان",
            "مجلس حقوق الإنسان",
            "طلب المجلس",
            "قرر المجلس",
        ),
        "zh": ("人权理事会", "人权理事会", "人权理事会", "理事会请", "理事会决定"),
    },
    "E/CN.15": {
        "en": (
            "Commission on Crime Prevention and Criminal Justice",
            "Commission on Crime Prevention and Criminal Justice",
            "Commission on Crime Prevention and Criminal Justice",
            "the Commission requested",
            "the Commission decided",
        ),
        "fr": (
            "Commission pour la prévention du crime et la justice pénale",
            "de la Commission pour la prévention du crime et la justice pénale",
            "la Commission pour la prévention du crime et la justice pénale",
            "la Commission a prié",
            "la Commission a décidé",
        ),
        "es": (
            "Comisión de Prevención del Delito y Justicia Penal",
            "de la Comisión de Prevención del Delito y Justicia Penal",
            "la Comisión de Prevención del Delito y Justicia Penal",
            "la Comisión solicitó",
            "la Comisión decidió",
        ),
        "ru": (
            "Комиссия по предупреждению преступности и уголовному правосудию",
            "Комиссии по предупреждению преступности и уголовному правосудию",
            "Комиссией по предупреждению преступности и уголовному правосудию",
            "Комиссия просила",
            "Комиссия постановила",
        ),
        "ar": (
            "لجنة منع الجريمة والعدالة الجنائية",
            "لجنة منع الجريمة والعدالة الجنائية",
            "لجنة منع الجريمة والعدالة الجنائية",
            "طلبت اللجنة",
            "قررت اللجنة",
        ),
        "zh": (
            "预防犯罪和刑事司法委员会",
            "预防犯罪和刑事司法委员会",
            "预防犯罪和刑事司法委员会",
            "委员会请",
            "委员会决定",
        ),
    },
    "E/CN.7": {
        "en": (
            "Commission on Narcotic Drugs",
            "Commission on Narcotic Drugs",
            "Commission on Narcotic Drugs",
            "the Commission requested",
            "the Commission decided",
        ),
        "fr": (
            "Commission des stupéfiants",
            "de la Commission des stupéfiants",
            "la Commission des stupéfiants",
            "la Commission a prié",
            "la Commission a décidé",
        ),
        "es": (
            "Comisión de Estupefacientes",
            "de la Comisión de Estupefacientes",
            "la Comisión de Estupefacientes",
            "la Comisión solicitó",
            "la Comisión decidió",
        ),
        "ru": (
            "Комиссия по наркотическим средствам",
            "Комиссии по наркотическим средствам",
            "Комиссией по наркотическим средствам",
            "Комиссия просила",
            "Комиссия постановила",
        ),
        "ar": ("لجنة المخدرات", "لجنة المخدرات", "لجنة المخدرات", "طلبت اللجنة", "قررت اللجنة"),
        "zh": ("麻醉药品委员会", "麻醉药品委员会", "麻醉药品委员会", "委员会请", "委员会决定"),
    },
    "CTOC/COP": {
        "en": (
            f"Conference of the Parties to the United Nations {_CTOC}",
            f"of the Conference of the Parties to the United Nations {_CTOC}",
            f"Conference of the Parties to the United Nations {_CTOC}",
            "the Conference requested",
            "the Conference decided",
        ),
        "fr": (
            "Conférence des Parties à la Convention des Nations Unies contre la criminalité "
            "transnationale organisée",
            "de la Conférence des Parties à la Convention des Nations Unies contre la "
            "criminalité transnationale organisée",
            "la Conférence des Parties",
            "la Conférence a prié",
            "la Conférence a décidé",
        ),
        "es": (
            "Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
            "Delincuencia Organizada Transnacional",
            "de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
            "Delincuencia Organizada Transnacional",
            "la Conferencia de las Partes",
            "la Conferencia solicitó",
            "la Conferencia decidió",
        ),
        "ru": (
            "Конференция участников Конвенции Организации Объединенных Наций против "
            "транснациональной организованной преступности",
            "Конференции участников Конвенции Организации Объединенных Наций против "
            "транснациональной организованной преступности",
            "Конференцией участников Конвенции",
            "Конференция просила",
            "Конференция постановила",
        ),
        "ar": (
            "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
            "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
            "مؤتمر الأطراف",
            "طلب المؤتمر",
            "قرر المؤتمر",
        ),
        "zh": (
            "联合国打击跨国有组织犯罪公约缔约方会议",
            "联合国打击跨国有组织犯罪公约缔约方会议",
            "缔约方会议",
            "缔约方会议请",
            "缔约方会议决定",
        ),
    },
    "CAC/COSP": {
        "en": (
            "Conference of the States Parties to the United Nations Convention against Corruption",
            "of the Conference of the States Parties to the United Nations Convention against "
            "Corruption",
            "Conference of the States Parties",
            "the Conference requested",
            "the Conference decided",
        ),
        "fr": (
            "Conférence des États parties à la Convention des Nations Unies contre la corruption",
            "de la Conférence des États parties à la Convention des Nations Unies contre la "
            "corruption",
            "la Conférence des États parties",
            "la Conférence a prié",
            "la Conférence a décidé",
        ),
        "es": (
            "Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la "
            "Corrupción",
            "de la Conferencia de los Estados Partes en la Convención de las "
            "Naciones Unidas contra la Corrupción",
            "la Conferencia de los Estados Partes",
            "la Conferencia solicitó",
            "la Conferencia decidió",
        ),
        "ru": (
            "Конференция государств – участников Конвенции Организации Объединенных Наций против "
            "коррупции",
            "Конференции государств – участников Конвенции Организации "
            "Объединенных Наций против коррупции",
            "Конференцией государств-участников",
            "Конференция просила",
            "Конференция постановила",
        ),
        "ar": (
            "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد",
            "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد",
            "مؤتمر الدول الأطراف",
            "طلب المؤتمر",
            "قرر المؤتمر",
        ),
        "zh": (
            "联合国反腐败公约缔约国会议",
            "联合国反腐败公约缔约国会议",
            "缔约国会议",
            "缔约国会议请",
            "缔约国会议决定",
        ),
    },
    "FCCC/CP": {
        "en": (
            "Conference of the Parties",
            "of the Conference of the Parties",
            "Conference of the Parties",
            "the Conference requested",
            "the Conference decided",
        ),
        "fr": (
            "Conférence des Parties",
            "de la Conférence des Parties",
            "la Conférence des Parties",
            "la Conférence a prié",
            "la Conférence a décidé",
        ),
        "es": (
            "Conferencia de las Partes",
            "de la Conferencia de las Partes",
            "la Conferencia de las Partes",
            "la Conferencia solicitó",
            "la Conferencia decidió",
        ),
        "ru": (
            "Конференция Сторон",
            "Конференции Сторон",
            "Конференцией Сторон",
            "Конференция просила",
            "Конференция постановила",
        ),
        "ar": ("مؤتمر الأطراف", "مؤتمر الأطراف", "مؤتمر الأطراف", "طلب المؤتمر", "قرر المؤتمر"),
        "zh": ("缔约方会议", "缔约方会议", "缔约方会议", "缔约方会议请", "缔约方会议决定"),
    },
}
# Bodies whose acts are feminine in Arabic ("قرارها": her resolution) — the others take "قراره".
AR_FEMININE = frozenset({"A", "E/CN.15", "E/CN.7"})

# Bodies that only head documents here: their names in the header.
HEADER_ONLY = {
    "FCCC/SBSTA": {
        "en": "Subsidiary Body for Scientific and Technological Advice",
        "fr": "Organe subsidiaire de conseil scientifique et technologique",
        "es": "Órgano Subsidiario de Asesoramiento Científico y Tecnológico",
        "ru": "Вспомогательный орган для консультирования по научным и техническим аспектам",
        "ar": "الهيئة الفرعية للمشورة العلمية والتكنولوجية",
        "zh": "附属科学技术咨询机构",
    },
    "FCCC/PA/CMA": {
        "en": "Conference of the Parties serving as the meeting of the Parties to the "
        "Paris Agreement",
        "fr": "Conférence des Parties agissant comme réunion des Parties à l'Accord de Paris",
        "es": "Conferencia de las Partes en calidad de reunión de las Partes en el "
        "Acuerdo de París",
        "ru": "Конференция Сторон, действующая в качестве совещания Сторон Парижского соглашения",
        "ar": "مؤتمر الأطراف العامل بوصفه اجتماع الأطراف في اتفاق باريس",
        "zh": "作为《巴黎协定》缔约方会议的《公约》缔约方大会",
    },
}

# Working groups established by a decision of their parent body: code -> lang -> name.
WORKING_GROUPS = {
    "CTOC/COP/WG.2": {
        "en": "Working Group of Government Experts on Technical Assistance",
        "fr": "Groupe de travail d'experts gouvernementaux sur l'assistance technique",
        "es": "Grupo de Trabajo de Expertos Gubernamentales sobre Asistencia Técnica",
        "ru": "Рабочая группа правительственных экспертов по технической помощи",
        "ar": "الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية",
        "zh": "技术援助问题政府专家工作组",
    },
    "CTOC/COP/WG.3": {
        "en": "Working Group on International Cooperation",
        "fr": "Groupe de travail sur la coopération internationale",
        "es": "Grupo de Trabajo sobre Cooperación Internacional",
        "ru": "Рабочая группа по международному сотрудничеству",
        "ar": "الفريق العامل المعني بالتعاون الدولي",
        "zh": "国际合作问题工作组",
    },
    "CAC/COSP/WG.2": {
        "en": "Open-ended Intergovernmental Working Group on Asset Recovery",
        "fr": "Groupe de travail intergouvernemental à composition non limitée sur le recouvrement "
        "d'avoirs",
        "es": "Grupo de Trabajo Intergubernamental de Composición Abierta sobre Recuperación de "
        "Activos",
        "ru": "Межправительственная рабочая группа открытого состава по возвращению активов",
        "ar": "الفريق العامل الحكومي الدولي المفتوح العضوية المعني باسترداد الموجودات",
        "zh": "资产追回问题不限成员名额政府间工作组",
    },
}

_RU_NOUN = {
    "resolution": dict(
        nom="резолюция", gen="резолюции", acc="резолюцию", prep="резолюции", ins="резолюцией"
    ),
    "decision": dict(nom="решение", gen="решения", acc="решение", prep="решении", ins="решением"),
}
_RU_OWN = {
    "resolution": dict(nom="своя", gen="своей", acc="свою", prep="своей", ins="своей"),
    "decision": dict(nom="свое", gen="своего", acc="свое", prep="своем", ins="своим"),
}
_NOUN = {
    "fr": ("résolution", "décision"),
    "es": ("resolución", "decisión"),
    "ar": ("قرار", "مقرر"),
    "zh": ("决议", "决定"),
}


def act_phrase(lang: str, kind: str, number: str, body: str, own: bool, case: str = "gen") -> str:
    """How a text names a resolution or decision: "its resolution 70/1", "решения 2/6 Конференции ..."

    `number` is as printed ("70/1", "2127 (2013)", "1/CP.21"); `own` says the cited act is the
    citing document's body's, which the text then writes "its resolution".
    """
    idx = 0 if kind == "resolution" else 1
    if lang == "en":
        if body.startswith("FCCC/"):  # "decision 1/CP.21": the number names the body
            return f"decision {number}"
        if own:
            return f"its {kind} {number}"
        of = BODIES[body]["en"][1]
        return f"{kind} {number} {of}" if of.startswith("of ") else f"{of} {kind} {number}"
    if lang == "ru":
        noun = _RU_NOUN[kind][case]
        if body.startswith("FCCC/"):
            return f"{noun} {number}"
        return (
            f"{_RU_OWN[kind][case]} {noun} {number}"
            if own
            else f"{noun} {number} {BODIES[body]['ru'][1]}"
        )
    noun = _NOUN[lang][idx]
    if lang in ("fr", "es"):
        if body.startswith("FCCC/"):
            return f"la {noun} {number}"
        mine = "sa" if lang == "fr" else "su"
        return f"{mine} {noun} {number}" if own else f"la {noun} {number} {BODIES[body][lang][1]}"
    if lang == "ar":
        if body.startswith("FCCC/"):
            return f"المقرر {number}"
        if own:
            return f"{noun}{'ها' if body in AR_FEMININE else 'ه'} {number}"
        return f"{noun} {BODIES[body]['ar'][1]} {number}"
    number = number.replace(" ", "")  # zh: 第2127(2013)号决议
    if body.startswith("FCCC/"):
        return f"第{number}号决定"
    return f"其第{number}号{noun}" if own else f"{BODIES[body]['zh'][1]}第{number}号{noun}"


# relation -> lang -> template (Russian: (template, case)). Preamble paragraphs end with ",",
# operative ones with ";" and get a number.
ACT_TEMPLATES: dict[str, dict[str, str | tuple[str, str]]] = {
    # The act itself rests on the act before it in its thread: a mandate statement (the act,
    # pursuant to the earlier one), so that chains run from act to act.
    "actingPursuantTo": {
        "en": "Acting pursuant to {R},",
        "fr": "Agissant en application de {R},",
        "es": "Actuando en cumplimiento de {R},",
        "ru": ("действуя во исполнение {R},", "gen"),
        "ar": "وإذ تتصرف عملا ب{R}،",
        "zh": "采取行动遵照{R}，",
    },
    "recalls": {
        "en": "Recalling {R},",
        "fr": "Rappelant {R},",
        "es": "Recordando {R},",
        "ru": ("ссылаясь на {R},", "acc"),
        "ar": "وإذ تشير إلى {R}،",
        "zh": "回顾{R}，",
    },
    "reaffirms": {
        "en": "Reaffirming {R},",
        "fr": "Réaffirmant {R},",
        "es": "Reafirmando {R},",
        "ru": ("вновь подтверждая {R},", "acc"),
        "ar": "وإذ تعيد تأكيد {R}،",
        "zh": "重申{R}，",
    },
    "extends": {
        "en": "Decides to extend the mandate established by {R} for a further period of twelve months;",
        "fr": "Décide de proroger de douze mois le mandat établi par {R} ;",
        "es": "Decide prorrogar por doce meses el mandato establecido en {R};",
        "ru": ("постановляет продлить на двенадцать месяцев мандат, установленный {R};", "ins"),
        "ar": "تقرر تمديد الولاية المنشأة بموجب {R} لفترة اثني عشر شهرا؛",
        "zh": "决定将{R}所规定的任务期限延长十二个月；",
    },
    "inAccordanceWith": {
        "en": "Decides, in accordance with {R}, to continue its consideration of the question at "
        "its next session;",
        "fr": "Décide, conformément à {R}, de poursuivre l'examen de la question à sa prochaine "
        "session ;",
        "es": "Decide, de conformidad con {R}, seguir examinando la cuestión en su próximo período "
        "de sesiones;",
        "ru": (
            "постановляет в соответствии с {R} продолжить рассмотрение этого вопроса на своей "
            "следующей сессии;",
            "ins",
        ),
        "ar": "تقرر، وفقا ل{R}، مواصلة النظر في المسألة في دورتها المقبلة؛",
        "zh": "决定依照{R}在下届会议上继续审议该问题；",
    },
    "pursuantTo": {
        "en": "Decides, pursuant to {R}, to convene a high-level meeting during its next session;",
        "fr": "Décide, en application de {R}, de convoquer une réunion de haut niveau à sa "
        "prochaine session ;",
        "es": "Decide, en cumplimiento de {R}, convocar una reunión de alto nivel durante su "
        "próximo período de sesiones;",
        "ru": (
            "постановляет во исполнение {R} созвать совещание высокого уровня в ходе своей "
            "следующей сессии;",
            "gen",
        ),
        "ar": "تقرر، عملا ب{R}، عقد اجتماع رفيع المستوى خلال دورتها المقبلة؛",
        "zh": "决定根据{R}在下届会议期间召开一次高级别会议；",
    },
}

REPORT_TEMPLATES: dict[str, dict[str, str | tuple[str, str]]] = {
    "pursuantTo": {
        "en": "The present report is submitted pursuant to {R}.",
        "fr": "Le présent rapport est soumis en application de {R}.",
        "es": "El presente informe se presenta en cumplimiento de {R}.",
        "ru": ("Настоящий доклад представляется во исполнение {R}.", "gen"),
        "ar": "يقدم هذا التقرير عملا ب{R}.",
        "zh": "本报告是根据{R}提交的。",
    },
    "requestedBy": {
        "en": "In {R}, {S} the Secretary-General to submit a report on the implementation of that "
        "text.",
        "fr": "Dans {R}, {S} le Secrétaire général de lui présenter un rapport sur l'application "
        "de ce texte.",
        "es": "En {R}, {S} al Secretario General que le presentara un informe sobre la aplicación "
        "de ese texto.",
        "ru": (
            "В {R} {S} Генерального секретаря представить доклад об осуществлении этого документа.",
            "prep",
        ),
        "ar": "وفي {R}، {S} إلى الأمين العام أن يقدم تقريرا عن تنفيذ ذلك النص.",
        "zh": "在{R}中，{S}秘书长提交一份关于执行情况的报告。",
    },
    "decides": {
        "en": "In {R}, {S} that the working group should be a constant element of its work.",
        "fr": "Dans {R}, {S} que le groupe de travail constituerait un élément permanent de ses "
        "travaux.",
        "es": "En {R}, {S} que el grupo de trabajo fuera un elemento permanente de su labor.",
        "ru": (
            "В {R} {S}, что рабочая группа должна являться постоянным элементом ее работы.",
            "prep",
        ),
        "ar": "وفي {R}، {S} أن يكون الفريق العامل عنصرا ثابتا في عمله.",
        "zh": "在{R}中，{S}工作组应成为其工作的一个常设部分。",
    },
    "establishedBy": {
        "en": "The {W} was established pursuant to {R}.",
        "fr": "Le {W} a été créé en application de {R}.",
        "es": "El {W} fue establecido en cumplimiento de {R}.",
        "ru": ("{W} была учреждена во исполнение {R}.", "gen"),
        "ar": "وقد أنشئ {W} عملا ب{R}.",
        "zh": "{W}是根据{R}设立的。",
    },
    "cites": {
        "en": "The relevant provisions are set out in {R}.",
        "fr": "Les dispositions pertinentes figurent dans {R}.",
        "es": "Las disposiciones pertinentes figuran en {R}.",
        "ru": ("Соответствующие положения изложены в {R}.", "prep"),
        "ar": "وترد الأحكام ذات الصلة في {R}.",
        "zh": "有关规定载于{R}。",
    },
}

# Citations of a document by its symbol {D}: preamble (","), operative (";") or running text.
DOC_TEMPLATES: dict[str, dict[str, str]] = {
    # The report the act asks for, by its symbol: a mandate statement (the report, requested by
    # the act), which the report's "submitted pursuant to" opening states again.
    "requests": {
        "en": "Requests the Secretary-General to submit to it a report ({D}) on the "
        "implementation of the present resolution;",
        "fr": "Prie le Secrétaire général de lui présenter un rapport ({D}) sur l'application "
        "de la présente résolution ;",
        "es": "Solicita al Secretario General que le presente un informe ({D}) sobre la "
        "aplicación de la presente resolución;",
        "ru": "просит Генерального секретаря представить ей доклад ({D}) об осуществлении "
        "настоящей резолюции;",
        "ar": "تطلب إلى الأمين العام أن يقدم إليها تقريرا ({D}) عن تنفيذ هذا القرار؛",
        "zh": "请秘书长提交一份关于本决议执行情况的报告({D})；",
    },
    "welcomes": {
        "en": "Welcoming the report of the Secretary-General ({D}),",
        "fr": "Se félicitant du rapport du Secrétaire général ({D}),",
        "es": "Acogiendo con beneplácito el informe del Secretario General ({D}),",
        "ru": "приветствуя доклад Генерального секретаря ({D}),",
        "ar": "وإذ ترحب بتقرير الأمين العام ({D})،",
        "zh": "欢迎秘书长的报告({D})，",
    },
    "takesNoteOf": {
        "en": "Takes note of the report of the Secretary-General ({D});",
        "fr": "Prend note du rapport du Secrétaire général ({D}) ;",
        "es": "Toma nota del informe del Secretario General ({D});",
        "ru": "принимает к сведению доклад Генерального секретаря ({D});",
        "ar": "تحيط علما بتقرير الأمين العام ({D})؛",
        "zh": "注意到秘书长的报告({D})；",
    },
    "endorses": {
        "en": "Endorses the recommendations contained in the report of the "
        "Secretary-General ({D});",
        "fr": "Fait siennes les recommandations figurant dans le rapport du Secrétaire "
        "général ({D}) ;",
        "es": "Hace suyas las recomendaciones que figuran en el informe del Secretario "
        "General ({D});",
        "ru": "одобряет рекомендации, содержащиеся в докладе Генерального секретаря ({D});",
        "ar": "تؤيد التوصيات الواردة في تقرير الأمين العام ({D})؛",
        "zh": "赞同秘书长的报告({D})所载各项建议；",
    },
    "cites": {
        "en": "Information on earlier activities is contained in document {D}.",
        "fr": "Des informations sur les activités antérieures figurent dans le document {D}.",
        "es": "La información sobre las actividades anteriores figura en el documento {D}.",
        "ru": "Информация о предыдущих мероприятиях содержится в документе {D}.",
        "ar": "وترد معلومات عن الأنشطة السابقة في الوثيقة {D}.",
        "zh": "关于以往活动的资料载于{D}号文件。",
    },
}
# A reference to a session of the citing document's body ({AT}: "at its seventh session").
SESSION_TEMPLATE = {
    "en": "The matter will be taken up again {AT}.",
    "fr": "La question sera examinée de nouveau {AT}.",
    "es": "La cuestión se volverá a examinar {AT}.",
    "ru": "Этот вопрос будет вновь рассмотрен {AT}.",
    "ar": "وسيعاد النظر في المسألة {AT}.",
    "zh": "将在{AT}再次审议此事项。",
}
