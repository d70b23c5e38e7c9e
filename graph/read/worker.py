"""A reader worker process: `python -m graph.read.worker MODULE:FUNCTION MEMORY_MB`.

Reads (index, item) messages on stdin, answers (index, value, error) on stdout, until it reads
None or its input ends. Started and killed by isolation.py; not a command for users.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys


def main() -> None:
    from ..errors import MandateGraphError
    from .compiled import keep, remember
    from .isolation import receive, send

    target, memory_mb = sys.argv[1], int(sys.argv[2])
    # The protocol owns the real stdout; whatever a library prints goes to stderr instead.
    channel = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    requests = os.fdopen(os.dup(0), "rb", buffering=0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent()
    _cap_memory(memory_mb)
    remember()  # the patterns earlier workers compiled (compiled.py)
    module, name = target.split(":")
    task = getattr(importlib.import_module(module), name)
    send(channel, "ready")
    while True:
        try:
            message = receive(requests)
        except (EOFError, OSError):
            message = None
        if message is None:
            keep()
            return
        index, item = message
        value, error = None, None
        try:
            value = task(item)
        except MandateGraphError as exc:
            error = str(exc)
        except MemoryError:
            value, error = (
                None,
                (
                    f"ran out of memory (limit {memory_mb} MB): raise "
                    "--max-memory-mb if the file is genuine"
                ),
            )
        except RecursionError:
            error = "too deeply nested to read (a hostile file?)"
        except Exception as exc:  # noqa: BLE001 - a reader bug must not end the run
            error = f"cannot read the file ({type(exc).__name__}: {exc})"
        try:
            send(channel, (index, value, error))
        except (OSError, EOFError):
            return
        except Exception as exc:  # noqa: BLE001 - a value that cannot be pickled
            send(channel, (index, None, f"cannot pass the result back ({type(exc).__name__})"))


def _die_with_parent() -> None:
    """On Linux, ask to be killed when the parent dies (even by SIGKILL) rather than finish a
    long parse for nobody; elsewhere a worker ends at its next read from the closed pipe."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(0)


def _cap_memory(memory_mb: int) -> None:
    """Limit this process's address space, so a memory blow-up ends it and not the machine."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still applies
        return
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass  # a platform that refuses the cap (e.g. macOS): the time limit still applies


if __name__ == "__main__":
    main()
