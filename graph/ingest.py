"""Ingest: files in, named graphs out — many files, in parallel, without losing one.

`extract_paths` reads and extracts files in worker processes (graph.read.isolation: a file that
hangs or blows up memory is stopped, reported by name, and the run goes on). `ingest_paths`
loads each document into the store as one named graph, written in batches of many documents
(store.GraphWriter: bulk-loaded, each document whole or absent even if the process is killed;
the store's memory stays bounded by the batch), and skips files whose bytes are unchanged since
this version loaded them (SHA-256 and extractor version are recorded in each graph).
`write_nquads` writes one N-Quads file per document, for corpora extracted under a batch runner
and bulk-loaded elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .atomic import write_atomic
from .build import bodies_graph, build_graph, graph_iri
from .console.interrupt import Interrupted
from .errors import NotFoundError
from .model import DocumentRecord
from .read import Limits, OcrOptions, find_documents
from .read.find import resolved
from .read.isolation import run_isolated
from .read.limits import DEFAULT_LIMITS, describe
from .read.ocr import DEFAULT_OCR, OcrDeferred
from .read.ocr_pool import PendingScan, finish_scans
from .read.text import check_encoding
from .store.changes import StoreChanges, WatchedStore
from .store.seen import SeenFiles
from .store.writer import GraphWriter
from .version import __version__, extractor_version
from .vocab.iris import DEFAULT_BASE
from .vocab.iris import MG as MG_NS

if TYPE_CHECKING:
    import pyoxigraph as ox

    from .store.protocol import GraphStore

_PREFIXES = f"""PREFIX mg: <{MG_NS}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX cito: <http://purl.org/spar/cito/>
"""
# Every source file loaded, with the graph that holds it: what `build` compares against.
_SOURCES = (
    _PREFIXES + "SELECT ?g ?path ?sha ?version WHERE { GRAPH ?g { ?s mg:sourcePath ?path . "
    "OPTIONAL { ?s mg:sha256 ?sha } OPTIONAL { ?a prov:used ?s ; mg:extractorVersion ?version } } }"
)
# Cited documents and acts that no loaded document is (sessions, meetings, bodies excluded).
# Distinct targets first, then the exclusions: 15 times faster on Oxigraph than filtering
# citations. MINUS, not FILTER NOT EXISTS (the same rows, since ?t is bound on the left): the
# store works out each excluded set once instead of looking each target up (2.0 -> 0.35 CPU-s
# on a store of 10,000 documents).
_UNRESOLVED = (
    _PREFIXES
    + """SELECT DISTINCT ?key WHERE {
  { SELECT DISTINCT ?t WHERE { ?c cito:hasCitedEntity ?t } }
  MINUS { ?t prov:wasDerivedFrom ?source }
  MINUS { VALUES ?other { mg:Body mg:Session mg:Meeting } ?t a ?other }
  ?t mg:key ?key
} ORDER BY ?key"""
)
# Documents read into the store (one per work, whatever number of files it came from).
_DOCUMENTS = (
    _PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) "
    "WHERE { ?d prov:wasDerivedFrom ?source FILTER(isIRI(?d)) }"
)
# Source files of documents without a symbol.
_WITHOUT_SYMBOL = (
    _PREFIXES + "SELECT DISTINCT ?path WHERE { ?d prov:wasDerivedFrom ?source . "
    "?source mg:sourcePath ?path MINUS { ?d mg:symbol ?symbol } } "
    "ORDER BY ?path"
)
_SYMBOLS = _PREFIXES + "SELECT DISTINCT ?g ?symbol WHERE { GRAPH ?g { ?w mg:symbol ?symbol } }"


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """One file's outcome: its record, or the one-line reason it could not be read."""

    path: Path
    record: DocumentRecord | None = None
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    """What a build did.

    `references` counts references by kind in the documents read in this run; `documents`
    (distinct documents read, as `stats` counts them), `sources` (source files loaded: one
    document may come from several, e.g. a PDF and a text) and `unresolved` (cited acts and
    documents that are not themselves loaded) describe the whole store after the run.
    `interrupted`: the run was stopped by that signal after writing every document it had read
    (`unresolved` is then not computed).
    """

    found: int = 0
    read: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    references: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    sources: int = 0
    unresolved: int = 0
    unresolved_keys: list[str] = field(default_factory=list)
    interrupted: int | None = None  # the signal (SIGINT, SIGTERM) that stopped the run early
    # Files found in folders and left out as not documents: (path, why); see read/triage.py
    not_documents: list[tuple[str, str]] = field(default_factory=list)
    # Source files in the store whose document has no symbol (keyed by a hash of its content)
    without_symbol: list[str] = field(default_factory=list)
    # Source files gone from a folder this run read, whose graphs it removed
    removed: list[str] = field(default_factory=list)
    # The graphs this run changed, with the subjects they stated (store/changes.py)
    changes: StoreChanges | None = None


