"""Mandate cues in Arabic, Chinese, French, Russian and Spanish: the variants of UN drafting
in each language (verb forms, agreement and case, contracted prepositions, the order of
paragraph and act, addressees), one row per form, per language.

Each row: language, text, and the statements expected as
(subject_kind, subject key, relation, act key, subject text, paragraph, until).
"""

from __future__ import annotations

import pytest
from conftest import mandate_statements


def statements(text: str, language: str) -> list[tuple]:
    """The statements without their reporting target (the rows of this table leave it out)."""
    return [s[:7] for s in mandate_statements(text, language)]


# fmt: off
ROWS = [
    # fr
    ('fr', 'Le Conseil de sécurité,\n\n5. Invite le Secrétaire général à lui présenter des'
           ' recommandations;',
     [('activity', None, 'requestedBy', None, 'lui présenter des recommandations', '5', None)]),
    ('fr', 'Le Conseil de sécurité,\n\n5. Invite les États Membres à verser des contributions;',
     []),
    ('fr', "Le Conseil de sécurité,\n\n5. Charge le Comité de surveiller l'application des"
           ' mesures;',
     [('activity',
       None,
       'requestedBy',
       None,
       "surveiller l'application des mesures",
       '5',
       None)]),
    ('fr', 'Le Conseil de sécurité,\n\n5. Réitère sa demande au Secrétaire général de lui'
           ' présenter un rapport;',
     [('activity', None, 'requestedBy', None, 'un rapport', '5', None)]),
    ('fr', 'Le Conseil de sécurité,\n\n5. Crée un groupe de travail spécial à composition non'
           ' limitée;',
     [('body',
       None,
       'establishedBy',
       None,
       'un groupe de travail spécial à composition non limitée',
       '5',
       None)]),
    ('fr', "Le Conseil de sécurité,\n\n5. Proroge jusqu'au 15 mai 2016 le mandat de la FISNUA;",
     [('body', 'UNISFA', 'extendedBy', None, 'FISNUA', '5', '2016-05-15')]),
    ('fr', "Le Conseil de sécurité,\n\n5. Décide de reconduire le mandat du Groupe d'experts"
           " jusqu'au 1er mars 2016;",
     [('body', None, 'extendedBy', None, "Groupe d'experts", '5', '2016-03-01')]),
    ('fr', "le Groupe d'experts créé en application du paragraphe 25 de la résolution 1533"
           ' (2004) a présenté son rapport.',
     [('body',
       'GoE-1533',
       'establishedBy',
       'S/RES/1533(2004)',
       "le Groupe d'experts",
       '25',
       None)]),
    ('fr', 'le Comité créé conformément aux résolutions 1267 (1999) et 1989 (2011) a examiné'
           ' la liste.',
     [('body', 'S/AC.37', 'establishedBy', 'S/RES/1267(1999)', 'le Comité', None, None),
      ('body', 'S/AC.37', 'establishedBy', 'S/RES/1989(2011)', 'le Comité', None, None)]),
    ('fr', 'la MINUSMA, dont le mandat a été prorogé par la résolution 2227 (2015), poursuit'
           ' ses travaux.',
     [('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2227(2015)',
       'MINUSMA',
       None,
       None)]),
    ('fr', 'la MINUSMA, dont le mandat a été reconduit en dernier lieu par la résolution 2227'
           ' (2015), poursuit ses travaux.',
     [('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2227(2015)',
       'MINUSMA',
       None,
       None)]),
    ('fr', 'Le présent rapport est présenté comme suite à la demande formulée par le Conseil'
           ' dans sa résolution 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Le présent rapport', None, None)]),
    ('fr', 'Le présent rapport fait suite à la résolution 2100 (2013).',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'Le présent rapport', None, None)]),
    ('fr', 'Le présent rapport est soumis en application du paragraphe 5 de la résolution'
           ' 2100 (2013).',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'Le présent rapport', '5', None)]),
    # es
    ('es', 'El Consejo de Seguridad,\n\n5. Invita al Secretario General a que le presente'
           ' recomendaciones;',
     [('activity', None, 'requestedBy', None, 'le presente recomendaciones', '5', None)]),
    ('es', 'El Consejo de Seguridad,\n\n5. Invita a los Estados Miembros a que aporten'
           ' contribuciones;',
     []),
    ('es', 'El Consejo de Seguridad,\n\n5. Reitera su solicitud al Secretario General de que'
           ' le presente un informe;',
     [('activity', None, 'requestedBy', None, 'un informe', '5', None)]),
    ('es', 'El Consejo de Seguridad,\n\n5. Establece un grupo de trabajo especial de'
           ' composición abierta;',
     [('body',
       None,
       'establishedBy',
       None,
       'un grupo de trabajo especial de composición abierta',
       '5',
       None)]),
    ('es', 'El Consejo de Seguridad,\n\n5. Prorroga hasta el 15 de mayo de 2016 el mandato de'
           ' la UNISFA;',
     [('body', 'UNISFA', 'extendedBy', None, 'UNISFA', '5', '2016-05-15')]),
    ('es', 'el Grupo de Expertos establecido en virtud del párrafo 25 de la resolución 1533'
           ' (2004) presentó su informe.',
     [('body',
       'GoE-1533',
       'establishedBy',
       'S/RES/1533(2004)',
       'el Grupo de Expertos',
       '25',
       None)]),
    ('es', 'el Comité creado con arreglo al párrafo 6 de la resolución 1533 (2004) examinó la'
           ' lista.',
     [('body', 'Committee-1533', 'establishedBy', 'S/RES/1533(2004)', 'el Comité', '6', None)]),
    ('es', 'la MINUSMA, cuyo mandato se prorrogó en la resolución 2227 (2015), prosigue su'
           ' labor.',
     [('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2227(2015)',
       'MINUSMA',
       None,
       None)]),
    ('es', 'El presente informe se presenta en cumplimiento del párrafo 5 de la resolución'
           ' 2100 (2013) del Consejo de Seguridad.',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'El presente informe', '5', None)]),
    ('es', 'El presente informe se presenta en atención a la solicitud formulada por el'
           ' Consejo en su resolución 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'El presente informe', None, None)]),
    ('es', 'El presente informe se presenta atendiendo a lo solicitado en la resolución 2100'
           ' (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'El presente informe', None, None)]),
    # ru
    ('ru', 'Совет Безопасности,\n\n5. обращается к Генеральному секретарю с просьбой'
           ' представить доклад;',
     [('activity', None, 'requestedBy', None, 'доклад', '5', None)]),
    ('ru', 'Совет Безопасности,\n\n5. предлагает Генеральному секретарю представить'
           ' рекомендации;',
     [('activity', None, 'requestedBy', None, 'представить рекомендации', '5', None)]),
    ('ru', 'Совет Безопасности,\n\n5. предлагает государствам-членам вносить взносы;',
     []),
    ('ru', 'Совет Безопасности,\n\n5. продлевает до 15 мая 2016 года мандат ЮНИСФА;',
     [('body', 'UNISFA', 'extendedBy', None, 'ЮНИСФА', '5', '2016-05-15')]),
    ('ru', 'Совет Безопасности,\n\n5. постановляет сформировать специальную рабочую группу'
           ' открытого состава;',
     [('body',
       None,
       'establishedBy',
       None,
       'специальную рабочую группу открытого состава',
       '5',
       None)]),
    ('ru', 'Комитет Совета Безопасности, учрежденный во исполнение резолюции 1518 (2003),'
           ' провел консультации.',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'Комитет Совета Безопасности',
       None,
       None)]),
    ('ru', 'Комитет Совета Безопасности, учрежденный в соответствии с резолюцией 1518 (2003),'
           ' провел консультации.',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'Комитет Совета Безопасности',
       None,
       None)]),
    ('ru', 'Комитет Совета Безопасности, учрежденный согласно резолюции 1518 (2003), провел'
           ' консультации.',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'Комитет Совета Безопасности',
       None,
       None)]),
    ('ru', 'Председатель Комитета Совета Безопасности, учрежденного во исполнение резолюции'
           ' 1518 (2003), выступил.',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'Председатель Комитета Совета Безопасности',
       None,
       None)]),
    ('ru', 'консультации с Комитетом Совета Безопасности, учрежденным в соответствии с'
           ' резолюцией 1518 (2003);',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'Комитетом Совета Безопасности',
       None,
       None)]),
    ('ru', 'МИНУСМА, мандат которой был продлен резолюцией 2227 (2015), продолжает работу.',
     [('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2227(2015)',
       'МИНУСМА',
       None,
       None)]),
    ('ru', 'МИНУСМА, мандат которой был продлен в резолюции 2227 (2015), продолжает работу.',
     [('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2227(2015)',
       'МИНУСМА',
       None,
       None)]),
    ('ru', 'Настоящий доклад подготовлен во исполнение просьбы, содержащейся в резолюции 2100'
           ' (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Настоящий доклад', None, None)]),
    ('ru', 'Настоящий доклад представляется в ответ на просьбу, изложенную в резолюции 2100'
           ' (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Настоящий доклад', None, None)]),
    # zh
    ('zh', '安全理事会，\n\n5. 要求秘书长每六个月提交一次报告；',
     [('activity', None, 'requestedBy', None, '秘书长每六个月提交一次报告', '5', None)]),
    ('zh', '安全理事会，\n\n5. 责成委员会监测措施的执行情况；',
     [('activity', None, 'requestedBy', None, '委员会监测措施的执行情况', '5', None)]),
    ('zh', '安全理事会，\n\n5. 委托专家小组进行研究；',
     [('activity', None, 'requestedBy', None, '专家小组进行研究', '5', None)]),
    ('zh', '安全理事会，\n\n5. 邀请秘书长提出建议；',
     [('activity', None, 'requestedBy', None, '秘书长提出建议', '5', None)]),
    ('zh', '安全理事会，\n\n5. 邀请各国提供资料；',
     []),
    ('zh', '安全理事会，\n\n5. 吁请秘书处提供支持；',
     [('activity', None, 'requestedBy', None, '提供支持', '5', None)]),
    ('zh', '安全理事会，\n\n5. 决定将联阿安全部队的任务期限延长到2016年5月15日；',
     [('body', 'UNISFA', 'extendedBy', None, '联阿安全部队', '5', '2016-05-15')]),
    # ar
    ('ar', 'إن مجلس الأمن،\n\n5 - يكلف اللجنة برصد تنفيذ التدابير؛',
     [('activity', None, 'requestedBy', None, 'برصد تنفيذ التدابير', '5', None)]),
    ('ar', 'إن مجلس الأمن،\n\n5 - يعهد إلى فريق الخبراء بجمع المعلومات؛',
     [('activity', None, 'requestedBy', None, 'بجمع المعلومات', '5', None)]),
    ('ar', 'إن الجمعية العامة،\n\n5 - تدعو الأمين العام إلى أن يقدم مقترحات؛',
     [('activity', None, 'requestedBy', None, 'يقدم مقترحات', '5', None)]),
    ('ar', 'إن الجمعية العامة،\n\n5 - تدعو الدول الأعضاء إلى تقديم التبرعات؛',
     []),
    ('ar', 'إن الجمعية العامة،\n\n5 - تكرر طلبها إلى الأمين العام أن يقدم تقريرا؛',
     [('activity', None, 'requestedBy', None, 'تقريرا', '5', None)]),
    ('ar', 'عقدت لجنة مجلس الأمن المنشأة بموجب القرار 1518 (2003) مشاورات.',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'لجنة مجلس الأمن',
       None,
       None)]),
    ('ar', 'عقدت لجنة مجلس الأمن المنشأة وفقا للقرار 1518 (2003) مشاورات.',
     [('body',
       'Committee-1518',
       'establishedBy',
       'S/RES/1518(2003)',
       'لجنة مجلس الأمن',
       None,
       None)]),
    ('ar', 'عقدت اللجنة المنشأة بمقتضى القرار 1518 (2003) مشاورات.',
     [('body', 'Committee-1518', 'establishedBy', 'S/RES/1518(2003)', 'اللجنة', None, None)]),
    ('ar', 'قدم فريق الخبراء المشكل عملا بالفقرة 25 من القرار 1533 (2004) تقريره.',
     [('body', 'GoE-1533', 'establishedBy', 'S/RES/1533(2004)', 'فريق الخبراء', '25', None)]),
    ('ar', 'قدم فريق الخبراء الذي أنشأته الجمعية العامة في قرارها 70/1 تقريره.',
     [('body', 'body:A/RES/70/1', 'establishedBy', 'A/RES/70/1', 'فريق الخبراء', None, None)]),
    ('ar', 'يقدم هذا التقرير استجابة للطلب الوارد في القرار 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'يقدم هذا التقرير', None, None)]),
    # an invitation to States together with United Nations bodies is a request (to the UN bodies)
    ('fr', 'Le Conseil économique et social,\n\n10. Invite les États Membres et les'
           ' organismes, fonds et programmes des Nations Unies à prendre des mesures'
           ' concrètes;',
     [('activity', None, 'requestedBy', None, 'prendre des mesures concrètes', '10', None)]),
    ('fr', 'Le Conseil économique et social,\n\n10. Invite les États Membres à appuyer les'
           ' activités des organismes des Nations Unies à cet égard;',
     []),
    ('es', 'El Consejo Económico y Social,\n\n10. Invita a los Estados Miembros y al sistema'
           ' de las Naciones Unidas a que adopten medidas concretas;',
     [('activity', None, 'requestedBy', None, 'adopten medidas concretas', '10', None)]),
    ('ru', 'Экономический и Социальный Совет,\n\n10. предлагает государствам-членам и системе'
           ' Организации Объединенных Наций принять конкретные меры;',
     [('activity', None, 'requestedBy', None, 'принять конкретные меры', '10', None)]),
    ('ru', 'Экономический и Социальный Совет,\n\n10. предлагает государствам-членам'
           ' поддержать деятельность Организации Объединенных Наций;',
     []),
    ('zh', '经济及社会理事会，\n\n10. 邀请会员国和联合国系统，包括联合国系统各机构、基金和方'
           '案采取具体措施；',
     [('activity', None, 'requestedBy', None, '基金和方案采取具体措施', '10', None)]),
    ('zh', '经济及社会理事会，\n\n10. 请秘书长酌情使用2005年和2010年建立的现有信托基金，增强'
           '民间社会的参与；',
     [('activity',
       None,
       'requestedBy',
       None,
       '酌情使用2005年和2010年建立的现有信托基金',
       '10',
       None)]),
    ('ar', 'إن المجلس الاقتصادي والاجتماعي،\n\n10 - يدعو الدول الأعضاء ومنظومة الأمم المتحدة'
           ' إلى اتخاذ تدابير محددة؛',
     [('activity', None, 'requestedBy', None, 'اتخاذ تدابير محددة', '10', None)]),
    ('ar', 'إن المجلس الاقتصادي والاجتماعي،\n\n2 - يدعو اللجنة إلى تحسين تفاعلها وتنسيقها مع'
           ' المجلس؛',
     [('activity', None, 'requestedBy', None, 'تحسين تفاعلها وتنسيقها مع المجلس', '2', None)]),
    # a request in the passive
    ('fr', "L'Assemblée générale,\n\n3. Le Comité est prié de prendre des mesures accélérées;",
     [('activity', None, 'requestedBy', None, 'prendre des mesures accélérées', '3', None)]),
    ('es', 'La Asamblea General,\n\n3. Se solicita al Comité que adopte medidas'
           ' extraordinarias;',
     [('activity', None, 'requestedBy', None, 'adopte medidas extraordinarias', '3', None)]),
    ('ru', 'Генеральная Ассамблея,\n\n3. Комитету предлагается предпринять подходящие шаги;',
     [('activity', None, 'requestedBy', None, 'предпринять подходящие шаги', '3', None)]),
    ('ar', 'إن الجمعية العامة،\n\n3 - يُطلب إلى اللجنة اتخاذ تدابير مبسطة ملائمة؛',
     [('activity', None, 'requestedBy', None, 'اتخاذ تدابير مبسطة ملائمة', '3', None)]),
    ('zh', '大会，\n\n3. 请本奖委员会作为一次性非常措施，适当简化颁发程序；',
     [('activity', None, 'requestedBy', None, '适当简化颁发程序', '3', None)]),
    # a period set off before what is extended; a coordinated noun is no action
    ('ru', 'Совет Безопасности,\n\n3. постановляет продлить на период, указанный в пункте 1'
           ' выше, финансовые меры и меры в отношении поездок;',
     [('activity',
       None,
       'extendedBy',
       None,
       'финансовые меры и меры в отношении поездок',
       '3',
       None)]),
    ('ru', 'Генеральная Ассамблея,\n\n3. призывает Генерального секретаря наращивать свои'
           ' усилия по утверждению идеалов мира и справедливости;',
     [('activity',
       None,
       'requestedBy',
       None,
       'наращивать свои усилия по утверждению идеалов мира и справедливости',
       '3',
       None)]),
    # what an act asked, after "En virtud de la resolución"; a letter that asks its reader
    ('es', 'En virtud de la resolución 2055 (2012), el Consejo de Seguridad puso de relieve'
           ' el volumen de trabajo del Comité y me solicitó que aumentase el número de'
           ' integrantes del grupo.',
     [('activity',
       None,
       'requestedBy',
       'S/RES/2055(2012)',
       'aumentase el número de integrantes del grupo',
       None,
       None)]),
    ('zh', '按照安理会在第2167(2014)号决议中的要求，我打算在报告中进一步探讨这些问题。',
     [('activity',
       None,
       'requestedBy',
       'S/RES/2167(2014)',
       '我打算在报告中进一步探讨这些问题',
       None,
       None)]),
    ('zh', '关于安全理事会第2202(2015)号决议，谨提请你注意所附议定书。',
     []),
    ('zh', '专家介绍了第2178(2014)号决议的要求，并概述了背景和目标。',
     []),
    # urging is no request; a request that names who acts; what an act did, told after it
    ('fr', 'Le Conseil de sécurité,\n\n5. Prie instamment les États Membres de coopérer;',
     []),
    ('fr', 'Le Conseil de sécurité,\n\n5. Demande que la MINUSMA poursuive ses activités;',
     [('activity', None, 'requestedBy', None, 'poursuive ses activités', '5', None)]),
    ('fr', 'Le présent rapport est soumis en application du paragraphe 7 de la résolution'
           ' 2100 (2013), par laquelle le Conseil de sécurité a prorogé le mandat de la'
           " MINUSMA jusqu'au 30 juin 2014.",
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'Le présent rapport', '7', None),
      ('body', 'MINUSMA', 'extendedBy', 'S/RES/2100(2013)', 'MINUSMA', None, '2014-06-30')]),
    ('es', 'El Consejo de Seguridad,\n\n5. Insta a los Estados Miembros a que cooperen;',
     []),
    ('es', 'El presente informe se presenta en cumplimiento de la resolución 2100 (2013), en'
           ' la que el Consejo me solicitó que lo informara cada tres meses.',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'El presente informe', None, None),
      ('activity',
       None,
       'requestedBy',
       'S/RES/2100(2013)',
       'lo informara cada tres meses',
       None,
       None)]),
    ('ru', 'В своей резолюции 2100 (2013) Совет Безопасности учредил Многопрофильную'
           ' комплексную миссию Организации Объединенных Наций по стабилизации в Мали'
           ' (МИНУСМА).',
     [('body',
       'MINUSMA',
       'establishedBy',
       'S/RES/2100(2013)',
       'Многопрофильную комплексную миссию Организации Объединенных Наций по стабилизации в'
       ' Мали (МИНУСМА)',
       None,
       None)]),
    ('ru', 'Совет Безопасности,\n\n5. настоятельно призывает государства-члены сотрудничать;',
     []),
    ('ru', 'МИНУСМА, мандат которой был продлен Советом Безопасности в его резолюции'
           ' 2227 (2015), продолжает работу.',
     [('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2227(2015)',
       'МИНУСМА',
       None,
       None)]),
    ('zh', '安理会在第2100(2013)号决议中将联马稳定团的任务期限延长至2014年6月30日。',
     [('body', 'MINUSMA', 'extendedBy', 'S/RES/2100(2013)', '联马稳定团', None, '2014-06-30')]),
    ('zh', '安全理事会，\n\n5. 敦促会员国开展合作；',
     []),
    ('zh', '安全理事会，\n\n5. 决定将联马稳定团的任务期限再延长12个月；',
     [('body', 'MINUSMA', 'extendedBy', None, '联马稳定团', '5', None)]),
    ('ar', 'إن مجلس الأمن،\n\n5 - يحث الدول الأعضاء على التعاون؛',
     []),
    ('ar', 'وفي الفقرة 20 من القرار 2100 (2013)، طلب مجلس الأمن إليّ أن أقدم تقريرا كل ثلاثة'
           ' أشهر.',
     [('activity',
       None,
       'requestedBy',
       'S/RES/2100(2013)',
       'أقدم تقريرا كل ثلاثة أشهر',
       None,
       None)]),
    ('ar', 'يقدم هذا التقرير عملا بالفقرة 7 من القرار 2100 (2013) الذي مدد فيه المجلس ولاية'
           ' بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي حتى 30'
           ' حزيران/يونيه 2014.',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'يقدم هذا التقرير', '7', None),
      ('body',
       'MINUSMA',
       'extendedBy',
       'S/RES/2100(2013)',
       'بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي',
       None,
       '2014-06-30')]),
    # an invitation or a charge in the middle of a paragraph, to a United Nations organ
    ('fr', "L'Assemblée générale,\n\n5. Se félicite des travaux du Comité et invite le"
           ' Secrétaire général à poursuivre son appui;',
     [('activity', None, 'requestedBy', None, 'poursuivre son appui', '5', None)]),
    ('ar', 'إن الجمعية العامة،\n\n5 - ترحب بأعمال اللجنة وتدعو الأمين العام إلى مواصلة دعمه؛',
     [('activity', None, 'requestedBy', None, 'مواصلة دعمه', '5', None)]),
    ('ar', 'إن الجمعية العامة،\n\n5 - تحيط علما بالتقرير وتكلف اللجنة برصد التنفيذ؛',
     [('activity', None, 'requestedBy', None, 'برصد التنفيذ', '5', None)]),
    ('es', 'La Asamblea General,\n\n5. Acoge con beneplácito la labor del Comité e invita al'
           ' Secretario General a que siga prestándole apoyo;',
     [('activity', None, 'requestedBy', None, 'siga prestándole apoyo', '5', None)]),
    ('ru', 'Генеральная Ассамблея,\n\n5. приветствует работу Комитета и предлагает'
           ' Генеральному секретарю продолжать оказывать ему поддержку;',
     [('activity',
       None,
       'requestedBy',
       None,
       'продолжать оказывать ему поддержку',
       '5',
       None)]),
    ('zh', '大会，\n\n5. 欢迎委员会的工作，并邀请秘书长继续提供支持；',
     [('activity', None, 'requestedBy', None, '继续提供支持', '5', None)]),
    ('fr', "L'Assemblée générale,\n\n5. Se félicite des travaux du Comité et invite les États"
           ' Membres à verser des contributions;',
     []),
    # the author acting on a basis; a report that says it rests on an act
    ('ru', 'Совет Безопасности,\nдействуя на основании главы VII Устава Организации'
           ' Объединенных Наций и во исполнение своей резолюции 1990 (2011),\n1.'
           ' постановляет, что',
     [('self',
       None,
       'pursuantTo',
       'S/RES/1990(2011)',
       'Совет Безопасности,\nдействуя',
       None,
       None)]),
    ('zh', '安全理事会，\n根据《联合国宪章》第七章采取行动，并依照其第1990(2011)号决议，\n1. '
           '决定',
     [('self',
       None,
       'inAccordanceWith',
       'S/RES/1990(2011)',
       '根据《联合国宪章》第七章采取行动',
       None,
       None)]),
    ('ar', 'إن مجلس الأمن،\nوإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة، وعملا بقراره'
           ' 1990 (2011)،\n1 - يقرر',
     [('self', None, 'pursuantTo', 'S/RES/1990(2011)', 'وإذ يتصرف', None, None)]),
    ('ru', 'Совет по правам человека,\nпроведя обзор по Словении 4 ноября 2014 года в'
           ' соответствии со всеми соответствующими положениями, содержащимися в приложении к'
           ' резолюции 5/1 Совета,\n',
     [('activity',
       None,
       'inAccordanceWith',
       'A/HRC/RES/5/1',
       'обзор по Словении 4 ноября 2014 года',
       None,
       None)]),
    ('ar', 'إن مجلس حقوق الإنسان،\nوقد أجرى الاستعراض المتعلق بسلوفينيا في 4 تشرين'
           ' الثاني/نوفمبر 2014 وفقاً لجميع الأحكام ذات الصلة الواردة في مرفق قرار المجلس'
           ' 5/1،\n',
     [('activity',
       None,
       'inAccordanceWith',
       'A/HRC/RES/5/1',
       'الاستعراض المتعلق بسلوفينيا في 4 تشرين الثاني/نوفمبر 2014',
       None,
       None)]),
    ('ar', 'هذا التقرير مقدم عملا بقرار مجلس الأمن 2100 (2013).',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'هذا التقرير', None, None)]),
    ('ar', 'يُقدَّم هذا التقرير عملا بقرار مجلس الأمن 2100 (2013).',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'يُقدَّم هذا التقرير', None, None)]),
    ('ar', 'يتضمن هذا التقرير، المقدم عملا بالقرار 2100 (2013)، معلومات.',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'هذا التقرير', None, None)]),
    ('es', 'El presente informe, que se presenta en cumplimiento de la resolución 2100'
           ' (2013), abarca el período.',
     [('self', None, 'pursuantTo', 'S/RES/2100(2013)', 'El presente informe', None, None)]),
    # a report that says which act asked for it
    ('fr', "Le présent rapport est présenté au Conseil, comme l'a demandé le Conseil de"
           ' sécurité dans sa résolution 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Le présent rapport', None, None)]),
    ('es', 'El presente informe se presenta al Consejo, como solicitó el Consejo de Seguridad'
           ' en su resolución 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'El presente informe', None, None)]),
    ('ru', 'Настоящий доклад представляется Совету, как просил Совет Безопасности в своей'
           ' резолюции 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Настоящий доклад', None, None)]),
    ('ru', 'Настоящий доклад представляется по просьбе, содержащейся в резолюции 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Настоящий доклад', None, None)]),
    ('ru', 'Настоящий доклад представляется в соответствии с просьбой, содержащейся в'
           ' резолюции 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'Настоящий доклад', None, None)]),
    ('ar', 'يقدم هذا التقرير وفقا لما طلبه مجلس الأمن في قراره 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'يقدم هذا التقرير', None, None)]),
    ('ar', 'يقدم هذا التقرير بناء على طلب مجلس الأمن الوارد في قراره 2100 (2013).',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', 'يقدم هذا التقرير', None, None)]),
    ('zh', '本报告是按照安全理事会第2100(2013)号决议的要求提交的。',
     [('self', None, 'inAccordanceWith', 'S/RES/2100(2013)', '本报告', None, None)]),
    # a basis that opens the sentence: its main clause rests on the act
    # (not "By its resolution X, the Council ...")
    ('en', 'Pursuant to paragraph 3 of Economic and Social Council resolution 1894 (LVII),'
           ' the Committee will have before it the draft provisional agenda for its'
           ' fifty-sixth session.',
     [('activity',
       None,
       'pursuantTo',
       'E/RES/1894(LVII)',
       'the Committee will have before it the draft provisional agenda for its fifty-sixth'
       ' session',
       '3',
       None)]),
    ('fr', 'Conformément à la résolution 1147 (XLI) du Conseil, en 2015, les membres de la'
           " Commission de statistique seront élus sur la base d'une répartition géographique"
           ' équitable.',
     [('activity',
       None,
       'inAccordanceWith',
       'E/RES/1147(XLI)',
       "les membres de la Commission de statistique seront élus sur la base d'une répartition"
       ' géographique équitable',
       None,
       None)]),
    ('es', 'De conformidad con lo dispuesto en el párrafo 3 de la resolución 1894 (LVII) del'
           ' Consejo Económico y Social, el Comité tendrá ante sí el proyecto de programa'
           ' provisional.',
     [('activity',
       None,
       'inAccordanceWith',
       'E/RES/1894(LVII)',
       'el Comité tendrá ante sí el proyecto de programa provisional',
       '3',
       None)]),
    ('es', 'En virtud de la resolución 2055 (2012), el Consejo de Seguridad puso de relieve'
           ' el volumen de trabajo del Comité.',
     []),
    ('zh', '根据经济及社会理事会第1894 (LVII)号决议第3段，委员会将收到第五十六届会议临时议程'
           '草案。',
     [('activity',
       None,
       'inAccordanceWith',
       'E/RES/1894(LVII)',
       '委员会将收到第五十六届会议临时议程草案',
       '3',
       None)]),
    ('ar', 'عملا بالفقرة 3 من قرار المجلس الاقتصادي والاجتماعي 1894 (د-57)، سيُعرض على اللجنة'
           ' مشروع جدول الأعمال المؤقت لدورتها السادسة والخمسين.',
     [('activity',
       None,
       'pursuantTo',
       'E/RES/1894(LVII)',
       'سيُعرض على اللجنة مشروع جدول الأعمال المؤقت لدورتها السادسة والخمسين',
       '3',
       None)]),
    ('fr', 'Conformément au paragraphe 3 de la résolution 1894 (LVII) du Conseil économique'
           " et social, le Comité sera saisi du projet d'ordre du jour provisoire.",
     [('activity',
       None,
       'inAccordanceWith',
       'E/RES/1894(LVII)',
       "le Comité sera saisi du projet d'ordre du jour provisoire",
       '3',
       None)]),
    ('es', 'Con arreglo al párrafo 3 de la resolución 1894 (LVII) del Consejo Económico y'
           ' Social, el Comité tendrá ante sí el proyecto de programa provisional.',
     [('activity',
       None,
       'pursuantTo',
       'E/RES/1894(LVII)',
       'el Comité tendrá ante sí el proyecto de programa provisional',
       '3',
       None)]),
    ('ru', 'Во исполнение пункта 3 резолюции 1894 (LVII) Экономического и Социального Совета'
           ' Комитет будет иметь в своем распоряжении проект предварительной повестки дня.',
     [('activity',
       None,
       'pursuantTo',
       'E/RES/1894(LVII)',
       'Комитет будет иметь в своем распоряжении проект предварительной повестки дня',
       '3',
       None)]),
    ('ru', '2. Согласно положениям резолюции 1147 (XLI) Экономического и Социального Совета в'
           ' 2015 году члены Статистической комиссии подлежат избранию.',
     [('activity',
       None,
       'pursuantTo',
       'E/RES/1147(XLI)',
       'в 2015 году члены Статистической комиссии подлежат избранию',
       None,
       None)]),
    # a body "established pursuant to paragraph 18 of this resolution": the present act, its
    # paragraph named; the request made of that body is a statement of its own
    ('ar', '10 - ويطلب إلى فريق الخبراء المنشأ بموجب الفقرة 18 من هذا القرار أن يوافي اللجنة'
           ' بمعلومات؛',
     [('body', None, 'establishedBy', None, 'فريق الخبراء', '18', None),
      ('activity', None, 'requestedBy', None, 'يوافي اللجنة بمعلومات', '10', None)]),
    ('ru', '10. просит группу экспертов, учреждаемую в пункте 18 настоящей резолюции, сообщать'
           ' Комитету о таких поездках;',
     [('body', None, 'establishedBy', None, 'группу экспертов', '18', None),
      ('activity', None, 'requestedBy', None, 'сообщать Комитету о таких поездках', '10', None)]),
    ('zh', '10. 请本决议第18段所设专家小组向委员会报告此类旅行的信息；',
     [('body', None, 'establishedBy', None, '专家小组', '18', None),
      ('activity', None, 'requestedBy', None, '向委员会报告此类旅行的信息', '10', None)]),
    # "its mandates in decisions X and Y": what the decisions asked of it
    ('en', 'Also encourages the Board to complete its work related to implementing its mandates in'
           ' decisions 1/CMP.14 and 13/CMA.1;',
     [('activity', None, 'requestedBy', 'decision 1/CMP.14', 'its mandates', None, None),
      ('activity', None, 'requestedBy', 'decision 13/CMA.1', 'its mandates', None, None)]),
    ('fr', "Encourage également le Conseil à achever ses travaux relatifs à l'exécution de ses"
           ' mandats énoncés dans les décisions 1/CMP.14 et 13/CMA.1;',
     [('activity', None, 'requestedBy', 'decision 1/CMP.14', 'ses mandats', None, None),
      ('activity', None, 'requestedBy', 'decision 13/CMA.1', 'ses mandats', None, None)]),
    ('es', 'Alienta también a la Junta a que concluya su labor relativa al cumplimiento de sus'
           ' mandatos enunciados en las decisiones 1/CMP.14 y 13/CMA.1;',
     [('activity', None, 'requestedBy', 'decision 1/CMP.14', 'sus mandatos', None, None),
      ('activity', None, 'requestedBy', 'decision 13/CMA.1', 'sus mandatos', None, None)]),
    # what was submitted or undertaken (with its author) under an act's paragraph
    ('en', 'The Committee considered the information submitted by Parties pursuant to paragraph 17'
           ' of decision 18/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 18/CMA.5', 'the information', '17', None)]),
    ('fr', 'Le Comité a examiné les informations communiquées par les Parties en application du'
           ' paragraphe 17 de la décision 18/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 18/CMA.5', 'les informations', '17', None)]),
    ('es', 'El Comité examinó la información presentada por las Partes en cumplimiento del párrafo'
           ' 17 de la decisión 18/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 18/CMA.5', 'la información', '17', None)]),
    ('ru', 'Комитет рассмотрел информацию, представленную Сторонами во исполнение пункта 17 решения'
           ' 18/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 18/CMA.5', 'информацию', '17', None)]),
    ('en', 'Takes note of the efforts undertaken in response to paragraph 100 of decision 1/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 1/CMA.5', 'the efforts', '100', None)]),
    ('fr', 'Prend note des efforts entrepris en application du paragraphe 100 de la décision'
           ' 1/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 1/CMA.5', 'des efforts', '100', None)]),
    ('es', 'Toma nota de los esfuerzos realizados en cumplimiento del párrafo 100 de la decisión'
           ' 1/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 1/CMA.5', 'los esfuerzos', '100', None)]),
    ('ru', 'принимает к сведению усилия, предпринятые во исполнение пункта 100 решения 1/CMA.5.',
     [('activity', None, 'pursuantTo', 'decision 1/CMA.5', 'усилия', '100', None)]),
    # a paragraph of an act's annex: "paragraph 15 (b) of the annex to ... resolution 5/1"
    ('en', 'The present report is prepared in accordance with paragraph 15 (b) of the annex to'
           ' Human Rights Council resolution 5/1.',
     [('self', None, 'inAccordanceWith', 'A/HRC/RES/5/1', 'The present report', '15 (b)', None)]),
    ('fr', "Le présent rapport est établi conformément au paragraphe 15 b) de l'annexe à la"
           " résolution 5/1 du Conseil des droits de l'homme.",
     [('self', None, 'inAccordanceWith', 'A/HRC/RES/5/1', 'Le présent rapport', '15 b)', None)]),
    ('es', 'El presente informe se ha preparado de conformidad con el párrafo 15 b) del anexo de la'
           ' resolución 5/1 del Consejo de Derechos Humanos.',
     [('self', None, 'inAccordanceWith', 'A/HRC/RES/5/1', 'El presente informe', '15 b)',
       None)]),
    ('ru', 'Настоящий доклад подготовлен в соответствии с пунктом 15 b) приложения к резолюции 5/1'
           ' Совета по правам человека.',
     [('self', None, 'inAccordanceWith', 'A/HRC/RES/5/1', 'Настоящий доклад', '15 b)', None)]),
    ('ar', 'يقدم هذا التقرير عملا بالفقرة 15 (ب) من مرفق قرار مجلس حقوق الإنسان 5/1.',
     [('self', None, 'pursuantTo', 'A/HRC/RES/5/1', 'يقدم هذا التقرير', '15 (ب)', None)]),
    ('zh', '本报告是根据人权理事会第5/1号决议附件第15(b)段编写的。',
     [('self', None, 'inAccordanceWith', 'A/HRC/RES/5/1', '本报告', None, None)]),
    # "应…的要求提交": the document submitted at the request of the act named inside the cue
    ('zh', '1. 本报告是应安全理事会第2100(2013)号决议的要求提交的。',
     [('self', None, 'requestedBy', 'S/RES/2100(2013)', '本报告', None, None)]),
    ('zh', '1. 本报告应大会第77/260号决议第5段的要求提交。',
     [('self', None, 'requestedBy', 'A/RES/77/260', '本报告', '5', None)]),
    ('zh', '本报告应于2016年提交大会第七十一届会议。', []),
    # "In its resolution 2178 (2014), the Council decided that all Member States shall '…'": what
    # the act requires (the quoted words)
    ('en', 'In its resolution 2178 (2014), the Security Council decided that all Member States'
           ' shall "ensure that their domestic laws establish serious criminal offences".',
     [('activity', None, 'requestedBy', 'S/RES/2178(2014)',
       'ensure that their domestic laws establish serious criminal offences', None, None)]),
    ('fr', 'Dans sa résolution 2178 (2014), le Conseil de sécurité a décidé que tous les États'
           " Membres devaient « veiller à ce que leur législation permette d'engager des"
           ' poursuites ».',
     [('activity', None, 'requestedBy', 'S/RES/2178(2014)',
       "veiller à ce que leur législation permette d'engager des poursuites", None, None)]),
    ('es', 'En su resolución 2178 (2014), el Consejo de Seguridad decidió que todos los Estados'
           ' Miembros debían "asegurar que sus leyes tipifiquen delitos graves".',
     [('activity', None, 'requestedBy', 'S/RES/2178(2014)',
       'asegurar que sus leyes tipifiquen delitos graves', None, None)]),
    ('ru', 'В своей резолюции 2178 (2014) Совет Безопасности постановил, что все государства-члены'
           ' должны «обеспечить, чтобы их законы предусматривали уголовную ответственность».',
     [('activity', None, 'requestedBy', 'S/RES/2178(2014)',
       'обеспечить, чтобы их законы предусматривали уголовную ответственность', None, None)]),
    ('fr', 'Dans sa résolution 2178 (2014), le Conseil a décidé que la question restait inscrite à'
           ' son ordre du jour.', []),
    # "Decides that, in accordance with resolution 973 (X), there shall be set off": Arabic puts
    # the action decided before the basis ("تقرر أن تخصم، وفقا لأحكام قرارها …")
    ('ar', '6 - تقرر أن تخصم، وفقا لأحكام قرارها 973 (د-10) المؤرخ 15 كانون الأول/ديسمبر 1955، من'
           ' المبلغ المقسّم حصة كل منها؛',
     [('activity', None, 'requestedBy', None, 'تخصم', '6', None),
      ('activity', None, 'inAccordanceWith', 'A/RES/973(X)', 'تخصم', None, None)]),
    # a request told before its act, the verb first; what was asked follows the act
    ('ar', 'وفي حالة مالي، طلب مجلس الأمن إلى الأمانة العامة، في قراره 2085 (2012)، الذي أذن فيه'
           ' بنشر البعثة، أن تجري تقييما مشتركا مع الاتحاد الأفريقي.',
     [('activity', None, 'requestedBy', 'S/RES/2085(2012)',
       'تجري تقييما مشتركا مع الاتحاد الأفريقي', None, None)]),
    ('ar', '٣٩ - يطالب قرار مجلس الأمن 2178 (2014) الدولَ الأعضاء بـ "كفالة أن تنصّ قوانينها على'
           ' تجريم الأفعال".',
     [('activity', None, 'requestedBy', 'S/RES/2178(2014)',
       'كفالة أن تنصّ قوانينها على تجريم الأفعال', None, None)]),
    ('ar', 'وأكد مجلس الأمن، في قراره 2085 (2012)، التزامه بسيادة مالي.', []),
    # the body's name ends before what it does; the paragraph of the act is named before "所设"
    ('zh', '专家小组是第2140(2014)号决议第21段所设专家小组向委员会报告的。',
     [('body', 'PoE-2140', 'establishedBy', 'S/RES/2140(2014)', '专家小组', '21', None)]),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "expected"), ROWS)
