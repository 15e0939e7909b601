"""One-to-one matching by span: exact or greedy by overlap, ties to the preferred pair."""

from dataclasses import dataclass

from eastflank.loaders.evaluate.match import match, overlap


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    label: str


def names(pairs: list[tuple[Item, Item]]) -> list[tuple[str, str]]:
    return [(g.label, p.label) for g, p in pairs]


def always(g: Item, p: Item) -> bool:
    return True


def test_overlap_counts_shared_characters() -> None:
    got = [overlap(Item(0, 10, ""), Item(5, 20, "")), overlap(Item(0, 10, ""), Item(10, 20, ""))]
    assert got == [5, 0], got


def test_exact_matching_needs_identical_spans() -> None:
    gold = [Item(0, 4, "NATO"), Item(9, 16, "Moldova")]
    predicted = [Item(0, 4, "NATO"), Item(9, 15, "Moldov")]
    got = names(match(gold, predicted, always, exact=True))
    assert got == [("NATO", "NATO")], got


def test_greedy_by_overlap_matches_each_item_once() -> None:
    gold = [Item(0, 100, "A"), Item(100, 200, "B")]
    predicted = [Item(50, 150, "wide"), Item(90, 200, "right")]
    got = names(match(gold, predicted, always))
    assert got == [("B", "right"), ("A", "wide")], got


def test_two_predictions_of_one_gold_item_count_once() -> None:
    got = names(match([Item(0, 50, "A")], [Item(0, 50, "x"), Item(10, 40, "y")], always))
    assert got == [("A", "x")], got


def test_agrees_filters_candidates() -> None:
    gold = [Item(0, 50, "meeting")]
    predicted = [Item(0, 50, "summit"), Item(20, 40, "meeting")]
    got = names(match(gold, predicted, lambda g, p: g.label == p.label))
    assert got == [("meeting", "meeting")], got


def test_equal_overlaps_go_to_the_preferred_pair() -> None:
    gold = [Item(0, 50, "2023"), Item(0, 50, "2025")]
    predicted = [Item(0, 50, "2025"), Item(0, 50, "2023")]
    got = names(match(gold, predicted, always, prefer=lambda g, p: g.label == p.label))
    assert got == [("2023", "2023"), ("2025", "2025")], got
    got = names(match(gold, predicted, always))
    assert got == [("2023", "2025"), ("2025", "2023")], got
