"""Every query's time limit counts the CPU its own thread spends, and a watchdog enforces it past any step.

Datasette enforces `sql_time_limit_ms` with a progress handler that SQLite calls once every
1,000 virtual-machine steps, and compares the wall clock with a deadline. Two things go wrong
on a busy server:

- A step can be slow: a recursive query that makes a 40 MB blob per row spent 13 s in 1,000
  steps, long after its 1.5 s limit. `Connection.interrupt()` stops a statement at its next
  step, from any thread, so a watchdog thread interrupts a query GRACE_SECONDS after its own
  limit and bounds every query by its limit plus one step.
- The wall clock also counts time a query spends waiting: for a core, or for the interpreter
  lock while a hostile query's thread holds the machine. Under six hostile queries a table
  page's one-line `select sql from sqlite_master` was cut off as "interrupted" and the page
  answered 500. So both the handler and the watchdog measure the CPU time of the thread that
  runs the query: a heavy query is still stopped after 1.5 s of work, and a light one that
  waits is never stopped for waiting.

Datasette times each query inside `datasette.database.sqlite_timelimit`; `install` replaces
that context manager, so the watchdog knows exactly when a query starts and ends, and never
interrupts a connection that has moved on to something else.
"""

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import datasette.database

GRACE_SECONDS = 0.5
TICK_SECONDS = 0.05
STEPS_PER_CHECK = 1000
"""As Datasette: about 0.08 ms of SQLite work between two looks at the clock."""

TimeLimit = Callable[[sqlite3.Connection, int], AbstractContextManager[None]]


def calling_thread_clock() -> Callable[[], float]:
    """A reader of the calling thread's CPU seconds that any thread can call; where the platform gives no
    clock id for a thread (macOS), the wall clock, as Datasette measures."""
    if not hasattr(time, "pthread_getcpuclockid"):
        return time.monotonic
    clock = time.pthread_getcpuclockid(threading.get_ident())
    return lambda: time.clock_gettime(clock)


@dataclass(frozen=True)
class _Running:
    connection: sqlite3.Connection
    seconds_used: Callable[[], float]
    deadline: float
    """In the seconds `seconds_used` counts."""


class Watchdog:
    """Interrupts each registered connection once the thread running its query has used its CPU budget."""

    def __init__(self) -> None:
        self._running: dict[int, _Running] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def running(self, connection: sqlite3.Connection, seconds: float) -> Iterator[None]:
        """Interrupt `connection` if the calling thread spends more than `seconds` of CPU in the block."""
        seconds_used = calling_thread_clock()
        entry = _Running(connection, seconds_used, seconds_used() + seconds)
        with self._lock:
            self._running[id(connection)] = entry
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="eastflank-query-deadline", daemon=True)
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._running.pop(id(connection), None)

    def interrupt_overdue(self) -> int:
        """Interrupt every connection past its deadline (each once); how many were interrupted.

        Under the lock, so a block that has ended (and unregistered) is never interrupted.
        """
        with self._lock:
            overdue = [key for key, entry in self._running.items() if entry.seconds_used() >= entry.deadline]
            for key in overdue:
                self._running.pop(key).connection.interrupt()
        return len(overdue)

    def _run(self) -> None:
        while True:
            time.sleep(TICK_SECONDS)
            self.interrupt_overdue()


WATCHDOG = Watchdog()


@contextmanager
def cpu_time_limit(connection: sqlite3.Connection, ms: int) -> Iterator[None]:
    """Datasette's `sqlite_timelimit`, counted in the CPU time of the calling thread instead of the wall clock."""
    deadline = time.thread_time() + ms / 1000
    steps = STEPS_PER_CHECK if ms > 20 else 1  # Datasette checks every step for tiny limits (its tests use them)

    def handler() -> int | None:
        return 1 if time.thread_time() >= deadline else None  # 1 stops the statement: "interrupted"

    connection.set_progress_handler(handler, steps)
    try:
        yield
    finally:
        connection.set_progress_handler(None, steps)


def with_deadline(time_limit: TimeLimit = cpu_time_limit, watchdog: Watchdog = WATCHDOG) -> TimeLimit:
    """`time_limit(conn, ms)` plus the watchdog at `ms` + GRACE_SECONDS, both in the query thread's CPU time."""

    @contextmanager
    def limited(connection: sqlite3.Connection, ms: int) -> Iterator[None]:
        with time_limit(connection, ms), watchdog.running(connection, ms / 1000 + GRACE_SECONDS):
            yield

    limited.eastflank_deadline = True  # type: ignore[attr-defined]
    return limited


def install() -> None:
    """Put the CPU-time limit and the watchdog around every query Datasette times (once, however often the
    plugin loads)."""
    if not getattr(datasette.database.sqlite_timelimit, "eastflank_deadline", False):
        datasette.database.sqlite_timelimit = with_deadline()
