"""A text printed without its header (an act cut from a session report, a draft decision):
its number heading and its preamble line name the act and the body that speaks.
"""

from __future__ import annotations

import re

from .bodies import BodyMatcher
from .languages import Lang

# An act's heading line with its title, then its preamble line: "Decision 55/101. Outcome of
# the universal periodic review: Freedonia\nThe Human Rights Council," (an act without header)
_HEADLESS = (
    r"\A\s*(?P<kw>{kw})\s+(?P<s>\d{{1,4}})/(?P<n>\d{{1,4}})\.[ \t]+\S[^\n]*\r?\n(?P<pre>[^\n]*)"
)


def headless_act(
    scan: str, start: int, lang_: Lang, mat: BodyMatcher
) -> tuple[str, str, str] | None:
    """(symbol, kind, body) of an act printed without its header: its number heading and the
    body named by its preamble line give its symbol."""
    from .acts import act_key
    from .lists import Item

    acts, preamble = lang_.data["acts"], lang_.header.get("preamble")
    if not preamble:
        return None
    for kind in ("decision", "resolution"):
        m = re.match(_HEADLESS.format(kw=acts[kind]), scan[start : start + 600])
        if m is None or not re.match(preamble, m.group("pre")):
            continue
        named = [x.code for x in mat.find(m.group("pre")) if x.code]
        if len(named) != 1:
            return None
        form = "yearslash" if int(m.group("s")) >= 1946 else "session"
        item = Item(0, 0, form, m.group("n"), s=m.group("s"))
        key = act_key(kind, item, named[0], 1.0)
        if key.kind == "unresolved" or " " in key.key:
            return None
        return key.key, kind, named[0]
    return None


def preamble_body(scan: str, start: int, lang_: Lang, mat: BodyMatcher) -> str | None:
    """The body an act without header speaks as, named by its preamble line near the top:
    "La Conférence des Parties agissant comme réunion des Parties à l'Accord de Paris,"."""
    preamble = lang_.header.get("preamble")
    if not preamble:
        return None
    m = re.search(preamble, scan[start : start + 1000], re.M)
    if m is None:
        return None
    named = {x.code for x in mat.find(m.group()) if x.code}
    return named.pop() if len(named) == 1 else None
