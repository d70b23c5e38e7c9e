"""Authoring helpers for the whole-document mandate gold set (docs.jsonl, docs_holdout.jsonl).

Annotations are written by reading the texts, as calls in ``annotations_docs.py``:

    doc("corpus/en/SC_S-RES-878-1993.txt", "resolution", "S/RES/878(1993)")
    fwd("body", "UNOSOM II", "extend ⟦the mandate of the United Nations Operation in Somalia II⟧",
        "extendedBy", para="1", until="1993-11-18")
    cite("body", "body:S/RES/661(1990)", "⟦the Committee established by resolution 661 (1990)⟧",
         "establishedBy", "S/RES/661(1990)", "established by resolution ⟦661 (1990)⟧")
    neg("S/RES/733(1992)", "Reaffirming its resolutions ⟦733 (1992)⟧", "reaffirming")

A locator is a surface string: whitespace matches any run of whitespace (line breaks included)
and the span is the part marked with ⟦ ⟧ (the whole string when unmarked). It must occur once in
the text (or once inside the document's regions); ``n=`` picks the n-th occurrence otherwise.
Running this module writes the two JSON Lines files; which file a document goes to is fixed by
HOLDOUT (chosen before annotating: every 4th document by file name).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the reference gold set's locator, shared
from annotate import pattern  # noqa: E402

SHARED = HERE.parents[2].parent / "shared"

DOCS: list[dict] = []


def read_text(file: str) -> str:
    """The text offsets point into: the project's reader for PDFs, read_text otherwise."""
    path = SHARED / file
    if path.suffix.lower() == ".pdf":
        from graph import read_document

        return read_document(path).text
    return path.read_text(encoding="utf-8")


def locate(surface: str, n: int | None = None) -> tuple[int, int, str]:
    """Offsets of the marked part of ``surface`` in the current document."""
    d = DOCS[-1]
    text = d["_text"]
    hits = [m for m in pattern(surface).finditer(text) if _inside(d, m.start(1), m.end(1))]
    if n is None and len(hits) != 1:
        raise SystemExit(f"{d['file']}: {len(hits)} hits for {surface!r}")
    m = hits[(n or 1) - 1]
    return m.start(1), m.end(1), m.group(1)


def _inside(d: dict, start: int, end: int) -> bool:
    return d["regions"] is None or any(a <= start and end <= b for a, b in d["regions"])


def doc(file, kind, citing, language="en", regions=None):
    """Start a document; ``regions`` are locators (start, end surfaces) or offset pairs."""
    if file not in PLANNED:
        raise SystemExit(f"{file} is not in PLANNED")
    text = read_text(file)
    DOCS.append(
        {
            "file": file,
            "line": None,
            "language": language,
            "doc_kind": kind,
            "citing": citing,
            "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            "regions": regions,
            "mandates": [],
            "negatives": [],
            "_text": text,
        }
    )


def _statement(
    kind,
    subject,
    subj,
    relation,
    act,
    act_loc,
    *,
    forward,
    para=None,
    until=None,
    target=None,
    est=None,
    n=None,
    an=None,
):
    s_start = s_end = s_text = None
    if subj is not None:
        s_start, s_end, s_text = locate(subj, n)
    a_start = a_end = a_text = None
    if act_loc is not None:
        a_start, a_end, a_text = locate(act_loc, an)
    DOCS[-1]["mandates"].append(
        {
            "subject_kind": kind,
            "subject": subject,
            "established_by": est,
            "subject_text": s_text,
            "subject_start": s_start,
            "subject_end": s_end,
            "relation": relation,
            "act": act,
            "act_text": a_text,
            "act_start": a_start,
            "act_end": a_end,
            "paragraph": para,
            "until": until,
            "target": target,
            "forward": forward,
        }
    )


def fwd(
    kind, subject, subj, relation, *, para, until=None, target=None, est=None, n=None, act=None
):
    """A forward statement: what the current document itself mandates.

    ``act`` is the document's own key, or the key of the decision inside it that says it
    (a UNFCCC report addendum holds several decisions: "decision 12/CP.24").
    """
    _statement(
        kind,
        subject,
        subj,
        relation,
        act or DOCS[-1]["citing"],
        None,
        forward=True,
        para=para,
        until=until,
        target=target,
        est=est,
        n=n,
    )


def cite(
    kind, subject, subj, relation, act, act_loc, *, para=None, until=None, est=None, n=None, an=None
):
    """A statement about a named thing (or the document itself) mandated by a cited act."""
    _statement(
        kind,
        subject,
        subj,
        relation,
        act,
        act_loc,
        forward=False,
        para=para,
        until=until,
        target=None,
        est=est,
        n=n,
        an=an,
    )


