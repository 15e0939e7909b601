"""The benchmark: build 1,000 / 10,000 / 100,000 synthetic articles and compare to the floor.

Each measurement runs in a fresh process (`child.py`) so its peak memory is its own. The
figures printed are the ones README's performance table quotes.
"""

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eastflank.loaders.bench.synthetic import write_corpus
from eastflank.loaders.extract.cache import cache_dir


@dataclass
class SizeFigures:
    """Everything measured at one corpus size."""

    articles: int
    megabytes: float
    build: dict[str, Any]
    floor: dict[str, Any]
    stages: dict[str, float]
    add_one: dict[str, Any] | None
    """The rebuild after adding one article (an incremental build): seconds and peak memory."""
    stage_sample: int = 1
    """The extraction stages were timed on every n-th article and scaled by n."""
    one_worker: dict[str, Any] | None = None
    """The same full build on one process, at the smallest size: the speed-up of using every core."""


def corpus_megabytes(corpus: Path) -> float:
    """Size of the corpus's articles in MB."""
    return sum(path.stat().st_size for path in corpus.glob("*.txt")) / 1e6


ONE_WORKER_UP_TO = 1_000
"""Sizes (in articles) at which the build is also timed on one process."""
STAGE_SAMPLE_ARTICLES = 10_000
"""The single-process stage pass times at most about this many articles."""


def run_child(kind: str, corpus: Path, out: Path, *extra: str) -> dict[str, Any]:
    """Run one measurement in a new Python process and read its JSON."""
    command = [sys.executable, "-m", "eastflank.loaders.bench.child", kind, str(corpus), str(out), *extra]
    finished = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def measure_size(workdir: Path, count: int) -> SizeFigures:
    """Generate (once) and measure one corpus size."""
    corpus = workdir / f"corpus-{count}"
    if not (corpus / f"{count - 1:06d}.txt").exists():
        write_corpus(corpus, count)
    out = workdir / f"dist-{count}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache_dir(out), ignore_errors=True)  # a full build extracts every article
    floor = run_child("floor", corpus, workdir / f"floor-{count}")
    built = run_child("build", corpus, out)
    one_worker = None
    if count <= ONE_WORKER_UP_TO:
        single = workdir / f"dist-{count}-one-worker"
        shutil.rmtree(single, ignore_errors=True)
        shutil.rmtree(cache_dir(single), ignore_errors=True)
        one_worker = run_child("build-one-worker", corpus, single)
    sample = max(1, count // STAGE_SAMPLE_ARTICLES)
    stages = run_child("stages", corpus, out, str(sample))["stages"]
    add_one = measure_add_one(corpus, out)
    return SizeFigures(count, corpus_megabytes(corpus), built, floor, stages, add_one, sample, one_worker)


def measure_add_one(corpus: Path, out: Path) -> dict[str, Any]:
    """Seconds and peak memory of the rebuild after adding one article to an already built corpus."""
    extra = corpus / "zz-added-article.txt"
    shutil.copy(sorted(corpus.glob("*.txt"))[0], extra)
    extra.write_text(extra.read_text(encoding="utf-8") + "\nOne more sentence makes it new.\n", encoding="utf-8")
    try:
        return run_child("build", corpus, out)
    finally:
        extra.unlink()
