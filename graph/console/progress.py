"""Progress of a long run on stderr: a redrawn bar on a terminal, plain lines in a log."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

_BAR_WIDTH = 24


def _line_every_s() -> float:
    """Plain lines (a log, not a terminal): at most one per this many seconds, and one at the
    end; MANDATE_GRAPH_PROGRESS_SECONDS sets it (0: a line per file)."""
    try:
        return max(0.0, float(os.environ.get("MANDATE_GRAPH_PROGRESS_SECONDS", "5")))
    except ValueError:
        return 5.0


class Progress:
    """Counts of a run (done, read, skipped, failed) with rate and time left."""

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO | None = None,
        terminal: bool | None = None,
        label: str = "reading",
    ):
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.total, self.label = total, label
        self.read = self.skipped = self.failed = 0
        self.started = time.monotonic()
        # A log gets its first line after a while (and always a last one); a terminal at once.
        self._shown = 0.0 if self.terminal else self.started
        self._every = 0.1 if self.terminal else _line_every_s()
        self._width = 0

    @property
    def done(self) -> int:
        return self.read + self.skipped + self.failed

    def update(self, *, read: int = 0, skipped: int = 0, failed: int = 0) -> None:
        self.read += read
        self.skipped += skipped
        self.failed += failed
        now = time.monotonic()
        if now - self._shown >= self._every:
            self._shown = now
            self._show()

    def close(self) -> None:
        """Show the final counts and end the line."""
        self._show()
        if self.terminal:
            self.stream.write("\n")
        self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        worked = self.read + self.failed  # skipped files cost nothing: keep them out of the rate
        rate = worked / elapsed
        left = self.total - self.done
        eta = _clock(left / rate) if rate > 0 and left else ("0:00" if not left else "?")
        return (
            f"{self.label} {self.done}/{self.total}: read {self.read}, unchanged "
            f"{self.skipped}, failed {self.failed} | {rate:.1f} docs/s | ETA {eta}"
        )

    def _show(self) -> None:
        text = self.line()
        if self.terminal:
            filled = int(_BAR_WIDTH * self.done / self.total) if self.total else _BAR_WIDTH
            text = "[" + "#" * filled + "." * (_BAR_WIDTH - filled) + "] " + text
            pad = " " * max(0, self._width - len(text))
            self._width = len(text)
            self.stream.write("\r" + text + pad)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
