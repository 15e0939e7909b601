"""Calendar arithmetic on partial dates, keeping precision honest.

A relative expression can be no finer than its anchor: "a month earlier" than an article
dated only "2025" is 2025, not a guessed month. Arithmetic therefore starts from the middle
of the anchor's period, so an offset smaller than that period stays inside it, and the
result is cut to the coarser of the two precisions.
"""

from datetime import date

from dateutil.relativedelta import relativedelta

from eastflank.loaders.extract.dates.model import PartialDate, Precision

RANK: dict[Precision, int] = {"year": 0, "month": 1, "day": 2}


def coarser(first: Precision, second: Precision) -> Precision:
    """The less exact of two precisions."""
    return first if RANK[first] <= RANK[second] else second


def cut(day: date | PartialDate, precision: Precision) -> PartialDate:
    """A date reduced to a precision; a partial date keeps only the parts it has."""
    month = day.month if RANK[precision] >= 1 else None
    return PartialDate(day.year, month, day.day if RANK[precision] >= 2 and month is not None else None)


def middle(anchor: PartialDate) -> date:
    """The day that stands for a partial date in arithmetic: the middle of its period."""
    if anchor.month is None:
        return date(anchor.year, 7, 1)
    return date(anchor.year, anchor.month, 15 if anchor.day is None else anchor.day)


def shift(anchor: PartialDate, delta: relativedelta, precision: Precision) -> PartialDate:
    """The anchor moved by delta, cut to the coarser of precision and the anchor's own."""
    return cut(middle(anchor) + delta, coarser(precision, anchor.precision))


def month_bounds(year: int, first: int, last: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(year, month) of the first and last month of a span that may run into the next year (winter)."""
    return (year, first), (year + 1 if last < first else year, last)


def month_span(year: int, first: int, last: int) -> tuple[PartialDate, PartialDate]:
    """The same span as partial dates at month precision."""
    (first_year, first_month), (last_year, last_month) = month_bounds(year, first, last)
    return PartialDate(first_year, first_month), PartialDate(last_year, last_month)
