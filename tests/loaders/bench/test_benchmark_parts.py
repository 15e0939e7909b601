"""The benchmark's parts do what its figures claim: a reproducible corpus, a working floor, every stage timed.

Timings themselves are never asserted (they belong to `eastflank bench`, not to tests).
"""

import hashlib
from pathlib import Path

from eastflank.loaders.bench.floor import run_floor
from eastflank.loaders.bench.stages import time_stages
from eastflank.loaders.bench.synthetic import write_corpus


def corpus_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.txt")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def test_the_synthetic_corpus_is_the_same_on_every_run_and_varies_inside(tmp_path: Path) -> None:
    first, second = write_corpus(tmp_path / "a", 12), write_corpus(tmp_path / "b", 12)
    assert corpus_digest(first) == corpus_digest(second)
    texts = [path.read_text(encoding="utf-8") for path in sorted(first.glob("*.txt"))]
    assert len(texts) == 12 and len(set(texts)) == 12, "articles repeat"
    assert all(text.count("\n\n") >= 4 for text in texts), "an article has fewer than a title and four paragraphs"
    assert "{" not in "".join(texts), "a name slot was left unfilled"


def test_the_floor_matches_and_stores_mentions(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 10)
    floor = run_floor(corpus, tmp_path / "floor.db")
    assert floor.articles == 10 and floor.megabytes > 0.01
    assert floor.mentions > 10 * 5, floor


def test_every_stage_is_timed_and_sampling_scales(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6)
    every = time_stages(corpus)
    assert set(every) == {"read", "split", "match", "dates, events and the rest"}, every
    assert all(seconds > 0 for seconds in every.values()), every
    sampled = time_stages(corpus, sample_every=3)
    assert set(sampled) == set(every)
