"""The compiled patterns of one language (`lang(code)`), built from its data file
(languages.py) with the body names (bodies.py) and list items (lists.py) filled in.

The data modules import nothing above them; this one brings them together.
"""

from __future__ import annotations

import re
from functools import cache

from .bodies import matcher
from .languages import LANGUAGES, Lang, Ordinals, load_data
from .lists import ITEM_NONCAP, special_alternatives
from .patterns import alternation, fill, lazy, literal_atoms, trie_regex


def _rx(fragment: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled when first used, its searches sieved (patterns.lazy)."""
    return lazy(fragment or "(?!)", flags, sieve=True)


def _ordinals(data: dict) -> Ordinals:
    sessions = data.get("sessions", {})
    endings = sessions.get("ordinal_endings", "")
    stems = data.get("ordinals", {})
    plain = data.get("ordinals_plain", {})
    numerals = {k: int(v) for k, v in data.get("numerals", {}).items()}
    boundary = r"(?!\w)" if data["labels"].get("word_boundary", True) else ""
    words = [literal_atoms(w) + ([endings] if endings else []) + [boundary] for w in stems]
    words += [literal_atoms(w) + [boundary] for w in plain]
    if numerals:
        word = "[" + "".join(numerals) + "]+"
    else:
        word = trie_regex(words)
    numeric = sessions.get("numeric_ordinal", "(?!)")
    joiner = sessions.get("ordinal_joiner", "(?!)")
    regex = f"(?:{numeric}|{word}(?:(?:{joiner}){word}){{0,2}})"
    token = lazy(word if not numerals else "(?!)", re.IGNORECASE)
    values = {k.lower(): int(v) for k, v in {**stems, **plain}.items()}
    stem_list = tuple(sorted((k.lower() for k in stems), key=len, reverse=True))
    return Ordinals(regex, token, values, stem_list, numerals)


def _date_patterns(data: dict, key: str, months_re: str) -> tuple[re.Pattern[str], ...]:
    dates = data.get("dates", {})
    day = r"(?P<{name}>\d{{1,2}})" + dates.get("ordinal_day", "")
    year = r"(?P<{name}>(?:1[89]|20)\d\d)"
    out = []
    for template in dates.get(key, []):
        filled = fill(
            template,
            d=day.format(name="d"),
            d2=day.format(name="d2"),
            m=f"(?P<m>{months_re})",
            m2=f"(?P<m2>{months_re})",
            y=year.format(name="y"),
            y2=year.format(name="y2"),
        )
        out.append(lazy(r"(?<!\d)" + filled + r"(?!\d)", re.IGNORECASE, sieve=True))
    return tuple(out)


def _session_pattern(code: str, template: str, ordinals: Ordinals) -> str:
    """The session pattern: {ORD} an ordinal, {BODY} a body name (Arabic "دورة الجمعية العامة
    السادسة والستين" names the body between the noun and the ordinal)."""
    if "{BODY}" in template:
        template = fill(template, BODY=matcher(code).fragment)
    return fill(template, ORD=ordinals.regex)


def _year_after_space(data: dict) -> bool:
    """True when "{y}" and "{y2}" follow a required white space in every date template."""
    dates = data.get("dates", {})
    templates = [*dates.get("patterns", []), *dates.get("ranges", [])]
    for template in templates:
        for name in ("{y}", "{y2}"):
            at = template.find(name)
            while at >= 0:
                if not template[:at].endswith(r"\s+"):
                    return False
                at = template.find(name, at + 1)
    return bool(templates)


@cache
def lang(code: str) -> Lang:
    """The compiled patterns of language ``code`` (one of LANGUAGES; others read as English)."""
    if code not in LANGUAGES:
        code = "en"
    data = load_data(code)
    acts = data["acts"]
    sessions = data["sessions"]
    meetings = data["meetings"]

    res_kw, dec_kw = acts.get("resolution", "(?!)"), acts.get("decision", "(?!)")
    between = ""
    if acts.get("body_between"):
        connector = acts.get("body_between_connector", "")
        tail = acts.get("body_between_tail", "")
        unknown = acts.get("body_between_unknown", "")
        between = rf"(?:\s+{connector}(?P<between>{matcher(code).fragment}){tail}"
        if acts.get("body_between_skip"):  # "قرار الأمم المتحدة 1325": no body of its own
            between += rf"|{acts['body_between_skip']}"
        if unknown:
            between += rf"|(?P<between_unknown>{unknown})"
        between += ")?"
    gap = acts.get("list_gap", "")
    gap = rf"(?P<gap>{gap})?" if gap else ""
    act_head = (
        rf"(?:(?P<res>{res_kw})|(?P<dec>{dec_kw})){between}{gap}\s*{acts.get('number_sign', '')}"
        rf"(?=[0-9]|(?:E?S{special_alternatives(acts)})\s?-\s?[0-9])"
    )
    zh_list = ""
    if acts.get("resolution_after"):
        prefix = acts.get("item_prefix", "")
        if acts.get("item_date"):  # "第66/288号和2012年12月21日第67/203号决议"
            prefix = rf"(?:{acts['item_date']}\s*)?(?:{prefix})"
        sep = acts.get("separator", "(?!)")
        zh_list = (
            rf"(?:{prefix})?{ITEM_NONCAP}(?:(?:{sep})(?:{prefix})?{ITEM_NONCAP}){{0,200}}"
            rf"\s*(?:(?P<zres>{acts['resolution_after']})|(?P<zdec>{acts['decision_after']}))"
        )

    ordinals = _ordinals(data)
    months = {k.lower(): int(v) for k, v in data.get("months", {}).items()}
    months_re = alternation(
        [r"\s*/\s*".join(re.escape(p) for p in m.split("/")) for m in data.get("months", {})]
    )
    months_re = months_re.replace(r"\ ", r"\s+")

    sentences = data.get("sentences", {})
    return Lang(
        code=code,
        data=data,
        act_head=act_head,
        zh_list=zh_list,
        session_anchor=sessions.get("anchor", "(?!)"),
        possessive_before=_rx(acts.get("possessive_before", ""), re.IGNORECASE),
        possessive_in_keyword=_rx(acts.get("possessive_in_keyword", "")),
        separator=_rx(acts.get("separator", "")),
        date_connector=_rx(acts.get("date_connector", ""), re.IGNORECASE),
        title_connector=_rx(acts.get("title_connector", ""), re.IGNORECASE),
        body_before_gap=_rx(acts.get("body_before_gap", "")),
        adopter_gap=_rx(acts.get("adopter_gap", "")),
        body_after_connector=_rx(acts.get("body_after_connector", "")),
        not_number=_rx(acts.get("not_number", "")),
        ordinals=ordinals,
        session=_rx(_session_pattern(code, sessions.get("pattern", ""), ordinals), re.IGNORECASE),
        session_header=_rx(
            fill(sessions.get("header", ""), ORD=ordinals.regex), re.IGNORECASE | re.MULTILINE
        ),
        session_literal=(
            lazy("|".join(map(re.escape, sessions["anchors"])), re.IGNORECASE)
            if sessions.get("anchors")
            else None
        ),
        meeting_noun=_rx(meetings.get("noun", ""), re.IGNORECASE),
        meeting_adoption=_rx(meetings.get("adoption", ""), re.IGNORECASE),
        dates=_date_patterns(data, "patterns", months_re),
        partial_dates=_date_patterns(data, "partial", months_re),
        date_ranges=_date_patterns(data, "ranges", months_re),
        year_after_space=_year_after_space(data),
        months=months,
        abbreviations=frozenset(sentences.get("abbreviations", [])),
        header=data.get("header", {}),
        kinds=tuple((lazy(k, sieve=True), v) for k, v in data.get("header", {}).get("kinds", [])),
        submitted=_rx(data.get("header", {}).get("submitted", "")),
        submitted_session=_rx(  # either pattern before a session
            "|".join(
                f"(?:{data['header'][k]})"
                for k in ("submitted_session", "submitted")
                if data.get("header", {}).get(k)
            )
        ),
        submitted_after=_rx(data.get("header", {}).get("submitted_after", "")),
        agenda_item=_rx(data.get("header", {}).get("agenda_item", "")),
        original=_rx(data.get("header", {}).get("original", "")),
        range_words=acts.get("range", "-"),
        item_prefix=acts.get("item_prefix", ""),
        date_before=bool(acts.get("date_before")),
    )
