"""Body names from ontology/bodies.ttl: the scheme itself, and finding names in six languages."""

from __future__ import annotations

import pytest

from graph.extract import extract_references
from graph.extract.bodies import BodyContext, body_index, matcher
from graph.extract.languages import LANGUAGES
from graph.model import Document

# The bodies the brief asks for, at least.
REQUIRED = [
    "A",
    "S",
    "E",
    "T",
    "ICJ",
    "ST",
    "A/HRC",
    "A/HRC/WG.6",
    "E/CN.15",
    "E/CN.7",
    "E/CN.6",
    "E/CN.5",
    "E/CN.3",
    "E/CN.9",
    "E/CN.16",
    "UNODC",
    "CTOC/COP",
    "CTOC/COP/WG.2",
    "CTOC/COP/WG.3",
    "CTOC/COP/WG.4",
    "CTOC/COP/WG.6",
    "CTOC/COP/WG.7",
    "CAC/COSP",
    "CAC/COSP/IRG",
    "CAC/COSP/WG.2",
    "CAC/COSP/WG.4",
    "FCCC/CP",
    "FCCC/KP/CMP",
    "FCCC/PA/CMA",
    "FCCC/SBSTA",
    "FCCC/SBI",
    "CCPR",
    "E/C.12",
    "CERD",
    "CEDAW",
    "CRC",
    "CAT",
    "CMW",
    "CRPD",
    "CED",
]


def test_scheme_has_the_required_bodies_named_in_six_languages():
    bodies = body_index().bodies
    for code in REQUIRED:
        assert code in bodies, code
        assert set(bodies[code].pref) == set(LANGUAGES), (code, sorted(bodies[code].pref))


def test_every_parent_exists_and_there_are_no_cycles():
    index = body_index()
    for code, body in index.bodies.items():
        if body.parent:
            assert body.parent in index.bodies, (code, body.parent)
        assert len(index.ancestors(code)) == len(set(index.ancestors(code)))


@pytest.mark.parametrize(
    ("symbol", "code"),
    [
        ("CTOC/COP/WG.2/2013/5", "CTOC/COP/WG.2"),
        ("A/HRC/14/15/Add.1", "A/HRC"),
        ("A/69/767", "A"),
        ("FCCC/PA/CMA/2016/3/Add.1", "FCCC/PA/CMA"),
        ("E/CN.15/2014/5", "E/CN.15"),
        ("A/HRC/WG.6/7/SVN/2", "A/HRC/WG.6"),
        ("S/2015/10", "S"),
        ("XYZ/1/2", None),
    ],
)
def test_body_of_a_symbol(symbol, code):
    assert body_index().code_for_symbol(symbol) == code


# fmt: off
MENTIONS = [
    ("en", "Working Group of Government Experts on Technical Assistance", "CTOC/COP/WG.2"),
    ("ru", "Рабочая группа правительственных экспертов по технической помощи", "CTOC/COP/WG.2"),
    ("ru", "совещания Рабочей группы правительственных экспертов по технической помощи",
     "CTOC/COP/WG.2"),
    ("fr", "le Groupe de travail d'experts gouvernementaux sur l'assistance technique",
     "CTOC/COP/WG.2"),
    ("es", "el Grupo de Trabajo de Expertos Gubernamentales en Asistencia Técnica",
     "CTOC/COP/WG.2"),
    ("ar", "الفريق العامل المعني بالمساعدة التقنية", "CTOC/COP/WG.2"),
    ("zh", "技术援助政府专家工作组", "CTOC/COP/WG.2"),
    ("en", "the United Nations Office on Drugs and Crime (UNODC)", "UNODC"),
    ("ru", "Управлением Организации Объединенных Наций по наркотикам и преступности", "UNODC"),
    ("ru", "работы УНП ООН", "UNODC"),
    ("en", "the Commission on Crime Prevention and Criminal Justice", "E/CN.15"),
    ("en", "the Subsidiary Body for Scientific and Technological Advice", "FCCC/SBSTA"),
    ("ar", "للجنة السكان والتنمية", "E/CN.9"),
    ("fr", "au Conseil économique et social", "E"),
    ("ru", "при Экономическом и Социальном Совете", "E"),
    ("es", "el Consejo de Derechos Humanos", "A/HRC"),
    ("zh", "人权理事会", "A/HRC"),
    ("en", "Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol",
     "FCCC/KP/CMP"),
    ("ar", "هيئة نزع السلاح التابعة للأمم المتحدة في دورتها الموضوعية", "A/CN.10"),
    ("fr", "la Commission du désarmement à sa session de fond", "A/CN.10"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "code"), MENTIONS, ids=[m[1][:40] for m in MENTIONS])
def test_body_names_in_text(language, text, code):
    found = [m.code for m in matcher(language).find(text) if m.code]
    assert found[:1] == [code]


