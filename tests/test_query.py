"""SPARQL: parameters bound as values, read-only refusals, timeout, row cap, the W3C result formats,
and the named queries in examples/queries/."""

from __future__ import annotations

import csv
import io
import json
import time
import tomllib

import pyoxigraph as ox
import pytest
from conftest import REPO
from graph_helpers import make_store, mandate_records, record, ref, sample_records

from graph.errors import QueryError, QueryTimeoutError, UsageError
from graph.query.run import format_result, named_queries, run_query
from graph.store.sparql import tokens

KEY_QUERY = "SELECT ?key ?node WHERE { ?node mg:key ?key }"


@pytest.fixture(scope="module")
def store():
    return make_store(sample_records())


def test_select_returns_rows_of_plain_values(store):
    result = run_query(store, "SELECT ?s WHERE { ?s a mg:Resolution } ORDER BY ?s")
    assert result.kind == "select"
    assert result.variables == ("s",)
    assert ("https://undocs.org/A/RES/70/1",) in result.rows
    assert all(isinstance(v, str) for row in result.rows for v in row)


def test_a_parameter_is_bound_as_a_literal_never_pasted():
    hostile = 'A/"1"||2'
    store = make_store([record(hostile, []), record("A/1", [])])
    result = run_query(store, KEY_QUERY, params={"key": hostile})
    assert result.variables == ("node",)  # the bound parameter's column is left out
    assert len(result.rows) == 1
    for attack in ['" } ; DROP ALL ; #', '") || true || ("', "?node", "A/1' || '1'='1"]:
        assert run_query(store, KEY_QUERY, params={"key": attack}).rows == []
    assert len(run_query(store, "SELECT ?n WHERE { ?n mg:key ?k }").rows) == 2


def test_parameter_values_other_than_strings(store):
    iri = "<https://undocs.org/A/RES/70/1>"
    rows = run_query(store, "SELECT DISTINCT ?n ?k WHERE { ?n mg:key ?k }", params={"n": iri}).rows
    assert rows == [("A/RES/70/1",)]
    assert run_query(store, "ASK { ?n mg:startOffset ?o }", params={"o": 10}).boolean is True


def test_parameters_must_be_used_and_projected(store):
    with pytest.raises(QueryError, match="not used by the query"):
        run_query(store, KEY_QUERY, params={"year": "2014"})
    with pytest.raises(QueryError, match="SELECT"):
        run_query(store, "SELECT ?node WHERE { ?node mg:key ?key }", params={"key": "A/RES/70/1"})


@pytest.mark.parametrize(
    ("sparql", "reason"),
    [
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
        ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", "read-only"),
        ("LOAD <file:///etc/passwd>", "read-only"),
        ("CLEAR ALL", "read-only"),
        ("drop graph <https://w3id.org/mandate-graph/id/graph/bodies>", "read-only"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "network"),
        ("select * where { service silent <http://example.org/> { ?s ?p ?o } }", "network"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "never reads files"),
        ("SELECT * FROM NAMED <file:/etc/hosts> WHERE { GRAPH ?g { ?s ?p ?o } }", "files"),
        ("SELECT * FROM <http://example.org/d.ttl> WHERE { ?s ?p ?o }", "no graph of this store"),
        ("PREFIX f: <file:///etc/> SELECT * FROM f:passwd WHERE { ?s ?p ?o }", "files"),
        ("SELECT * FROM <passwd> WHERE { ?s ?p ?o }", "no graph of this store"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "read-only"),
    ],
)
def test_anything_but_a_read_of_the_store_is_refused(store, sparql, reason):
    before = len(store)
    with pytest.raises(QueryError, match=reason) as info:
        run_query(store, sparql)
    assert "\n" not in str(info.value)
    assert len(store) == before


def test_keywords_inside_strings_iris_comments_and_names_are_not_refused(store):
    sparql = """
        # INSERT and SERVICE in a comment
        PREFIX ex: <http://example.org/INSERT/>
        SELECT ?service ?load WHERE {
          BIND ("SERVICE <http://x> { } LOAD <file:///x>" AS ?service)
          BIND (ex:DELETE AS ?load)
          BIND ('''FROM <file:///etc/passwd>''' AS ?x)
        }"""
    result = run_query(store, sparql)
    assert result.rows[0][0].startswith("SERVICE")
    kinds = [k for k, _ in tokens(sparql)]
    assert "comment" not in kinds and kinds.count("string") == 2


def test_from_a_graph_of_the_store_reads_only_that_graph(store):
    graph = next(g for g in store.graphs() if not g.endswith("/bodies"))
    everything = run_query(store, "SELECT DISTINCT ?d WHERE { ?d prov:wasDerivedFrom ?s }")
    one = run_query(store, f"SELECT ?d FROM <{graph}> WHERE {{ ?d prov:wasDerivedFrom ?s }}")
    assert len(everything.rows) == 7
    assert len(one.rows) == 1


