"""Calendar dates as pages print them in datelines, bylines and stamps, read without the extractor.

Ingest sits below extraction, so it cannot use the TimeML tagger; a page's own date lines
use few shapes: `5.12.2017` (day first, as in Europe), `2017-12-05`, `12 May 2024`,
`12th October, 2022`, `May 12, 2024`, `26 May. 2023` and `March 2020`.
"""

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
YEAR_GATE = re.compile(r"(?:19|20)\d\d")
SHAPES = (
    re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)[./](?P<num_month>[01]?\d)[./]{YEAR}(?!\d)"),
    re.compile(rf"(?<!\d){YEAR}-(?P<num_month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(rf"(?<!\w){DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\w){MONTH}\s+{DAY},?\s+{YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\w){MONTH},?\s+{YEAR}(?!\d)", re.IGNORECASE),
)


@dataclass(frozen=True)
class CalendarDate:
    """A date found in a line: ISO text cut to its precision, and where it stands."""

    iso: str
    precision: str
    start: int
    end: int


def find_dates(line: str) -> list[CalendarDate]:
    """Every real calendar date in the line, left to right; a longer reading wins over a part of it."""
    found: list[CalendarDate] = []
    if YEAR_GATE.search(line) is None:  # every shape holds a year: most lines need no further look
        return found
    taken = bytearray(len(line))  # 1 where a date already found stands: comparing with every date found was quadratic
    for shape in SHAPES:
        for match in shape.finditer(line):
            parsed = _parse(match)
            if parsed is not None and taken.find(1, parsed.start, parsed.end) == -1:
                found.append(parsed)
                taken[parsed.start : parsed.end] = b"\x01" * (parsed.end - parsed.start)
    return sorted(found, key=lambda found_date: found_date.start)


def _parse(match: re.Match[str]) -> CalendarDate | None:
    """None for an impossible date such as 31.02.2020, which is no date at all."""
    parts = match.groupdict()
    year = int(parts["year"])
    month = int(parts["num_month"]) if parts.get("num_month") else MONTHS[parts["month"].lower()[:3]]
    if not 1 <= month <= 12:
        return None
    if parts.get("day") is None:
        return CalendarDate(f"{year:04d}-{month:02d}", "month", match.start(), match.end())
    try:
        day = date(year, month, int(parts["day"]))
    except ValueError:
        return None
    return CalendarDate(day.isoformat(), "day", match.start(), match.end())
