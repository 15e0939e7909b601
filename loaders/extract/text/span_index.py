"""Sorted spans with logarithmic lookups, so no rule is quadratic in a paragraph's length.

A rule asks "does this span overlap a mention?" or "which mention covers this offset?" once
per word; scanning every mention each time made a 400 KB paragraph take minutes.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import attrgetter
from typing import Generic, Protocol, TypeVar


class Spanned(Protocol):
    """Anything with a start and an end offset."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)
_START_END = attrgetter("start", "end")
"""(start, end) of an item, read in C: a lambda key cost more than the sort itself."""


class SpanIndex:
    """Fixed (start, end) spans, which may overlap one another, plus spans added later that
    overlap nothing (a rule adds a span only after checking it is free)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        fixed = sorted(spans)
        self._starts = [start for start, _ in fixed]
        self._reach = list(accumulate((end for _, end in fixed), max))
        self._added_starts: list[int] = []
        self._added_ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with a span."""
        index = bisect_left(self._starts, end)
        if index > 0 and self._reach[index - 1] > start:
            return True
        added = bisect_left(self._added_starts, end)
        return added > 0 and self._added_ends[added - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take one more span, which must overlap none already taken."""
        index = bisect_left(self._added_starts, start)
        self._added_starts.insert(index, start)
        self._added_ends.insert(index, end)


class ByPosition(Generic[S]):
    """Items with offsets (mentions, quotations), found by position."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = sorted(items, key=_START_END)
        self._starts = [item.start for item in self.items]
        self._reach = list(accumulate((item.end for item in self.items), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some item shares a character with [start, end)."""
        index = bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start

    def within(self, start: int, end: int) -> list[S]:
        """Items lying wholly in [start, end), in order."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [item for item in self.items[low:high] if item.end <= end]

    def overlapping(self, start: int, end: int) -> list[S]:
        """Items sharing a character with [start, end), in order: a sentence's mentions,
        found without scanning the whole paragraph's."""
        low, high = bisect_right(self._reach, start), bisect_left(self._starts, end)
        return [item for item in self.items[low:high] if item.end > start]

    def covering(self, offset: int) -> S | None:
        """The item whose span holds the offset (the latest starting, if several)."""
        index = bisect_right(self._starts, offset) - 1
        while index >= 0 and self._reach[index] > offset:
            if self.items[index].end > offset:
                return self.items[index]
            index -= 1
        return None

    def last_before(self, offset: int, count: int) -> list[S]:
        """Up to `count` items ending at or before the offset, nearest last."""
        high = bisect_left(self._starts, offset)
        return [item for item in self.items[max(0, high - count) : high] if item.end <= offset]