def test_a_syntax_error_is_one_clear_line(store):
    with pytest.raises(QueryError, match="syntax error") as info:
        run_query(store, "SELECT ?s WHERE { ?s ?p }")
    assert "\n" not in str(info.value)
    with pytest.raises(QueryError, match="not a SPARQL query"):
        run_query(store, "hello")


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?x WHERE { ?x foo:bar ?y }",
        "SELECT ?x WHERE { ?x mg:key ?k FILTER(?k = ex:thing) }",
        "PREFIX ex: <http://example.org/> SELECT ?x WHERE { ?x ex:a foo:b }",
    ],
)
def test_an_unknown_prefix_is_named_in_one_line(store, sparql):
    with pytest.raises(QueryError) as info:
        run_query(store, sparql)
    message = str(info.value)
    assert "\n" not in message and "\\u{" not in message
    prefix = "foo" if "foo:" in sparql else "ex"
    assert message.startswith(f"unknown prefix {prefix}: (known: mg, rdf, rdfs, xsd, dct, dcterms")
    if sparql.startswith("PREFIX ex:"):
        assert "cito, prov, skos, owl, eli, ex)" in message


def test_declared_prefixes_blank_nodes_and_strings_are_not_unknown_prefixes(store):
    sparql = (
        "PREFIX ex: <http://example.org/> SELECT ?k WHERE { ?x mg:key ?k ; ex:no _:b1 "
        'FILTER(?k != "foo:bar") }'
    )
    assert run_query(store, sparql).rows == []


def test_the_unknown_prefix_error_from_the_cli(tmp_path, capsys):
    from graph_helpers import run_cli

    code, out, err = run_cli(
        ["query", "--store", ":memory:", "SELECT * WHERE { ?s foo:p ?o }"], capsys
    )
    assert code != 0 and out == ""
    assert err.strip().splitlines() == [
        "mandate-graph: error: unknown prefix foo: (known: mg, rdf, rdfs, xsd, dct, dcterms, cito,"
        " prov, skos, owl, eli); declare it with PREFIX foo: <IRI>"
    ]


def test_a_grammar_dump_becomes_one_line():
    from graph.query.run import syntax_message

    dump = SyntaxError(
        "error at 1:29: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | "
        "'\\u{00B7}' | '\\u{0300}'..='\\u{036F}' |\n'\\u{203F}'..='\\u{2040}'], ['.'], "
        "[':'], ['A' ..= 'Z' | 'a' ..= 'z'\n| '\\u{3001}'..='\\u{D7FF}'], ['\\\\'], ['_']"
    )
    assert syntax_message(dump) == "SPARQL syntax error: error at 1:29: unexpected text here"
    brief = SyntaxError('error at 1:32: expected one of ".", ";", "}", [_]')
    assert syntax_message(brief) == (
        'SPARQL syntax error: error at 1:32: expected one of ".", ";", "}"'
    )


def test_a_runaway_query_stops_at_the_timeout(store):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    start = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="stopped after 0.5 s"):
        run_query(store, runaway, timeout=0.5)
    assert time.monotonic() - start < 10
    assert run_query(store, "ASK { ?s ?p ?o }", timeout=5).boolean is True  # still usable
    with pytest.raises(UsageError):
        run_query(store, "ASK {}", timeout=0)