def extract_paths(
    paths: Iterable[str | os.PathLike],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jobs: int | None = None,
    encoding: str | None = None,
    limits: Limits | None = None,
    base: str = DEFAULT_BASE,
    ordered: bool = True,
    ocr: OcrOptions | None = None,
) -> Iterator[ExtractResult]:
    """Read and extract every document under `paths`, `jobs` files at a time.

    Results come in input order (`ordered=False`: as they finish). A file that cannot be read
    yields an ExtractResult with `error` set; the others are still read. `ocr`: when PDF pages
    are read through OCR, and in which language (graph.read.ocr).
    """
    files = find_documents(paths, include, exclude)
    yield from _extract(files, jobs, encoding, limits, base, ordered, ocr)


def _extract(
    files: Sequence[Path],
    jobs: int | None,
    encoding: str | None,
    limits: Limits | None,
    base: str,
    ordered: bool,
    ocr: OcrOptions | None = None,
    absolute: dict[Path, Path] | None = None,
) -> Iterator[ExtractResult]:
    # A document is known by its absolute path, whichever folder a run starts from: the same
    # file always lands in the same named graph, by `build` or by `extract --format nquads`.
    absolute = absolute or resolved(files)
    if encoding:
        encoding = check_encoding(encoding)
    limits = limits or DEFAULT_LIMITS
    # The pages of a scan are spread over the pool (read/ocr_pool.py): a worker reads the
    # first page of a scan and hands the others back as a PendingScan.
    ocr = replace(ocr or DEFAULT_OCR, defer=True)
    tasks = [(str(f), str(absolute[f]), encoding, limits, base, ocr) for f in files]
    pending: dict[int, PendingScan] = {}
    held: list[tuple[int, ExtractResult]] = []  # in order, after a scan still being read
    for outcome in run_isolated(read_and_extract, tasks, jobs=jobs, limits=limits, ordered=ordered):
        if isinstance(outcome.value, PendingScan):
            pending[outcome.index] = outcome.value
            continue
        result = ExtractResult(files[outcome.index], outcome.value, outcome.error)
        if ordered and pending:
            held.append((outcome.index, result))
        else:
            yield result
    if not pending:
        return
    done: Iterator[tuple[int, ExtractResult]] = (
        (o.index, ExtractResult(files[o.index], o.value, o.error))
        for o in finish_scans(read_and_extract, tasks, pending, jobs=jobs, limits=limits)
    )
    if ordered:
        done = iter(sorted([*held, *done], key=lambda pair: pair[0]))
    for _, result in done:
        yield result


def read_and_extract(
    task: tuple[str, str, str | None, Limits, str, OcrOptions | None],
) -> DocumentRecord | PendingScan:
    """Worker task: read one file and extract its record (runs in a worker process)."""
    from .extract import extract_record
    from .read import read_document

    path, source, encoding, limits, base, *rest = task  # the OCR options may be left out
    ocr = rest[0] if rest else None
    try:
        document = read_document(path, encoding=encoding, limits=limits, ocr=ocr)
    except OcrDeferred as rest:  # a scan of many pages: the pool reads the rest
        return PendingScan(tuple(rest.first.items()), tuple(rest.todo), rest.model)
    document = replace(document, source=source)
    record = extract_record(document, base=base)
    # The store recognises an unchanged file by these, whatever extraction copied over.
    return replace(
        record,
        source=source,
        sha256=document.sha256,
        encoding=document.encoding,
        media_type=document.media_type,
        warnings=(document.encoding_warning,) if document.encoding_warning else (),
    )


