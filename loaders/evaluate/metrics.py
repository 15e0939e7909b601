"""Counts of gold, predicted and matched items, and the precision, recall and F1 they give.

Counts are summed over documents before dividing (micro-average), so a long article
weighs more than a short one, as each fact does. A ratio with nothing to divide by is
None (no predictions: precision unknown); F1 is 2·TP / (gold + predicted), which is the
harmonic mean where both are defined and 0 when extraction found nothing gold holds.
"""

from dataclasses import dataclass

KINDS = (
    "mentions",
    "mention_entities",
    "events",
    "event_dates",
    "quotes",
    "quote_speakers",
    "amounts",
    "citations",
    "programmes",
)


@dataclass(frozen=True)
class Score:
    """Gold, predicted and true-positive counts for one kind of fact."""

    gold: int
    predicted: int
    true_positives: int

    def __add__(self, other: "Score") -> "Score":
        return Score(
            self.gold + other.gold, self.predicted + other.predicted, self.true_positives + other.true_positives
        )

    @property
    def precision(self) -> float | None:
        """Share of predicted items that are in the gold; None without predictions."""
        return None if self.predicted == 0 else self.true_positives / self.predicted

    @property
    def recall(self) -> float | None:
        """Share of gold items that were predicted; None without gold items."""
        return None if self.gold == 0 else self.true_positives / self.gold

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None when there is neither gold nor prediction."""
        total = self.gold + self.predicted
        return None if total == 0 else 2 * self.true_positives / total


ZERO = Score(0, 0, 0)


def total(scores: list[dict[str, Score]]) -> dict[str, Score]:
    """Per-kind sums over documents, every kind present."""
    summed = {kind: ZERO for kind in KINDS}
    for document in scores:
        for kind, score in document.items():
            summed[kind] = summed[kind] + score
    return summed
