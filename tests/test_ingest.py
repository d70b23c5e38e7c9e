"""Ingest: folders in, one named graph per document, unchanged files skipped, stale edges gone."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from un_documents import built_quads, expected_quads, write_documents

from graph.build import bodies_graph, graph_iri
from graph.console.progress import Progress
from graph.errors import InputError, NotFoundError, UsageError
from graph.ingest import extract_paths, ingest_paths, remove_document, write_nquads
from graph.store import open_store
from graph.version import __version__


def cited_keys(store, graph: str) -> set[str]:
    """Keys of everything the document in `graph` cites."""
    rows = store.query(
        "PREFIX cito: <http://purl.org/spar/cito/> PREFIX mg: <https://w3id.org/mandate-graph/ontology#>"
        f" SELECT ?key WHERE {{ GRAPH <{graph}> {{ ?c cito:hasCitedEntity ?t . ?t mg:key ?key }} }}"
    )
    return {row["key"].value for row in rows}


def document_graphs(store) -> set[str]:
    return set(store.graphs()) - {bodies_graph()[0]}


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_documents(tmp_path / "docs")


def test_one_graph_per_document_whole_and_the_bodies_once(folder):
    store = open_store(":memory:")
    report = ingest_paths([folder], store, jobs=2, progress=False)
    files = sorted(folder.rglob("*.txt"))
    assert (report.found, report.read, report.skipped, report.failed) == (
        len(files),
        len(files),
        0,
        [],
    )
    assert report.documents == len(files)
    assert document_graphs(store) == {graph_iri(str(f.resolve())) for f in files}
    for file in files:
        graph = graph_iri(str(file.resolve()))
        assert set(store.quads(None, None, None, ox.NamedNode(graph))) == expected_quads(file)
    bodies, quads = bodies_graph()
    assert set(store.quads(None, None, None, ox.NamedNode(bodies))) == set(quads)
    assert report.references.get("resolution", 0) >= 3
    report_graph = graph_iri(str((folder / "en" / "report_a_61_100.txt").resolve()))
    assert "A/RES/60/1" in cited_keys(store, report_graph)


def test_ingesting_unchanged_files_changes_nothing(folder):
    store = open_store(":memory:")
    ingest_paths([folder], store, jobs=1, progress=False)
    before = set(store.quads())
    again = ingest_paths([folder], store, jobs=1, progress=False)
    assert (again.read, again.skipped) == (0, again.found)
    assert set(store.quads()) == before
    forced = ingest_paths([folder], store, jobs=1, progress=False, force=True)
    assert forced.read == forced.found
    assert set(store.quads()) == before


@pytest.mark.parametrize(
    "stored",
    [
        __version__,  # written by a release that kept no fingerprint of its rules
        f"{__version__}+000000000000",  # the same release number, other rules or body names
    ],
)
def test_files_read_by_other_rules_are_read_again(folder, stored):
    """A store built by other extraction rules is not kept as it was: the next build reads every
    file again, and the one after that skips them."""
    store = open_store(":memory:")
    first = ingest_paths([folder], store, jobs=1, progress=False)
    assert first.read == first.found
    store.update(
        "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> "
        "DELETE { GRAPH ?g { ?a mg:extractorVersion ?v } } "
        f'INSERT {{ GRAPH ?g {{ ?a mg:extractorVersion "{stored}" }} }} '
        "WHERE { GRAPH ?g { ?a mg:extractorVersion ?v } }"
    )
    again = ingest_paths([folder], store, jobs=1, progress=False)
    assert (again.read, again.skipped) == (again.found, 0)
    once_more = ingest_paths([folder], store, jobs=1, progress=False)
    assert (once_more.read, once_more.skipped) == (0, once_more.found)


def test_a_corrected_file_replaces_its_graph_and_leaves_no_stale_edge(folder):
    store = open_store(":memory:")
    ingest_paths([folder], store, jobs=2, progress=False)
    target = folder / "en" / "report_a_61_100.txt"
    graph = graph_iri(str(target.resolve()))
    assert "A/RES/60/1" in cited_keys(store, graph)
    target.write_text(
        target.read_text(encoding="utf-8").replace("60/1", "59/250"), encoding="utf-8"
    )
    report = ingest_paths([folder], store, jobs=2, progress=False)
    assert (report.read, report.skipped) == (1, report.found - 1)
    keys = cited_keys(store, graph)
    assert "A/RES/59/250" in keys and "A/RES/60/1" not in keys
    assert set(store.quads(None, None, None, ox.NamedNode(graph))) == expected_quads(target)


def test_the_same_store_whatever_the_number_of_jobs(folder):
    one, two = open_store(":memory:"), open_store(":memory:")
    ingest_paths([folder], one, jobs=1, progress=False)
    ingest_paths([folder], two, jobs=2, progress=False)
    assert set(one.quads()) == set(two.quads())


def test_include_and_exclude_reach_the_walk(folder):
    store = open_store(":memory:")
    report = ingest_paths([folder], store, include=["*.txt"], exclude=["ru"], progress=False)
    assert report.read == len(list((folder / "en").glob("*.txt")))


def test_unresolved_targets_are_those_no_loaded_document_is(folder):
    store = open_store(":memory:")
    report = ingest_paths([folder], store, progress=False)
    assert "A/RES/55/2" in report.unresolved_keys  # cited, never ingested
    assert "A/RES/60/1" not in report.unresolved_keys  # cited and ingested
    assert report.unresolved == len(report.unresolved_keys)


def test_the_summary_queries_read_as_their_definitions(folder, tmp_path):
    """The build summary's queries (exclusions written with MINUS, which the store evaluates
    once per set) give exactly the rows of their plain definitions (FILTER NOT EXISTS per
    row): cited bodies, sessions, meetings and loaded documents are not unresolved; a file
    without a symbol is listed."""
    from graph import ingest

    (folder / "notes.txt").write_text(
        "Notes of a meeting, without a symbol.\n\nRecalling resolution 70/1 and the "
        "Security Council, at its 7000th meeting, and the Human Rights Council at its "
        "thirtieth session,\n",
        encoding="utf-8",
    )
    store = open_store(":memory:")
    report = ingest_paths([folder], store, progress=False, include_all=True)
    definitions = {
        "_UNRESOLVED": ingest._UNRESOLVED.replace("MINUS {", "FILTER NOT EXISTS {"),
        "_WITHOUT_SYMBOL": ingest._WITHOUT_SYMBOL.replace("MINUS {", "FILTER NOT EXISTS {"),
    }
    for name, definition in definitions.items():
        fast = [tuple(t.value for t in row) for row in store.query(getattr(ingest, name))]
        plain = [tuple(t.value for t in row) for row in store.query(definition)]
        assert fast == plain and fast, name
    assert report.without_symbol == [str((folder / "notes.txt").resolve())]
    assert "A/RES/70/1" in report.unresolved_keys
    kinds = {"Body", "Session", "Meeting"}
    typed = store.query(
        "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> SELECT ?key ?c WHERE "
        "{ ?t a ?c ; mg:key ?key }"
    )
    assert not {r["key"].value for r in typed if r["c"].value.split("#")[-1] in kinds} & set(
        report.unresolved_keys
    )


def test_remove_by_file_folder_and_symbol(folder):
    store = open_store(":memory:")
    ingest_paths([folder], store, progress=False)
    total = len(document_graphs(store))
    assert remove_document(store, folder / "en" / "report_a_61_100.txt") == 1
    assert remove_document(store, "A/RES/62/5") == 1  # by its symbol
    assert remove_document(store, folder / "ru") == len(list((folder / "ru").glob("*.txt")))
    assert len(document_graphs(store)) == total - 2 - len(list((folder / "ru").glob("*.txt")))
    with pytest.raises(NotFoundError, match="neither a source file nor a document symbol"):
        remove_document(store, "A/RES/1/1")


def test_extract_paths_reports_bad_files_in_order_and_reads_the_rest(tmp_path):
    folder = write_documents(tmp_path / "docs")
    (folder / "en" / "b_empty.txt").write_bytes(b"")
    results = list(extract_paths([folder / "en"], jobs=2))
    names = [r.path.name for r in results]
    assert names == sorted(names)
    bad = [r for r in results if r.error]
    assert [(r.path.name, r.error) for r in bad] == [("b_empty.txt", "empty file")]
    good = [r for r in results if not r.error]
    assert all(
        r.record.source == str(r.path.resolve()) and len(r.record.sha256) == 64 for r in good
    )


def test_extract_paths_errors_that_are_not_about_one_file(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(extract_paths([tmp_path / "missing"]))
    write_documents(tmp_path / "docs")
    with pytest.raises(UsageError, match="unknown encoding"):
        list(extract_paths([tmp_path / "docs"], encoding="klingon"))


def test_nquads_one_file_per_document_and_oxigraph_load(tmp_path):
    folder = write_documents(tmp_path / "docs")
    out = tmp_path / "shards"
    written = [write_nquads(r.record, out) for r in extract_paths([folder], jobs=2)]
    assert len(set(written)) == len(written) == len(list(folder.rglob("*.txt")))
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left
    for path, file in zip(written, sorted(folder.rglob("*.txt")), strict=True):
        quads = set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
        assert quads == set(built_quads(file))
    # The sharding recipe: bulk-load the shards with Oxigraph's own loader, get the same graph.
    from graph.ingest import write_bodies_nquads

    write_bodies_nquads(out)
    oxigraph = shutil.which("oxigraph") or str(
        Path(__import__("sys").executable).parent / "oxigraph"
    )
    if not Path(oxigraph).exists():
        pytest.skip("the oxigraph command (pip install oxigraph) is not installed")
    loaded = tmp_path / "loaded"
    subprocess.run(
        [
            oxigraph,
            "load",
            "--location",
            str(loaded),
            "--file",
            *map(str, sorted(out.glob("*.nq"))),
        ],
        check=True,
        capture_output=True,
    )
    built = open_store(":memory:")
    ingest_paths([folder], built, progress=False)
    with open_store(loaded, read_only=True) as store:
        assert set(store.quads()) == set(built.quads())


def test_progress_plain_lines_off_a_terminal(folder, capsys):
    ingest_paths([folder], open_store(":memory:"), progress=True)
    err = capsys.readouterr().err.strip().splitlines()
    n = len(list(folder.rglob("*.txt")))
    assert err[-1].startswith(f"reading {n}/{n}: read {n}, unchanged 0, failed 0 | ")
    assert "docs/s | ETA 0:00" in err[-1] and "\r" not in err[-1]


def test_progress_bar_on_a_terminal():
    stream = io.StringIO()
    bar = Progress(4, stream=stream, terminal=True)
    bar.update(skipped=1)
    bar._shown = 0  # show the next update at once
    bar.update(read=1)
    text = stream.getvalue()
    assert text.startswith("\r[") and "2/4: read 1, unchanged 1, failed 0" in text and "ETA" in text
    bar.close()
    assert stream.getvalue().endswith("\n")