def ingest_paths(
    paths: Iterable[str | os.PathLike],
    store: GraphStore,
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jobs: int | None = None,
    encoding: str | None = None,
    limits: Limits | None = None,
    base: str = DEFAULT_BASE,
    progress: bool | None = None,
    force: bool = False,
    ocr: OcrOptions | None = None,
    include_all: bool = False,
    follow: bool = False,
    probe: Callable[[GraphStore, set[str]], object] | None = None,
) -> IngestReport:
    """Load every document under `paths` into `store`, one named graph per source file.

    Unchanged files (same path, SHA-256 and extractor version) are skipped unless `force`.
    `progress`: True shows a bar on a terminal and plain lines otherwise (on stderr), None only
    on a terminal, False never. Failed files are listed in the report; documents already in the
    store stay whole. A first SIGINT or SIGTERM (in the main thread) stops the run early: every
    document read so far is written, whole, and `report.interrupted` names the signal.
    Files found in folders that are not documents (read/triage.py; or with neither a symbol nor
    a reference) are left out and listed, unless `include_all` or an `include` glob is given.
    Files gone from a folder named that were read from it before leave the store.
    `follow`: note the subjects of the graphs changed, for outputs to patch; `probe`: called
    on the nodes each write touches, before and after it (store/changes.py).
    """
    from .console.interrupt import StopOnSignal

    report = IngestReport()
    sources: set[str] = set()  # the graphs of source files in the store (unless `force`)
    with StopOnSignal(_STOPPING) as stop:
        try:
            _ingest(
                paths,
                store,
                report,
                sources,
                stop,
                include,
                exclude,
                jobs,
                encoding,
                limits or DEFAULT_LIMITS,
                base,
                progress,
                force,
                ocr,
                include_all or bool(include),
                probe if follow else None,
                follow,
            )
        except Interrupted:
            pass  # raised only where nothing read is pending: see _ingest
        report.interrupted = stop.requested
    # Those found before the run and those it wrote: no second pass over the store.
    report.sources = len(_stored_sources(store)) if force else len(sources)
    report.documents = count_documents(store)
    report.without_symbol = [row["path"].value for row in store.query(_WITHOUT_SYMBOL)]
    if not report.interrupted:
        report.unresolved_keys = [row["key"].value for row in store.query(_UNRESOLVED)]
        report.unresolved = len(report.unresolved_keys)
    report.failed.sort()
    return report


_STOPPING = (
    "interrupted: writing the documents read so far to the store (interrupt again to stop at once)"
)


def _ingest(
    paths,
    store,
    report: IngestReport,
    sources: set[str],
    stop,
    include,
    exclude,
    jobs,
    encoding,
    limits: Limits,
    base: str,
    progress: bool | None,
    force: bool,
    ocr: OcrOptions | None,
    take_all: bool,
    probe=None,
    follow: bool = False,
) -> None:
    """The body of ingest_paths. A first SIGINT or SIGTERM (`stop`) breaks in only while the
    run hashes files or waits for readers; every document counted as read is written before
    this returns, and the run stops at the next step. `sources` gets the graph of every source
    file in the store (unless `force`: then it stays empty)."""
    from .console.progress import Progress

    files = find_documents(paths, include, exclude)
    report.found = len(files)
    absolute = resolved(files)
    named = {Path(p).resolve() for p in paths if Path(p).is_file()}  # always read
    walked: set[Path] = set() if take_all else {f for f in files if absolute[f] not in named}
    bodies, bodies_changed = _load_bodies(store, base)
    paths_of = _stored_sources(store)
    changes = report.changes = StoreChanges(
        {g: (sha, version) for g, (_path, sha, version) in paths_of.items()},
        bodies,
        track=follow and not force and _local(store),
        probe=probe,
    )
    if bodies_changed:
        changes.stop_following()
    stored = {} if force else dict(changes.sources)
    sources.update(stored)
    seen = SeenFiles.of(store)
    if walked:
        files = _leave_out_non_documents(files, walked, report, absolute, seen)
    looked: set[str] = set()
    todo: list[Path] = []
    show = progress if progress is not None else os.isatty(2)
    bar = Progress(len(files), terminal=None) if show else None
    with stop.raising():
        for file in files:
            source = str(absolute[file])
            looked.add(source)
            known = stored.get(graph_iri(source, base))
            try:
                sha = _sha256(
                    file, limits, seen, source, known[0] if known else None, file in walked
                )
            except ValueError as exc:
                report.failed.append((str(file), str(exc)))
                continue
            # Unchanged: the same bytes, read by the same rules (version.extractor_version).
            if known == (sha, extractor_version()):
                report.skipped += 1
            else:
                todo.append(file)
    if bar:
        bar.update(skipped=report.skipped, failed=len(report.failed))
    kinds: Counter[str] = Counter()
    # Documents go in batches, each document whole or absent.
    writer = GraphWriter(WatchedStore(store, changes)) if changes.probes is not None else None
    writer = writer or store.writer()
    results = _extract(todo, jobs, encoding, limits, base, False, ocr, absolute)
    try:
        while stop.requested is None:
            with stop.raising():
                result = next(results, None)
            if result is None:
                break
            record = cast(DocumentRecord, result.record)
            if not result.error and result.path in walked and not _has_signal(record):
                report.not_documents.append((str(result.path), _NO_SIGNAL))
                if bar:
                    bar.update(skipped=1)
                continue
            error = result.error or _load(writer, record, base, store, changes)
            if error:
                report.failed.append((str(result.path), error))
            else:
                report.read += 1
                sources.add(graph_iri(record.source, base))
                for act in (record, *record.parts):
                    kinds.update(ref.kind for ref in act.references)
            if bar:
                bar.update(read=0 if error else 1, failed=1 if error else 0)
    except Interrupted:
        pass  # stop.requested says so
    finally:
        results.close()  # type: ignore[attr-defined]  # a generator: stops the readers
    # What was counted as read goes in, interrupted or not.
    writer.flush()
    if stop.requested is None:
        _remove_gone(paths, store, paths_of, looked, changes, report, sources)
        for path in report.removed:
            stored.pop(graph_iri(path, base), None)
    store.flush()
    # The files of this run, and those of earlier runs whose documents are still in the store.
    seen.save(lambda source: source in looked or graph_iri(source, base) in stored)
    report.references = dict(sorted(kinds.items()))
    if bar:
        bar.close()


