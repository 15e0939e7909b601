"""Rules for holidays named instead of dated: "Christmas", "Thanksgiving Day", "Easter week", "last New Year's Eve".

A holiday is a day of the calendar fixed by a rule (December 25, the fourth Thursday of
November, the Sunday after the first full moon of spring), so it resolves like a day without
its year: the year written after it ("Christmas 2024"), else "last"/"next"/"this", else the
tense of its sentence (past: the latest one on or before the anchor, future: the next one,
otherwise the nearest). "Easter week" is the ISO week holding Easter Sunday.

Only holidays whose name is no other thing and whose date does not depend on the country are
listed; Thanksgiving, Memorial Day, Labor Day and Election Day are the United States' days, as
English news uses the names. "Orthodox Easter" is the Easter of the Julian computus that the
Orthodox churches of Moldova, Romania and the Balkans keep, and "Orthodox Christmas" the
Julian-calendar Christmas of January 7, as English news uses both names.
"""

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX
from dateutil.easter import easter as church_easter

from eastflank.loaders.extract.dates.calendar import cut
from eastflank.loaders.extract.dates.lexicon import opening, year
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, fixed, relative
from eastflank.loaders.extract.dates.tense import Tense, sentence_tense


def easter(year_: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous computus of 1876)."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year_, month, day + 1)


def _nth_weekday(year_: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday of a month (Monday 0); nth -1 is the last."""
    if nth < 0:
        last = date(year_ + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year_, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "halloween": lambda y: date(y, 10, 31),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "orthodox easter": lambda y: church_easter(y, EASTER_ORTHODOX),
    "orthodox easter sunday": lambda y: church_easter(y, EASTER_ORTHODOX),
    "orthodox christmas": lambda y: date(y, 1, 7),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
}
STEPS = {"last": -1, "next": 1, "this": 0}
NAMES = "|".join(
    re.escape(name.title().replace("'S", "'s")).replace("'", "['’]") for name in sorted(HOLIDAYS, key=len, reverse=True)
)
HOLIDAY = (  # "Christmas", "last Thanksgiving", "Easter week", "Christmas 2024", "New Year's Eve of 1999"
    rf"{opening('A-Zlnt')}(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>{NAMES})(?P<week>\s+[Ww]eek)?\b"
    rf"(?:,?\s+(?:(?i:of)\s+)?{year('year')})?"
)
HOLIDAY_GATE = Gate(("Christmas", "Boxing", "New Year", "Valentine", "Halloween", "Easter", "Good Friday", "Orthodox",
                     "Thanksgiving", "Memorial Day", "Labor Day", "Election Day"))  # fmt: skip


def _meaning(day: date, week: bool) -> Meaning:
    if not week:
        return Meaning(cut(day, "day"))
    iso_year, iso_week, _ = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    return Meaning(
        cut(monday, "day"), cut(monday + timedelta(days=6), "day"), "range", timex=f"{iso_year}-W{iso_week:02d}"
    )


def read_holiday(match: re.Match[str]) -> Reading | None:
    """The holiday in the year written, named or implied by the tense."""
    when = HOLIDAYS[re.sub(r"\s+", " ", match["name"].lower()).replace("’", "'")]
    week = match["week"] is not None
    if match["year"] is not None:
        return fixed(_meaning(when(int(match["year"])), week)) if match["rel"] is None else None
    step = None if match["rel"] is None else STEPS[match["rel"].lower()]
    tense = sentence_tense(match.string, *match.span(), regular_past=True)
    reach = timedelta(days=6 if week else 0)
    return relative("deictic", lambda anchor: _meaning(_nearest(when, anchor, step, tense, reach), week))


def _nearest(
    when: Callable[[int], date], anchor: PartialDate, step: int | None, tense: Tense | None, reach: timedelta
) -> date:
    """The occurrence meant, from the anchor's day (its month's first when it has no day); an anchor
    known only to the year gives that year's. An occurrence counts as begun from `reach` days before
    its day: "Easter week" has begun on the Monday before Easter Sunday."""
    days = [when(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if anchor.month is None:
        return days[1 + (step or 0)]
    today = date(anchor.year, anchor.month, anchor.day or 1)
    if step == 0:
        return days[1]
    if step == -1 or (step is None and tense == "past"):
        return max(day for day in days if day - reach < today or (step is None and day - reach == today))
    if step == 1 or tense == "future":
        return min(day for day in days if day > today or (step is None and day == today))
    if any(day - reach <= today <= day for day in days):
        return next(day for day in days if day - reach <= today <= day)
    return min(days, key=lambda day: abs((day - today).days))


HOLIDAY_RULES = [Rule(re.compile(HOLIDAY), (HOLIDAY_GATE,), read_holiday)]
