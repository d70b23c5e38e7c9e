"""Plain text and Markdown in any common encoding, and the decoding shared with HTML.

Order of evidence: an explicit `encoding=`, a byte-order mark, UTF-16 without a mark (one byte
of each pair NUL or constant: alphabetic scripts; Chinese UTF-16 needs its mark or --encoding),
strict UTF-8, then charset-normalizer restricted to the legacy encodings UN texts actually come
in — a wide search guesses exotic code pages for short texts. A guess that another encoding fits
as well, or that rests on too little text, comes back with a warning naming --encoding.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

from ..errors import InputError, UsageError

# Legacy encodings worth considering, in charset-normalizer's names.
PLAUSIBLE_ENCODINGS = ("cp1252", "cp1251", "koi8_r", "cp1256", "gb18030", "big5")
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control bytes that never occur in text, e.g. b"\x00\x01" (tab, LF, VT, FF, CR, ESC and
# the DOS end-of-file mark \x1a are allowed).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x19\x1c-\x1f]")
# A rival encoding whose mess ratio is this close to the best one's fits as well.
_RIVAL_CHAOS = 0.05
# Below this language coherence, charset-normalizer found no words it knows: a weak guess.
_MIN_COHERENCE = 0.2
# Control characters left after decoding, dropped from the text (e.g. "\x07", "\x00").
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def check_encoding(name: str) -> str:
    """The canonical codec name for a user-given encoding; UsageError for an unknown one."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(
            f"unknown encoding {name!r}: use a Python codec name such as utf-8, cp1251, koi8-r, "
            "cp1256, gb18030 or big5"
        ) from None


def decode_bytes(
    data: bytes, encoding: str | None = None, *, kind: str = "text"
) -> tuple[str, str, str | None]:
    """Decode `data`; returns (text, encoding used, warning when that encoding is a weak guess).

    InputError when it is not text.
    """
    if encoding:
        name = check_encoding(encoding)
        try:
            return _clean(data.decode(name)), name, None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot decode as {name} at byte {exc.start}: drop --encoding to detect the "
                "encoding, or give the right one"
            ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(name)), name, None
            except UnicodeDecodeError:
                raise InputError(
                    f"damaged {name} {kind}: it starts with a {name} byte-order "
                    "mark but does not decode; give --encoding"
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return (*utf16, None)
    try:
        return _clean(data.decode("utf-8")), "utf-8", None
    except UnicodeDecodeError:
        pass
    if len(_CONTROL_BYTES.findall(data[:65536])) > 0:
        raise InputError(
            f"not a {kind} file: binary content of an unknown type "
            "(PDF, DOCX, HTML and text are read)"
        )
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(PLAUSIBLE_ENCODINGS))
    best = matches.best()
    if best is None:
        raise InputError(
            f"cannot tell the encoding of this {kind} file: give --encoding "
            "(e.g. cp1251, koi8-r, cp1256, gb18030, big5)"
        )
    name = codecs.lookup(best.encoding).name
    return _clean(str(best)), name, _weak_guess(name, best, matches, len(data))


def _weak_guess(name: str, best, matches, size: int) -> str | None:
    """A warning when another encoding fits as well, or the text gives no language evidence."""
    rivals = sorted(
        {
            codecs.lookup(m.encoding).name
            for m in matches
            if m.encoding != best.encoding and m.chaos <= best.chaos + _RIVAL_CHAOS
        }
    )
    if not rivals and best.coherence >= _MIN_COHERENCE:
        return None
    also = f"; {', '.join(rivals)} would fit as well" if rivals else ""
    return (
        f"the encoding {name} is a weak guess from {size} bytes{also}: "
        f"check the text, or give --encoding"
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text of alphabetic scripts: in every pair one byte is NUL or one of two values
    (0x00 for spaces and digits, 0x04 for Cyrillic, 0x06 for Arabic ...)."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for name, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if 0 not in high:  # (no NUL byte: NUL cannot be among the commonest; no count needed)
            continue
        common = Counter(high).most_common(2)
        if 0 not in dict(common) or sum(n for _, n in common) < 0.9 * len(high):
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_CHARS.search(text[:4096]):
            return text, name
    return None


def _clean(text: str) -> str:
    # A text that decodes but is full of control characters is a binary file.
    sample = text[:65536]
    if sample and len(_CONTROL_CHARS.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(
            "not a text file: binary content of an unknown type (PDF, DOCX, HTML and text are read)"
        )
    return _CONTROL_CHARS.sub("", text) if _CONTROL_CHARS.search(text) else text


def read_text(data: bytes, encoding: str | None) -> tuple[list[str], str, str | None]:
    """The pages of a text file (split at form feeds, as pdftotext writes them), its encoding
    and a warning when that encoding is a weak guess."""
    text, used, warning = decode_bytes(data, encoding)
    if not text.strip():
        raise InputError("no text in this file (only white space)")
    return text.split("\f"), used, warning
