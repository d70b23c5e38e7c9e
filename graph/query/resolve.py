"""What the user typed -> the node it names: a canonical key, a document symbol in any spelling
the extractor accepts ("СТОС/СОР/WG.2" with Cyrillic letters, "A / RES / 70 / 1",
"resolution 70/1"), a body code, or an IRI. Unknown text gets the nearest keys as suggestions."""

from __future__ import annotations

import bisect
import re
import unicodedata

import pyoxigraph as ox

from ..errors import NotFoundError, UsageError
from ..vocab import terms
from ..vocab.iris import MG

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from ..store.protocol import GraphStore

_KEY, _CODE, _NOTATION = terms.KEY, terms.CODE, terms.NOTATION
_SUGGESTIONS = 5

# Cyrillic and Greek letters that look like Latin ones, as UN texts and OCR mix them ("СТОС/СОР").
_LOOKALIKES = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеіјорсхуѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϲ",
    "ABCEHIJKMOPSTXYaeijopcxysABEZHIKMNOPTYXoc",
)
# Spaces around the slashes and dots of a symbol: "A / RES / 70 / 1" -> "A/RES/70/1"
_SYMBOL_GAPS = re.compile(r"\s*([/.])\s*")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_LOOKALIKES)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")  # zero-width, soft hyphen
    return _SYMBOL_GAPS.sub(r"\1", " ".join(text.split()))


def search_form(text: str) -> str:
    """The form two spellings of one key share: normalised, then without spaces or case
    ("S/RES/687 (1991)" and "s/res/687(1991)" -> "s/res/687(1991)"). The page folds what is
    typed in its search box the same way (see `lookalike_table`)."""
    if text.isascii():  # the same result, ten times faster: nothing to normalise but spaces
        return "".join(text.split()).lower()
    return _fold(_normalise(text))


def lookalike_table() -> tuple[str, str]:
    """The look-alike letters `search_form` maps, as (from, to) strings of equal length."""
    pairs = sorted(_LOOKALIKES.items())
    return "".join(chr(a) for a, _b in pairs), "".join(chr(b) for _a, b in pairs)


def resolve_key(store: GraphStore, text: str) -> str:
    """The IRI of the node that `text` names: a canonical key, a symbol in any spelling the
    extractor accepts ("СТОС/СОР/WG.2", "resolution 70/1"), a body code, or an IRI.

    Raises NotFoundError naming the nearest keys in the store.
    """
    raw = text.strip()
    if not raw:
        raise UsageError("give a key: a canonical key, a document symbol or a body code")
    if raw.startswith(("http://", "https://")):
        try:
            if next(store.quads(ox.NamedNode(raw), None, None), None) is not None:
                return raw
        except ValueError:  # not a valid IRI: look it up as a key
            pass
    for candidate in dict.fromkeys((raw, _normalise(raw))):
        found = _lookup(store, candidate)
        if found:
            return found
    for candidate in _extracted_keys(raw):
        found = _lookup(store, candidate)
        if found:
            return found
    keys = _all_keys(store)
    wanted = _fold(_normalise(raw))
    matches = [key for key in keys if _fold(key) == wanted]
    if len(matches) == 1:  # the same key but for case or spaces: "ctoc/cop decision 2/6"
        return _lookup(store, matches[0]) or ""
    raise NotFoundError(_not_found(raw, keys))


def _lookup(store: GraphStore, key: str) -> str | None:
    """The node whose mg:key (or, for a body of the body list, code) is exactly `key`."""
    lit = ox.Literal(key)
    for pred in (_KEY, _CODE, _NOTATION):
        best = None
        for q in store.quads(None, pred, lit):
            if isinstance(q.subject, ox.NamedNode) and (best is None or q.subject.value < best):
                best = q.subject.value
        if best:
            return best
    return None


def _extracted_keys(text: str) -> list[str]:
    """Keys the extractor reads in `text` ("resolution 70/1" -> "A/RES/70/1"), if installed."""
    try:
        from ..extract import extract_references
        from ..model import Document
    except ImportError:
        return []
    try:
        refs = extract_references(Document(text=text))
    except Exception:  # the extractor must never stop a lookup; the key is just not found
        return []
    return [r.key for r in refs]


def _fold(key: str) -> str:
    return "".join(key.split()).casefold()


def _all_keys(store: GraphStore) -> list[str]:
    """Every distinct key and body code (deduplicated inside the store: one row per key)."""
    sparql = f"SELECT DISTINCT ?k WHERE {{ {{ ?n <{MG}key> ?k }} UNION {{ ?n <{MG}code> ?k }} }}"
    return [row[0].value for row in store.query(sparql)]


def _not_found(text: str, keys: list[str]) -> str:
    if not keys:
        return f"{text!r} is not in the store, which is empty: run 'mandate-graph build PATH' first"
    wanted = _fold(_normalise(text))
    folded: dict[str, str] = {}
    for key in keys:
        folded.setdefault(_fold(key), key)
    import difflib  # (only when a key is not found)

    near = difflib.get_close_matches(
        wanted, _neighbours(wanted, list(folded)), n=_SUGGESTIONS, cutoff=0.6
    )
    if not near:  # keys sharing the longest prefix: a symbol's tail is what usually differs
        near = sorted(folded, key=lambda k: (-_common_prefix(k, wanted), k))[:_SUGGESTIONS]
    return f"{text!r} is not in the store; nearest keys: " + ", ".join(folded[k] for k in near)


def _neighbours(wanted: str, keys: list[str], width: int = 300) -> list[str]:
    """Keys next to `wanted` in sorted order, by beginning and by end: difflib over 100,000 keys
    takes seconds, over these a few milliseconds, and a typo rarely hits both ends of a key."""
    if len(keys) <= 2 * width:
        return keys
    out: set[str] = set()
    for transform in (lambda k: k, lambda k: k[::-1]):
        ordered = sorted(keys, key=transform)
        at = bisect.bisect_left([transform(k) for k in ordered], transform(wanted))
        out.update(ordered[max(0, at - width) : at + width])
    return sorted(out)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
