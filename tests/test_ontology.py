"""The ontology files: they parse (rdflib and rapper), define every term the code uses, and align
with the published vocabularies as documented in ontology/README.md."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from conftest import REPO
from rdflib import OWL, RDF, RDFS, SKOS, Literal, URIRef

from graph import model
from graph.vocab.mg import MG, MG_NS, ONTOLOGY_IRI
from graph.vocab.ontology import ontology_file

ONTOLOGY = REPO / "ontology"
TURTLE_FILES = sorted(p.name for p in ONTOLOGY.glob("*.ttl"))
LANGUAGES = ("en", "ru", "fr", "es", "ar", "zh")
CITO = rdflib.Namespace("http://purl.org/spar/cito/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
FABIO = rdflib.Namespace("http://purl.org/spar/fabio/")
FRBR = rdflib.Namespace("http://purl.org/vocab/frbr/core#")
ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
# "mg:key", "mg:mandatedBy" in Python strings, SPARQL and Turtle
MG_CURIE = re.compile(r"\bmg:([A-Za-z_][A-Za-z0-9_]*)")
# MG.key, MG["key"], _mg("key"), MG + "key", MG_NS + "key" in Python
MG_PYTHON = re.compile(
    r"""\b(?:MG\.|MG\[["']|_mg\(["']|MG(?:_NS)? \+ ["'])([A-Za-z_][A-Za-z0-9_]*)"""
)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "mandate.ttl", format="turtle")


def defined_terms(g: rdflib.Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {
        str(s)[len(MG_NS) :]
        for k in kinds
        for s in g.subjects(RDF.type, k)
        if str(s).startswith(MG_NS)
    }


def vocab_terms() -> set[str]:
    return {name for name in MG.__annotations__ if not name.startswith("_")}


def test_the_turtle_files_are_there():
    assert {"mandate.ttl", "shapes.ttl"} <= set(TURTLE_FILES)
    assert ontology_file("mandate.ttl").resolve() == (ONTOLOGY / "mandate.ttl").resolve()


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_turtle_parses_with_rdflib(name):
    g = rdflib.Graph().parse(ONTOLOGY / name, format="turtle")
    assert len(g) > 10


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_turtle_parses_with_rapper(name):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper is not installed (Debian: apt-get install raptor2-utils)")
    done = subprocess.run(
        [rapper, "-i", "turtle", "-c", str(ONTOLOGY / name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower()
    count = int(re.search(r"returned (\d+) triples", done.stderr)[1])
    assert count == len(rdflib.Graph().parse(ONTOLOGY / name, format="turtle"))


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_nothing_is_imported_at_run_time(name):
    g = rdflib.Graph().parse(ONTOLOGY / name, format="turtle")
    assert not list(g.objects(None, OWL.imports))


def test_ontology_header(ontology):
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    version = ontology.value(onto, OWL.versionIRI)
    assert version is not None and str(version).startswith(ONTOLOGY_IRI + "/")
    assert ontology.value(onto, OWL.versionInfo) is not None


def test_vocab_and_turtle_define_the_same_terms(ontology):
    defined = defined_terms(ontology)
    assert vocab_terms() - defined == set(), "in graph/vocab/mg.py but not in mandate.ttl"
    assert defined - vocab_terms() == set(), "in mandate.ttl but not in graph/vocab/mg.py"


def test_vocab_rejects_a_misspelt_term():
    with pytest.raises(AttributeError):
        MG.establishdBy  # noqa: B018


@pytest.mark.parametrize("term", sorted(vocab_terms()))
def test_every_term_has_labels_and_definitions_in_six_languages(ontology, term):
    node = MG[term]
    assert (node, RDFS.isDefinedBy, URIRef(ONTOLOGY_IRI)) in ontology
    for prop in (RDFS.label, SKOS.definition):
        langs = {lit.language for lit in ontology.objects(node, prop) if isinstance(lit, Literal)}
        assert set(LANGUAGES) <= langs, f"{term} {prop}: only {sorted(langs)}"
        for lang in LANGUAGES:
            values = [lit for lit in ontology.objects(node, prop) if lit.language == lang]
            assert len(values) == 1 and str(values[0]).strip()


def _terms_used_in_code() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    sources = [
        *sorted((REPO / "graph").rglob("*.py")),
        *sorted((REPO / "examples").rglob("*.rq")),
        ONTOLOGY / "shapes.ttl",
        *sorted(ONTOLOGY.glob("bodies*.ttl")),
    ]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        names = set(MG_CURIE.findall(text))
        if path.suffix == ".py":
            names |= set(MG_PYTHON.findall(text))
            names -= {"_NS", "_fail"}
        for name in names:
            used.setdefault(name, set()).add(str(path.relative_to(REPO)))
    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    for value in context.values():
        iri = value["@id"] if isinstance(value, dict) else value
        if iri.startswith("mg:"):
            used.setdefault(iri[3:], set()).add("ontology/context.jsonld")
    # Terms built from data at run time: the relation of each reference, the class of each kind.
    from graph import build

    for name in (*model.RELATIONS, *build._KIND_CLASS.values(), *build._DOC_KIND_CLASS.values()):
        used.setdefault(name, set()).add("graph/model.py, graph/build.py")
    return used


def test_every_term_the_code_uses_exists_in_the_turtle(ontology):
    used = _terms_used_in_code()
    assert len(used) > 40  # the scan found the code
    missing = {
        name: sorted(where) for name, where in used.items() if name not in defined_terms(ontology)
    }
    assert not missing, f"mg: terms used but not defined in mandate.ttl: {missing}"


def test_relations_hang_under_mandated_by_and_cites(ontology):
    for name in model.MANDATE_RELATIONS:
        assert (MG[name], RDFS.subPropertyOf, MG.mandatedBy) in ontology, name
    for name in model.CITATION_RELATIONS:
        if name != "cites":
            assert (MG[name], RDFS.subPropertyOf, MG.cites) in ontology, name
    for name in model.STRUCTURE_RELATIONS:
        supers = set(ontology.transitive_objects(MG[name], RDFS.subPropertyOf))
        assert MG.mandatedBy not in supers and MG.cites not in supers, name


def test_statement_relations_hang_under_mandated_by(ontology):
    for name in model.STATEMENT_RELATIONS:
        assert (MG[name], RDFS.subPropertyOf, MG.mandatedBy) in ontology, name


def test_old_mandate_terms_are_deprecated_not_removed(ontology):
    for name in ("decides", "extends"):
        assert (MG[name], OWL.deprecated, Literal(True)) in ontology, name
    for name in model.STATEMENT_RELATIONS:
        assert (MG[name], OWL.deprecated, Literal(True)) not in ontology, name


def test_statement_terms_are_typed_as_the_build_writes_them(ontology):
    xsd = rdflib.XSD
    for name, kind, rng in [
        ("statementSubject", OWL.ObjectProperty, None),
        ("statementRelation", OWL.ObjectProperty, None),
        ("mandatingAct", OWL.ObjectProperty, None),
        ("statedIn", OWL.ObjectProperty, MG.Document),
        ("paragraph", OWL.DatatypeProperty, xsd.string),
        ("until", OWL.DatatypeProperty, xsd.date),
        ("subjectStart", OWL.DatatypeProperty, xsd.integer),
        ("actEnd", OWL.DatatypeProperty, xsd.integer),
    ]:
        assert (MG[name], RDF.type, kind) in ontology, name
        if rng is not None:
            assert (MG[name], RDFS.range, rng) in ontology, name
    # sourceFile is shared by citations and statements: no domain that would make one the other
    assert ontology.value(MG.sourceFile, RDFS.domain) is None


@pytest.mark.parametrize(
    ("term", "prop", "published"),
    [
        (MG.MandateStatement, RDFS.subClassOf, PROV.Entity),
        (MG.MandateStatement, SKOS.closeMatch, RDF.Statement),
        (MG.statementSubject, SKOS.closeMatch, RDF.subject),
        (MG.mandatingAct, SKOS.closeMatch, RDF.object),
        (MG.statedIn, RDFS.subPropertyOf, PROV.wasQuotedFrom),
        (MG.Activity, RDFS.subClassOf, PROV.Activity),
        (MG.mandatedBy, SKOS.closeMatch, ELI.based_on),
        (MG.cites, RDFS.subPropertyOf, CITO.cites),
        (MG.reaffirms, RDFS.subPropertyOf, CITO.confirms),
        (MG.takesNoteOf, RDFS.subPropertyOf, CITO.citesForInformation),
        (MG.relation, RDFS.subPropertyOf, CITO.hasCitationCharacterization),
        (MG.Citation, RDFS.subClassOf, CITO.Citation),
        (MG.Document, RDFS.subClassOf, FABIO.Work),
        (MG.Document, RDFS.subClassOf, FRBR.Work),
        (MG.Expression, RDFS.subClassOf, FABIO.Expression),
        (MG.expressionOf, RDFS.subPropertyOf, FRBR.realizationOf),
        (MG.Act, RDFS.subClassOf, ELI.LegalResource),
        (MG.Ingest, RDFS.subClassOf, PROV.Activity),
        (MG.SourceFile, RDFS.subClassOf, PROV.Entity),
        (MG.sourceFile, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (MG.Body, RDFS.subClassOf, SKOS.Concept),
        (MG.subsidiaryOf, RDFS.subPropertyOf, SKOS.broader),
        (MG.code, RDFS.subPropertyOf, SKOS.notation),
        (MG.Resolution, RDFS.subClassOf, MG.Act),
        (MG.Act, RDFS.subClassOf, MG.Document),
    ],
)
def test_alignment(ontology, term, prop, published):
    assert (term, prop, published) in ontology


def test_alignment_table_in_the_readme_names_every_aligned_term(ontology):
    readme = (ONTOLOGY / "README.md").read_text(encoding="utf-8")
    assert "```mermaid" in readme
    for s, o in ontology.subject_objects(RDFS.subPropertyOf | RDFS.subClassOf | SKOS.closeMatch):
        if str(s).startswith(MG_NS) and not str(o).startswith(MG_NS):
            assert f"mg:{str(s)[len(MG_NS) :]}" in readme, s
            assert ontology.qname(o) in readme, o


def test_shapes_accept_exactly_the_relations_a_reference_can_have():
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    lists = [rdflib.collection.Collection(shapes, node) for node in shapes.objects(None, SH["in"])]
    assert len(lists) == 1
    allowed = {str(x)[len(MG_NS) :] for x in lists[0]}
    assert allowed == {"mandatedBy", "cites", *model.STRUCTURE_RELATIONS}


def test_context_uses_our_namespace_and_expands_offline():
    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))
    assert context["@context"]["mg"] == MG_NS
    doc = {
        "@context": context["@context"],
        "@id": "https://undocs.org/A/RES/70/1",
        "@type": "Resolution",
        "key": "A/RES/70/1",
        "startOffset": "3",
        "establishedBy": "https://undocs.org/A/RES/60/1",
    }
    g = rdflib.Graph().parse(data=json.dumps(doc), format="json-ld")
    res = URIRef("https://undocs.org/A/RES/70/1")
    assert (res, RDF.type, MG.Resolution) in g
    assert (res, MG.establishedBy, URIRef("https://undocs.org/A/RES/60/1")) in g
    assert g.value(res, MG.startOffset).datatype == rdflib.XSD.integer
    statement = {
        "@context": context["@context"],
        "@id": "urn:x:s",
        "@type": "MandateStatement",
        "statementRelation": "mg:extendedBy",
        "until": "2019-05-15",
        "mandatingAct": "https://undocs.org/S/RES/2445(2018)",
        "paragraph": "1",
    }
    g = rdflib.Graph().parse(data=json.dumps(statement), format="json-ld")
    node = URIRef("urn:x:s")
    assert (node, RDF.type, MG.MandateStatement) in g
    assert g.value(node, MG.until).datatype == rdflib.XSD.date
    assert g.value(node, MG.statementRelation) == MG.extendedBy
    assert g.value(node, MG.mandatingAct) == URIRef("https://undocs.org/S/RES/2445(2018)")


def test_ontology_travels_with_the_package():
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"ontology" = "graph/ontology"' in pyproject
    assert Path(ontology_file("shapes.ttl")).exists()
