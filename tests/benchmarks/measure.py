"""Helpers of bench.py: figures with their baseline and target, the printed table, memory, the
machine, child processes and term conversion for the rdflib baseline."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Figure:
    """One measured figure. `value` None means it could not be measured (see `note`)."""

    stage: str
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    higher_is_better: bool = True
    target: float | None = None
    target_text: str = ""
    note: str = ""
    target_ratio: float | None = None  # the target is "at least this many times the baseline"

    @property
    def ratio(self) -> float | None:
        """How many times faster (or smaller) than the baseline: > 1 is better than it."""
        if not self.value or not self.baseline:
            return None
        return self.value / self.baseline if self.higher_is_better else self.baseline / self.value

    @property
    def met(self) -> bool | None:
        checks = []
        if self.value is not None and self.target is not None:
            checks.append(
                self.value >= self.target if self.higher_is_better else self.value < self.target
            )
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio >= self.target_ratio)
        return all(checks) if checks else None


def human(value: float | None, unit: str) -> str:
    """1234567, "triples/s" -> "1.23M triples/s"; 0.0123, "s" -> "12.3 ms"."""
    if value is None:
        return "-"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit in ("MB", "MB/s"):
        return f"{value:,.1f} {unit}" if value < 1000 else f"{value / 1000:,.2f} G{unit[1:]}"
    for size, suffix in ((1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.2f}{suffix} {unit}"
    return f"{value:.3g} {unit}"


class Table:
    """Prints each figure as soon as it is measured, in fixed columns; keeps them for --json."""

    COLUMNS = (
        ("stage", 8),
        ("figure", 34),
        ("measured", 18),
        ("baseline", 44),
        ("x base", 8),
        ("target", 16),
        ("", 4),
    )

    def __init__(self, out=sys.stdout):
        self.out = out
        self.figures: list[Figure] = []

    def header(self) -> None:
        self._row([name for name, _ in self.COLUMNS])
        self._row(["-" * width for _, width in self.COLUMNS])

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        if figure.value is None:
            self._row([figure.stage, figure.name, figure.note or "not available"])
            return figure
        base = (
            f"{human(figure.baseline, figure.unit)} {figure.baseline_label}"
            if figure.baseline is not None
            else figure.baseline_label
        )
        ratio = f"{figure.ratio:.2f}x" if figure.ratio is not None else ""
        met = {True: "ok", False: "MISS", None: ""}[figure.met]
        self._row(
            [
                figure.stage,
                figure.name,
                human(figure.value, figure.unit),
                base,
                ratio,
                figure.target_text,
                met,
            ]
        )
        if figure.note:
            self._row(["", "", f"  ({figure.note})"])
        return figure

    def missing(self, stage: str, name: str, reason: str) -> Figure:
        return self.add(Figure(stage, name, None, "", note=f"not available: {reason}"))

    def failed(self, stage: str, name: str, exc: BaseException) -> Figure:
        text = f"{type(exc).__name__}: {exc}".splitlines()[0][:150]
        return self.add(Figure(stage, name, None, "", note=f"failed: {text}"))

    def _row(self, cells: list[str]) -> None:
        widths = [w for _, w in self.COLUMNS]
        last = len(cells) - 1
        parts = [
            c.ljust(w) if i < last else c
            for i, (c, w) in enumerate(zip(cells, widths, strict=False))
        ]
        print(" ".join(parts).rstrip(), file=self.out, flush=True)

    def to_json(self, path: Path, meta: dict) -> None:
        rows = [dict(asdict(f), ratio=f.ratio, met=f.met) for f in self.figures]
        path.write_text(json.dumps({"meta": meta, "figures": rows}, indent=1), encoding="utf-8")


def unavailable_reason(exc: BaseException) -> str:
    """A one-line reason for an import that failed: the module some helper has not written yet."""
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:150]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    VmHWM of /proc/self/status where there is one: unlike ru_maxrss, it starts afresh at exec,
    so a child process does not inherit its parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stopwatch:
    """Wall-clock and CPU seconds spent per stage.

    Throughput figures divide by CPU seconds: on a machine shared with other work, wall time
    measures the neighbours as much as the code. A stage's CPU is the main thread's; the CPU of
    the store's own background threads (flushes, compactions), which run while later stages
    do, is added to `background_stage` by `settle()`. Latencies stay wall-clock.
    """

    def __init__(self, background_stage: str = "store") -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.background_stage = background_stage
        self._mark = (0.0, 0.0)
        self._origin = (0.0, 0.0)

    def start(self) -> None:
        self._mark = (time.perf_counter(), time.thread_time())
        self._origin = (time.process_time(), time.thread_time())

    def stop(self, stage: str) -> tuple[float, float]:
        """Add the time since start() (or the last stop()) to `stage`; returns (wall, cpu)."""
        wall, cpu = time.perf_counter(), time.thread_time()
        dw, dc = wall - self._mark[0], cpu - self._mark[1]
        self.wall[stage] = self.wall.get(stage, 0.0) + dw
        self.cpu[stage] = self.cpu.get(stage, 0.0) + dc
        self._mark = (wall, cpu)
        return dw, dc

    def settle(self) -> float:
        """Charge the CPU of the other threads since start() to the background stage."""
        other = (time.process_time() - self._origin[0]) - (time.thread_time() - self._origin[1])
        self.cpu[self.background_stage] = self.cpu.get(self.background_stage, 0.0) + other
        return other

    def rate(self, amount: float, stage: str) -> float:
        """amount per CPU second of `stage`."""
        return amount / self.cpu[stage] if self.cpu.get(stage) else 0.0

    def wall_rate(self, amount: float, stage: str) -> float:
        return amount / self.wall[stage] if self.wall.get(stage) else 0.0


def folder_mb(path: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total / 1e6


def machine() -> dict:
    """nproc, CPU model, RAM and Python: the line the README's results table needs."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(ram, 1),
        "python": platform.python_version(),
        "load": os.getloadavg()[0],
    }


def median_p95(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def run_child(args: list[str], timeout: float) -> dict:
    """Run `bench.py --child ...` and return the JSON it prints last; TimeoutError past timeout."""
    cmd = [sys.executable, str(Path(__file__).resolve().parent / "bench.py"), "--child", *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise TimeoutError(f"stopped after {timeout:.0f} s (--child-timeout)") from None
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(tail[:200])
    return json.loads(lines[-1])


def to_rdflib(quads):
    """pyoxigraph quads as rdflib (s, p, o, graph IRI) tuples, for the rdflib baseline."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    xsd_string = "http://www.w3.org/2001/XMLSchema#string"

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value, datatype=None if dt == xsd_string else URIRef(dt))

    return [
        (term(q.subject), term(q.predicate), term(q.object), URIRef(q.graph_name.value))
        for q in quads
    ]
