"""Evaluation over a gold folder, per gold set, and the rows every build publishes."""

import sqlite3
from pathlib import Path

from eastflank.loaders.build import BuildResult
from eastflank.loaders.evaluate.evaluation import evaluation_rows
from eastflank.loaders.evaluate.metrics import KINDS
from eastflank.loaders.paths import GOLD_DIR

EMPTY_SECTIONS = "events: []\nquotes: []\nprogrammes: []\namounts: []\ncitations: []\n"


def write_case(folder: Path, name: str, article: str, mentions: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(article, encoding="utf-8")
    gold = f"source: {name}.txt\npublication_date: '2024'\nmentions:\n{mentions}{EMPTY_SECTIONS}"
    (folder / f"{name}.yml").write_text(gold, encoding="utf-8")


def gold_tree(root: Path) -> Path:
    """Two gold sets: one article annotated in full, one with a mention left out."""
    write_case(
        root / "seeds",
        "a",
        "Moldova and Romania signed a deal.\n",
        "  - {start: 0, end: 7, text: Moldova, type: country, entity: Moldova}\n"
        "  - {start: 12, end: 19, text: Romania, type: country, entity: Romania}\n",
    )
    write_case(
        root / "unseen",
        "b",
        "Ukraine thanked Moldova.\n",
        "  - {start: 0, end: 7, text: Ukraine, type: country, entity: ukraine}\n",
    )
    return root


def test_rows_per_gold_set_and_kind(tmp_path: Path) -> None:
    rows = evaluation_rows(gold_tree(tmp_path / "gold"))
    got = [(row["gold_set"], row["kind"]) for row in rows]
    assert got == [("seeds", kind) for kind in KINDS] + [("unseen", kind) for kind in KINDS], got
    got_mentions = [row for row in rows if row["kind"] == "mention_entities"]
    want = [
        {
            "gold_set": "seeds",
            "kind": "mention_entities",
            "measured_on": None,
            "precision": 1.0,
            "recall": 1.0,
            "f1": 1.0,
            "gold_count": 2,
            "predicted_count": 2,
            "true_positives": 2,
        },
        {
            "gold_set": "unseen",
            "kind": "mention_entities",
            "measured_on": None,
            "precision": 0.5,
            "recall": 1.0,
            "f1": 2 / 3,
            "gold_count": 1,
            "predicted_count": 2,
            "true_positives": 1,
        },
    ]
    assert got_mentions == want, got_mentions


def test_each_row_says_what_it_was_measured_on(tmp_path: Path) -> None:
    gold = gold_tree(tmp_path / "gold")
    (gold / "seeds" / "README.md").write_text(
        "Two articles the rules\nwere written from.\n\nMore detail.\n", encoding="utf-8"
    )
    got = sorted({(row["gold_set"], row["measured_on"]) for row in evaluation_rows(gold)})
    assert got == [("seeds", "Two articles the rules were written from."), ("unseen", None)], got


def test_one_file_is_its_own_gold_set(tmp_path: Path) -> None:
    gold_tree(tmp_path / "gold")
    rows = evaluation_rows(tmp_path / "gold" / "unseen" / "b.yml")
    got = sorted({row["gold_set"] for row in rows})
    assert got == ["unseen"], got


def test_every_build_publishes_the_scores_on_the_project_gold(seed_build: BuildResult) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        connection.row_factory = sqlite3.Row
        got = [dict(row) for row in connection.execute("select * from evaluation_scores order by rowid")]
    want = evaluation_rows(GOLD_DIR)
    assert got == want, got
