"""SPARQL text as tokens: strings, IRIs and comments are read as such, so `"INSERT"` in a literal
or `?service` as a variable is not a keyword. The query checks and the remote store's rewriting of
queries both read SPARQL through this."""

from __future__ import annotations

import re

# One SPARQL token. Examples, in order: "  ", "# comment", '"""long"""', "'x'", "<http://a/b>",
# "?key", "mg:Resolution" (also "mg:" and ":local"), "SELECT", and any other single character.
_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<bnode>_:[\w\-.]*)
    | (?P<pname>(?:[^\W\d_][\w\-.]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%]))*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(sparql: str, *, comments: bool = False) -> list[tuple[str, str]]:
    """(kind, text) of every token, whitespace left out, and comments too unless `comments`."""
    skip = ("ws",) if comments else ("ws", "comment")
    out = []
    for m in _TOKEN.finditer(sparql):
        kind = m.lastgroup or "other"
        if kind not in skip:
            out.append((kind, m.group()))
    return out
