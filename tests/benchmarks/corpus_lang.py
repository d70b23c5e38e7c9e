"""Words of UN documents in the six official languages, for the corpus generator (generate.py).

Headers, dates, session ordinals, body names, reference phrases and sentence templates. All of it
was written for the benchmark in the house style of UN documents; nothing is copied from them.
Russian templates name the grammatical case the reference phrase must take ("gen", "acc", ...).
"""

# ruff: noqa: E501  (tables of phrases in six scripts read better one entry a line)

from __future__ import annotations

from datetime import date

from corpus_fillers import (  # noqa: F401  (re-exported: the generator reads them from here)
    FILLERS,
    OPERATIVE_FILLERS,
    PLACES,
    PREAMBLE_FILLERS,
    TITLES,
)

LANGS = ("en", "fr", "es", "ru", "ar", "zh")

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "كانون_الثاني/يناير شباط/فبراير آذار/مارس نيسان/أبريل أيار/مايو حزيران/يونيه تموز/يوليه "
    "آب/أغسطس أيلول/سبتمبر تشرين_الأول/أكتوبر تشرين_الثاني/نوفمبر كانون_الأول/ديسمبر",
}
_MONTHS = {lang: [m.replace("_", " ") for m in names.split()] for lang, names in MONTHS.items()}


def format_date(lang: str, d: date) -> str:
    """A date as UN documents write it: "5 December 2013", "5 de diciembre de 2013", "2013年12月5日"."""
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    month = _MONTHS[lang][d.month - 1]
    return {
        "en": f"{d.day} {month} {d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {month} {d.year}",
        "es": f"{d.day} de {month} de {d.year}",
        "ru": f"{d.day} {month} {d.year} года",
        "ar": f"{d.day} {month} {d.year}",
    }[lang]


# -- ordinals (session numbers 1-99) -----------------------------------------------------------
_EN_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_EN_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en(n: int) -> str:
    if n < 10:
        return _EN_UNITS[n - 1]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return _EN_TENS[tens - 2][:-1] + "ieth"
    return f"{_EN_TENS[tens - 2]}-{_EN_UNITS[unit - 1]}"


_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
).split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_cardinal(n: int) -> str:
    if n <= 16:
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        base = _FR_TENS[tens]
        return base if not unit else f"{base} et un" if unit == 1 else f"{base}-{_FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _fr_cardinal(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _fr_cardinal(n - 80)


def _fr(n: int) -> str:
    if n == 1:
        return "première"
    word = _fr_cardinal(n)
    for end, repl in (
        ("quatre-vingts", "quatre-vingtième"),
        ("cinq", "cinquième"),
        ("neuf", "neuvième"),
        ("un", "unième"),
    ):
        if word.endswith(end):
            return word[: -len(end)] + repl
    return (word[:-1] if word.endswith("e") else word) + "ième"


_ES_UNITS = "primer segundo tercer cuarto quinto sexto séptimo octavo noveno".split()
_ES_TENS = (
    "décimo vigésimo trigésimo cuadragésimo quincuagésimo sexagésimo septuagésimo "
    "octogésimo nonagésimo"
).split()


def _es(n: int) -> str:
    tens, unit = divmod(n, 10)
    if 11 <= n <= 19:
        return (
            "undécimo duodécimo decimotercer decimocuarto decimoquinto decimosexto "
            "decimoséptimo decimoctavo decimonoveno"
        ).split()[n - 11]
    if not tens:
        return _ES_UNITS[unit - 1]
    return _ES_TENS[tens - 1] + (f" {_ES_UNITS[unit - 1]}" if unit else "")


_RU_UNITS = "первая вторая третья четвертая пятая шестая седьмая восьмая девятая".split()
_RU_TEENS = (
    "десятая одиннадцатая двенадцатая тринадцатая четырнадцатая пятнадцатая шестнадцатая "
    "семнадцатая восемнадцатая девятнадцатая"
).split()
_RU_TENS_ORD = (
    "двадцатая тридцатая сороковая пятидесятая шестидесятая семидесятая восьмидесятая девяностая"
).split()
_RU_TENS = "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()