def test_generic_short_names_are_not_mentions_but_resolve_in_context():
    text = (
        "The Working Group of Government Experts on Technical Assistance met. "
        "In its decision 4/3, the Conference decided that the Working Group shall be a "
        "constant element of the Conference."
    )
    refs = extract_references(
        Document(
            "Conference of the Parties to the United Nations Convention against Transnational "
            "Organized Crime\nDistr.: General\n12 June 2014\nOriginal: English\n\n1. " + text,
            language="en",
        )
    )
    bodies = [r.key for r in refs if r.kind == "body"]
    assert bodies == ["CTOC/COP/WG.2"]  # "the Working Group", "the Conference": no mentions
    decision = next(r for r in refs if r.kind == "decision")
    assert (decision.key, decision.relation, decision.subject) == (
        "CTOC/COP decision 4/3",
        "decides",
        "CTOC/COP/WG.2",
    )


def test_a_short_name_inside_an_unknown_longer_name_is_no_listed_body():
    refs = extract_references(
        Document(
            "submitted to the Maritime Safety Committee at its ninety-third session", language="en"
        )
    )
    assert refs == []


def resolved(citing: str, text: str, language: str = "en") -> list[str | None]:
    """What each body name of ``text`` stands for in a document of body ``citing``."""
    mat = matcher(language)
    ctx = BodyContext(mat.find(text), citing, mat.clitics, mat.conjunctions, text)
    return ctx.resolved


# fmt: off
GENERIC = [
    # a body under the citing one is one of many of its kind: no guess
    ("A", "en", "the Working Group shall report to the Assembly", [None, "A"]),
    ("A", "en", "invites the Council to consider the matter", [None]),
    ("A/HRC", "en", "the Working Group shall meet twice", [None]),
    ("A", "es", "el mandato del Grupo de Trabajo", [None]),
    ("A", "zh", "将工作组的任务期限延长", [None]),
    # the one sibling, an ancestor
    ("FCCC/PA/CMA", "en", "requests the Conference of the Parties to consider", ["FCCC/CP"]),
    ("CTOC/COP/WG.2", "en", "the Working Group recommended that the Conference", ["CTOC/COP/WG.2",
                                                                                  "CTOC/COP"]),
    # the last body of that kind named in full, in the same paragraph
    ("A/HRC", "en", "Recalling Economic and Social Council resolution 1235 (XLII), in which the "
     "Council authorized", ["E", "E"]),
    # a new paragraph: the citing body's own short name is the citing body again
    ("S", "en", "Human Rights Council resolution 49/1 was adopted.\n\nThe Council, by its "
     "resolution 1540 (2004), established a committee", ["A/HRC", "S"]),
    ("E/CN.15", "fr", "La Commission des stupéfiants a adopté la résolution 66/3.\n\n2. La "
     "Commission a examiné le rapport.", ["E/CN.7", "E/CN.15"]),
]
# fmt: on


@pytest.mark.parametrize(
    ("citing", "language", "text", "codes"), GENERIC, ids=[g[2][:40] for g in GENERIC]
)
def test_generic_names_resolve_to_a_named_body_the_citing_body_or_an_ancestor(
    citing, language, text, codes
):
    assert resolved(citing, text, language) == codes


GA_ES = (
    "Naciones Unidas A/RES/81/52\nAsamblea General Distr. general\n14 de diciembre de 2026\n\n"
    "Octogésimo primer período de sesiones\nTema 70 del programa\n\n"
    "Resolución aprobada por la Asamblea General el 11 de diciembre de 2026\n\n"
    "81/52. Examen de los mandatos\n\nLa Asamblea General,\n\n"
    "3. Decide renovar el mandato del Grupo de Trabajo establecido en virtud de su resolución "
    "74/270 hasta su octogésimo tercer período de sesiones;\n"
)


def test_its_resolution_after_a_generic_name_is_the_citing_bodys():
    refs = extract_references(Document(GA_ES, language="es"))
    got = [(r.kind, r.key, r.subject) for r in refs]
    assert got == [("resolution", "A/RES/74/270", None), ("session", "A session 83", None)]


def test_the_council_of_a_security_council_letter_is_the_security_council():
    text = (
        "United Nations S/2026/88\nSecurity Council Distr.: General\n2 February 2026\n\n"
        "Letter dated 30 January 2026 from the Secretary-General\n\n"
        "I refer to Human Rights Council resolution 52/4 and to the report (A/HRC/52/10).\n\n"
        "The Council, by its resolution 1718 (2006), established a committee of the Security "
        "Council to monitor the measures; the committee was assisted by a panel.\n"
    )
    ref = next(
        r for r in extract_references(Document(text, language="en")) if r.key == "S/RES/1718(2006)"
    )
    assert (ref.relation, ref.subject) == ("establishedBy", None)
