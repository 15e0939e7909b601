"""Extract articles on every core, in corpus order.

Extraction is a pure function of one article and the context, so worker processes can
run it side by side. Workers are forked after the context is built, so the automaton and
lexicons are shared copy-on-write instead of pickled; only the articles go out and their
rows come back. `imap` keeps corpus order, so ids and row order do not depend on timing.
"""

import multiprocessing
import os
from collections.abc import Iterable, Iterator

from eastflank.loaders.extract.context import ExtractionContext
from eastflank.loaders.extract.document import DocumentRows, extract_document
from eastflank.loaders.ingest.corpus import DocumentRecord

CHUNK_SIZE = 4
_worker_context: ExtractionContext | None = None


def default_workers() -> int:
    """One worker per core this process may use."""
    return max(1, len(os.sched_getaffinity(0)))


def extract_many(documents: Iterable[DocumentRecord], context: ExtractionContext, workers: int) -> Iterator[DocumentRows]:
    """Each document's rows, in input order, extracted by `workers` processes (1: in this one)."""
    if workers <= 1:
        yield from (extract_document(document, context) for document in documents)
        return
    forking = multiprocessing.get_context("fork")
    with forking.Pool(workers, initializer=_remember, initargs=(context,)) as pool:
        yield from pool.imap(_extract, documents, chunksize=CHUNK_SIZE)


def _remember(context: ExtractionContext) -> None:
    global _worker_context
    _worker_context = context


def _extract(document: DocumentRecord) -> DocumentRows:
    assert _worker_context is not None, "worker started without a context"
    return extract_document(document, _worker_context)
