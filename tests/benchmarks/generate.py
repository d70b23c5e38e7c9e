"""A deterministic generator of UN-style corpora for the benchmarks.

    .venv/bin/python tests/benchmarks/generate.py 10k --out /tmp/corpus-10k [--seed 0]

Documents in the six official languages with UN headers (United Nations / body / symbol /
Distr.: General / date / session / agenda item / title), from the General Assembly, the Security
Council, the Economic and Social Council, the Human Rights Council and subsidiary bodies (CCPCJ,
CND, CTOC/COP and its working groups, CAC/COSP, UNFCCC). Citations form a DAG: resolutions take
note of reports and extend or follow earlier resolutions, reports are submitted pursuant to the
resolution that requested them, decisions establish working groups, and everything recalls older
acts. A few "spine" threads give mandate chains hundreds of links deep. Running text carries noise
that is not a reference: dates, bienniums, fractions, ISBN and sales numbers, job numbers.

Document i depends only on (seed, i) and the plan, so the corpus can be produced in any order;
the generator also knows every reference it wrote (`GeneratedDoc.references`, with offsets), so a
benchmark can check what an extractor found, or build the graph without one (`truth_record`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_render import LANG_WEIGHTS, GeneratedDoc, TruthRef, render_document  # noqa: E402

__all__ = [
    "GeneratedDoc",
    "TruthRef",
    "CorpusPlan",
    "plan_corpus",
    "generate_corpus",
    "write_corpus",
    "truth_record",
    "truth_json",
    "parse_scale",
    "SCALES",
    "LANGUAGES",
]

SCALES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

# Families with act documents of their own: body code, first day of their numbering.
FAMILIES = {
    "GA": ("A", date(1976, 9, 20)),
    "SC": ("S", date(1976, 1, 1)),
    "ECOSOC": ("E", date(1978, 1, 1)),
    "HRC": ("A/HRC", date(2006, 6, 19)),
}
# Subsidiary bodies: reports and notes only; they cite their own body's acts by number.
SUBSIDIARY = {
    "E/CN.15": date(1992, 4, 21),
    "E/CN.7": date(1976, 2, 10),
    "CTOC/COP": date(2004, 6, 28),
    "CTOC/COP/WG.2": date(2006, 10, 16),
    "CTOC/COP/WG.3": date(2008, 10, 8),
    "CAC/COSP": date(2006, 12, 10),
    "CAC/COSP/WG.2": date(2007, 8, 27),
    "FCCC/CP": date(1995, 3, 28),
    "FCCC/SBSTA": date(1995, 8, 28),
    "FCCC/PA/CMA": date(2016, 11, 15),
}
_FAMILY_WEIGHTS = (("GA", 0.4), ("SC", 0.2), ("ECOSOC", 0.2), ("HRC", 0.2))
_END = date(2025, 12, 31).toordinal()


def parse_scale(text: str | int) -> int:
    """ "10k" -> 10000, "1M" -> 1000000, "2500" -> 2500."""
    if isinstance(text, int):
        return text
    if text in SCALES:
        return SCALES[text]
    t = text.strip().lower().replace("_", "")
    mult = 1_000_000 if t.endswith("m") else 1_000 if t.endswith("k") else 1
    return int(float(t.rstrip("mk")) * mult)


@dataclass(slots=True)
class Planned:
    """The plan of one document: everything fixed before any text is written."""

    index: int
    family: str  # GA, SC, ECOSOC, HRC, or a subsidiary body code
    body: str
    kind: str  # resolution, decision, report, note
    day: int  # date ordinal
    lang: str
    thread: int  # -1 for subsidiary documents
    parent: int = -1  # the act this document is mandated by (previous act, requesting act, ...)
    prev_report: int = -1  # for acts: the report on the previous act of the thread
    report: int = -1  # for acts: the report the act requests (the next one of its thread)
    depth: int = 0
    session: int = 0  # session number (GA, HRC, subsidiary bodies), 0 when none
    symbol: str = ""
    key: str = ""
    number: str = ""  # as printed in citations: "70/1", "2127 (2013)", "2015/12"


class CorpusPlan:
    """The documents of a corpus of `n` documents, planned from `seed`; render any of them."""

    def __init__(
        self, n: int, seed: int = 0, *, max_chain: int = 800, languages: tuple[str, ...] = LANGUAGES
    ):
        self.n, self.seed, self.languages = n, seed, languages
        self.entries = _plan(n, seed, max_chain, languages)
        self.acts_by_family: dict[str, list[int]] = {f: [] for f in FAMILIES}
        self.reports: list[int] = []
        self.subs_by_body: dict[str, list[int]] = {b: [] for b in SUBSIDIARY}
        for e in self.entries:
            if e.family in FAMILIES:
                target = self.reports if e.kind == "report" else self.acts_by_family[e.family]
                target.append(e.index)
            else:
                self.subs_by_body[e.family].append(e.index)

    def __len__(self) -> int:
        return len(self.entries)

    def render(self, i: int) -> GeneratedDoc:
        return render_document(self, self.entries[i], Random(self.seed * 1_000_003 + i))

    def __iter__(self) -> Iterator[GeneratedDoc]:
        return (self.render(i) for i in range(len(self.entries)))

    def earlier(self, indices: list[int], before: int, rng: Random) -> int | None:
        """A document of `indices` older than `before`, recent ones more likely; None if none."""
        k = bisect_left(indices, before)
        return indices[k - 1 - int(k * rng.random() ** 3)] if k else None

    def deepest(self, k: int) -> list[Planned]:
        """The k documents at the end of the longest generated mandate chains."""
        return sorted(self.entries, key=lambda e: (-e.depth, e.index))[:k]

    def sample(self, k: int, seed: int = 1) -> list[Planned]:
        """k documents drawn at random (deterministic)."""
        return Random(seed).sample(self.entries, min(k, len(self.entries)))

    @property
    def max_depth(self) -> int:
        return max((e.depth for e in self.entries), default=0)


def _session(body: str, d: date) -> int:
    """The session a body holds on date `d` (0: the body numbers its acts by year)."""
    if body == "A":
        return d.year - 1945 if (d.month, d.day) >= (9, 15) else d.year - 1946
    if body == "A/HRC":
        return 1 + int((d.toordinal() - date(2006, 6, 19).toordinal()) / 121.75)
    first = {"E/CN.15": 1991, "E/CN.7": 1957, "FCCC/CP": 1994, "FCCC/PA/CMA": 2015}
    if body in first:
        return d.year - first[body]
    if body in ("CTOC/COP", "CAC/COSP"):
        return (d.year - (2004 if body == "CTOC/COP" else 2006)) // 2 + 1
    if body == "FCCC/SBSTA":
        return (d.year - 1995) * 2 + (1 if d.month < 7 else 2)
    return 0


def _plan(n: int, seed: int, max_chain: int, languages: tuple[str, ...]) -> list[Planned]:
    rng = Random(seed)
    n_sub = n // 4
    n_thread = n - n_sub
    spines = 2 if n < 50_000 else min(16, n // 6_250)
    spine_acts = max(2, min(max_chain, n // 8, int(0.6 * n_thread / (2 * spines))))
    events: list[tuple[float, int, int, str, str]] = []  # (time, thread, pos, family, kind)
    families = [f for f, _ in _FAMILY_WEIGHTS]
    weights = [w for _, w in _FAMILY_WEIGHTS]
    thread, docs = 0, 0
    while docs < n_thread:
        if thread < spines:
            family, acts, p_report = families[thread % len(families)], spine_acts, 1.0
        else:
            family = rng.choices(families, weights)[0]
            acts, p_report = 1 + min(39, int(rng.expovariate(0.3))), 0.8
        kinds = []
        for _ in range(acts):
            kinds.append("decision" if family == "HRC" and rng.random() < 0.2 else "resolution")
            if rng.random() < p_report:
                kinds.append("report")
        kinds = kinds[: n_thread - docs]
        start = FAMILIES[family][1].toordinal()
        window = _END - start
        span = window if thread < spines else min(window, len(kinds) * rng.uniform(40, 200))
        t0 = rng.uniform(start, _END - span)
        times = sorted(rng.uniform(t0, t0 + span) for _ in kinds)
        pairs = enumerate(zip(times, kinds, strict=True))
        events.extend((t, thread, pos, family, k) for pos, (t, k) in pairs)
        docs += len(kinds)
        thread += 1
    bodies = list(SUBSIDIARY)
    for _ in range(n_sub):
        body = rng.choice(bodies)
        t = rng.uniform(SUBSIDIARY[body].toordinal(), _END)
        events.append((t, -1, 0, body, "note" if rng.random() < 0.4 else "report"))
    events.sort()
    return _assign(events, rng, languages)


def _assign(events, rng: Random, languages: tuple[str, ...]) -> list[Planned]:
    """Symbols, keys, parents and depths, in date order (symbols number chronologically)."""
    lang_w = [LANG_WEIGHTS.get(lang, 0.1) for lang in languages]
    counters: dict[tuple, int] = {}
    last_act: dict[int, int] = {}
    last_report: dict[int, int] = {}
    all_acts: list[int] = []
    out: list[Planned] = []
    sc_number = 391
    for i, (t, thread, _pos, family, kind) in enumerate(events):
        d = date.fromordinal(int(t))
        body = FAMILIES[family][0] if family in FAMILIES else family
        e = Planned(i, family, body, kind, int(t), rng.choices(languages, lang_w)[0], thread)
        e.session = _session(body, d)
        if kind == "report" and family in FAMILIES:
            e.parent = last_act[thread]
            e.depth = out[e.parent].depth + 1
            if out[e.parent].report < 0:
                out[e.parent].report = i
            last_report[thread] = i
            scope = e.session if body in ("A", "A/HRC") else d.year
            n = counters[(body, "doc", scope)] = counters.get((body, "doc", scope), 150) + 1
            e.symbol = e.key = f"{body}/{scope}/{n}"
        elif family in FAMILIES:
            if thread in last_act:
                e.parent = last_act[thread]
                e.depth = out[e.parent].depth + 1
                e.prev_report = last_report.get(thread, -1)
            last_act[thread] = i
            all_acts.append(i)
            if body == "S":
                sc_number += 1
                e.number = f"{sc_number} ({d.year})"
                e.symbol, e.key = f"S/RES/{e.number}", f"S/RES/{sc_number}({d.year})"
            else:
                scope = e.session if body != "E" else d.year
                first = 100 if kind == "decision" else 0
                n = counters[(body, kind, scope)] = counters.get((body, kind, scope), first) + 1
                e.number = f"{scope}/{n}"
                infix = "DEC" if kind == "decision" else "RES"
                e.symbol = e.key = f"{body}/{infix}/{scope}/{n}"
        else:
            if all_acts and rng.random() < 0.7:
                e.parent = all_acts[len(all_acts) - 1 - int(len(all_acts) * rng.random() ** 3)]
            e.depth = out[e.parent].depth + 1 if e.parent >= 0 else 1
            n = counters[(body, d.year)] = counters.get((body, d.year), 1) + 1
            e.symbol = e.key = f"{body}/{d.year}/{n}"
        out.append(e)
    return out


def plan_corpus(
    n: int | str, seed: int = 0, *, max_chain: int = 800, languages: tuple[str, ...] = LANGUAGES
) -> CorpusPlan:
    """Plan a corpus of `n` documents ("10k" works too); nothing is rendered yet."""
    return CorpusPlan(parse_scale(n), seed, max_chain=max_chain, languages=languages)


def generate_corpus(n: int | str, seed: int = 0, **options) -> Iterator[GeneratedDoc]:
    """Yield the documents of a corpus in date order, one at a time (constant memory per doc)."""
    yield from plan_corpus(n, seed, **options)


def write_corpus(
    folder: str | Path, n: int | str, seed: int = 0, *, truth: bool = True, **options
) -> dict:
    """Write the corpus as UTF-8 text files under `folder/{lang}/`.

    With `truth`, the references written into each file go to `<folder>.truth.jsonl` (beside the
    folder, so that ingesting the folder reads documents only). Returns counts.
    """
    folder = Path(folder)
    plan = plan_corpus(n, seed, **options)
    docs = nbytes = refs = 0
    truth_path = folder.with_name(folder.name + ".truth.jsonl")
    sink = truth_path.open("w", encoding="utf-8") if truth else None
    try:
        for lang in plan.languages:
            (folder / lang).mkdir(parents=True, exist_ok=True)
        for doc in plan:
            data = doc.text.encode("utf-8")
            (folder / doc.name).write_bytes(data)
            docs, nbytes, refs = docs + 1, nbytes + len(data), refs + len(doc.references)
            if sink:
                sink.write(json.dumps(truth_json(doc), ensure_ascii=False) + "\n")
    finally:
        if sink:
            sink.close()
    return {
        "documents": docs,
        "bytes": nbytes,
        "references": refs,
        "max_depth": plan.max_depth,
        "folder": str(folder),
        "truth": str(truth_path) if truth else None,
    }


def truth_json(doc: GeneratedDoc) -> dict:
    """The `extract --format jsonl` shape of what the generator wrote into `doc`."""
    return {
        "source": doc.name,
        "symbol": doc.key,
        "language": doc.language,
        "body": doc.body,
        "date": doc.date,
        "title": doc.title,
        "kind": doc.kind,
        "session": doc.session,
        "agenda_item": doc.agenda_item,
        "depth": doc.depth,
        "references": [
            {
                "kind": r.kind,
                "key": r.key,
                "relation": r.relation,
                "text": r.text,
                "start": r.start,
                "end": r.end,
                "subject": r.subject,
            }
            for r in doc.references
        ],
    }


def truth_record(doc: GeneratedDoc, base: str | None = None):
    """The DocumentRecord an ideal extractor would return for `doc` (for build benchmarks)."""
    from graph.model import DocumentRecord, Reference
    from graph.vocab.keys import iri_for
    from graph.vocab.mg import DEFAULT_BASE

    base = base or DEFAULT_BASE
    refs = tuple(
        Reference(
            kind=r.kind,
            key=r.key,
            iri=iri_for(r.kind, r.key, base),
            relation=r.relation,
            text=r.text,
            start=r.start,
            end=r.end,
            evidence=r.evidence,
            rule="generated",
            body=r.body,
            subject=r.subject,
            in_footnote=r.in_footnote,
        )
        for r in doc.references
    )
    return DocumentRecord(
        source=doc.name,
        language=doc.language,
        symbol=doc.key,
        body=doc.body,
        date=doc.date,
        title=doc.title,
        doc_kind=doc.kind,
        session=doc.session,
        agenda_item=doc.agenda_item,
        original_language="en",
        sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        extractor_version="generated",
        references=refs,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scale", help="number of documents: 1k, 10k, 100k, 1M or a number")
    parser.add_argument("--out", type=Path, help="folder to write (default: only count)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-chain", type=int, default=800, help="acts in the longest threads")
    parser.add_argument("--no-truth", action="store_true", help="do not write <out>.truth.jsonl")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.out:
        counts = write_corpus(
            args.out, args.scale, args.seed, truth=not args.no_truth, max_chain=args.max_chain
        )
    else:
        plan = plan_corpus(args.scale, args.seed, max_chain=args.max_chain)
        counts = {"documents": 0, "bytes": 0, "references": 0, "max_depth": plan.max_depth}
        for doc in plan:
            counts["documents"] += 1
            counts["bytes"] += doc.nbytes
            counts["references"] += len(doc.references)
    seconds = time.perf_counter() - start
    print(
        f"{counts['documents']:,} documents, {counts['bytes'] / 1e6:,.1f} MB, "
        f"{counts['references']:,} references, longest mandate chain {counts['max_depth']} "
        "links, "
        f"{seconds:.1f} s ({counts['bytes'] / 1e6 / seconds:.1f} MB/s)"
        + (f" -> {args.out}" if args.out else "")
    )


if __name__ == "__main__":
    main()
