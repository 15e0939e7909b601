"""One measured run in its own process, so peak memory belongs to that run alone.

Usage: python -m eastflank.loaders.bench.child (floor|build|build-one-worker|stages) CORPUS OUT [SAMPLE_EVERY]
Prints one JSON object: seconds, peak RSS (this process and its workers) and details.
"""

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from eastflank.loaders.bench.floor import run_floor
from eastflank.loaders.bench.stages import time_stages
from eastflank.loaders.bench.timing import TimingProgress
from eastflank.loaders.extract.parallel import default_workers
from eastflank.loaders.pipeline import build


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory in MB: the largest of this process and its finished children, and each apart.

    The build's children are the extraction workers and the process that writes the DuckDB
    file, so the split says which side a peak comes from.
    """
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": max(own, children), "own_rss_mb": own, "children_rss_mb": children}


def measure(kind: str, corpus: Path, out: Path, sample_every: int = 1) -> dict[str, Any]:
    """Run one kind of measurement and describe it."""
    started = time.perf_counter()
    details: dict[str, Any]
    if kind == "floor":
        out.mkdir(parents=True, exist_ok=True)
        (out / "floor.db").unlink(missing_ok=True)
        details = vars(run_floor(corpus, out / "floor.db"))
    elif kind in ("build", "build-one-worker"):
        progress = TimingProgress()
        result = build(corpus, out, progress=progress, workers=1 if kind == "build-one-worker" else default_workers())
        details = {"stages": progress.seconds, "rows": sum(result.row_counts.values())}
    else:
        details = {"stages": time_stages(corpus, sample_every)}
    return {"seconds": time.perf_counter() - started, **peak_rss_mb(), **details}


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), *map(int, sys.argv[4:]))))