_NO_SIGNAL = "no UN-document signal: neither a symbol nor a reference"


def _leave_out_non_documents(
    files: list[Path],
    walked: set[Path],
    report: IngestReport,
    absolute: dict[Path, Path],
    seen: SeenFiles,
) -> list[Path]:
    """`files` less those found in folders that are not documents (listed in the report); a
    file taken as one before and unchanged since (store/seen.py) is not looked at again."""
    from .read.triage import not_a_document

    kept = []
    for file in files:
        looked_at = file in walked and not _triaged(file, absolute, seen)
        reason = not_a_document(file) if looked_at else None
        if reason:
            report.not_documents.append((str(file), reason))
        else:
            kept.append(file)
    return kept


def _triaged(file: Path, absolute: dict[Path, Path], seen: SeenFiles) -> bool:
    try:
        info = file.stat()
    except OSError:
        return False  # triage says what it makes of it
    return seen.triaged(str(absolute[file]), info.st_size, info.st_mtime_ns)


def _has_signal(record: DocumentRecord) -> bool:
    """A UN document states a symbol (or its file name does) or cites something."""
    return bool(record.symbol or record.references or record.parts)


def count_documents(store) -> int:
    """How many documents the store holds, as `stats` counts them."""
    return int(next(iter(store.query(_DOCUMENTS)))["n"].value)


def _sha256(
    path: Path, limits: Limits, seen: SeenFiles, source: str, stored: str | None, triaged: bool
) -> str:
    """The SHA-256 of a file's bytes; ValueError (with the reason) when it cannot be hashed.

    A file whose size and modification time are those `seen` noted with the `stored` hash is
    not read again (store/seen.py); every hash computed is noted (`triaged`: the file was
    found in a folder and taken as a document).
    """
    looked_ns = time.time_ns()
    try:
        info = path.stat()  # before reading: a change while hashing shows in the next run
        if info.st_size > limits.max_bytes:
            raise ValueError(
                f"file is {describe(info.st_size)}, over the limit of "
                f"{describe(limits.max_bytes)}: raise --max-bytes if it is genuine"
            )
        noted = seen.sha256(source, info.st_size, info.st_mtime_ns)
        if noted is not None and noted == stored:
            if triaged:
                seen.mark_triaged(source)
            return noted
        sha = _file_sha256(path)
    except OSError as exc:
        raise ValueError(f"cannot read the file: {exc.strerror or exc}") from None
    seen.note(source, info.st_size, info.st_mtime_ns, sha, looked_ns, triaged)
    return sha


def _file_sha256(path: Path) -> str:
    """The SHA-256 of the file's bytes, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _load(
    writer, record: DocumentRecord, base: str, store: GraphStore, changes: StoreChanges
) -> str | None:
    """Queue the record's graph to replace the stored one; the reason when it cannot be built."""
    try:
        graph, quads = build_graph(record, base)
    except (ValueError, TypeError) as exc:
        return f"cannot build the graph of this document ({exc})"
    version = record.extractor_version or __version__
    changes.replacing(store, graph, quads, (record.sha256 or None, version))
    writer.replace_graph(graph, quads)
    return None


