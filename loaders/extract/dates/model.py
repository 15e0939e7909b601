"""What the temporal tagger returns: partial calendar dates and the expressions found in text.

A news article rarely gives a full date, so every value carries its precision: "May 2023"
is a month and must never turn into 2023-05-01 on the way into the database.
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["year", "month", "day"]
Kind = Literal["date", "range", "open_start", "open_end"]
Anchor = Literal["absolute", "publication", "previous_date"]
Modifier = Literal["end", "start", "mid", "early", "late"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EVENT_TIMEX_TYPES = ("DATE", "TIME")

ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError(f"a day needs a month: {self!r}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"no such month: {self!r}")
        if self.month is not None and self.day is not None:
            date(self.year, self.month, self.day)

    @property
    def precision(self) -> Precision:
        """The finest part known."""
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    def iso(self) -> str:
        """ISO 8601 cut to the precision: '2024', '2024-03' or '2024-03-15'."""
        parts = [f"{self.year:04d}"] + [f"{part:02d}" for part in (self.month, self.day) if part is not None]
        return "-".join(parts)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read the three ISO forms iso() writes; anything else is a ValueError."""
        match = ISO_PARTIAL.fullmatch(text)
        if match is None:
            raise ValueError(f"not an ISO 8601 date at year, month or day precision: {text!r}")
        year, month, day = match.groups()
        return cls(int(year), None if month is None else int(month), None if day is None else int(day))


@dataclass(frozen=True)
class TemporalExpression:
    """One date expression in a text and the time it refers to.

    For ranges `value` is the start and `end_value` the end. An open range keeps the one
    bound the text gives in `value` (so every row sorts and filters on `value`); "until
    2030" also repeats it in `end_value`, because that bound is an end.

    `timex_type` and `timex_value` say the same in TimeML's TIMEX3 terms, which also name
    what ISO dates cannot: a quarter ("1989-Q3"), a week ("2013-W12"), a time of day
    ("2013-03-22TAF"), a duration ("P5Y"), a set ("XXXX-WXX-1") or the present ("PRESENT_REF").
    A DURATION or SET keeps in `value` the calendar time it covers where the text places it
    ("the past two months"), else the anchor it was read against. `timex_parts` splits a range
    the way TimeML tags it: "2009-2010" is one range here and two TIMEX3s there. Such a range
    has no `timex_value` of its own, since no one TIMEX3 value says "from 2009 to 2010": giving it
    its start's value would tell a reader it means 2009 alone.
    """

    start_char: int
    end_char: int
    text: str
    value: str
    precision: Precision
    end_value: str | None
    kind: Kind
    anchor: Anchor
    anchor_value: str | None
    modifier: Modifier | None
    timex_type: TimexType = "DATE"
    timex_value: str | None = None
    timex_parts: tuple["TimexPart", ...] = ()

    @property
    def first_timex_value(self) -> str | None:
        """The TIMEX3 value of the time the expression starts at: its own, or its first part's."""
        return self.timex_parts[0].timex_value if self.timex_parts else self.timex_value

    @property
    def anchors_events(self) -> bool:
        """Whether an event may take its date from this expression: a length ("five years")
        or a recurrence ("every week") is no time an event happened, nor is "now" or "recently"."""
        return self.timex_type in EVENT_TIMEX_TYPES and not (self.timex_value or "").endswith("_REF")


@dataclass(frozen=True)
class TimexPart:
    """One TIMEX3 inside an expression that TimeML tags in pieces ("2009" and "2010" in "2009-2010")."""

    start_char: int
    end_char: int
    text: str
    timex_type: TimexType
    timex_value: str
