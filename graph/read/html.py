"""Saved web pages: the visible body text only.

Dropped: scripts, styles, templates, <head>, comments, processing instructions, and elements a
browser does not show (the `hidden` attribute, aria-hidden="true", display:none or
visibility:hidden set inline or by the page's own <style> sheets, hidden inputs). Block elements
end lines; table cells are separated by tabs.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .text import decode_bytes

# Elements whose content is never visible text.
_INVISIBLE = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "object",
        "embed",
        "iframe",
        "canvas",
        "select",
        "button",
    }
)
# Elements that start a new line.
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "address",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "details",
        "summary",
    }
)
# Inline styles that hide an element: "display: none", "visibility:hidden".
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Declarations that hide what a style-sheet rule selects.
_HIDING = {"display": "none", "visibility": "hidden"}
# Bounds on the style sheets a page may make us apply: each selector is one pass over the tree.
_MAX_HIDING_SELECTORS = 2000
_MAX_SELECTOR_CHARS = 256
# A charset declared in the page: <meta charset="windows-1251">,
# <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">.
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# Runs of white space inside a line, except tabs between table cells: "a \u00a0  b".
_SPACES = re.compile(r"[^\S\n\t]+")
# An XML declaration, which lxml refuses in an already decoded string: <?xml version="1.0"?>.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def looks_like_html(data: bytes) -> bool:
    """True for bytes that start like an HTML page ("<!DOCTYPE html", "<html")."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<?xml") and b"<html" in head
    )


def read_html(data: bytes, encoding: str | None) -> tuple[str, str, str | None]:
    """The visible body text of an HTML page, the encoding it was decoded with and a warning
    when that encoding is a weak guess."""
    import lxml.html
    from lxml import etree

    declared = _declared_charset(data) if not encoding else None
    text, used, warning = decode_bytes(data, encoding or declared, kind="HTML")
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse this HTML page ({exc})") from None
    body = root.find("body")
    parts: list[str] = []
    _walk(body if body is not None else root, parts, _hidden_by_style_sheets(root))
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not out:
        if any("Excessive depth" in entry.message for entry in parser.error_log):
            raise InputError(
                "HTML page nested deeper than the parser's limit of 256 elements "
                "(a hostile file?): refused"
            )
        raise InputError("HTML page has no visible text")
    return out, used, warning


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    import codecs

    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None  # an unknown name in the page: detect instead


def _hidden_by_style_sheets(root) -> frozenset:
    """Elements that the page's own <style> sheets hide (display:none, visibility:hidden).

    Rules inside at-rules (@media print ...) and style elements for other media are left out;
    a later rule that shows the element again is not weighed (hidden text stays out).
    """
    import tinycss2
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    hidden: set = set()
    for selector in _hiding_selectors(root, tinycss2)[:_MAX_HIDING_SELECTORS]:
        try:
            hidden.update(CSSSelector(selector, translator="html")(root))
        except (SelectorError, ValueError):
            continue  # a selector lxml cannot apply (e.g. :hover): nothing to hide
    return frozenset(hidden)


def _hiding_selectors(root, tinycss2) -> list[str]:
    selectors: list[str] = []
    for style in root.iter("style"):
        media = (style.get("media") or "all").lower()
        if "all" not in media and "screen" not in media:
            continue
        sheet = tinycss2.parse_stylesheet(
            style.text or "", skip_comments=True, skip_whitespace=True
        )
        for rule in sheet:
            if rule.type != "qualified-rule" or not _hides(tinycss2, rule.content):
                continue
            for selector in tinycss2.serialize(rule.prelude).split(","):
                selector = selector.strip()
                if selector and len(selector) <= _MAX_SELECTOR_CHARS:
                    selectors.append(selector)
    return selectors


def _hides(tinycss2, content) -> bool:
    for item in tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration" and item.lower_name in _HIDING:
            value = tinycss2.serialize(item.value).strip().lower()
            if value == _HIDING[item.lower_name]:
                return True
    return False


def _hidden(el, by_style_sheets: frozenset) -> bool:
    return (
        el in by_style_sheets
        or el.get("hidden") is not None
        or (el.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(el.get("style") or ""))
        or (el.tag == "input" and (el.get("type") or "").lower() == "hidden")
    )


def _walk(el, parts: list[str], by_style_sheets: frozenset) -> None:
    """Append the visible text of `el` (not its tail) to `parts`."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in _INVISIBLE or _hidden(el, by_style_sheets):
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n")
    if tag == "br":
        parts.append("\n")
    if el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts, by_style_sheets)
        if child.tail:
            parts.append(child.tail)
    if tag in ("td", "th"):
        parts.append("\t")
    if block:
        parts.append("\n")