def test_limit_caps_rows_and_says_more_exist(store):
    result = run_query(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", limit=3)
    assert len(result.rows) == 3 and result.truncated
    assert "more rows exist" in format_result(result, "table")
    whole = run_query(store, "SELECT ?s WHERE { ?s a mg:Resolution }", limit=100)
    assert not whole.truncated


def test_a_query_on_a_store_open_for_writing_sees_what_was_just_written(tmp_path):
    store = make_store(sample_records()[:1], str(tmp_path / "db"))
    try:
        assert run_query(store, "ASK { ?d mg:key 'CTOC/COP/2014/1' }").boolean is True
        rec = record("A/NEW/1", [ref("resolution", "A/RES/70/1", "cites")])
        from graph.build import build_graph

        store.replace_graph(*build_graph(rec))
        assert run_query(store, "ASK { ?d mg:key 'A/NEW/1' }").boolean is True
    finally:
        store.close()


def _sample_result(store):
    sparql = """SELECT DISTINCT ?key ?date ?title WHERE {
        ?d prov:wasDerivedFrom ?s ; mg:key ?key . OPTIONAL { ?d dct:date ?date }
        OPTIONAL { ?d dct:title ?title } } ORDER BY ?key"""
    return run_query(store, sparql)


def test_table_is_aligned_with_a_row_count(store):
    text = format_result(_sample_result(store), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["key", "date", "title"]
    assert lines[3].index("2016-01-15") == lines[0].index("date")
    assert lines[-1] == "(7 rows)"


@pytest.mark.parametrize(
    ("fmt", "parser"),
    [
        ("json", ox.QueryResultsFormat.JSON),
        ("tsv", ox.QueryResultsFormat.TSV),
        ("csv", ox.QueryResultsFormat.CSV),
    ],
)
def test_w3c_result_formats_parse_back(store, fmt, parser):
    result = _sample_result(store)
    text = format_result(result, fmt)
    if fmt == "csv":  # CSV carries plain values only (pyoxigraph will not parse it back)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == ["key", "date", "title"]
        assert [tuple(r) for r in rows[1:]] == [tuple(v or "" for v in r) for r in result.rows]
        return
    parsed = list(ox.parse_query_results(text.encode(), format=parser))
    assert len(parsed) == len(result.rows)
    assert [s["key"].value for s in parsed] == [row[0] for row in result.rows]
    dates = [s["date"] for s in parsed if s["date"] is not None]
    assert dates[0].datatype.value.endswith("#date")
    titles = [s["title"] for s in parsed if s["title"] is not None]
    assert {t.language for t in titles} >= {"ru", "en"}


def test_formats_escape_what_needs_escaping():
    store = make_store([record("T/1", [], title='Tab\there, "quotes", new\nline, comma')])
    result = run_query(store, "SELECT ?t WHERE { ?d dct:title ?t }")
    tsv = format_result(result, "tsv")
    assert tsv.splitlines()[0] == "?t" and len(tsv.splitlines()) == 2
    assert "\\t" in tsv and '\\"quotes\\"' in tsv
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[1] == ['Tab\there, "quotes", new\nline, comma']
    assert format_result(result, "csv").startswith("t\r\n")
    assert (
        json.loads(format_result(result, "json"))["results"]["bindings"][0]["t"]["xml:lang"] == "en"
    )


def test_ask_and_construct(store):
    yes = run_query(store, "ASK { ?s a mg:Decision }")
    assert yes.kind == "ask" and yes.boolean is True
    assert format_result(yes, "table") == "true"
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    graph = run_query(store, "CONSTRUCT { ?s mg:key ?k } WHERE { ?s a mg:Decision ; mg:key ?k }")
    assert graph.kind == "graph" and graph.variables == ("subject", "predicate", "object")
    assert {row[2] for row in graph.rows} == {"CTOC/COP decision 2/6", "CTOC/COP decision 4/3"}
    with pytest.raises(UsageError):
        format_result(yes, "xml")


REQUIRED = {
    "chain-up",
    "chain-down",
    "cited-by",
    "session",
    "mandates-without-follow-up",
    "body-mandates",
    "session-reports",
    "bodies-established",
}
SAMPLE_PARAMS = {"key": "CTOC/COP/WG.2", "body": "CTOC/COP", "session": "CTOC/COP session 7"}


def test_named_queries_are_documented():
    queries = named_queries()
    assert REQUIRED <= set(queries)
    for q in queries.values():
        assert q.description and len(q.description) < 120, q.name
        assert q.text.lstrip().startswith("#"), q.name
        for name, doc in q.params:
            assert f"?{name}" in q.text and doc, (q.name, name)


def test_every_named_query_runs(store):
    for q in named_queries().values():
        params = {name: SAMPLE_PARAMS[name] for name, _ in q.params}
        q.check(params)
        result = run_query(store, q.text, params=params)
        assert result.kind == "select", q.name


def test_named_queries_answer_the_questions(store):
    q = named_queries()
    up = run_query(store, q["chain-up"].text, params={"key": "CTOC/COP/WG.2"})
    links = {(r[0], r[1], r[2]) for r in up.rows}
    assert ("CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6") in links
    assert ("CTOC/COP decision 4/3", "pursuantTo", "A/RES/55/25") in links
    down = run_query(store, q["chain-down"].text, params={"key": "A/RES/55/25"})
    assert {(r[0], r[1], r[2]) for r in down.rows} == {
        ("CTOC/COP decision 2/6", "pursuantTo", "A/RES/55/25"),
        ("CTOC/COP decision 4/3", "pursuantTo", "A/RES/55/25"),
        ("CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6"),
        ("CTOC/COP/WG.2", "extendedBy", "CTOC/COP decision 4/3"),
    }
    cited = run_query(store, q["cited-by"].text, params={"key": "A/RES/55/25"})
    assert {r[0] for r in cited.rows} == {"A/RES/70/1", "CTOC/COP/2010/17"}
    session = run_query(store, q["session"].text, params={"key": "CTOC/COP session 7"})
    assert ("CTOC/COP/2014/1", "of the session") in {(r[0], r[1]) for r in session.rows}
    assert [r[1] for r in session.rows].count("mentions it") == 1
    idle = run_query(store, q["mandates-without-follow-up"].text)
    assert "A/RES/70/1" in {r[0] for r in idle.rows}
    assert "A/RES/55/25" not in {r[0] for r in idle.rows}


def test_named_query_parameters_are_checked():
    q = named_queries()["chain-up"]
    with pytest.raises(UsageError, match="--param key="):
        q.check({})
    with pytest.raises(UsageError, match="takes no parameter"):
        q.check({"key": "x", "year": "1"})


def test_named_queries_travel_in_the_wheel():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include.get("examples/queries") == "graph/queries"


# -- named queries over mandate statements -----------------------------------------------------
@pytest.fixture(scope="module")
def mandates():
    return make_store(mandate_records() + sample_records())


def _columns(result, *names):
    idx = [result.variables.index(n) for n in names]
    return [tuple(row[i] for i in idx) for row in result.rows]


PARAMS_FOR_MANDATES = [
    {"key": "A/78/100"},
    {"key": "A/RES/77/260"},
    {"key": "body:A/RES/76/245"},
    {"key": "UNISFA"},
    {"key": "CTOC/COP/WG.2"},
    {"key": "A/RES/55/25"},
    {"body": "UNISFA"},
    {"body": "body:A/RES/76/245"},
    {"body": "A"},
    {"session": "A session 78"},
    {"session": "CTOC/COP session 7"},
    {},
]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_no_named_query_returns_a_row_twice(mandates, name):
    """The store's union graph repeats a fact once per named graph; every query folds them."""
    q = named_queries()[name]
    declared = {n for n, _ in q.params}
    runs = [p for p in PARAMS_FOR_MANDATES if set(p) == declared]
    assert runs, f"no sample parameters for {name}"
    for params in runs:
        rows = [tuple(r) for r in run_query(mandates, q.text, params=params).rows]
        assert len(rows) == len(set(rows)), (name, params, rows)


def test_what_mandated_a_report_up_the_chain(mandates):
    q = named_queries()["chain-up"]
    up = run_query(mandates, q.text, params={"key": "A/78/100"})
    assert _columns(up, "from", "relation", "to", "paragraph", "documents") == [
        ("A/78/100", "requestedBy", "A/RES/77/260", "5", "2")
    ]
    # a "Recalling" reference is no link: 70/1 is nowhere in the chain
    assert not [r for r in up.rows if "A/RES/70/1" in r]


def test_what_an_act_mandated_down_the_chain(mandates):
    down = run_query(mandates, named_queries()["chain-down"].text, params={"key": "A/RES/77/260"})
    got = _columns(down, "from", "relation", "paragraph", "until")
    assert ("body:A/RES/76/245", "extendedBy", "3", "2024-12-31") in got
    assert ("A/78/100", "requestedBy", "5", None) in got
    assert any(f.startswith("activity:A/RES/77/260@") for f, *_ in got)
    assert len(got) == 3


def test_mandates_of_a_body_over_time(mandates):
    q = named_queries()["body-mandates"]
    rows = run_query(mandates, q.text, params={"body": "UNISFA"})
    assert _columns(rows, "relation", "act", "paragraph", "until", "confidence") == [
        ("establishedBy", "S/RES/1990(2011)", None, None, "0.5"),
        ("extendedBy", "S/RES/2445(2018)", "1", "2019-05-15", "0.95"),
    ]
    wg = run_query(mandates, q.text, params={"body": "body:A/RES/76/245"})
    dated = _columns(wg, "date", "relation", "act")
    assert [d for d, *_ in dated] == sorted(d for d, *_ in dated)  # oldest first
    assert ("2022-12-30", "extendedBy", "A/RES/77/260") in dated


def test_reports_requested_for_a_session(mandates):
    q = named_queries()["session-reports"]
    rows = run_query(mandates, q.text, params={"session": "A session 78"})
    assert _columns(rows, "report", "relation", "act", "paragraph") == [
        ("A/78/100", "requestedBy", "A/RES/77/260", "5")
    ]
    assert run_query(mandates, q.text, params={"session": "CTOC/COP session 7"}).rows == []


def test_bodies_established_reads_statements_not_citations(mandates):
    rows = run_query(mandates, named_queries()["bodies-established"].text)
    got = set(_columns(rows, "body", "relation", "act"))
    assert ("UNISFA", "extendedBy", "S/RES/2445(2018)") in got
    assert ("body:A/RES/76/245", "establishedBy", "A/RES/76/245") in got
    assert all(
        relation
        in (
            "establishedBy",
            "extendedBy",
            "terminatedBy",
            "requestedBy",
            "pursuantTo",
            "inAccordanceWith",
        )
        for _, relation, _ in got
    )
