"""Running text of UN documents in the six official languages that cites nothing, for the corpus
generator: filler sentences full of numbers that are not references (dates, bienniums, fractions,
ISBN and sales numbers), preamble and operative paragraphs, titles and places. Written for the
benchmark; nothing is copied from real documents.
"""

# ruff: noqa: E501  (tables of phrases in six scripts read better one entry a line)

from __future__ import annotations

# -- running text that is not a reference (noise the extractor must leave alone) ----------------
PLACES = {
    "en": ("Vienna", "New York", "Geneva", "Nairobi", "Bangkok"),
    "fr": ("Vienne", "New York", "Genève", "Nairobi", "Bangkok"),
    "es": ("Viena", "Nueva York", "Ginebra", "Nairobi", "Bangkok"),
    "ru": ("Вене", "Нью-Йорке", "Женеве", "Найроби", "Бангкоке"),
    "ar": ("فيينا", "نيويورك", "جنيف", "نيروبي", "بانكوك"),
    "zh": ("维也纳", "纽约", "日内瓦", "内罗毕", "曼谷"),
}
# Slots: {place} {d1} {d2} dates, {n} {n2} {n3} counts, {y}-{y1} and {y}/{yy} bienniums,
# {money} {pct} {p} {p2} numbers, {numdate} "6/1/2014", {isbn}, {sales} ("E.14.IV.3").
FILLERS = {
    "en": (
        "The meeting was held in {place} from {d1} to {d2} and was attended by representatives "
        "of {n} States.",
        "Expenditure for the biennium {y}-{y1} amounted to {money} million United States dollars, "
        "or {pct} per cent of the approved budget.",
        "The estimates for {y}/{yy} are set out in paragraphs {p} to {p2} of the annex to the "
        "present report.",
        "A communication dated {numdate} was received from a Permanent Mission and is summarized "
        "on page {p}.",
        "The study (ISBN {isbn}; United Nations publication, Sales No. {sales}) is available in "
        "all official languages.",
        "Two thirds (2/3) of the {n} requests received between {d1} and {d2} concerned "
        "legislative assistance.",
        "The Secretariat organized {n} regional workshops and trained {n2} practitioners from "
        "{n3} countries.",
        "Member States are invited to submit their views to the Secretariat by {d1}.",
        "The programme of work for the period {y}-{y1} will be reviewed in the light of the "
        "available resources.",
        "As at {d1}, {n} States had responded to the questionnaire, compared with {n2} a year "
        "earlier.",
    ),
    "fr": (
        "La réunion s'est tenue à {place} du {d1} au {d2} et des représentants de {n} États y ont "
        "participé.",
        "Les dépenses de l'exercice biennal {y}-{y1} se sont élevées à {money} millions de dollars "
        "des États-Unis, soit {pct} % du budget approuvé.",
        "Les prévisions pour {y}/{yy} figurent aux paragraphes {p} à {p2} de l'annexe au présent "
        "rapport.",
        "Une communication datée du {numdate} a été reçue d'une mission permanente ; elle est "
        "résumée à la page {p}.",
        "L'étude (ISBN {isbn} ; publication des Nations Unies, numéro de vente : {sales}) est "
        "disponible dans toutes les langues officielles.",
        "Les deux tiers (2/3) des {n} demandes reçues entre le {d1} et le {d2} portaient sur "
        "l'assistance législative.",
        "Le Secrétariat a organisé {n} ateliers régionaux et formé {n2} praticiens de {n3} pays.",
        "Les États Membres sont invités à communiquer leurs vues au Secrétariat d'ici au {d1}.",
        "Le programme de travail pour la période {y}-{y1} sera examiné compte tenu des ressources "
        "disponibles.",
        "Au {d1}, {n} États avaient répondu au questionnaire, contre {n2} un an plus tôt.",
    ),
    "es": (
        "La reunión se celebró en {place} del {d1} al {d2} y asistieron a ella representantes de "
        "{n} Estados.",
        "Los gastos del bienio {y}-{y1} ascendieron a {money} millones de dólares de los Estados "
        "Unidos, es decir, el {pct} % del presupuesto aprobado.",
        "Las estimaciones para {y}/{yy} figuran en los párrafos {p} a {p2} del anexo del presente "
        "informe.",
        "Se recibió una comunicación de fecha {numdate} de una misión permanente, que se resume en "
        "la página {p}.",
        "El estudio (ISBN {isbn}; publicación de las Naciones Unidas, núm. de venta {sales}) está "
        "disponible en todos los idiomas oficiales.",
        "Dos tercios (2/3) de las {n} solicitudes recibidas entre el {d1} y el {d2} se referían a "
        "asistencia legislativa.",
        "La Secretaría organizó {n} talleres regionales y capacitó a {n2} profesionales de {n3} "
        "países.",
        "Se invita a los Estados Miembros a que presenten sus opiniones a la Secretaría a más "
        "tardar el {d1}.",
        "El programa de trabajo para el período {y}-{y1} se examinará teniendo en cuenta los "
        "recursos disponibles.",
        "Al {d1}, {n} Estados habían respondido al cuestionario, frente a {n2} un año antes.",
    ),
    "ru": (
        "Совещание состоялось в {place} {d1} – {d2}, и в нем приняли участие представители {n} "
        "государств.",
        "Расходы за двухгодичный период {y}–{y1} годов составили {money} млн. долл. США, или "
        "{pct} процента утвержденного бюджета.",
        "Сметы на {y}/{yy} год приводятся в пунктах {p}–{p2} приложения к настоящему докладу.",
        "Сообщение от {numdate} было получено от одного из постоянных представительств; его "
        "резюме приводится на странице {p}.",
        "Исследование (ISBN {isbn}; издание Организации Объединенных Наций, в продаже под "
        "№ {sales}) имеется на всех официальных языках.",
        "Две трети (2/3) из {n} запросов, полученных в период с {d1} по {d2}, касались помощи в "
        "законодательной области.",
        "Секретариат организовал {n} региональных семинаров и провел подготовку {n2} "
        "специалистов из {n3} стран.",
        "Государствам-членам предлагается представить свои мнения Секретариату до {d1}.",
        "Программа работы на период {y}–{y1} годов будет рассмотрена с учетом имеющихся ресурсов.",
        "По состоянию на {d1} на вопросник ответили {n} государств по сравнению с {n2} годом "
        "ранее.",
    ),
    "ar": (
        "وعقد الاجتماع في {place} في الفترة من {d1} إلى {d2}، وحضره ممثلو {n} دولة.",
        "وبلغت النفقات لفترة السنتين {y}-{y1} ما قدره {money} مليون دولار من دولارات الولايات "
        "المتحدة، أي {pct} في المائة من الميزانية المعتمدة.",
        "وترد التقديرات للفترة {y}/{yy} في الفقرات {p} إلى {p2} من مرفق هذا التقرير.",
        "ووردت رسالة مؤرخة {numdate} من إحدى البعثات الدائمة، ويرد موجزها في الصفحة {p}.",
        "والدراسة (ISBN {isbn}؛ منشورات الأمم المتحدة، رقم المبيع {sales}) متاحة بجميع اللغات "
        "الرسمية.",
        "وكان ثلثا (2/3) الطلبات البالغ عددها {n} التي وردت في الفترة من {d1} إلى {d2} يتعلقان "
        "بالمساعدة التشريعية.",
        "ونظمت الأمانة {n} حلقة عمل إقليمية ودربت {n2} من الممارسين من {n3} بلدا.",
        "والدول الأعضاء مدعوة إلى تقديم آرائها إلى الأمانة في موعد أقصاه {d1}.",
        "وسيستعرض برنامج العمل للفترة {y}-{y1} في ضوء الموارد المتاحة.",
        "وحتى {d1}، كانت {n} دولة قد ردت على الاستبيان، مقارنة بـ {n2} دولة قبل سنة.",
    ),
    "zh": (
        "会议于{d1}至{d2}在{place}举行，{n}个国家的代表出席了会议。",
        "{y}-{y1}两年期支出为{money}百万美元，占核定预算的{pct}%。",
        "{y}/{yy}年度的估计数载于本报告附件第{p}至{p2}段。",
        "收到一个常驻代表团{numdate}的来文，其摘要载于第{p}页。",
        "该研究报告(ISBN {isbn}；联合国出版物，出售品编号：{sales})以所有正式语文提供。",
        "在{d1}至{d2}期间收到的{n}项请求中，三分之二(2/3)涉及立法援助。",
        "秘书处组织了{n}次区域讲习班，培训了来自{n3}个国家的{n2}名从业人员。",
        "请会员国在{d1}之前向秘书处提交意见。",
        "将根据现有资源审查{y}-{y1}期间的工作方案。",
        "截至{d1}，已有{n}个国家答复了调查表，而一年前为{n2}个。",
    ),
}
# Preamble and operative paragraphs of a resolution that cite nothing.
PREAMBLE_FILLERS = {
    "en": (
        "Deeply concerned about the persistent challenges faced by developing countries,",
        "Mindful of the need to ensure the efficient use of resources,",
    ),
    "fr": (
        "Profondément préoccupée par les difficultés persistantes auxquelles se heurtent les "
        "pays en développement,",
        "Consciente de la nécessité d'assurer l'utilisation efficace des ressources,",
    ),
    "es": (
        "Profundamente preocupada por los problemas persistentes a que se enfrentan los países "
        "en desarrollo,",
        "Consciente de la necesidad de asegurar el uso eficiente de los recursos,",
    ),
    "ru": (
        "будучи глубоко обеспокоена сохраняющимися проблемами, с которыми сталкиваются "
        "развивающиеся страны,",
        "сознавая необходимость обеспечить эффективное использование ресурсов,",
    ),
    "ar": (
        "وإذ يساورها بالغ القلق إزاء التحديات المستمرة التي تواجهها البلدان النامية،",
        "وإذ تضع في اعتبارها ضرورة كفالة الاستخدام الفعال للموارد،",
    ),
    "zh": ("深为关切发展中国家面临的持续挑战，", "意识到需要确保有效利用资源，"),
}
OPERATIVE_FILLERS = {
    "en": (
        "Requests the Secretary-General to submit to it at its next session a report on the "
        "implementation of the present resolution;",
        "Encourages Member States to strengthen cooperation at the regional level;",
        "Decides to remain seized of the matter.",
    ),
    "fr": (
        "Prie le Secrétaire général de lui présenter à sa prochaine session un rapport sur "
        "l'application de la présente résolution ;",
        "Encourage les États Membres à renforcer la coopération au niveau régional ;",
        "Décide de rester saisi de la question.",
    ),
    "es": (
        "Solicita al Secretario General que le presente en su próximo período de sesiones un "
        "informe sobre la aplicación de la presente resolución;",
        "Alienta a los Estados Miembros a que refuercen la cooperación a nivel regional;",
        "Decide seguir ocupándose de la cuestión.",
    ),
    "ru": (
        "просит Генерального секретаря представить на ее следующей сессии доклад об "
        "осуществлении настоящей резолюции;",
        "призывает государства-члены укреплять сотрудничество на региональном уровне;",
        "постановляет продолжать заниматься этим вопросом.",
    ),
    "ar": (
        "تطلب إلى الأمين العام أن يقدم إليها في دورتها المقبلة تقريرا عن تنفيذ هذا القرار؛",
        "تشجع الدول الأعضاء على تعزيز التعاون على الصعيد الإقليمي؛",
        "تقرر أن تبقي المسألة قيد نظرها.",
    ),
    "zh": (
        "请秘书长在下届会议上向其提交关于本决议执行情况的报告；",
        "鼓励会员国加强区域一级的合作；",
        "决定继续处理此案。",
    ),
}
TITLES = {
    "en": (
        "Strengthening the United Nations crime prevention and criminal justice programme",
        "Technical assistance for implementing the international conventions and protocols "
        "related to terrorism",
        "Review of mandates",
        "Promotion and protection of human rights",
        "Follow-up to the outcome of the Millennium Summit",
        "Countering the world drug problem",
        "Implementation of the United Nations Convention against Corruption",
        "Climate action and capacity-building",
        "Assistance to refugees, returnees and displaced persons in Africa",
        "The situation in the Central African Republic",
    ),
    "fr": (
        "Renforcement du programme des Nations Unies pour la prévention du crime et la justice "
        "pénale",
        "Assistance technique pour la mise en œuvre des conventions et protocoles "
        "internationaux relatifs au terrorisme",
        "Examen des mandats",
        "Promotion et protection des droits de l'homme",
        "Suite donnée aux textes issus du Sommet du Millénaire",
        "Lutte contre le problème mondial de la drogue",
        "Application de la Convention des Nations Unies contre la corruption",
        "Action climatique et renforcement des capacités",
        "Aide aux réfugiés, aux rapatriés et aux déplacés en Afrique",
        "La situation en République centrafricaine",
    ),
    "es": (
        "Fortalecimiento del programa de las Naciones Unidas en materia de prevención del delito "
        "y justicia penal",
        "Asistencia técnica para aplicar los convenios y protocolos "
        "internacionales relativos al terrorismo",
        "Examen de los mandatos",
        "Promoción y protección de los derechos humanos",
        "Seguimiento de los resultados de la Cumbre del Milenio",
        "Contrarrestar el problema mundial de las drogas",
        "Aplicación de la Convención de las Naciones Unidas contra la Corrupción",
        "Acción climática y creación de capacidad",
        "Asistencia a los refugiados, los repatriados y los desplazados de África",
        "La situación en la República Centroafricana",
    ),
    "ru": (
        "Укрепление программы Организации Объединенных Наций в области предупреждения "
        "преступности и уголовного правосудия",
        "Техническая помощь в осуществлении "
        "международных конвенций и протоколов, касающихся терроризма",
        "Обзор мандатов",
        "Поощрение и защита прав человека",
        "Последующие меры по итогам Саммита тысячелетия",
        "Противодействие мировой проблеме наркотиков",
        "Осуществление Конвенции Организации Объединенных Наций против коррупции",
        "Действия в связи с изменением климата и укрепление потенциала",
        "Помощь беженцам, репатриантам и перемещенным лицам в Африке",
        "Положение в Центральноафриканской Республике",
    ),
    "ar": (
        "تعزيز برنامج الأمم المتحدة لمنع الجريمة والعدالة الجنائية",
        "المساعدة التقنية على تنفيذ الاتفاقيات والبروتوكولات الدولية المتعلقة بالإرهاب",
        "استعراض الولايات",
        "تعزيز حقوق الإنسان وحمايتها",
        "متابعة نتائج مؤتمر قمة الألفية",
        "التصدي لمشكلة المخدرات العالمية",
        "تنفيذ اتفاقية الأمم المتحدة لمكافحة الفساد",
        "العمل المناخي وبناء القدرات",
        "تقديم المساعدة إلى اللاجئين والعائدين والمشردين في أفريقيا",
        "الحالة في جمهورية أفريقيا الوسطى",
    ),
    "zh": (
        "加强联合国预防犯罪和刑事司法方案",
        "为执行与恐怖主义有关的国际公约和议定书提供技术援助",
        "审查任务",
        "促进和保护人权",
        "千年首脑会议成果的后续行动",
        "应对世界毒品问题",
        "《联合国反腐败公约》的执行情况",
        "气候行动和能力建设",
        "援助非洲难民、回返者和流离失所者",
        "中非共和国局势",
    ),
}