def self_(relation, act, act_loc, *, para=None, an=None):
    """The citing document says it is mandated by ``act`` ("submitted pursuant to ...")."""
    _statement("self", None, None, relation, act, act_loc, forward=False, para=para, an=an)


def neg(act, loc, why, n=None):
    """A citation that mandates nothing: it must never become a statement about the document."""
    start, end, text = locate(loc, n)
    DOCS[-1]["negatives"].append({"act": act, "text": text, "start": start, "end": end, "why": why})


def skip(act, loc, why, n=None):
    """An ambiguous mention: predictions whose act span lies inside it are not scored."""
    start, end, text = locate(loc, n)
    DOCS[-1].setdefault("ignore", []).append(
        {"act": act, "text": text, "start": start, "end": end, "why": why}
    )


def region(start_loc, end_loc):
    """Add the region [start of start_loc, end of end_loc] (start_loc may be an offset)."""
    d = DOCS[-1]
    saved, d["regions"] = d["regions"], None
    a = start_loc if isinstance(start_loc, int) else locate(start_loc)[0]
    b = locate(end_loc)[1]
    d["regions"] = (saved or []) + [[a, b]]


_EN = "corpus/en/"
_SG = "corpus/binary/sg-reports/"
# The documents chosen for annotation before any was annotated; every 4th of them by path
# (positions 4, 8, 12, ...) goes to the held-out file.
PLANNED = sorted(
    [
        _EN + f"SC_S-RES-{n}.txt"
        for n in (
            "364-1974",
            "687-1991",
            "820-1993",
            "864-1993",
            "878-1993",
            "883-1993",
            "885-1993",
            "888-1993",
            "890-1993",
            "892-1993",
            "895-1994",
            "896-1994",
            "897-1994",
            "1454-2002",
        )
    ]
    + [_EN + f"SC_draft_S-{n}.txt" for n in ("2017-142", "2018-1021", "2020-110", "2022-158")]
    + [_EN + f"GA_A-RES-80-{n}.txt" for n in (1, 3, 6, 9, 11, 24, 38)]
    + [
        _EN + f"HRC_A-HRC-{n}.txt"
        for n in (
            "DEC-14-105",
            "DEC-28-111",
            "DEC-59-112",
            "14-15-Add.1",
            "59-15-Add.1",
            "WG.6-20-SVN-2",
        )
    ]
    + [
        _EN + f"UNFCCC_FCCC-{n}.txt"
        for n in (
            "CP-2018-10-Add.2",
            "CP-2022-10-Add.3",
            "KP-CMP-2018-8-Add.1",
            "KP-CMP-2024-7-Add.1",
            "PA-CMA-2016-3-Add.1",
            "PA-CMA-2024-17-Add.2",
            "SBI-2018-11",
            "SBSTA-2018-6",
            "SBSTA-2018-8",
        )
    ]
    + ["seeds/000_0c3125801dd93bfc.txt"]
    + [
        _SG + f"{n}.pdf"
        for n in (
            "MINUJUSTH_S_2018_241",
            "MINUSTAH_S_2004_698",
            "MINUSTAH_S_2006_592",
            "MINUSTAH_S_2010_446",
            "MINUSTAH_S_2013_139",
            "MINUSTAH_S_2016_753",
            "UNIKOM_S_2003_393",
            "UNMIK_S_2003_421",
            "UNMIK_S_2010_5",
            "UNMISET_S_2004_669",
            "UNMIT_S_2009_504",
            "UNOMIG_S_2004_822",
        )
    ]
)


def is_holdout(file: str) -> bool:
    """Every 4th planned document by path (positions 4, 8, ...) is held out."""
    return PLANNED.index(file) % 4 == 3


def write(out_dir: Path = HERE) -> None:
    """Write docs.jsonl and docs_holdout.jsonl from the annotated documents."""
    dev, hold = [], []
    for d in sorted(DOCS, key=lambda d: d["file"]):
        row = {k: v for k, v in d.items() if not k.startswith("_")}
        (hold if is_holdout(d["file"]) else dev).append(json.dumps(row, ensure_ascii=False))
    for name, rows in (("docs.jsonl", dev), ("docs_holdout.jsonl", hold)):
        tmp = out_dir / (name + ".tmp")
        tmp.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
        tmp.replace(out_dir / name)
    n_m = sum(len(d["mandates"]) for d in DOCS)
    n_n = sum(len(d["negatives"]) for d in DOCS)
    print(
        f"{len(DOCS)} documents ({len(hold)} held out), {n_m} statements, {n_n} negatives",
        file=sys.stderr,
    )
