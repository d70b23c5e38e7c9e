"""Word documents (DOCX): body paragraphs and tables in order, footnotes and endnotes as notes.

Before python-docx parses anything, the ZIP container is checked: it must be a ZIP, its parts
must not inflate past the limit (a zip bomb: the bytes are counted as they are inflated, since
the sizes in the ZIP headers are the sender's word), and no XML part may declare a DTD or
entities (external entities could read local files; python-docx does not resolve them, we
refuse them).
"""

from __future__ import annotations

import copy
import io
import zipfile

from ..errors import InputError
from .limits import Limits, describe

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_PARTS = 10_000
_CHUNK = 1 << 16
# Parts whose text is read: the body, and the notes kept as footnotes.
_NOTE_PARTS = ("word/footnotes.xml", "word/endnotes.xml")


def check_container(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The DOCX as an open ZIP after the container checks; InputError when it fails one."""
    if not data.startswith(b"PK"):
        raise InputError(
            "not a DOCX file: it is not a ZIP archive (damaged, or another format renamed .docx?)"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError(f"not a DOCX file: damaged ZIP archive ({exc})") from None
    if len(members) > _MAX_PARTS:
        raise InputError(f"DOCX has {len(members)} parts (a zip bomb?): refused")
    declared = sum(m.file_size for m in members)
    if declared > limits.max_inflated_bytes:
        raise _zip_bomb(f"DOCX parts inflate to {describe(declared)}", limits)
    inflated = 0
    for member in members:
        size = _inflated_size(archive, member, limits.max_inflated_bytes - inflated)
        inflated += size
        if inflated > limits.max_inflated_bytes:
            raise _zip_bomb("DOCX parts inflate to more than the limit", limits)
        if size != member.file_size:
            raise InputError(
                f"DOCX part {member.filename} inflates to {describe(size)} although its ZIP "
                f"header says {describe(member.file_size)} (a hostile or damaged file): refused"
            )
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise InputError(
            "not a DOCX file: a ZIP archive without word/document.xml "
            "(PDF, DOCX, HTML and text are read)"
        )
    for member in members:
        if member.filename.endswith((".xml", ".rels")):
            _refuse_dtd(archive, member)
    return archive


def _zip_bomb(what: str, limits: Limits) -> InputError:
    """'DOCX parts inflate to 600 MB, over the limit of 512 MB (a zip bomb?): ...'"""
    limit = describe(limits.max_inflated_bytes)
    what = (
        what.replace("the limit", f"the limit of {limit}")
        if what.endswith("the limit")
        else (f"{what}, over the limit of {limit}")
    )
    return InputError(f"{what} (a zip bomb?): raise --max-inflated-bytes if the file is genuine")


def _inflated_size(archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: int) -> int:
    """The bytes a part really inflates to, counted while inflating, at most `budget` + 1.

    zipfile stops at the size the header declares; a copy of the entry that declares the budget
    instead lets the count see what the compressed bytes actually produce.
    """
    probe = copy.copy(member)
    # Room for one chunk past the budget, so the count stops before zipfile's own end (where it
    # would check the CRC of a part cut short).
    probe.file_size = max(0, budget) + 2 * _CHUNK
    count = 0
    try:
        with archive.open(probe) as part:
            while count <= budget and (chunk := part.read(_CHUNK)):
                count += len(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        if count > budget:
            return count
        raise InputError(f"damaged DOCX part {member.filename} ({exc})") from None
    return count


def _refuse_dtd(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    import defusedxml.ElementTree as safe_xml
    from defusedxml import DefusedXmlException

    try:
        # zipfile stops at the declared size (checked above) and verifies the CRC.
        raw = archive.read(member)
        safe_xml.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InputError(
            f"DOCX part {member.filename} declares a DTD or XML entities "
            "(external entities are refused): save the file again from Word"
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(f"damaged DOCX part {member.filename} ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - any XML syntax error, whatever parser raised it
        raise InputError(
            f"damaged DOCX part {member.filename} (not well-formed XML: {exc})"
        ) from None


def read_docx(data: bytes, limits: Limits) -> tuple[str, list[str]]:
    """The body text (paragraphs and table cells in document order) and the notes."""
    archive = check_container(data, limits)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"damaged DOCX file ({exc}): save it again from Word") from None
    body = "\n".join(_block_texts(document.element.body))
    notes = [
        note
        for part in _NOTE_PARTS
        if part in archive.namelist()
        for note in _notes(archive.read(part))
    ]
    if not body.strip() and not notes:
        raise InputError("DOCX has no text")
    return body, notes


def _block_texts(body) -> list[str]:
    """Paragraph texts, and table rows as tab-separated cells, in document order."""
    out: list[str] = []
    for child in body.iterchildren():
        if child.tag == _W + "p":
            out.append(_paragraph_text(child))
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells = [
                    "\n".join(_paragraph_text(p) for p in cell.iter(_W + "p"))
                    for cell in row.iterchildren(_W + "tc")
                ]
                out.append("\t".join(cells))
        elif child.tag == _W + "sdt":  # content controls wrap ordinary paragraphs
            content = child.find(_W + "sdtContent")
            out.extend(_block_texts(content if content is not None else child))
    return out


def _paragraph_text(p) -> str:
    parts: list[str] = []
    for node in p.iter(
        _W + "t",
        _W + "tab",
        _W + "br",
        _W + "cr",
        _W + "noBreakHyphen",
        _W + "softHyphen",
        _W + "delText",
    ):
        tag = node.tag[len(_W) :]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        # softHyphen: invisible; delText: deleted by a tracked change, not part of the text
    return "".join(parts)


def _notes(xml: bytes) -> list[str]:
    """Footnote or endnote texts, skipping Word's separator notes (ids -1 and 0)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml, parser)
    notes = []
    for note in root:
        if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = "\n".join(_paragraph_text(p) for p in note.iter(_W + "p")).strip()
        if text:
            notes.append(f"{note.get(_W + 'id', '')} {text}".strip())
    return notes