def _ru(n: int, prepositional: bool = False) -> str:
    tens, unit = divmod(n, 10)
    if n < 10:
        word = _RU_UNITS[n - 1]
    elif n < 20:
        word = _RU_TEENS[n - 10]
    elif not unit:
        word = _RU_TENS_ORD[tens - 2]
    else:
        word = f"{_RU_TENS[tens - 2]} {_RU_UNITS[unit - 1]}"
    if prepositional:  # "на своей седьмой сессии"
        word = word[:-2] + ("ей" if word.endswith("ья") else "ой")
    return word


_AR_UNITS = "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة".split()
_AR_TENS = "العشر الثلاث الأربع الخمس الست السبع الثمان التسع".split()


def _ar(n: int, genitive: bool = False) -> str:
    tens, unit = divmod(n, 10)
    if n < 10:
        return _AR_UNITS[n - 1]
    if n == 10:
        return "العاشرة"
    if n < 20:
        return ("الحادية" if unit == 1 else _AR_UNITS[unit - 1]) + " عشرة"
    word = _AR_TENS[tens - 2] + ("ين" if genitive else "ون")
    if not unit:
        return word
    return ("الحادية" if unit == 1 else _AR_UNITS[unit - 1]) + " و" + word


_ZH_DIGITS = "零一二三四五六七八九"


def _zh(n: int) -> str:
    tens, unit = divmod(n, 10)
    if not tens:
        return _ZH_DIGITS[unit]
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[unit] if unit else "")


def session_heading(lang: str, n: int) -> str:
    """The header line of a numbered session: "Seventieth session", "第七十届会议"."""
    text = {
        "en": f"{_en(n)} session",
        "fr": f"{_fr(n)} session",
        "es": f"{_es(n)} período de sesiones",
        "ru": f"{_ru(n)} сессия",
        "ar": f"الدورة {_ar(n)}",
        "zh": f"第{_zh(n)}届会议",
    }[lang]
    return text[0].upper() + text[1:]


def year_session_heading(lang: str, year: int) -> str:
    """The header line of a session named by its year (the Economic and Social Council's)."""
    return {
        "en": f"{year} session",
        "fr": f"Session de {year}",
        "es": f"Período de sesiones de {year}",
        "ru": f"Сессия {year} года",
        "ar": f"دورة عام {year}",
        "zh": f"{year}年届会",
    }[lang]


def at_session(lang: str, n: int, ar_feminine: bool = True) -> str:
    """ "at its seventh session" in running text (a reference to a session of the body)."""
    own = "ها" if ar_feminine else "ه"
    return {
        "en": f"at its {_en(n)} session",
        "fr": f"à sa {_fr(n)} session",
        "es": f"en su {_es(n)} período de sesiones",
        "ru": f"на своей {_ru(n, prepositional=True)} сессии",
        "ar": f"في دورت{own} {_ar(n, genitive=True)}",
        "zh": f"第{_zh(n)}届会议上",
    }[lang]


