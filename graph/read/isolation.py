"""Run a reader over many files in worker processes that can be killed.

A parser stuck in C code cannot be interrupted from Python, so each file is handled by a worker
process: the parent kills a worker that passes the time limit, starts a fresh one and goes on;
each worker caps its own address space (RLIMIT_AS), so a file that blows up memory ends that
worker, not the run. Workers are fresh interpreters (`python -m graph.read.worker`), not forks:
they inherit none of the parent's open files (the store's lock stays with the parent alone) and
never re-run the caller's main module, whatever started the run (a console script, `python -m
graph`, a notebook, a test runner).
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, cast

from .limits import Limits

_HEADER = struct.Struct("!Q")  # every message: its length, then a pickle
_START_S = 60.0  # a worker that cannot start in this time is broken, not slow


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one item: its index in the input, the task's value or an error message."""

    index: int
    value: Any = None
    error: str | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_isolated(
    task: Callable[[Any], Any],
    items: Sequence[Any],
    *,
    jobs: int | None = None,
    limits: Limits,
    ordered: bool = True,
) -> Iterator[Outcome]:
    """Yield an Outcome for each item, computed by `task(item)` in a worker process.

    `task` must be a module-level function of this package (workers import it by name); the
    errors it raises become one-line messages. `ordered` yields in input order, else as soon as
    each item is done. Stopping the iteration early stops the workers.
    """
    if not items:
        return
    jobs = max(1, min(jobs or default_jobs(), len(items)))
    pool = _Pool(f"{task.__module__}:{task.__qualname__}", jobs, limits)
    queue = deque(enumerate(items))
    done: dict[int, Outcome] = {}
    next_out = 0
    try:
        while queue or pool.busy():
            for worker in pool.idle():
                if not queue:
                    break
                index, item = queue.popleft()
                worker.start_task(index, item)
            for outcome in pool.collect():
                if not ordered:
                    yield outcome
                    continue
                done[outcome.index] = outcome
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
    finally:
        pool.close()


def send(stream, message: Any) -> None:
    """Write one length-prefixed pickle to a binary stream."""
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(body)) + body)
    stream.flush()


def receive(stream) -> Any:
    """Read one length-prefixed pickle; EOFError when the other side is gone."""
    size = _HEADER.unpack(_read_exactly(stream, _HEADER.size))[0]
    return pickle.loads(_read_exactly(stream, size))


def _read_exactly(stream, size: int) -> bytes:
    # Pipes are unbuffered here (a hidden read-ahead buffer would hide data from select), so a
    # read may return less than asked.
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class _Worker:
    def __init__(self, target: str, memory_mb: int):
        here = str(Path(__file__).resolve().parents[2])  # the folder that holds `graph`
        env = dict(
            os.environ,
            PYTHONPATH=os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p),
        )
        debug = bool(os.environ.get("MANDATE_GRAPH_DEBUG"))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "graph.read.worker", target, str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
            stderr=None if debug else subprocess.DEVNULL,
            env=env,
            close_fds=True,
            start_new_session=True,  # Ctrl-C reaches the parent only; it stops the workers
        )
        self.index: int | None = None
        self.started = time.monotonic()
        self.ready = False

    def start_task(self, index: int, item: Any) -> None:
        self.index, self.started = index, time.monotonic()
        try:
            send(self.proc.stdin, (index, item))
        except OSError:
            pass  # a dead worker: collect() sees its end of file and reports it

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                send(self.proc.stdin, None)
                self.proc.stdin.close()  # type: ignore[union-attr]  # a pipe: never None
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                kill = True
        if kill and self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()  # type: ignore[union-attr]  # pipes: never None
            except OSError:
                pass


class _Pool:
    def __init__(self, target: str, jobs: int, limits: Limits):
        self.target, self.limits = target, limits
        self.workers = [_Worker(target, limits.max_memory_mb) for _ in range(jobs)]

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.index is not None]

    def idle(self) -> list[_Worker]:
        if not any(w.ready for w in self.workers):
            self._await_ready()
        return [w for w in self.workers if w.index is None and w.ready]

    def _await_ready(self) -> None:
        """Block until at least one worker has started (its imports done)."""
        while not any(w.ready for w in self.workers):
            starting = [w for w in self.workers if not w.ready]
            ready = wait([w.proc.stdout for w in starting], timeout=_START_S)  # type: ignore[misc]
            if not ready:
                raise RuntimeError(f"no reader process started within {_START_S:g} s")
            for worker in starting:
                if worker.proc.stdout in ready:
                    self._greet(worker)

    def _greet(self, worker: _Worker) -> None:
        try:
            receive(worker.proc.stdout)
            worker.ready = True
        except (EOFError, OSError, pickle.UnpicklingError):
            code = worker.proc.wait()
            raise RuntimeError(
                f"a reader process could not start (exit code {code}); "
                "set MANDATE_GRAPH_DEBUG=1 to see why"
            ) from None

    def collect(self) -> list[Outcome]:
        """Wait for results; kill and replace workers that overran the time limit or died."""
        busy = self.busy()
        starting = [w for w in self.workers if not w.ready]
        if not busy:
            return []
        deadline = min(w.started for w in busy) + self.limits.timeout_s
        ready = wait(
            [w.proc.stdout for w in busy + starting],  # type: ignore[misc]  # pipes: never None
            timeout=max(0.0, deadline - time.monotonic()),
        )
        for worker in starting:
            if worker.proc.stdout in ready:
                self._greet(worker)
        out: list[Outcome] = []
        for worker in busy:
            item = cast(int, worker.index)  # a busy worker holds an item
            if worker.proc.stdout in ready:
                try:
                    index, value, error = receive(worker.proc.stdout)
                    out.append(Outcome(index, value, error))
                    worker.index = None
                    continue
                except (EOFError, OSError, pickle.UnpicklingError):
                    out.append(Outcome(item, error=self._death(worker.proc.wait())))
            elif time.monotonic() - worker.started >= self.limits.timeout_s:
                seconds = f"{self.limits.timeout_s:g} s"
                out.append(
                    Outcome(
                        item,
                        error=(
                            f"reading took longer than {seconds} (a parser loop?) and was stopped: "
                            "raise --max-seconds if the file is genuine"
                        ),
                    )
                )
            else:
                continue
            worker.stop(kill=True)
            self.workers[self.workers.index(worker)] = _Worker(
                self.target, self.limits.max_memory_mb
            )
        return out

    def _death(self, code: int | None) -> str:
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return (
                f"the reader crashed ({name}), most likely out of memory (limit "
                f"{self.limits.max_memory_mb} MB): raise --max-memory-mb if the file is genuine"
            )
        return f"the reader stopped unexpectedly (exit code {code})"

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(kill=worker.index is not None or not worker.ready)
