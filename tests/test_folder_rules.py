"""Folder builds: symbols from file names, and files that are not documents left out, listed."""

from __future__ import annotations

import json

import pytest
from graph_helpers import run_cli

from graph.extract.filename import symbol_from_filename

# (file name, the symbol it spells or None), one row per naming form
NAMES = [
    ("S_2022_158-EN.pdf", "S/2022/158"),  # ODS: "_" for "/", language tag
    ("SC_draft_S-2020-110.txt", "S/2020/110"),  # a collection's prefix, "-" for "/"
    ("HRC_A-HRC-WG.6-7-SVN-2-Corr.1.txt", "A/HRC/WG.6/7/SVN/2/Corr.1"),  # a corrigendum
    ("A_HRC_DEC_28_111_g1510722.pdf", "A/HRC/DEC/28/111"),  # ODS job number
    ("GA_A-RES-80-1.txt", "A/RES/80/1"),
    ("A_C.3_78_L.12_Rev.1-FR.pdf", "A/C.3/78/L.12/Rev.1"),
    ("E_CN.15_2023_L.5.docx", "E/CN.15/2023/L.5"),
    ("UNMIK_S_2015_303.pdf", "S/2015/303"),  # a mission's name before the symbol
    ("FCCC_SBSTA_2023_4.pdf", "FCCC/SBSTA/2023/4"),
    ("UNPC_v1.0_devset.en.txt", None),
    ("UNFCCC_draft-decision_Art6.2_SBSTA_13a_DD_1stIteration_241114.txt", None),
    ("README.md", None),
    ("report_2021.txt", None),
]


@pytest.mark.parametrize(("name", "symbol"), NAMES)
def test_symbol_from_filename(name, symbol):
    assert symbol_from_filename(f"/some/folder/{name}") == symbol


DRAFT = """The Security Council,
Recalling its resolution 2231 (2015) and its previous resolutions on the matter,
1. Decides to remain seized of the matter.
"""
NOTE = """Notes for the reading group

We will meet on Tuesday to talk about the week's reading and plan the next steps.
Please bring your copy of the book and any questions you have about it.
"""
README = "# Corpus\n\nThese files were collected for testing. See MANIFEST.tsv for sources.\n"


def _folder(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en").mkdir(parents=True)
    (docs / "en" / "SC_draft_S-2020-110.txt").write_text(DRAFT, encoding="utf-8")
    (docs / "en" / "notes.txt").write_text(NOTE, encoding="utf-8")
    (docs / "README.md").write_text(README, encoding="utf-8")
    (docs / "ids.txt").write_text(
        "".join(f"2015/a/69/{n} ar:{n}:1 en:{n}:1\n" for n in range(40)), encoding="utf-8"
    )
    return docs


def _build(tmp_path, capsys, *extra):
    return run_cli(
        [
            "build",
            str(tmp_path / "docs"),
            "--store",
            str(tmp_path / "db"),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
            *extra,
        ],
        capsys,
    )


def test_a_folder_build_leaves_out_what_is_not_a_document_and_says_so(tmp_path, capsys):
    docs = _folder(tmp_path)
    code, out, err = _build(tmp_path, capsys)
    assert code == 0, err
    assert "documents in store: 1 (from 1 source file)" in out
    assert "not documents 3 of 4 files found" in out
    assert "3 files found in folders left out as not documents (--include-all takes them):" in out
    assert f"  {docs / 'README.md'}: a README note, not a document" in out
    assert f"  {docs / 'ids.txt'}: a list, not a text" in out
    assert (
        f"  {docs / 'en' / 'notes.txt'}: no UN-document signal: neither a symbol nor a reference"
    ) in out
    assert "without a symbol" not in out
    code, stats, _ = run_cli(
        [
            "query",
            "--store",
            str(tmp_path / "db"),
            "--format",
            "csv",
            "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> "
            "SELECT ?symbol ?from WHERE { ?d mg:symbol ?symbol . "
            "?a mg:symbolSource ?from }",
        ],
        capsys,
    )
    assert stats.splitlines()[1:] == ["S/2020/110,filename"]


def test_include_all_takes_every_file_and_lists_those_without_a_symbol(tmp_path, capsys):
    docs = _folder(tmp_path)
    code, out, err = _build(tmp_path, capsys, "--include-all")
    assert code == 0, err
    assert "documents in store: 4 (from 4 source files)" in out
    assert "not documents" not in out
    assert "3 files of documents without a symbol (keyed by a hash of the file):" in out
    for name in ("README.md", "ids.txt", "en/notes.txt"):
        assert f"  {docs / name}\n" in out + "\n"


def test_a_named_file_is_always_read_and_json_says_where_its_symbol_came_from(tmp_path, capsys):
    docs = _folder(tmp_path)
    code, out, err = run_cli(
        [
            "extract",
            str(docs / "en" / "SC_draft_S-2020-110.txt"),
            str(docs / "README.md"),
            "--format",
            "jsonl",
            "--jobs",
            "1",
        ],
        capsys,
    )
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["symbol"], r["symbol_source"]) for r in records] == [
        ("S/2020/110", "filename"),
        (None, None),
    ]


def test_binary_content_is_left_to_the_reader_to_name(tmp_path):
    from graph.read.triage import not_a_document

    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 64)
    assert not_a_document(noise) is None
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("".join(f"{n}\n" for n in range(40)).encode() + "résumé\n".encode("latin-1"))
    assert not_a_document(latin) is None


def test_a_symbol_from_the_file_name_is_the_act_of_the_documents_own_mandates(tmp_path):
    """A draft whose symbol is only in its file name still names itself as the mandating
    act of what it requests (the JSONL contract: act is the document's own key)."""
    from graph import extract_record, read_document

    path = tmp_path / "S_2031_77-EN.txt"
    path.write_text(
        "The Security Council,\n\n"
        "1. Requests the Secretary-General to submit a report on the situation within 90 days;\n",
        encoding="utf-8",
    )
    record = extract_record(read_document(path))
    assert record.symbol == "S/2031/77" and record.symbol_source == "filename"
    forward = [m for m in record.mandates if m.relation == "requestedBy"]
    assert forward, "the request is a forward statement"
    assert {m.act for m in forward} == {"S/2031/77"}