def _remove_gone(
    paths,
    store: GraphStore,
    stored: dict[str, tuple[str, str | None, str | None]],
    looked: set[str],
    changes: StoreChanges,
    report: IngestReport,
    sources: set[str],
) -> None:
    """Remove the graphs of files that were read from under a folder this run reads again and
    are gone from it (no longer on disk); files elsewhere, and files still there but left out
    this time (--exclude, not a document), stay."""
    folders = tuple(
        str(Path(p).resolve()).rstrip(os.sep) + os.sep for p in paths if Path(p).is_dir()
    )
    if not folders:
        return
    for graph, (path, _sha, _version) in sorted(stored.items(), key=lambda item: item[1][0]):
        if path in looked or graph in changes.graphs or not path.startswith(folders):
            continue
        if os.path.lexists(path):
            continue
        changes.removing(store, graph)
        changes.write(store, partial(store.remove_graph, graph))
        sources.discard(graph)
        report.removed.append(path)


def _local(store: GraphStore) -> bool:
    """An embedded store (its outputs can be patched: see store/changes.py)."""
    import pyoxigraph as ox

    return isinstance(getattr(store, "inner", None), ox.Store)


def _load_bodies(store: GraphStore, base: str) -> tuple[list[ox.Quad], bool]:
    """The body scheme is one graph of its own, written only when it changed. Returns its
    quads, and whether the store's changed."""
    graph, quads = bodies_graph(base)
    if not quads:
        return quads, False
    import pyoxigraph as ox

    current = set(store.quads(None, None, None, ox.NamedNode(graph)))
    if current != set(quads):
        store.replace_graph(graph, quads)
        return quads, True
    return quads, False


def _value(term: ox.Literal | None) -> str | None:
    return term.value if term else None


def _stored_sources(store: GraphStore) -> dict[str, tuple[str, str | None, str | None]]:
    """Graph IRI -> (the source file it was loaded from, its SHA-256, extractor version)."""
    return {
        g.value: (path.value, _value(sha), _value(version))
        for g, path, sha, version in store.query(_SOURCES)
    }


def remove_document(store: GraphStore, file_or_symbol: str | os.PathLike) -> int:
    """Delete the graphs of a source file (or of every file under a folder), or of the
    documents with a symbol. Returns how many graphs went; NotFoundError when none matched."""
    target = str(file_or_symbol)
    absolute = str(Path(target).resolve())
    graphs = {
        row["g"].value
        for row in store.query(_SOURCES)
        if row["path"].value in (target, absolute)
        or row["path"].value.startswith(absolute.rstrip(os.sep) + os.sep)
    }
    if not graphs:
        wanted = "".join(target.split()).upper()
        graphs = {
            row["g"].value
            for row in store.query(_SYMBOLS)
            if "".join(row["symbol"].value.split()).upper() == wanted
        }
    if not graphs:
        raise NotFoundError(
            f"{target} is neither a source file nor a document symbol in the "
            "store: check the path or symbol ('mandate-graph stats' lists them)"
        )
    for graph in sorted(graphs):
        store.remove_graph(graph)
    store.flush()
    return len(graphs)


def write_nquads(
    record: DocumentRecord, out_dir: str | os.PathLike, *, base: str = DEFAULT_BASE
) -> Path:
    """Write one document's named graph as N-Quads into `out_dir` (temp file, then rename).

    The file name is stable for a source, so re-running a shard overwrites its own files;
    `write_bodies_nquads` writes the body scheme that goes with them.
    """
    graph, quads = build_graph(record, base)
    stem = Path(record.source).stem[:80] or "document"
    digest = hashlib.sha256(record.source.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    name = f"{stem}-{digest}.nq"
    return _write_quads(Path(out_dir) / name, quads)


def write_bodies_nquads(out_dir: str | os.PathLike, *, base: str = DEFAULT_BASE) -> Path:
    """Write the body scheme graph as `bodies.nq` into `out_dir`."""
    return _write_quads(Path(out_dir) / "bodies.nq", bodies_graph(base)[1])


def _write_quads(path: Path, quads: Iterable) -> Path:
    """Write `quads` as N-Quads to `path` (temporary file, then rename)."""
    import pyoxigraph as ox

    return write_atomic(path, lambda out: ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS))
