"""Extract articles on every core, in corpus order.

Extraction is a pure function of one article and the context, so worker processes can
run it side by side. Workers are forked after the context is built, so the automaton and
lexicons are shared copy-on-write instead of pickled; only the articles go out and their
rows come back. `imap` keeps corpus order, so ids and row order do not depend on timing.

A pool is anything with `extract` and a `batch` size (the `RowPool` protocol): the build
hands the cache a Dask cluster's pool the same way (pipeline/distributed.py), so this
stage does not know where its articles are extracted.
"""

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, Self

from eastflank.loaders.extract.context import ExtractionContext
from eastflank.loaders.extract.document import DocumentRows, extract_document
from eastflank.loaders.ingest.corpus import DocumentRecord

CHUNK_SIZE = 4
BATCH = 256
"""Articles handed to the workers at a time: enough to keep both cores busy, few enough to keep memory flat."""
_worker_context: ExtractionContext | None = None


def default_workers() -> int:
    """One worker per core this process may use."""
    return max(1, len(os.sched_getaffinity(0)))


class RowPool(Protocol):
    """Where a build's articles are extracted: entered once per stream, fed `batch` articles at a time."""

    batch: int

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def extract(self, documents: Iterable[DocumentRecord]) -> Iterator[DocumentRows]:
        """Each document's rows, in input order."""
        ...


class ExtractionPool:
    """Worker processes kept for a whole build, so a stream of batches pays for forking once.

    With one worker there are no processes: documents are extracted in the caller's.
    """

    def __init__(self, context: ExtractionContext, workers: int) -> None:
        self.context = context
        self.workers = workers
        self.batch = BATCH
        self._pool: Any = None

    def __enter__(self) -> "ExtractionPool":
        if self.workers > 1:
            forking = multiprocessing.get_context("fork")
            with _default_sigterm():
                self._pool = forking.Pool(self.workers, initializer=_remember, initargs=(self.context,))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def extract(self, documents: Iterable[DocumentRecord]) -> Iterator[DocumentRows]:
        """Each document's rows, in input order."""
        if self._pool is None:
            return (extract_document(document, self.context) for document in documents)
        return iter(self._pool.imap(_extract, documents, chunksize=CHUNK_SIZE))


@contextmanager
def _default_sigterm() -> Iterator[None]:
    """Fork the workers with SIGTERM's default action, whatever handler the build installed.

    `Pool.terminate` stops workers with SIGTERM. A worker that inherited the build's handler
    (SIGTERM raised as an exception, loaders/stop.py) unwound instead of dying, and could wait
    for ever on a queue lock that a worker killed beside it held: the build then hung in
    `terminate`, as a failed in-process build did in the test suite.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _remember(context: ExtractionContext) -> None:
    global _worker_context
    _worker_context = context


def _extract(document: DocumentRecord) -> DocumentRows:
    assert _worker_context is not None, "worker started without a context"
    return extract_document(document, _worker_context)
