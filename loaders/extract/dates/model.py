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