def test_a_form_of_the_language_gives_its_statement(language, text, expected):
    assert statements(text, language) == expected


# Forms read on the third batch of parallel-corpus lines: a day an act proclaims, "decides
# that" a United Nations body shall act, a Council statement opening with its subject, and the
# addressees and speakers that make no request.
# fmt: off
MORE_ROWS = [
    # a proclaimed day is an activity the act establishes
    ('en', 'The General Assembly,\n\n1. Decides to proclaim 21 March the International Day of'
           ' Forests;',
     [('activity', None, 'establishedBy', None, 'the International Day of Forests', '1', None)]),
    ('fr', "L'Assemblée générale,\n\n1. Décide de proclamer le 21 mars Journée internationale"
           ' des forêts ;',
     [('activity', None, 'establishedBy', None, 'Journée internationale des forêts', '1', None)]),
    ('es', 'La Asamblea General,\n\n1. Decide proclamar el 21 de marzo Día Internacional de'
           ' los Bosques;',
     [('activity', None, 'establishedBy', None, 'Día Internacional de los Bosques', '1', None)]),
    ('ru', 'Генеральная Ассамблея,\n\n1. постановляет провозгласить 21 марта Международным'
           ' днем лесов;',
     [('activity', None, 'establishedBy', None, 'Международным днем лесов', '1', None)]),
    ('zh', '大会，\n\n1. 决定宣布3月21日为国际森林日；',
     [('activity', None, 'establishedBy', None, '国际森林日', '1', None)]),
    ('ar', 'إن الجمعية العامة،\n\n1 - تقرر إعلان يوم 21 آذار/مارس يوما دوليا للغابات؛',
     [('activity', None, 'establishedBy', None, 'يوما دوليا للغابات', '1', None)]),
    # "decides that" a United Nations body, named with an apposition, shall act: a request
    ('en', 'The General Assembly,\n\n3. Further decides that the Commission, as the preparatory'
           ' body for the special session, shall organize the consultations;',
     [('activity', None, 'requestedBy', None,
       'the Commission, as the preparatory body for the special session, shall organize the'
       ' consultations', '3', None)]),
    ('fr', "L'Assemblée générale,\n\n3. Décide en outre que la Commission, en tant qu'organe"
           ' préparatoire de la session extraordinaire, organisera les consultations ;',
     [('activity', None, 'requestedBy', None,
       "la Commission, en tant qu'organe préparatoire de la session extraordinaire, organisera"
       ' les consultations', '3', None)]),
    ('es', 'La Asamblea General,\n\n3. Decide además que la Comisión, en su calidad de órgano'
           ' preparatorio del período extraordinario de sesiones, organizará las consultas;',
     [('activity', None, 'requestedBy', None,
       'la Comisión, en su calidad de órgano preparatorio del período extraordinario de'
       ' sesiones, organizará las consultas', '3', None)]),
    ('ru', 'Генеральная Ассамблея,\n\n3. постановляет далее, что Комиссия как подготовительный'
           ' орган специальной сессии организует консультации;',
     [('activity', None, 'requestedBy', None,
       'Комиссия как подготовительный орган специальной сессии организует консультации', '3',
       None)]),
    ('zh', '大会，\n\n3. 还决定委员会作为特别会议的筹备机构，应组织协商；',
     [('activity', None, 'requestedBy', None, '委员会作为特别会议的筹备机构，应组织协商', '3',
       None)]),
    ('ar', 'إن الجمعية العامة،\n\n3 - تقرر كذلك أن تتولى اللجنة، بصفتها الهيئة التحضيرية للدورة'
           ' الاستثنائية، تنظيم المشاورات؛',
     [('activity', None, 'requestedBy', None,
       'تتولى اللجنة، بصفتها الهيئة التحضيرية للدورة الاستثنائية، تنظيم المشاورات', '3', None)]),
    # "decides that the mandate of" a body "shall include" tasks: they are asked of it
    ('en', 'The Security Council,\n\n17. Decides that the mandate of the Panel of Experts shall'
           ' include the following tasks:',
     [('activity', None, 'requestedBy', None,
       'the mandate of the Panel of Experts shall include the following tasks', '17', None)]),
    ('es', 'El Consejo de Seguridad,\n\n17. Decide que el mandato del Grupo de Expertos incluya'
           ' las siguientes tareas:',
     [('activity', None, 'requestedBy', None,
       'el mandato del Grupo de Expertos incluya las siguientes tareas', '17', None)]),
    ('fr', "Le Conseil de sécurité,\n\n17. Décide que le Groupe d'experts devra exécuter les"
           ' tâches suivantes :',
     [('activity', None, 'requestedBy', None,
       "le Groupe d'experts devra exécuter les tâches suivantes", '17', None)]),
    ('ru', 'Совет Безопасности,\n\n17. постановляет, что мандат Группы экспертов включает'
           ' следующие задачи:',
     [('activity', None, 'requestedBy', None, 'мандат Группы экспертов включает следующие задачи',
       '17', None)]),
    ('zh', '安全理事会，\n\n17. 决定专家小组的任务包括以下各项工作：',
     [('activity', None, 'requestedBy', None, '专家小组的任务包括以下各项工作', '17', None)]),
    ('ar', 'إن مجلس الأمن،\n\n17 - يقرر أن تشمل ولاية فريق الخبراء المهام التالية:',
     [('activity', None, 'requestedBy', None, 'تشمل ولاية فريق الخبراء المهام التالية', '17',
       None)]),
    ('en', 'The General Assembly,\n\n3. Decides that the Committee shall consist of fifteen'
           ' members;',
     []),
    # a Council statement opening with its subject
    ('en', 'The Council calls upon the Peacebuilding Commission to strengthen its advisory role.',
     [('activity', None, 'requestedBy', None, 'strengthen its advisory role', None, None)]),
    ('fr', 'Le Conseil invite la Commission de consolidation de la paix à renforcer son rôle'
           ' consultatif.',
     [('activity', None, 'requestedBy', None, 'renforcer son rôle consultatif', None, None)]),
    ('es', 'El Consejo exhorta a la Comisión de Consolidación de la Paz a que refuerce su'
           ' función consultiva.',
     [('activity', None, 'requestedBy', None, 'refuerce su función consultiva', None, None)]),
    ('ru', 'Совет призывает Комиссию по миростроительству укрепить свою консультативную роль.',
     [('activity', None, 'requestedBy', None, 'укрепить свою консультативную роль', None, None)]),
    ('zh', '安理会促请建设和平委员会加强其咨询作用。',
     [('activity', None, 'requestedBy', None, '建设和平委员会加强其咨询作用', None, None)]),
    ('en', 'The Council calls upon all States to implement the measures.', []),
    # a request after an elided pronoun; "and in this regard requests" in Chinese word order
    ('fr', "Le Conseil d'administration,\n\n4. Prend note du rapport et l'invite à coopérer avec"
           ' les pays concernés ;',
     [('activity', None, 'requestedBy', None, 'coopérer avec les pays concernés', '4', None)]),
    ('zh', '大会，\n\n7. 决定举行特别会议，并在这方面请秘书长提供支持；',
     [('activity', None, 'requestedBy', None, '举行特别会议', '7', None),
      ('activity', None, 'requestedBy', None, '提供支持', '7', None)]),
    # one bare verb before "and" shares the object of the next: one action
    ('ru', 'Генеральная Ассамблея,\n\n7. предлагает Председателю Генеральной Ассамблеи'
           ' поддерживать и направлять этот процесс;',
     [('activity', None, 'requestedBy', None, 'поддерживать и направлять этот процесс', '7',
       None)]),
    # States "also", each Party, Member States (the United Nations only their recipient), and
    # the Secretary-General asking in his report: no request
    ('ru', 'Генеральная Ассамблея,\n\n3. предлагает также государствам-членам представить'
           ' Верховному комиссару информацию;',
     []),
    ('zh', '大会，\n\n3. 邀请会员国向联合国人权事务高级专员提供资料；', []),
    ('zh', '大会，\n\n2. 注意到拟议战略，并邀请各缔约方向秘书处提供评论意见；', []),
    ('ar', 'ويطلب الأمين العام إلى الدول الأعضاء أن تزود المنظمة بمعلومات الاتصال.', []),
    # "please provide" (a list of issues) and a letter asking for circulation name no addressee;
    # "all parties" are no United Nations body; an addressee after "请" is asked
    ('zh', '请提供资料，说明为执行该法所采取的措施。', []),
    ('zh', '请将本函及其附件作为安全理事会的文件分发为荷。', []),
    ('zh', '大会，\n\n3. 促请所有各方全面执行停火协定；', []),
    ('zh', '大会，\n\n3. 请秘书长提供资料；',
     [('activity', None, 'requestedBy', None, '提供资料', '3', None)]),
    # "requesting" before a noun describes; before its addressee it asks
    ('en', 'The warehouse staff and requesting personnel had not signed the forms.', []),
    ('en', 'The General Assembly,\n\n4. Takes note of the report, and requesting the'
           ' Secretary-General to report thereon;',
     [('activity', None, 'requestedBy', None, 'report thereon', '4', None)]),
    # the passive "is proposed" asks no one; "is invited" asks the body named in the dative
    ('ru', 'Предлагается перевести 193 должности в новый отдел.', []),
    ('ru', 'Комиссии предлагается принять к сведению итоги практикума.',
     [('activity', None, 'requestedBy', None, 'принять к сведению итоги практикума', None,
       None)]),
    # "decides to provide the Board with": the body is the object of the verb, not its subject
    ('ar', 'إن المؤتمر،\n\n6 - يقرر أن يزود المجلس التنفيذي بتوصيات حول المجالات ذات الأولوية؛',
     []),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "expected"), MORE_ROWS)
def test_a_form_read_on_the_third_batch_gives_its_statement(language, text, expected):
    assert statements(text, language) == expected
