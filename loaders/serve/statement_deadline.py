"""A backstop for Datasette's time limit: interrupt any query still running past its deadline.

Datasette enforces `sql_time_limit_ms` with a progress handler that SQLite calls once every
1,000 virtual-machine steps, and a step can be slow: a recursive query that makes a 40 MB
blob per row spent 13 s in 1,000 steps, long after its 1.5 s limit. `Connection.interrupt()`
stops a statement at its next step, from any thread, so a watchdog thread that interrupts a
query GRACE_SECONDS after its own limit (Datasette's handler normally fires first and says
"took too long") bounds every query by its limit plus one step.

Datasette times each query inside `datasette.database.sqlite_timelimit`; `install` wraps that
context manager so the watchdog knows exactly when a query starts and ends, and never
interrupts a connection that has moved on to something else.
"""

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import datasette.database

GRACE_SECONDS = 0.5
TICK_SECONDS = 0.05

TimeLimit = Callable[[sqlite3.Connection, int], AbstractContextManager[None]]


class Watchdog:
    """Interrupts each registered connection once its deadline has passed."""

    def __init__(self) -> None:
        self._deadlines: dict[int, tuple[sqlite3.Connection, float]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def running(self, connection: sqlite3.Connection, seconds: float) -> Iterator[None]:
        """Interrupt `connection` if the block is still running after `seconds`."""
        with self._lock:
            self._deadlines[id(connection)] = (connection, time.monotonic() + seconds)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="eastflank-query-deadline", daemon=True)
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._deadlines.pop(id(connection), None)

    def interrupt_overdue(self, now: float) -> int:
        """Interrupt every connection past its deadline (each once); how many were interrupted.

        Under the lock, so a block that has ended (and unregistered) is never interrupted.
        """
        with self._lock:
            overdue = [key for key, (_, deadline) in self._deadlines.items() if now >= deadline]
            for key in overdue:
                self._deadlines.pop(key)[0].interrupt()
        return len(overdue)

    def _run(self) -> None:
        while True:
            time.sleep(TICK_SECONDS)
            self.interrupt_overdue(time.monotonic())


WATCHDOG = Watchdog()


def with_deadline(time_limit: TimeLimit, watchdog: Watchdog = WATCHDOG) -> TimeLimit:
    """Datasette's `sqlite_timelimit(conn, ms)` plus the watchdog at `ms` + GRACE_SECONDS."""

    @contextmanager
    def limited(connection: sqlite3.Connection, ms: int) -> Iterator[None]:
        with time_limit(connection, ms), watchdog.running(connection, ms / 1000 + GRACE_SECONDS):
            yield

    limited.eastflank_deadline = True  # type: ignore[attr-defined]
    return limited


def install() -> None:
    """Put the watchdog around every query Datasette times (once, however often the plugin loads)."""
    current = datasette.database.sqlite_timelimit
    if not getattr(current, "eastflank_deadline", False):
        datasette.database.sqlite_timelimit = with_deadline(current)
