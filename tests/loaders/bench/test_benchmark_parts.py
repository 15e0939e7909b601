"""The benchmark's parts do what its figures claim: a reproducible corpus, a working floor, every stage timed.

Timings themselves are never asserted (they belong to `eastflank bench`, not to tests).
"""

import hashlib
from pathlib import Path

from eastflank.loaders.bench.figures_table import markdown_tables
from eastflank.loaders.bench.floor import run_floor
from eastflank.loaders.bench.run import SizeFigures
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


def test_the_report_gives_growth_ratios_and_the_peak_memory_of_adding_one_article() -> None:
    def measured(seconds: float, peak: float) -> dict:
        return {"seconds": seconds, "peak_rss_mb": peak, "own_rss_mb": peak, "children_rss_mb": peak / 2}

    figures = [
        SizeFigures(1_000, 4.0, measured(40.0, 300.0), {"seconds": 1.0}, {"read": 0.5}, measured(4.0, 250.0)),
        SizeFigures(10_000, 40.0, measured(400.0, 600.0), {"seconds": 10.0}, {"read": 5.0}, measured(12.0, 700.0)),
    ]
    rows = markdown_tables(figures).splitlines()
    big = next(row for row in rows if row.startswith("| 10,000 |"))
    assert big.split(" | ")[1:] == [
        "40.0",
        "400.0",
        "25",
        "0.10",
        "600 (build 600, child 300)",
        "4.00",
        "0.03",
        "10.0× for 10×",
        "12.0",
        "3.0%",
        "700 (build 700, child 350) |",
    ]
