"""Evaluate the extraction on gold files, per gold set, and the rows `evaluation_scores` publishes.

Every build publishes these rows, computed with the build's own extractor, so the dataset
states how well the rules that made it do on articles annotated by hand, including
articles they were not written for. The rows hold no timestamp: equal code and gold give
equal rows.
"""

from pathlib import Path
from typing import Any

from eastflank.loaders.evaluate.gold import gold_files, load_gold
from eastflank.loaders.evaluate.metrics import KINDS, Score, total
from eastflank.loaders.evaluate.names import reference_index
from eastflank.loaders.evaluate.predict import Extractor, default_extractor, predict
from eastflank.loaders.evaluate.score import score_document

Row = dict[str, Any]


def evaluate(path: Path, extractor: Extractor) -> dict[str, dict[str, Score]]:
    """Scores by gold set (the gold file's folder name) and kind, for a gold file or folder."""
    index = reference_index(extractor.reference)
    by_set: dict[str, list[dict[str, Score]]] = {}
    for gold_path in gold_files(path):
        gold = load_gold(gold_path)
        by_set.setdefault(gold.gold_set, []).append(score_document(gold, predict(gold, extractor), index))
    return {gold_set: total(scores) for gold_set, scores in sorted(by_set.items())}


def score_rows(scores: dict[str, dict[str, Score]], measured_on: dict[str, str] | None = None) -> list[Row]:
    """One evaluation_scores row per gold set and kind, in set then kind order."""
    described = {} if measured_on is None else measured_on
    return [
        _row(gold_set, kind, kinds[kind], described.get(gold_set))
        for gold_set, kinds in scores.items()
        for kind in KINDS
    ]


def gold_set_descriptions(gold_dir: Path) -> dict[str, str]:
    """Each gold set's description: the first paragraph of the README.md in its folder."""
    described = {}
    for readme in sorted(gold_dir.glob("*/README.md")):
        first_paragraph = readme.read_text(encoding="utf-8").strip().split("\n\n", 1)[0]
        described[readme.parent.name] = " ".join(first_paragraph.split())
    return described


def _row(gold_set: str, kind: str, score: Score, measured_on: str | None) -> Row:
    return {
        "gold_set": gold_set,
        "kind": kind,
        "measured_on": measured_on,
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "gold_count": score.gold,
        "predicted_count": score.predicted,
        "true_positives": score.true_positives,
    }


def evaluation_rows(gold_dir: Path, extractor: Extractor | None = None) -> list[Row]:
    """The evaluation_scores rows for the gold under `gold_dir` (default: the build's extractor)."""
    scores = evaluate(gold_dir, default_extractor() if extractor is None else extractor)
    return score_rows(scores, gold_set_descriptions(gold_dir))
