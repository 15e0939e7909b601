"""Span lookups by bisection give the same answers as scanning every span."""

from dataclasses import dataclass

from eastflank.loaders.extract.text.span_index import ByPosition, SpanIndex


@dataclass(frozen=True)
class Item:
    start: int
    end: int


def test_overlap_with_fixed_spans_that_overlap_each_other_and_added_ones() -> None:
    index = SpanIndex([(0, 30), (5, 8), (40, 45)])
    got = [index.overlaps(s, e) for s, e in [(29, 31), (30, 40), (44, 50), (45, 50)]]
    assert got == [True, False, True, False], got
    index.add(60, 70)
    got = [index.overlaps(s, e) for s, e in [(55, 61), (69, 75), (70, 80), (50, 60)]]
    assert got == [True, True, False, False], got


def test_items_by_position() -> None:
    items = ByPosition([Item(10, 20), Item(0, 50), Item(30, 35), Item(60, 61)])
    assert items.covering(32) == Item(30, 35)
    assert items.covering(40) == Item(0, 50)
    assert items.covering(55) is None
    assert items.within(5, 40) == [Item(10, 20), Item(30, 35)]
    assert items.last_before(60, 2) == [Item(10, 20), Item(30, 35)]
    assert items.overlaps(50, 60) is False and items.overlaps(49, 60) is True


def test_items_overlapping_a_span_include_those_reaching_into_it() -> None:
    items = ByPosition([Item(0, 12), Item(3, 5), Item(10, 20), Item(20, 25), Item(30, 40)])
    assert items.overlapping(11, 21) == [Item(0, 12), Item(10, 20), Item(20, 25)]
    assert items.overlapping(25, 30) == []
    assert items.overlapping(4, 5) == [Item(0, 12), Item(3, 5)]
