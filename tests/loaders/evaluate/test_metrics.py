"""Precision, recall and F1 from counts, and sums over documents."""

from eastflank.loaders.evaluate.metrics import KINDS, ZERO, Score, total


def test_ratios_from_counts() -> None:
    score = Score(gold=10, predicted=8, true_positives=6)
    got = (score.precision, score.recall, score.f1)
    assert got == (0.75, 0.6, 2 * 6 / 18), got


def test_no_predictions_leave_precision_undefined_and_f1_zero() -> None:
    score = Score(gold=4, predicted=0, true_positives=0)
    got = (score.precision, score.recall, score.f1)
    assert got == (None, 0.0, 0.0), got


def test_nothing_to_score_leaves_every_ratio_undefined() -> None:
    got = (ZERO.precision, ZERO.recall, ZERO.f1)
    assert got == (None, None, None), got


def test_total_sums_counts_per_kind_before_dividing() -> None:
    got = total([{"mentions": Score(10, 10, 9)}, {"mentions": Score(2, 4, 1), "quotes": Score(1, 1, 1)}])
    want = {kind: ZERO for kind in KINDS} | {"mentions": Score(12, 14, 10), "quotes": Score(1, 1, 1)}
    assert got == want, got
