"""Stopping a long run on Ctrl-C or SIGTERM without losing what it has done.

Inside a `StopOnSignal` block the first SIGINT or SIGTERM is only noted (`requested`), except
within a `raising()` block (where the run waits for readers), where it raises `Interrupted` at
once; the run checks `requested` between steps. From then on both signals have their default
action, so a second one ends the process at once; the store's pending list (store.py) keeps the
store consistent, as after a kill.
"""

from __future__ import annotations

import signal
import sys
import threading
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Exit status of a process stopped by a signal: 128 + its number (130 for Ctrl-C).
EXIT_BASE = 128


class Interrupted(Exception):
    """Raised inside `StopOnSignal.raising()` by the first SIGINT or SIGTERM."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class StopOnSignal:
    """Notes SIGINT and SIGTERM for the duration of a `with` block (main thread only)."""

    def __init__(self, notice: str = ""):
        self.notice = notice  # one line for stderr when the first signal arrives
        self.requested: int | None = None  # the signal that asked the run to stop
        self._raising = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopOnSignal:
        if threading.current_thread() is threading.main_thread():
            for signum in SIGNALS:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # (a notebook gets its own handlers back)

    def _handle(self, signum: int, frame) -> None:
        if self.requested is None:
            self.requested = signum
            for other in SIGNALS:
                signal.signal(other, signal.SIG_DFL)  # the next one stops the process at once
            if self.notice:
                sys.stderr.write(f"\n{self.notice}\n")
                sys.stderr.flush()
        if self._raising:
            raise Interrupted(signum)

    def raising(self) -> _Raising:
        """A block that the first signal breaks into with `Interrupted`."""
        return _Raising(self)


class _Raising:
    def __init__(self, stop: StopOnSignal):
        self.stop = stop

    def __enter__(self) -> None:
        if self.stop.requested is not None:
            raise Interrupted(self.stop.requested)
        self.stop._raising = True

    def __exit__(self, *exc) -> None:
        self.stop._raising = False
