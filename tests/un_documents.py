"""Short UN-style documents written for the ingest tests, and the graph each one should give.

The texts are ours (modelled on the layout of UN documents, not copied from any). They chain:
resolution 60/1 recalls 55/2 (never ingested), report A/61/100 is submitted pursuant to 60/1,
resolution 62/5 takes note of the report; two Russian CTOC/COP documents cite decision 2/6.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.build import build_graph
from graph.ingest import read_and_extract
from graph.read.limits import DEFAULT_LIMITS
from graph.vocab.mg import DEFAULT_BASE

DOCUMENTS = {
    "en/res_a_res_60_1.txt": """\
United Nations                                                  A/RES/60/1
General Assembly                                                Distr.: General
                                                                24 October 2005

Sixtieth session
Agenda items 46 and 120

          Resolution adopted by the General Assembly on 16 September 2005

          60/1. 2005 World Summit Outcome

          The General Assembly,
          Recalling its resolution 55/2 of 8 September 2000,
          Adopts the following 2005 World Summit Outcome.

                                                                8th plenary meeting
                                                                16 September 2005
""",
    "en/report_a_61_100.txt": """\
United Nations                                                  A/61/100
General Assembly                                                Distr.: General
                                                                1 July 2006

                                                                Original: English

Sixty-first session
Item 117 of the preliminary list

          Follow-up to the outcome of the Millennium Summit

          Report of the Secretary-General

          1. The present report is submitted pursuant to General Assembly resolution 60/1,
          in which the Assembly requested the Secretary-General to report on its follow-up.
""",
    "en/res_a_res_62_5.txt": """\
United Nations                                                  A/RES/62/5
General Assembly                                                Distr.: General
                                                                5 November 2007

Sixty-second session
Agenda item 117

          Resolution adopted by the General Assembly on 1 November 2007

          62/5. Follow-up to the outcome of the Millennium Summit

          The General Assembly,
          Recalling its resolution 60/1 of 16 September 2005,
          Takes note of the report of the Secretary-General (A/61/100).
""",
    "ru/ctoc_cop_2014_1.txt": """\
Организация Объединенных Наций                                  CTOC/COP/2014/1
Конференция участников Конвенции                                Distr.: General
Организации Объединенных Наций                                  12 June 2014
против транснациональной организованной                         Russian
преступности                                                    Original: English

Седьмая сессия
Вена, 6-10 октября 2014 года

          Предварительная повестка дня и аннотации

          Рабочая группа правительственных экспертов по технической помощи учреждена
          во исполнение решения 2/6 Конференции участников.
""",
    "ru/ctoc_cop_2014_2.txt": """\
Организация Объединенных Наций                                  CTOC/COP/2014/2
Конференция участников Конвенции                                Distr.: General
Организации Объединенных Наций                                  20 June 2014
против транснациональной организованной                         Russian
преступности                                                    Original: English

Седьмая сессия
Вена, 6-10 октября 2014 года

          Доклад Секретариата

          В своем решении 4/3 Конференция постановила, что Рабочая группа станет
          постоянным элементом Конференции.
""",
}


def write_documents(folder: Path) -> Path:
    """Write the documents under `folder` (UTF-8) and return it."""
    for name, text in DOCUMENTS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def write_many(folder: Path, n: int) -> Path:
    """`write_documents` plus `n` short resolutions, each recalling an older one (a long chain)."""
    write_documents(folder)
    (folder / "many").mkdir(parents=True, exist_ok=True)
    for i in range(1, n + 1):
        text = DOCUMENTS["en/res_a_res_62_5.txt"].replace("A/RES/62/5", f"A/RES/70/{i}")
        text = text.replace("62/5.", f"70/{i}.").replace(
            "resolution 60/1", f"resolution 70/{i - 1}"
        )
        (folder / "many" / f"res_70_{i:04}.txt").write_text(text, encoding="utf-8")
    return folder


def built_quads(path: Path, base: str = DEFAULT_BASE) -> list:
    """The quads of one file's graph: read, extract and build it here, in-process."""
    record = read_and_extract((str(path), str(path.resolve()), None, DEFAULT_LIMITS, base))
    return build_graph(record, base)[1]


def expected_quads(path: Path, base: str = DEFAULT_BASE) -> set:
    """The quads a store holds for one file after a clean build (literals as the store keeps
    them: it stores "1.0"^^xsd:decimal as "1")."""
    store = ox.Store()
    store.extend(built_quads(path, base))
    return set(store)
