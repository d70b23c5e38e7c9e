"""Mandate statements (graph/extract/mandates.py): one row per form, per language.

Each row: text, language, and the statements expected as
(subject_kind, subject key, relation, act key, subject text, paragraph, until, target).
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, mandate_statements, need_shared

from graph.extract import extract_record
from graph.model import MANDATE_RELATIONS, STATEMENT_RELATIONS, SUBJECT_KINDS, Document

S = "self"


statements = mandate_statements


# fmt: off
BACKWARD = [
    # the document itself, only when the text says so
    ("en", "The present report is submitted pursuant to General Assembly resolution 77/260.",
     [(S, None, "pursuantTo", "A/RES/77/260", "The present report", None, None, None)]),
    # "Having conducted the review in conformity with": the review rests on the act
    ("en", "The Human Rights Council,\nHaving conducted the review in conformity with all relevant "
     "provisions contained in the annex to Council resolution 5/1,\n",
     [("activity", None, "inAccordanceWith", "A/HRC/RES/5/1", "the review", None, None, None)]),
    ("fr", "Le Conseil des droits de l'homme,\nAyant procédé à l'Examen de la Slovénie "
     "le 4 novembre 2014 conformément à toutes les dispositions pertinentes "
     "figurant dans l'annexe à la résolution 5/1 du Conseil,\n",
     [("activity", None, "inAccordanceWith", "A/HRC/RES/5/1",
       "l'Examen de la Slovénie le 4 novembre 2014", None, None, None)]),
    ("es", "El Consejo de Derechos Humanos,\nHabiendo realizado el examen de Eslovenia "
     "el 4 de noviembre de 2014 de conformidad con todas las disposiciones pertinentes "
     "que figuran en el anexo de la resolución 5/1 del Consejo,\n",
     [("activity", None, "inAccordanceWith", "A/HRC/RES/5/1",
       "el examen de Eslovenia el 4 de noviembre de 2014", None, None, None)]),
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
    # "cuyo mandato se prorrogó en la resolución Y": the same body, extended by Y (not by X)
    ("es", "la Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei (UNISFA), que fue "
     "establecida en la resolución 1990 (2011) del Consejo de Seguridad, y cuyo mandato se "
     "prorrogó recientemente en la resolución 2179 (2014) del Consejo.",
     [("body", "UNISFA", "establishedBy", "S/RES/1990(2011)",
       "Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei", None, None, None),
      ("body", "UNISFA", "extendedBy", "S/RES/2179(2014)",
       "Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei", None, None, None)]),
    # a body established by one act and extended by another, in a relative clause
    ("fr", "la Force des Nations Unies chargée d'observer le désengagement (FNUOD), "
     "que le Conseil de sécurité a créée par sa résolution 350 (1974) et dont "
     "il a le plus récemment renouvelé le mandat par sa résolution 2450 (2018).",
     [("body", "UNDOF", "establishedBy", "S/RES/350(1974)",
       "Force des Nations Unies chargée d'observer le désengagement", None, None, None),
      ("body", "UNDOF", "extendedBy", "S/RES/2450(2018)",
       "Force des Nations Unies chargée d'observer le désengagement", None, None, None)]),
    ("ru", "в частности с Группой по аналитической поддержке и наблюдению за санкциями, "
     "учрежденной резолюцией 1526 (2004), мандат которой был продлен в резолюции "
     "2368 (2017);",
     [("body", "MT-1526", "establishedBy", "S/RES/1526(2004)",
       "Группой по аналитической поддержке и наблюдению за санкциями", None, None, None),
      ("body", "MT-1526", "extendedBy", "S/RES/2368(2017)",
       "Группой по аналитической поддержке и наблюдению за санкциями", None, None, None)]),
    ("ar", "ولا سيما فريق الدعم التحليلي ورصد الجزاءات المنشأ بالقرار 1526 (2004) "
     "والممددة ولايته بالقرار 2368 (2017)؛",
     [("body", "MT-1526", "establishedBy", "S/RES/1526(2004)",
       "فريق الدعم التحليلي ورصد الجزاءات", None, None, None),
      ("body", "MT-1526", "extendedBy", "S/RES/2368(2017)",
       "فريق الدعم التحليلي ورصد الجزاءات", None, None, None)]),
    ("ar", "قوة الأمم المتحدة لمراقبة فض الاشتباك التي أنشأها مجلس الأمن في قراره "
     "350 (1974)، ومدد ولايتها آخر مرة في قراره 2450 (2018).",
     [("body", "UNDOF", "establishedBy", "S/RES/350(1974)",
       "قوة الأمم المتحدة لمراقبة فض الاشتباك", None, None, None),
      ("body", "UNDOF", "extendedBy", "S/RES/2450(2018)",
       "قوة الأمم المتحدة لمراقبة فض الاشتباك", None, None, None)]),
    ("zh", "谨提及安全理事会第350(1974)号决议所设和最近由安理会第2450(2018)号决议延"
     "长的联合国脱离接触观察员部队。",
     [("body", "UNDOF", "establishedBy", "S/RES/350(1974)",
       "联合国脱离接触观察员部队", None, None, None),
      ("body", "UNDOF", "extendedBy", "S/RES/2450(2018)",
       "联合国脱离接触观察员部队", None, None, None)]),
    ("en", "the United Nations Disengagement Observer Force, established by resolution "
     "350 (1974) and whose mandate was most recently extended by resolution "
     "2450 (2018).",
     [("body", "UNDOF", "establishedBy", "S/RES/350(1974)",
       "United Nations Disengagement Observer Force", None, None, None),
      ("body", "UNDOF", "extendedBy", "S/RES/2450(2018)",
       "United Nations Disengagement Observer Force", None, None, None)]),
    ("es", "la Fuerza de las Naciones Unidas de Observación de la Separación (FNUOS), "
     "establecida por el Consejo de Seguridad en su resolución 350 (1974) y "
     "prorrogada por última vez en su resolución 2450 (2018).",
     [("body", "UNDOF", "establishedBy", "S/RES/350(1974)",
       "Fuerza de las Naciones Unidas de Observación de la Separación", None, None, None),
      ("body", "UNDOF", "extendedBy", "S/RES/2450(2018)",
       "Fuerza de las Naciones Unidas de Observación de la Separación", None, None, None)]),
    # a listed body extended by the act named: its code (an unlisted one has no key, and no
    # statement: the extending act did not establish it)
    ("zh", "谨提及第2188(2014)号决议，其中安理会决定将利比里亚问题专家小组的任务期"
     "延长10个月。",
     [("body", "PoE-1521", "extendedBy", "S/RES/2188(2014)",
       "利比里亚问题专家小组", None, None, None)]),
    # "its decision in resolution X to establish / to extend Y": Y, established or extended by X
    ("en", "Reaffirming its decision, in its resolution 77/71 of 7 December 2022, "
     "to establish a dedicated fellowship training programme on small arms,",
     [("activity", None, "establishedBy", "A/RES/77/71",
       "a dedicated fellowship training programme on small arms", None, None, None)]),
    ("en", "Recalling its decision in resolution 1447 (2002) to extend the programme "
     "originated by resolution 986 (1995) for 180 days,",
     [("activity", None, "extendedBy", "S/RES/1447(2002)", "the programme", None, None, None),
      ("activity", None, "establishedBy", "S/RES/986(1995)", "the programme", None, None, None)]),
    ("en", "Reaffirming the decision taken in resolution 886 (1993) of 18 November "
     "1993 to continue UNOSOM II up to 31 May 1994,",
     [("body", "UNOSOM-II", "extendedBy", "S/RES/886(1993)", "UNOSOM II", None, None, None)]),
    # something of a body ("UNISFA's mandate modification") is no body
    ("en", "Recalls its decision in resolution 2412 (2018) to extend until 15 April "
     "2019 UNISFA’s mandate modification;",
     [("activity", None, "extendedBy", "S/RES/2412(2018)",
       "UNISFA’s mandate modification", None, None, None)]),
    # "the creation, pursuant to paragraph 26 of resolution X, of a Panel": X established it
    ("en", "Recalling the creation, pursuant to paragraph 26 of resolution 1874 (2009), "
     "of a Panel of Experts, under the direction of the Committee,",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)",
       "a Panel of Experts", "26", None, None)]),
    ("fr", "Rappelant la création, en application du paragraphe 26 de sa résolution "
     "1874 (2009), d'un groupe d'experts, placé sous la supervision du Comité,",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)",
       "un groupe d'experts", "26", None, None)]),
    ("ru", "напоминая о создании в соответствии с пунктом 26 резолюции 1874 (2009) "
     "Группы экспертов, действующей под руководством Комитета,",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)",
       "Группы экспертов", "26", None, None)]),
    ("ar", "وإذ يشير إلى فريق الخبراء المنشأ عملا بأحكام الفقرة 26 من القرار 1874 "
     "(2009) والعامل بتوجيه من اللجنة،",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)", "فريق الخبراء", "26", None, None)]),
    ("zh", "回顾依照第1874(2009)号决议第26段设立一个专家小组，在委员会领导下执行任"
     "务，",
     [("body", "PoE-1874", "establishedBy", "S/RES/1874(2009)", "一个专家小组", None, None, None)]),
    # "Decides (that), in accordance with resolution X, <action>": the action follows X's rules
    ("en", "7. Decides that, in accordance with the provisions of its resolution 973 "
     "(X) of 15 December 1955, there shall be set off against the apportionment "
     "their respective shares.",
     [("activity", None, "inAccordanceWith", "A/RES/973(X)",
       "there shall be set off against the apportionment their respective "
       "shares", None, None, None)]),
    ("fr", "7. Décide que, conformément aux dispositions de sa résolution 973 (X) "
     "du 15 décembre 1955, il sera déduit des sommes réparties la part de chaque "
     "État Membre.",
     [("activity", None, "inAccordanceWith", "A/RES/973(X)",
       "il sera déduit des sommes réparties la part de chaque État Membre", None, None, None)]),
    ("es", "7. Decide que, de conformidad con lo dispuesto en su resolución 973 (X), "
     "de 15 de diciembre de 1955, se deduzcan de las sumas prorrateadas las "
     "partes que correspondan.",
     [("activity", None, "inAccordanceWith", "A/RES/973(X)",
       "se deduzcan de las sumas prorrateadas las partes que correspondan", None, None, None)]),
    ("ru", "7. постановляет, в соответствии с положениями своей резолюции 973 (X) "
     "от 15 декабря 1955 года, зачесть в счет начисленных сумм доли государств-членов;",
     [("activity", None, "inAccordanceWith", "A/RES/973(X)",
       "зачесть в счет начисленных сумм доли государств-членов", None, None, None)]),
    ("zh", "7. 决定根据其1955年12月15日第973(X)号决议的规定，从会员国摊款中减除各自应分的数额；",
     [("activity", None, "inAccordanceWith", "A/RES/973(X)",
       "从会员国摊款中减除各自应分的数额", None, None, None)]),
    # what a cited act demanded or called upon, told after it (quoted, a report, a noun phrase)
    ("en", "It should be recalled that in its resolution 884 (1993), the Security "
     "Council condemned \"the recent violations of the ceasefire\" and demanded "
     "\"the immediate cessation of armed hostilities\".",
     [("activity", None, "requestedBy", "S/RES/884(1993)",
       "the immediate cessation of armed hostilities", None, None, None)]),
    ("en", "Security Council resolution 2396 (2017) requires Member States to \"develop "
     "and implement systems to collect biometric data\".",
     [("activity", None, "requestedBy", "S/RES/2396(2017)",
       "develop and implement systems to collect biometric data", None, None, None)]),
    ("es", "Cabe recordar que, en su resolución 884 (1993), el Consejo de Seguridad "
     "condenó las recientes violaciones de la cesación del fuego y exigió la "
     "cesación inmediata de las hostilidades, así como la retirada de las fuerzas.",
     [("activity", None, "requestedBy", "S/RES/884(1993)",
       "la cesación inmediata de las hostilidades", None, None, None)]),
    ("fr", "Dans sa résolution 884 (1993), le Conseil de sécurité avait condamné << "
     "les récentes violations du cessez-le-feu >> et << exigé qu'il soit mis "
     "fin immédiatement aux hostilités >>.",
     [("activity", None, "requestedBy", "S/RES/884(1993)",
       "qu'il soit mis fin immédiatement aux hostilités", None, None, None)]),
    # "called upon all States" (README: a call upon States mandates nothing)
    ("ru", "В своей резолюции 2395 (2017) Совет Безопасности призвал все государства "
     "представить доклад Комитету безотлагательно.",
     []),
    ("ru", "Совет Безопасности в своей резолюции 2396 (2017) потребовал от государств-членов "
     "<<разработать и внедрить системы сбора биометрических данных>>.",
     [("activity", None, "requestedBy", "S/RES/2396(2017)",
       "разработать и внедрить системы сбора биометрических данных", None, None, None)]),
    ("ar", "وتجدر الإشارة إلى أنه في القرار 884 (1993)، أدان مجلس الأمن \"الانتهاكات "
     "الأخيرة لوقف إطلاق النار\" وطالب \"بالوقف الفوري للأعمال العدائية\".",
     [("activity", None, "requestedBy", "S/RES/884(1993)",
       "بالوقف الفوري للأعمال العدائية", None, None, None)]),
    ("zh", "在第2395(2017)号决议中，安全理事会呼吁所有国家毫不拖延地向委员会提交报"
     "告。",
     []),
    # a report named before "as requested by ... in resolution": what the act asked for
    ("en", "I will return to these matters in my report on the situation in the region, "
     "to be issued by 30 June 2016, as requested by the Council in resolution "
     "2250 (2015).",
     [("activity", None, "requestedBy", "S/RES/2250(2015)",
       "my report on the situation in the region", None, None, None)]),
    ("fr", "Je reviendrai sur ces questions dans mon rapport sur la situation dans "
     "la région, qui doit être publié le 30 juin 2016, ainsi que le Conseil "
     "l'a demandé dans sa résolution 2250 (2015).",
     [("activity", None, "requestedBy", "S/RES/2250(2015)",
       "mon rapport sur la situation dans la région", None, None, None)]),
    ("es", "Volveré sobre estas cuestiones en mi informe sobre la situación en la "
     "región que se publicará el 30 de junio de 2016 conforme a lo solicitado "
     "por el Consejo en su resolución 2250 (2015).",
     [("activity", None, "requestedBy", "S/RES/2250(2015)",
       "mi informe sobre la situación en la región", None, None, None)]),
    ("ru", "Я вернусь к этим вопросам в рамках моего доклада о положении в регионе, "
     "который в соответствии с просьбой, высказанной Советом Безопасности в "
     "резолюции 2250 (2015), должен быть представлен к 30 июня 2016 года.",
     [("activity", None, "requestedBy", "S/RES/2250(2015)",
       "моего доклада о положении в регионе", None, None, None)]),
    ("ar", "وسأعود إلى هذه المسائل في تقريري عن الحالة في المنطقة الذي سيصدر بحلول "
     "30 حزيران/يونيه 2016، وفقا لما طلبه مجلس الأمن في القرار 2250 (2015).",
     [("activity", None, "requestedBy", "S/RES/2250(2015)",
       "تقريري عن الحالة في المنطقة", None, None, None)]),
    # a subsidiary body whose name runs into "pursuant to" (its official name)
    ("en", "the sanctions list established by the Committee pursuant to resolutions "
     "1267 (1999) and 1989 (2011)",
     [("body", "S/AC.37", "pursuantTo", "S/RES/1267(1999)", "Committee", None, None, None),
      ("body", "S/AC.37", "pursuantTo", "S/RES/1989(2011)", "Committee", None, None, None)]),
    ("fr", "la Liste relative aux sanctions créée par le Comité faisant suite aux "
     "résolutions 1267 (1999) et 1989 (2011)",
     [("body", "S/AC.37", "pursuantTo", "S/RES/1267(1999)", "le Comité", None, None, None),
      ("body", "S/AC.37", "pursuantTo", "S/RES/1989(2011)", "le Comité", None, None, None)]),
    ("es", "la lista de sanciones establecida por el Comité dimanante de las resoluciones "
     "1267 (1999) y 1989 (2011)",
     [("body", "S/AC.37", "establishedBy", "S/RES/1267(1999)", "el Comité", None, None, None),
      ("body", "S/AC.37", "establishedBy", "S/RES/1989(2011)", "el Comité", None, None, None)]),
    ("ar", "قائمة الجزاءات التي وضعتها اللجنة المنبثقة عن القرارين 1267 (1999) و 1989 "
     "(2011)",
     [("body", "S/AC.37", "establishedBy", "S/RES/1267(1999)", "اللجنة", None, None, None),
      ("body", "S/AC.37", "establishedBy", "S/RES/1989(2011)", "اللجنة", None, None, None)]),
    # an establishing verb, the body, then a basis cue: the act established the body
    ("en", "The Economic and Social Council established the Commission on Narcotic "
     "Drugs pursuant to its resolution 9 (I).",
     [("body", "E/CN.7", "establishedBy", "E/RES/9(I)",
       "Commission on Narcotic Drugs", None, None, None)]),
    ("fr", "Le Conseil économique et social a créé la Commission des stupéfiants en "
     "application de sa résolution 9 (I).",
     [("body", "E/CN.7", "establishedBy", "E/RES/9(I)",
       "Commission des stupéfiants", None, None, None)]),
    ("es", "El Consejo Económico y Social estableció la Comisión de Estupefacientes "
     "en virtud de su resolución 9 (I).",
     [("body", "E/CN.7", "establishedBy", "E/RES/9(I)",
       "Comisión de Estupefacientes", None, None, None)]),
    ("ru", "Экономический и Социальный Совет учредил Комиссию по наркотическим средствам "
     "в соответствии со своей резолюцией 9 (I).",
     [("body", "E/CN.7", "establishedBy", "E/RES/9(I)",
       "Комиссию по наркотическим средствам", None, None, None)]),
    ("ar", "نشير إلى أن المجلس الاقتصادي والاجتماعي أنشأ لجنة المخدرات بموجب قراره "
     "9 (د-1).",
     [("body", "E/CN.7", "establishedBy", "E/RES/9(I)", "لجنة المخدرات", None, None, None)]),
    # "decided to extend for 13 months the mandate of": the body after the duration (keyed by its
    # code where the scheme names it in that language)
    ("fr", "J'ai l'honneur de me référer à la résolution 2219 (2015), par laquelle "
     "le Conseil a décidé de proroger de 13 mois le mandat du Groupe d'experts "
     "sur la Côte d'Ivoire.",
     [("body", "GoE-1584", "extendedBy", "S/RES/2219(2015)",
       "Groupe d'experts sur la Côte d'Ivoire", None, None, None)]),
    ("ru", "Имею честь сослаться на резолюцию 2219 (2015), в которой Совет постановил "
     "продлить на 13-месячный период мандат Группы экспертов по Кот-д'Ивуару.",
     [("body", "GoE-1584", "extendedBy", "S/RES/2219(2015)",
       "Группы экспертов по Кот-д'Ивуару", None, None, None)]),
    ("ar", "يشرفني أن أشير إلى القرار 2219 (2015)، الذي قرر مجلس الأمن فيه تمديد ولاية "
     "فريق الخبراء المعني بكوت ديفوار لمدة 13 شهرا.",
     [("body", "GoE-1584", "extendedBy", "S/RES/2219(2015)",
       "فريق الخبراء المعني بكوت ديفوار", None, None, None)]),
    ("ar", "أتشرف بالإشارة إلى القرار 2219 (2015) الذي اتخذه مجلس الأمن في 28 نيسان/أبريل "
     "2015 وقرر فيه تمديد ولاية فريق الخبراء المعني بكوت ديفوار.",
     [("body", "GoE-1584", "extendedBy", "S/RES/2219(2015)",
       "فريق الخبراء المعني بكوت ديفوار", None, None, None)]),
    # a participle before a basis cue: the establishment, by the act after both
    ("es", "la Comisión de Estupefacientes fue creada por el Consejo Económico y Social "
     "en virtud de su resolución 9 (I), de 16 de febrero de 1946.",
     [("body", "E/CN.7", "establishedBy", "E/RES/9(I)",
       "Comisión de Estupefacientes", None, None, None)]),
    # "设立的，": nothing after the verb is what the act established
    ("zh", "麻醉药品委员会是按经济及社会理事会第9 (I)号决议设立的，其任务授权包括协助理事会。",
     []),
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
     [("body", "Committee-748", "establishedBy", "S/RES/748(1992)",
       "the Committee of the Security Council", None, None, None)]),
    # a committee the scheme does not list is keyed by the act that established it
    ("en", "the Committee of the Security Council established by resolution 841 (1993)",
     [("body", "body:S/RES/841(1993)", "establishedBy", "S/RES/841(1993)",
       "the Committee of the Security Council", None, None, None)]),
    # missions and special procedures the scheme lists, named by acronym or in full
    ("en", "UNAVEM II, extended by resolution 890 (1993), reported.",
     [("body", "UNAVEM-II", "extendedBy", "S/RES/890(1993)", "UNAVEM II", None, None, None)]),
    ("en", "the Special Rapporteur on the right to food, established by Commission on Human "
     "Rights resolution 2000/10,",
     [("body", "SR-Food", "establishedBy", "E/CN.4 resolution 2000/10",
       "Special Rapporteur on the right to food", None, None, None)]),
    ("en", "the Human Rights Council Advisory Committee,\nestablished pursuant to resolution 5/1,",
     [("body", "A/HRC/AC", "establishedBy", "A/RES/5/1",
       "Human Rights Council Advisory Committee", None, None, None)]),
    # a body the scheme does not list, ended by the act named with it: that act did not
    # establish it, so it has no key, and no statement is made
    ("en", "the United Nations Observer Mission, terminated by resolution 1234 (1999),",
     []),
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
     [("body", "UNAVEM-II", "extendedBy", None, "UNAVEM II", "3", "1994-03-16", None)]),
    # a special procedure whose name runs on past "to", a period before or after the name
    ("en", "1. Decides to extend the mandate of the Special Rapporteur on the right to food for a "
     "period of three years;",
     [("body", "SR-Food", "extendedBy", None, "the Special Rapporteur on the right to food", "1",
       None, None)]),
    ("en", "1. Decides to extend, for a further period of three years, the mandate of the Working "
     "Group on Arbitrary Detention;",
     [("body", "WG-ArbitraryDetention", "extendedBy", None,
       "the Working Group on Arbitrary Detention", "1", None, None)]),
    ("fr", "1. Décide de proroger pour une période de trois ans le mandat du Rapporteur spécial "
     "sur le droit à l'alimentation ;",
     [("body", "SR-Food", "extendedBy", None, "Rapporteur spécial sur le droit à l'alimentation",
       "1", None, None)]),
    ("es", "1. Decide prorrogar por un período de tres años el mandato del Relator Especial sobre "
     "el derecho a la alimentación;",
     [("body", "SR-Food", "extendedBy", None,
       "Relator Especial sobre el derecho a la alimentación", "1", None, None)]),
    ("ru", "1. постановляет продлить мандат Специального докладчика по вопросу о праве на питание "
     "на трехлетний период;",
     [("body", "SR-Food", "extendedBy", None,
       "Специального докладчика по вопросу о праве на питание", "1", None, None)]),
    ("ru", "1. постановляет продлить на трехлетний период мандат Специального докладчика по "
     "вопросу о праве на питание;",
     [("body", "SR-Food", "extendedBy", None,
       "Специального докладчика по вопросу о праве на питание", "1", None, None)]),
    ("ar", "1 - يقرر تمديد ولاية المقرر الخاص المعني بالحق في الغذاء لفترة ثلاث سنوات؛",
     [("body", "SR-Food", "extendedBy", None, "المقرر الخاص المعني بالحق في الغذاء", "1", None,
       None)]),
    ("zh", "1. 决定将食物权问题特别报告员的任务延长三年；",
     [("body", "SR-Food", "extendedBy", None, "食物权问题特别报告员", "1", None, None)]),
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
    # "calls upon" national authorities or donors mandates nothing (only a UN or convention body)
    ("es", "9. Exhorta a las autoridades de Haití a que adopten todas las medidas "
     "necesarias;", []),
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
    ("ru", "9. призывает власти Гаити принять все необходимые меры;", []),
    ("ar", "126 - يلاحظ هدف المشروع، ويطلب إلى الأمين العام أن يواصل الإبلاغ عن إنجازاته؛",
     [("activity", None, "requestedBy", None, "يواصل الإبلاغ عن إنجازاته", "126", None, None)]),
    ("ar", "52 - يطلب إلى الأمين العام أن يضع سياسات للتوظيف، وأن يقدم تقريرا عن ذلك إلى "
     "الجمعية العامة؛",
     [("activity", None, "requestedBy", None, "يضع سياسات للتوظيف", "52", None, None),
      ("activity", None, "requestedBy", None,
       "أن يقدم تقريرا عن ذلك إلى الجمعية العامة", "52", None, None)]),
    # "calls upon the authorities of Haiti": no UN addressee, no request (as in en and zh)
    ("ar", "9 - يهيب بسلطات هايتي أن تتخذ جميع الخطوات اللازمة؛", []),
    ("zh", "126. 注意到该项目的目的，并请秘书长继续报告这一项目的成果；",
     [("activity", None, "requestedBy", None, "继续报告这一项目的成果", "126", None, None)]),
    ("zh", "9. 促请海地当局采取一切必要步骤；", []),
    ("zh", "4. 促请各国执行这些措施；", []),
    ("zh", "52. 请秘书长制定征聘政策，并向大会第七十届会议报告有关情况；",
     [("activity", None, "requestedBy", None, "制定征聘政策", "52", None, "大会第七十届会议"),
      ("activity", None, "requestedBy", None, "向大会第七十届会议报告有关情况", "52", None,
       "大会第七十届会议")]),
    # A segment before the action (a time, a consultation, "continue,") is passed over
    ("en", "4. Requests the Secretary-General to continue, within existing resources, to provide "
     "support to the Group;",
     [("activity", None, "requestedBy", None,
       "continue, within existing resources, to provide support to the Group", "4", None, None)]),
    ("fr", "4. Prie le Secrétariat de continuer, sous réserve des ressources disponibles, à "
     "organiser des ateliers ;",
     [("activity", None, "requestedBy", None,
       "continuer, sous réserve des ressources disponibles, à organiser des ateliers", "4", None,
       None)]),
    ("es", "9. Solicita a la Oficina que, cuando corresponda, en consulta con los Estados "
     "Miembros, "
     "elabore un manual;",
     [("activity", None, "requestedBy", None, "elabore un manual", "9", None, None)]),
    ("ru", "4. просит Секретариат продолжать, в пределах имеющихся ресурсов, оказывать помощь "
     "Группе;",
     [("activity", None, "requestedBy", None,
       "продолжать, в пределах имеющихся ресурсов, оказывать помощь Группе", "4", None, None)]),
    ("ar", "4 - يطلب إلى الأمانة أن تواصل، رهنا بتوافر الموارد، تنظيم حلقات العمل؛",
     [("activity", None, "requestedBy", None, "تواصل، رهنا بتوافر الموارد، تنظيم حلقات العمل",
       "4", None, None)]),
    ("zh", "13. 请秘书长在本决议通过30天内，报告本决议的执行情况；",
     [("activity", None, "requestedBy", None, "报告本决议的执行情况", "13", None, "30天内")]),
    ("zh", "9. 请专家组在执行任务时，与其他专家组合作；",
     [("activity", None, "requestedBy", None, "与其他专家组合作", "9", None, None)]),
    ("zh", "9. 还请办公室与会员国协商，制定一项援助工具；",
     [("activity", None, "requestedBy", None, "制定一项援助工具", "9", None, None)]),
    # A request the cited act made is not the present act's too
    ("zh", "安全理事会在第2055(2012)号决议中，请我将专家组的人数增至9人。",
     [("activity", None, "requestedBy", "S/RES/2055(2012)", "我将专家组的人数增至9人", None, None,
       None)]),
    # Words set off by commas between the verb and what it extends; "reconduire", "延至"
    ("en", "3. Decides to renew, for the period specified in paragraph 1 above, the travel "
     "measures;",
     [("activity", None, "extendedBy", None, "the travel measures", "3", None, None)]),
    ("fr", "3. Décide de reconduire, pour la période indiquée au paragraphe 1, les mesures "
     "financières ;",
     [("activity", None, "extendedBy", None, "les mesures financières", "3", None, None)]),
    ("fr", "2. Décide de reconduire jusqu'au 26 février 2016 les mesures financières ;",
     [("activity", None, "extendedBy", None, "les mesures financières", "2", "2016-02-26",
       None)]),
    ("es", "3. Decide prorrogar, por el período especificado en el párrafo 1, las medidas "
     "financieras;",
     [("activity", None, "extendedBy", None, "las medidas financieras", "3", None, None)]),
    ("ar", "3 - يقرر أن يجدد، للفترة المبينة في الفقرة 1 أعلاه، التدابير المالية؛",
     [("activity", None, "extendedBy", None, "التدابير المالية", "3", None, None)]),
    ("zh", "2. 决定将上述金融措施延至2016年2月26日；",
     [("activity", None, "extendedBy", None, "上述金融措施", "2", "2016-02-26", None)]),
    ("zh", "3. 决定在上文第1段规定的期间内延长金融措施；",
     [("activity", None, "extendedBy", None, "金融措施", "3", None, None)]),
    # A paragraph that decides what shall be done; not what applies or binds
    ("en", "5. Decides that the special session shall be convened in March;",
     [("activity", None, "requestedBy", None, "the special session shall be convened in March",
       "5", None, None)]),
    ("en", "6. Decides that, in accordance with its resolution 973 (X), there shall be set off "
     "against the apportionment their share;",
     [("activity", None, "requestedBy", None,
       "there shall be set off against the apportionment their share", "6", None, None)]),
    ("en", "7. Decides that the provisions set forth in paragraphs 12 to 30 shall come into force;",
     []),
    ("en", "8. Decides that all States shall impound all vessels;", []),
    ("fr", "5. Décide que la session extraordinaire sera convoquée en mars ;",
     [("activity", None, "requestedBy", None, "la session extraordinaire sera convoquée en mars",
       "5", None, None)]),
    ("fr", "6. Décide que, conformément à sa résolution 973 (X), il sera déduit des sommes "
     "réparties la part de chaque État ;",
     [("activity", None, "requestedBy", None,
       "il sera déduit des sommes réparties la part de chaque État", "6", None, None)]),
    ("es", "5. Decide que el período extraordinario de sesiones se convocará en marzo;",
     [("activity", None, "requestedBy", None,
       "el período extraordinario de sesiones se convocará en marzo", "5", None, None)]),
    ("es", "6. Decide que, de conformidad con su resolución 973 (X), se deduzcan de las sumas "
     "las partes;",
     [("activity", None, "requestedBy", None, "se deduzcan de las sumas las partes", "6", None,
       None)]),
    ("ru", "5. постановляет созвать специальную сессию в марте;",
     [("activity", None, "requestedBy", None, "созвать специальную сессию в марте", "5", None,
       None)]),
    ("ru", "7. постановляет продолжать заниматься этим вопросом.", []),
    ("ar", "5 - يقرر أن تعقد الدورة الاستثنائية في آذار/مارس؛",
     [("activity", None, "requestedBy", None, "تعقد الدورة الاستثنائية في آذار/مارس", "5", None,
       None)]),
    ("zh", "5. 决定应在委员会第五十九届会议之后，订于2016年3月举行该特别会议；",
     [("activity", None, "requestedBy", None, "订于2016年3月举行该特别会议", "5", None, None)]),
    ("zh", "6. 决定根据其第973(X)号决议的规定，从会员国摊款中减除各自应分的数额。",
     [("activity", None, "requestedBy", None, "从会员国摊款中减除各自应分的数额", "6", None,
       None)]),
    # Other opening verbs: establishment authorized, a decision to establish renewed, a work plan
    # or amendments adopted, a continuation approved; an invitation to a body, not to Parties
    ("en", "12. Decides to establish, within existing resources, an annual “peacebuilding week” "
           "in June;",
     [("activity", None, "establishedBy", None, "an annual “peacebuilding week” in June", "12",
        None, None)]),
    ("en", "8. Renews its decision to establish an open-ended technical expert group, convening "
           "for two days;",
     [("body", None, "establishedBy", None, "an open-ended technical expert group", "8", None,
        None)]),
    ("en", "1. Authorizes the establishment of a Commission of Inquiry to investigate armed "
           "attacks;",
     [("body", None, "establishedBy", None, "a Commission of Inquiry", "1", None, None)]),
    ("en", "20. Adopts the amendments to the gender action plan contained in the annex;",
     [("activity", None, "establishedBy", None, "the amendments", "20", None, None)]),
    ("en", "5. Further adopt the workplan of the forum for 2026–2030, as contained in the "
           "annex;",
     [("document", None, "establishedBy", None, "the workplan of the forum for 2026–2030", "5",
        None, None)]),
    ("en", "6. Approves the continuation of UNOMIG’s mandate until 7 March 1994;",
     [("body", "UNOMIG", "extendedBy", None, "UNOMIG’s mandate", "6", "1994-03-07", None)]),
    ("en", "32. Invites the International Criminal Court to submit, if it deems it appropriate, "
           "a report on its activities;",
     [("activity", None, "requestedBy", None, "a report on its activities", "32", None, None)]),
    ("en", "7. Invites Parties to promote gender balance;",
     []),
    ("en", "8. Invites Member States to contribute to the trust fund;",
     []),
    ("en", "12. Decides to establish, within existing resources, an annual “peacebuilding week” "
           "in June;",
     [("activity", None, "establishedBy", None, "an annual “peacebuilding week” in June", "12",
        None, None)]),
    ("en", "20. Adopts the amendments to the gender action plan contained in the annex;",
     [("activity", None, "establishedBy", None, "the amendments", "20", None, None)]),
    ("en", "2. Adopts the modalities, work programme and functions of the forum contained in "
           "the annex;",
     [("activity", None, "establishedBy", None, "the modalities", "2", None, None)]),
    ("en", "3. Adopts the report of the Committee;",
     []),
    ("fr", "20. Adopte les amendements au plan d'action en faveur de l'égalité des sexes "
           "figurant en annexe ;",
     [("activity", None, "establishedBy", None,
        "les amendements au plan d'action en faveur de l'égalité des sexes figurant en annexe",
        "20", None, None)]),
    ("fr", "1. Autorise la création d'une commission d'enquête chargée d'enquêter sur les "
           "attaques ;",
     [("body", None, "establishedBy", None, "une commission d'enquête", "1", None, None)]),
    ("es", "20. Aprueba las enmiendas al plan de acción sobre el género que figuran en el "
           "anexo;",
     [("activity", None, "establishedBy", None,
        "las enmiendas al plan de acción sobre el género", "20", None, None)]),
    ("es", "1. Autoriza el establecimiento de una comisión de investigación;",
     [("body", None, "establishedBy", None, "una comisión de investigación", "1", None, None)]),
    ("ru", "20. утверждает поправки к плану действий по гендерным вопросам, содержащиеся в "
           "приложении;",
     [("activity", None, "establishedBy", None,
        "поправки к плану действий по гендерным вопросам", "20", None, None)]),
    ("ru", "1. санкционирует создание комиссии по расследованию;",
     [("body", None, "establishedBy", None, "комиссии по расследованию", "1", None, None)]),
    ("ar", "20 - يعتمد التعديلات على خطة العمل الجنسانية الواردة في المرفق؛",
     [("activity", None, "establishedBy", None,
        "التعديلات على خطة العمل الجنسانية الواردة في المرفق", "20", None, None)]),
    ("ar", "1 - يأذن بإنشاء لجنة تحقيق؛",
     [("body", None, "establishedBy", None, "لجنة تحقيق", "1", None, None)]),
    ("zh", "1. 授权设立一个调查委员会；",
     [("body", None, "establishedBy", None, "一个调查委员会", "1", None, None)]),
    # A subsidiary body"s request recorded in its report
    ("fr", "11. Le SBI a prié le secrétariat de mettre à jour la plateforme en ligne.",
     [("activity", None, "requestedBy", None, "mettre à jour la plateforme en ligne", "11", None,
        None)]),
    ("es", "11. El OSE pidió a la secretaría que actualizara la plataforma en línea.",
     [("activity", None, "requestedBy", None, "actualizara la plataforma en línea", "11", None,
        None)]),
    ("ru", "11. ВОО просил секретариат обновить онлайновую платформу.",
     [("activity", None, "requestedBy", None, "обновить онлайновую платформу", "11", None, None)]),
    ("ar", "11 - وطلبت الهيئة الفرعية للتنفيذ إلى الأمانة أن تستكمل المنصة الإلكترونية.",
     [("activity", None, "requestedBy", None, "تستكمل المنصة الإلكترونية", "11", None, None)]),
    ("zh", "11. 履行机构请秘书处更新在线平台。",
     [("activity", None, "requestedBy", None, "秘书处更新在线平台", "11", None, None)]),
    # In a report, only a body's recorded requests; in a decision it holds, every request
    ("en", "FCCC/SBI/2018/11\n\nReport of the Subsidiary Body for Implementation\n\n11. The SBI "
     "requested the secretariat to update the online platform.\n12. The SBI noted the report, "
     "and requests Parties to consider it.\n",
     [("activity", None, "requestedBy", "FCCC/SBI/2018/11", "update the online platform", "11",
       None, None)]),
    ("en", "FCCC/KP/CMP/2024/7/Add.1\n\nReport of the Conference of the Parties\n\nDecision "
     "1/CMP.19\n\n11. Welcomes the approval of additional financing and requests the Board to "
     "accelerate efforts to implement the programme;\n\tInviting the secretariat to promote "
     "gender-balanced events;\n",
     [("activity", None, "requestedBy", "decision 1/CMP.19",
       "accelerate efforts to implement the programme", "11", None, None),
      ("activity", None, "requestedBy", "decision 1/CMP.19", "promote gender-balanced events",
       None, None, None)]),
    # Arabic: "يوعز … بأن", a verbal noun after the addressee, "كل في إطار ولايته", not donors
    ("ar", "6 - يوعز إلى الفريق بأن يتعاون مع أفرقة الخبراء الأخرى؛",
     [("activity", None, "requestedBy", None, "يتعاون مع أفرقة الخبراء الأخرى", "6", None,
        None)]),
    ("ar", "15 - تطلب كذلك إلى الأمين العام مواصلة بذل كل جهد ممكن لملء الشواغر المتبقية في "
           "المكتب؛",
     [("activity", None, "requestedBy", None,
        "مواصلة بذل كل جهد ممكن لملء الشواغر المتبقية في المكتب", "15", None, None)]),
    ("ar", "4 - تطلب إلى الأمينين العامين أن يواصلا، كل في إطار ولايته، تشجيع التعاون بين "
           "المنظمتين؛",
     [("activity", None, "requestedBy", None,
        "يواصلا، كل في إطار ولايته، تشجيع التعاون بين المنظمتين", "4", None, None)]),
    ("ar", "11 - تطلب إلى الأمين العام أن يدعو رؤساء الكيانات إلى النظر في المواءمة، "
           "والإبلاغ عن ذلك في التقارير المقبلة؛",
     [("activity", None, "requestedBy", None, "يدعو رؤساء الكيانات إلى النظر في المواءمة",
        "11", None, None),
      ("activity", None, "requestedBy", None, "الإبلاغ عن ذلك في التقارير المقبلة", "11", None,
        None)]),
    ("ar", "4 - يهيب بالأطراف المانحة أن تواصل المشاركة في دعم عملية إعادة البناء؛", []),
    ("ar", "4 - يهيب بجميع الدول أن تنفذ التدابير؛",
     []),
    ("ar", "1 - يطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار؛",
     [("activity", None, "requestedBy", None, "تقريرا عن تنفيذ هذا القرار", "1", None, None)]),
    # Chinese: a lead ("根据…规定"), "在这方面请", "并酌情支持", "并邀请" in the addressee,
    # "并呼吁" ends a request
    ("zh", "15. 还请秘书长继续尽一切努力，根据联合国征聘的相关规定填补剩余空缺员额，特别是外"
           "地的空缺员额；",
     [("activity", None, "requestedBy", None, "根据联合国征聘的相关规定填补剩余空缺员额", "15",
        None, None)]),
    ("zh", "4. 促请专家组继续按照委员会确定的优先事项，参与支持海地的重建和发展；",
     [("activity", None, "requestedBy", None, "参与支持海地的重建和发展", "4", None, None)]),
    ("zh", "49. 又请发展系统与各国政府开展对话，在这方面请秘书长在定期报告中，说明相关最新情"
           "况；",
     [("activity", None, "requestedBy", None, "与各国政府开展对话", "49", None, None),
      ("activity", None, "requestedBy", None, "说明相关最新情况", "49", None, "定期")]),
    ("zh", "1. 请委员会审议公共行政新问题，并酌情支持拟订2015年后发展议程；",
     [("activity", None, "requestedBy", None, "审议公共行政新问题", "1", None, None),
      ("activity", None, "requestedBy", None, "酌情支持拟订2015年后发展议程", "1", None, None)]),
    ("zh", "21. 请各基金和方案并邀请各专门机构，审议有关的调查结果和意见；",
     [("activity", None, "requestedBy", None, "审议有关的调查结果和意见", "21", None, None)]),
    ("zh", "10. 请联合国系统审查其综合战略框架，并呼吁通过一个平稳的过渡进程来确保援助；",
     [("activity", None, "requestedBy", None, "审查其综合战略框架", "10", None, None)]),
    ("zh", "11. 请委员会继续审查审计报告、包括关于监督厅的报告和关于新报告格式成效的报告的做"
           "法；",
     [("activity", None, "requestedBy", None,
        "继续审查审计报告、包括关于监督厅的报告和关于新报告格式成效的报告的做法", "11",
        None, None)]),
    # "in this regard" and its equivalents between a conjunction and a request or an action
    ("en", "49. Also requests the development system to engage in dialogue, and in this "
           "regard requests the Secretary-General to update the Council at its session of "
           "2016;",
     [("activity", None, "requestedBy", None, "engage in dialogue", "49", None, None),
      ("activity", None, "requestedBy", None, "update the Council at its session of 2016",
        "49", None, None)]),
    ("en", "11. Requests the Office to review national legislation, and in this "
           "context, to provide additional support to the Unit;",
     [("activity", None, "requestedBy", None, "review national legislation", "11", None, None),
      ("activity", None, "requestedBy", None, "to provide additional support to the Unit",
        "11", None, None)]),
    ("fr", "11. Prie l'Office de passer en revue les textes législatifs et, dans ce "
           "contexte, de fournir un appui supplémentaire à la Cellule ;",
     [("activity", None, "requestedBy", None, "passer en revue les textes législatifs", "11",
        None, None),
      ("activity", None, "requestedBy", None,
        "de fournir un appui supplémentaire à la Cellule", "11", None, None)]),
    ("es", "11. Exhorta a la Oficina a que examine las leyes y a que, en este "
           "contexto, presten más apoyo a la Dependencia;",
     [("activity", None, "requestedBy", None, "examine las leyes", "11", None, None),
      ("activity", None, "requestedBy", None,
        "que, en este contexto, presten más apoyo a la Dependencia", "11", None, None)]),
    ("ru", "11. просит Генерального секретаря представить доклад и по мере необходимости "
           "информировать Совет Безопасности о развитии событий;",
     [("activity", None, "requestedBy", None, "представить доклад", "11", None, None),
      ("activity", None, "requestedBy", None,
        "информировать Совет Безопасности о развитии событий", "11", None, None)]),
    ("ru", "49. просит систему развития вести диалог с правительствами и в этой связи просит "
           "Генерального секретаря представить Совету обновленную информацию;",
     [("activity", None, "requestedBy", None, "вести диалог с правительствами", "49", None,
        None),
      ("activity", None, "requestedBy", None, "обновленную информацию", "49", None, None)]),
    # "requests that X <verb>": the action after who acts (a passive too: "be provided")
    ("en", "32. Requests that he continue this practice including with the Special Envoy;",
     [("activity", None, "requestedBy", None,
        "continue this practice including with the Special Envoy", "32", None, None)]),
    ("en", "8. Requests that the Secretary-General, under his authority in resolutions 814 "
           "(1993) and 837 (1993), pending completion of the report, suspend arrest actions "
           "against those individuals;",
     [("activity", None, "requestedBy", None,
        "suspend arrest actions against those individuals", "8", None, None)]),
    ("en", "10. Notes the concern, and requests that the Panel of Experts established in "
           "paragraph 18 of this resolution (the “Panel of Experts”) report to the Committee "
           "information about such travel;",
     [("body", None, "establishedBy", None, "the Panel of Experts", "18", None, None),
      ("activity", None, "requestedBy", None,
        "report to the Committee information about such travel", "10", None, None)]),
    ("es", "10. Expresa su preocupación, y solicita que el Grupo de Expertos establecido en "
           "el párrafo 18 de la presente resolución (el “Grupo de Expertos”) proporcione "
           "información al Comité sobre esos viajes;",
     [("body", None, "establishedBy", None, "el Grupo de Expertos", "18", None, None),
      ("activity", None, "requestedBy", None,
        "proporcione información al Comité sobre esos viajes", "10", None, None)]),
    ("en", "5. Requests that resident coordinators be provided with necessary capacities;",
     [("activity", None, "requestedBy", None, "be provided with necessary capacities", "5", None,
       None)]),
    # A decision to establish or extend after a conjunction inside a paragraph (not a recalled one)
    ("en", "1. Welcomes the further report of the Secretary-General, and decides to extend "
           "the existing mandate of UNISFA until 15 December 1993;",
     [("body", "UNISFA", "extendedBy", None, "UNISFA", "1", "1993-12-15", None)]),
    ("en", "1. Acting under Chapter VII of the Charter of the United Nations, further "
           "decides to extend until 15 May 2019 the tasks of UNISFA;",
     [("activity", None, "extendedBy", None, "the tasks of UNISFA", "1", "2019-05-15", None)]),
    ("fr", "1. Accueille avec satisfaction le rapport, et décide de proroger le mandat de la "
           "FISNUA jusqu'au 15 mai 2019 ;",
     [("body", "UNISFA", "extendedBy", None, "FISNUA", "1", "2019-05-15", None)]),
    ("es", "1. Acoge con beneplácito el informe, y decide prorrogar el mandato de la UNISFA "
           "hasta el 15 de mayo de 2019;",
     [("body", "UNISFA", "extendedBy", None, "UNISFA", "1", "2019-05-15", None)]),
    ("ru", "1. приветствует доклад и постановляет продлить мандат Группы экспертов до 15 мая "
           "2019 года;",
     [("body", None, "extendedBy", None, "Группы экспертов", "1", "2019-05-15", None)]),
    ("ar", "1 - يرحب بالتقرير، ويقرر تمديد ولاية البعثة حتى 15 أيار/مايو 2019؛",
     [("body", None, "extendedBy", None, "البعثة", "1", "2019-05-15", None)]),
    ("zh", "1. 欢迎秘书长的报告，并决定将联阿安全部队的任务期限延长至2019年5月15日；",
     [("body", "UNISFA", "extendedBy", None, "联阿安全部队", "1", "2019-05-15", None)]),
    ("en", "2. Recalls its decision in resolution 2412 (2018) to extend until 15 April 2019 "
           "the mandate modification;",
     []),
    # "and invites" a body (not Parties); a body"s agreement and authorization in its report;
    # a paragraph number followed by OCR dashes
    ("en", "7. Welcomes the report and invites the International Labour Organization to "
           "consider organizing a workshop;",
     [("activity", None, "requestedBy", None, "consider organizing a workshop", "7", None,
        None)]),
    ("en", "8. Welcomes the report and invites Parties to submit views;",
     []),
    ("en", "12. The SBI agreed that the presiding officers of the APA, the SBSTA and the SBI "
           "should prepare a joint reflections note;",
     [("activity", None, "requestedBy", None, "prepare a joint reflections note", "12", None,
        None)]),
    ("en", "13. At its 7th meeting, the SBI considered the draft report and authorized the "
           "SBI Chair on behalf of the Rapporteur to complete the report thereon;",
     [("activity", None, "requestedBy", None, "complete the report thereon", "13", None, None)]),
    ("en", "24. ~— Requests all States to report to the Secretary-General on the measures "
           "they have adopted;",
     [("activity", None, "requestedBy", None,
        "report to the Secretary-General on the measures they have adopted", "24", None, None)]),
    # A month after "de" is no action ("avant la fin de septembre")
    ("fr", "14. Prie le Président de sa soixante-neuvième session, qui aura désigné avant la "
           "fin de septembre 2014 deux cofacilitateurs, d'organiser des consultations "
           "intergouvernementales ;",
     [("activity", None, "requestedBy", None,
        "organiser des consultations intergouvernementales", "14", None, None)]),
    # An action joined after a purpose ("so as to", "afin que") is part of it; not after "pour que"
    ("en", "4. Requests the Secretary-General to continue to promote cooperation so as to "
           "increase the capacity of the two organizations and to seek answers to global "
           "challenges;",
     [("activity", None, "requestedBy", None,
        "continue to promote cooperation so as to increase the capacity of the two "
        "organizations and to seek answers to global challenges",
        "4", None, None)]),
    ("fr", "4. Prie le Secrétaire général de continuer à promouvoir la coopération afin que "
           "les deux organisations soient mieux à même d'atteindre leurs objectifs et de "
           "relever des défis mondiaux ;",
     [("activity", None, "requestedBy", None,
        "continuer à promouvoir la coopération afin que les deux organisations soient mieux "
        "à même d'atteindre leurs objectifs et de relever des défis mondiaux",
        "4", None, None)]),
    ("es", "9. Exhorta a la Oficina a que coopere a fin de poder contar con "
           "autoridades legítimas, y a que sigan interactuando con los asociados;",
     [("activity", None, "requestedBy", None,
        "coopere a fin de poder contar con autoridades legítimas", "9", None, None)]),
    ("fr", "25. Prie le Secrétaire général de prendre les mesures nécessaires pour que la "
           "Force respecte la politique de tolérance zéro et de l'informer de tous actes de "
           "cette nature ;",
     [("activity", None, "requestedBy", None,
        "prendre les mesures nécessaires pour que la Force respecte la politique de "
        "tolérance zéro",
        "25", None, None),
      ("activity", None, "requestedBy", None, "de l'informer de tous actes de cette nature",
        "25", None, None)]),
    # "calls upon" authorities or donors mandates nothing; a UN body it does
    ("en", "9. Calls upon the Haitian authorities to take all the steps necessary;",
     []),
    ("en", "9. Calls upon the Panel of Experts to cooperate with the Committee;",
     [("activity", None, "requestedBy", None, "cooperate with the Committee", "9", None, None)]),
    ("fr", "9. Demande aux autorités haïtiennes de prendre toutes les mesures voulues ;",
     []),
    ("es", "9. Exhorta a las autoridades de Haití a que adopten todas las medidas necesarias;",
     []),
    ("ru", "9. призывает власти Гаити принять все необходимые меры;",
     []),
    ("ar", "9 - يهيب بالسلطات الهايتية أن تتخذ جميع الخطوات اللازمة؛",
     []),
    ("ar", "4 - يهيب بالجهات المانحة أن تواصل المشاركة في دعم عملية إعادة البناء؛",
     []),
    ("zh", "9. 促请海地当局采取一切必要步骤；",
     []),
    ("zh", "4. 促请捐助者继续参与支持海地的重建；",
     []),
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
    # a body that receives, not a name that holds the act
    ("en", "information provided to the Committee in accordance with paragraph 5 of resolution "
     "1267 (1999).", "cites"),
    ("en", "The present report outlines activities undertaken by the Mission in line with its "
     "mandate under Council resolutions 1542 (2004) and 2070 (2012).", "cites"),
    ("fr", "Rappelant sa résolution 70/1,", "recalls"),
    ("fr", "Rappelant les mesures imposées par la résolution 757 (1992),", "cites"),
    ("es", "Recordando su resolución 70/1,", "recalls"),
    ("es", "las medidas impuestas en virtud de la resolución 757 (1992),", "cites"),
    ("ru", "ссылаясь на свою резолюцию 70/1,", "recalls"),
    ("ru", "меры, введенные согласно резолюции 757 (1992),", "cites"),
    ("ru", "признавая необходимость продления срока действия разрешений и мер, предусмотренных в "
     "резолюции 2146 (2014),", "cites"),
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
    # what the text says about cited acts; the paragraph's own requests are the next table's
    found = statements(text, language)
    assert [s for s in found if s[3] is not None or s in expected] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"), FORWARD, ids=[f"{r[0]}-{r[1][:40]}" for r in FORWARD]
)
def test_statement_of_an_operative_paragraph(language, text, expected):
    # what the paragraph itself mandates; statements about acts it cites are the table above's
    found = statements(text, language)
    assert [s for s in found if s[3] is None or s in expected] == expected


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