# -- header words ------------------------------------------------------------------------------
UNITED_NATIONS = {
    "en": "United Nations",
    "fr": "Nations Unies",
    "es": "Naciones Unidas",
    "ru": "Организация Объединенных Наций",
    "ar": "الأمم المتحدة",
    "zh": "联合国",
}
DISTR = {
    "en": "Distr.: General",
    "fr": "Distr. générale",
    "es": "Distr. general",
    "ru": "Distr.: General",
    "ar": "Distr.: General",
    "zh": "Distr.: General",
}
# Lines under the date: the language of this version, then the original language.
ORIGINAL = {
    "en": ("Original: English",),
    "fr": ("Français", "Original : anglais"),
    "es": ("Español", "Original: inglés"),
    "ru": ("Russian", "Original: English"),
    "ar": ("Arabic", "Original: English"),
    "zh": ("Chinese", "Original: English"),
}
AGENDA_ITEM = {
    "en": "Item {n} of the provisional agenda*",
    "fr": "Point {n} de l'ordre du jour provisoire*",
    "es": "Tema {n} del programa provisional*",
    "ru": "Пункт {n} предварительной повестки дня*",
    "ar": "البند {n} من جدول الأعمال المؤقت*",
    "zh": "临时议程*项目{n}",
}
REPORT_OF_SG = {
    "en": "Report of the Secretary-General",
    "fr": "Rapport du Secrétaire général",
    "es": "Informe del Secretario General",
    "ru": "Доклад Генерального секретаря",
    "ar": "تقرير الأمين العام",
    "zh": "秘书长的报告",
}
NOTE_BY_SECRETARIAT = {
    "en": "Note by the Secretariat",
    "fr": "Note du Secrétariat",
    "es": "Nota de la Secretaría",
    "ru": "Записка Секретариата",
    "ar": "مذكرة من الأمانة العامة",
    "zh": "秘书处的说明",
}
INTRODUCTION = {
    "en": "I. Introduction",
    "fr": "I. Introduction",
    "es": "I. Introducción",
    "ru": "I. Введение",
    "ar": "أولا - مقدمة",
    "zh": "一. 导言",
}
CONCLUSIONS = {
    "en": "II. Conclusions and recommendations",
    "fr": "II. Conclusions et recommandations",
    "es": "II. Conclusiones y recomendaciones",
    "ru": "II. Выводы и рекомендации",
    "ar": "ثانيا - الاستنتاجات والتوصيات",
    "zh": "二. 结论和建议",
}
RECYCLE = {
    "en": "Please recycle",
    "fr": "Merci de recycler",
    "es": "Se ruega reciclar",
    "ru": "Просьба отправить на вторичную переработку",
    "ar": "",
    "zh": "",
}
JOB_LETTER = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}
RESOLUTION_ADOPTED = {
    "en": "Resolution adopted by the {name} on {date}",
    "fr": "Résolution adoptée par {le_name} le {date}",
    "es": "Resolución aprobada por {la_name} el {date}",
    "ru": "Резолюция, принятая {ins_name} {date}",
    "ar": "قرار اتخذه {name} في {date}",
    "zh": "{name}{date}通过的决议",
}
SC_ADOPTED = {
    "en": "Adopted by the Security Council at its {m}th meeting, on {date}",
    "fr": "Adoptée par le Conseil de sécurité à sa {m}e séance, le {date}",
    "es": "Aprobada por el Consejo de Seguridad en su {m}ª sesión, celebrada el {date}",
    "ru": "принятая Советом Безопасности на его {m}-м заседании {date}",
    "ar": "الذي اتخذه مجلس الأمن في جلسته {m} المعقودة في {date}",
    "zh": "{date}安全理事会第{m}次会议通过",
}
PLENARY = {
    "en": "{m}th plenary meeting",
    "fr": "{m}e séance plénière",
    "es": "{m}ª sesión plenaria",
    "ru": "{m}-е пленарное заседание",
    "ar": "الجلسة العامة {m}",
    "zh": "第{m}次全体会议",
}
WORD_RESOLUTION = {
    "en": "Resolution",
    "fr": "Résolution",
    "es": "Resolución",
    "ru": "Резолюция",
    "ar": "القرار",
    "zh": "决议",
}
WORD_DECISION = {
    "en": "Decision",
    "fr": "Décision",
    "es": "Decisión",
    "ru": "Решение",
    "ar": "المقرر",
    "zh": "决定",
}


AGENDA_ITEM_FINAL = {
    "en": "Agenda item {n}",
    "fr": "Point {n} de l'ordre du jour",
    "es": "Tema {n} del programa",
    "ru": "Пункт {n} повестки дня",
    "ar": "البند {n} من جدول الأعمال",
    "zh": "议程项目{n}",
}
DECISION_ADOPTED = {
    "en": "Decision adopted by the {name} on {date}",
    "fr": "Décision adoptée par {le_name} le {date}",
    "es": "Decisión aprobada por {la_name} el {date}",
    "ru": "Решение, принятое {ins_name} {date}",
    "ar": "مقرر اتخذه {name} في {date}",
    "zh": "{name}{date}通过的决定",
}
