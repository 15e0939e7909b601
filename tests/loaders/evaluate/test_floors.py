"""The quality floors the project promises on the seed articles' gold annotation.

Mention F1 at least 0.90; at least 85% of gold events found with the date right (value and
precision); every gold quote found with its speaker right.
"""

import pytest

from eastflank.loaders.evaluate.evaluation import evaluate
from eastflank.loaders.evaluate.metrics import Score
from eastflank.loaders.evaluate.predict import default_extractor
from eastflank.loaders.paths import GOLD_DIR


@pytest.fixture(scope="module")
def seeds() -> dict[str, Score]:
    """Scores on seeds/gold/seeds with the build's extractor."""
    return evaluate(GOLD_DIR / "seeds", default_extractor())["seeds"]


def test_mention_f1_is_at_least_0_90(seeds: dict[str, Score]) -> None:
    got = seeds["mentions"]
    assert got.f1 is not None and got.f1 >= 0.90, (got, got.precision, got.recall, got.f1)


def test_event_recall_with_the_date_right_is_at_least_0_85(seeds: dict[str, Score]) -> None:
    got = seeds["event_dates"]
    assert got.recall is not None and got.recall >= 0.85, (got, got.precision, got.recall)


def test_every_quote_has_its_speaker_right(seeds: dict[str, Score]) -> None:
    got = seeds["quote_speakers"]
    assert got.recall == 1.0, (got, got.precision, got.recall)
