"""Extraction on a `dask.distributed` cluster: the same rows as one process, from many machines.

Extraction is a pure function of one article and the context (extract/document.py), so
the cluster needs nothing of ours but that function. The context (the automaton and
lexicons) is scattered to every worker once per stream; articles go out in partitions in
corpus order, and each task writes its rows as Parquet part files (pipeline/parts.py) in
a run folder under the shared folder. A worker that cannot see that folder (no shared
filesystem) sends the same Parquet bytes back through Dask instead; it finds out by
looking for the run folder, whose name is unique to this build. Results are read in the
order the partitions were submitted, so ids and row order never depend on which worker
finished first, and the release is byte for byte a single-process one. Partitions are
dealt in turn to the workers present when the stream starts, as a loose restriction:
left to itself the scheduler may queue a short stream's few partitions on one worker
while another idles, and a loose restriction still lets a worker that joins later, or
an idle one, steal the work (a lost worker's share runs elsewhere).

`--scheduler local` starts a cluster of `workers` processes on this machine for the
stream; any other address is an existing scheduler (`dask scheduler`, dask-kubernetes,
dask-jobqueue, Coiled), whose workers must have this package installed at the same version.
"""

import math
import shutil
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from eastflank.loaders.extract.context import ExtractionContext
from eastflank.loaders.extract.document import DocumentRows, extract_document
from eastflank.loaders.ingest.corpus import DocumentRecord
from eastflank.loaders.pipeline import parts

LOCAL = "local"
PARTITION = 200
"""Articles per task at most: a second or two of work, so scheduling costs little and memory stays small."""
ROUNDS = 2
"""Partitions per worker thread handed to the cluster at a time, so none waits while the next batch is read."""


@dataclass(frozen=True)
class Cluster:
    """Where to extract: a scheduler address (or `local`), local worker processes, the folder the workers share."""

    scheduler: str
    workers: int
    shared_dir: Path


def parts_dir(out: Path) -> Path:
    """The default shared folder: `.<out>.parts` beside the output folder, outside the staging swap."""
    out = out.resolve()
    return out.parent / f".{out.name}.parts"


class DaskPool:
    """A `RowPool` (extract/parallel.py) on a Dask cluster, for one stream of articles."""

    def __init__(self, context: ExtractionContext, cluster: Cluster) -> None:
        self.context = context
        self.cluster = cluster
        self.batch = PARTITION
        self._run = cluster.shared_dir / f"run-{uuid.uuid4().hex}"
        self._local: Any = None
        self._client: Any = None
        self._context: Any = None
        self._threads = 1
        self._workers: list[str] = []
        self._parts = 0
        self._made_shared_dir = False

    def __enter__(self) -> Self:
        # Imported here: distributed takes half a second to import, which no other command should pay.
        from distributed import Client, LocalCluster

        self._made_shared_dir = not self.cluster.shared_dir.exists()
        self._run.mkdir(parents=True)
        if self.cluster.scheduler == LOCAL:
            self._local = LocalCluster(
                n_workers=self.cluster.workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
        self._client = Client(self._local if self._local is not None else self.cluster.scheduler, set_as_default=False)
        threads = self._client.nthreads()
        self._threads = max(1, sum(threads.values()))
        self._workers = sorted(threads)
        self.batch = PARTITION * self._threads * ROUNDS
        self._context = self._client.scatter(self.context, broadcast=True, hash=False)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._local is not None:
            self._local.close()
        shutil.rmtree(self._run, ignore_errors=True)
        if self._made_shared_dir and not any(self.cluster.shared_dir.iterdir()):
            self.cluster.shared_dir.rmdir()

    def extract(self, documents: Iterable[DocumentRecord]) -> Iterator[DocumentRows]:
        """Each document's rows, in input order, extracted on the cluster's workers."""
        batch = list(documents)
        size = min(PARTITION, max(1, math.ceil(len(batch) / self._threads)))
        futures = [self._submit(batch[start : start + size]) for start in range(0, len(batch), size)]
        return self._collect(futures)

    def _submit(self, documents: list[DocumentRecord]) -> Any:
        self._parts += 1
        dealt = [self._workers[self._parts % len(self._workers)]] if self._workers else None
        return self._client.submit(
            extract_part,
            documents,
            self._context,
            str(self._run),
            f"part-{self._parts:06d}",
            pure=False,
            workers=dealt,
            allow_other_workers=True,
        )

    def _collect(self, futures: list[Any]) -> Iterator[DocumentRows]:
        """Read each part in submission order and delete its files once its rows are out."""
        for future in futures:
            files = future.result()
            future.release()
            yield from parts.decode(parts.read(files))
            for source in files.values():
                if isinstance(source, Path):
                    source.unlink(missing_ok=True)


def extract_part(
    documents: list[DocumentRecord], context: ExtractionContext, run: str, stem: str
) -> dict[str, parts.Source]:
    """The task a worker runs: extract a partition and write its Parquet parts, or return them as bytes."""
    tables = parts.encode([extract_document(document, context) for document in documents])
    folder = Path(run)
    return parts.write(tables, folder, stem) if folder.is_dir() else parts.as_bytes(tables)


def cluster_for(scheduler: str | None, workers: int, shared_dir: Path | None, out: Path) -> Cluster | None:
    """The cluster the command line names, or None for this machine's process pool."""
    if scheduler is None:
        return None
    return Cluster(scheduler, workers, parts_dir(out) if shared_dir is None else shared_dir.resolve())
