"""Words the date rules are built from, and the regex fragments made from them.

Month and weekday names match only capitalised, so "may" the verb and "march" the noun
are never dates; the other words match in any case, since they can open a sentence.
"""

import re
from collections.abc import Iterable

from eastflank.loaders.extract.dates.model import Modifier
from eastflank.loaders.extract.dates.reading import Gate

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7,
    "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS = {
    name: number
    for number, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2,
}  # fmt: skip
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}  # TIMEX3 "2013-SU"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
MODIFIERS: dict[str, Modifier] = {
    "early": "early", "late": "late", "mid": "mid", "middle": "mid",
    "end": "end", "beginning": "start", "start": "start",
}  # fmt: skip
EARLY_MID_LATE = r"(?:(?P<modifier>(?i:early|mid|late))[-\s]+)?"
"""An optional "early", "mid" or "late" before a decade or century ("the late 1990s", "mid-20th century")."""

# A lone four-digit number is a year when the word before it is one of these ...
YEAR_CONTEXT_WORDS = frozenset(
    [
        "in",
        "of",
        "during",
        "throughout",
        "year",
        "years",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "fiscal",
        "circa",
        "a",
        "that",
        "this",
        "into",
        "through",
        "due",
        "for",
        "since",
        "until",
        "till",
        "to",
    ]
)
# ... and a quantity when the word after it is one of these ("2000 troops", "2030 km").
QUANTITY_NOUNS = frozenset(
    [
        "troops",
        "soldiers",
        "servicemen",
        "personnel",
        "people",
        "men",
        "women",
        "staff",
        "members",
        "employees",
        "workers",
        "officers",
        "civilians",
        "refugees",
        "casualties",
        "deaths",
        "jobs",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "tonnes",
        "tons",
        "kg",
        "vehicles",
        "tanks",
        "drones",
        "missiles",
        "rockets",
        "shells",
        "rounds",
        "units",
        "aircraft",
        "planes",
        "jets",
        "ships",
        "sorties",
        "euros",
        "dollars",
        "lei",
        "hryvnias",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "pages",
    ]
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest word first so that "Sept" is tried before "Sep"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def month_name(group: str, abbreviated: bool = True) -> str:
    """A capitalised month name, or abbreviation with its optional full stop, as a named group.

    Abbreviations are only safe next to a day or a year: "Jan" alone is often a first name.
    """
    abbreviations = rf"|(?:{alternation(MONTH_ABBREVIATIONS)})\b\.?" if abbreviated else ""
    return rf"(?P<{group}>(?:{alternation(MONTHS)})\b{abbreviations})"


def month_number(word: str) -> int:
    """1-12 for a name that month_name() matched."""
    word = word.rstrip(".")
    return MONTHS[word] if word in MONTHS else MONTH_ABBREVIATIONS[word]


def opening(first_characters: str) -> str:
    """A word start whose first character is one of these: a pattern that begins with optional
    words scans 3-5 times faster when the engine can reject most positions on one character."""
    return rf"(?=[{first_characters}])\b"


def year(group: str, not_after: str = r"\d") -> str:
    """A year 1900-2099 that is not part of a longer number nor after a `not_after` character.

    The checks look behind from the year's end, so the pattern starts with a literal digit
    pair, which the regex engine scans for several times faster than a lookbehind.
    """
    return rf"(?P<{group}>(?:19|20)\d\d)(?<!{not_after}\d{{4}})(?!\d)"


def day(group: str) -> str:
    """A day of the month 1-31, optionally ordinal ("5th", "23rd")."""
    return rf"(?<![\d.,])(?P<{group}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


def number(group: str) -> str:
    """A small count in digits or words ("5", "five", "a")."""
    return rf"(?P<{group}>\d{{1,2}}|(?i:{alternation(NUMBER_WORDS)}))"


def count(word: str) -> int:
    """The value of a count number() matched."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


WEEKDAY = rf"(?P<weekday>{alternation(WEEKDAYS)})\b"
OPTIONAL_WEEKDAY = rf"(?:(?:{alternation(WEEKDAYS)}),?\s+)?"
SEASON = rf"(?P<season>(?i:{alternation(SEASONS)}))\b"
DASH = r"\s*[-–—]\s*"
RANGE_JOIN = rf"(?:{DASH}|\s+(?i:to|until|till|through|and)\s+)"
UNIT = r"(?P<unit>(?i:years?|months?|fortnights?|weeks?|days?|decades?|century|centuries))\b"

MONTH_GATE = Gate((*MONTHS, *MONTH_ABBREVIATIONS))
WEEKDAY_GATE = Gate(tuple(WEEKDAYS))
YEAR_GATE = Gate(("19", "20"))
DECADE_GATE = Gate(("0s",))
SEASON_GATE = Gate(tuple(SEASONS), lowered=True)
PART_OF_YEAR_GATE = Gate(("q1", "q2", "q3", "q4", "h1", "h2", "quarter", "half"), lowered=True)
UNIT_GATE = Gate(("year", "month", "week", "fortnight", "day", "decade", "centur"), lowered=True)
DEICTIC_GATE = Gate(("last", "this", "next", "coming"), lowered=True)

# TimeML duration units: the letter of a TIMEX3 value, and whether it counts clock time (PT5H)
DURATION_UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "weekend": ("D", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip
PLURAL_UNITS = {"centuries": "century", **{f"{unit}s": unit for unit in DURATION_UNITS if unit != "century"}}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
MORE_NUMBER_WORDS = {
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "hundred": 100, "a hundred": 100, "a couple": 2, "couple of": 2, **TENS,
}  # fmt: skip
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "numerous", "a number of")
