"""Rules for years said in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".

A transcript spells out what a reader says aloud, so a year comes as words, sometimes after
its month or season ("January nineteen ninety-seven", "the winter of nineteen ninety-four"). "Nineteen" followed by a tens word is a year
wherever it stands (no count is said that way); "two thousand" is a year only after "the year",
since alone it is far more often a number of troops or dollars.
"""

import re

from eastflank.loaders.extract.dates.absolute import season_of_year
from eastflank.loaders.extract.dates.lexicon import MONTHS, SEASON, TENS, alternation, opening
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, fixed

ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
MONTH_BEFORE = rf"(?:(?P<month>{alternation(MONTHS)})\s+|(?:(?i:the)\s+)?{SEASON}(?:\s+(?i:of))?\s+)?"
NINETEEN = (  # "nineteen ninety-six", "nineteen eighty", "nineteen oh five" is too rare to read
    rf"{opening('A-Za-z')}{MONTH_BEFORE}(?i:nineteen)[-\s]+(?:(?P<tens>(?i:{alternation(TENS)}))"
    rf"(?:[-\s]+(?P<ones>(?i:{alternation(ONES)})))?|(?P<teen>(?i:{alternation(TEENS)})))\b(?![-\s]+(?i:hundred)\b)"
)
TWO_THOUSAND = (  # "the year two thousand", "the year two thousand and one"
    rf"{opening('tT')}(?i:the\s+year\s+two\s+thousand)(?:\s+(?i:and\s+)?(?P<ones>(?i:{alternation(ONES)})))?\b"
)
SPOKEN_GATE = Gate(("nineteen", "two thousand"), lowered=True)


def read_nineteen(match: re.Match[str]) -> Reading | None:
    """1900 plus the tens and ones said, at the month when one is named before it."""
    if match["teen"] is not None:
        year = 1900 + TEENS[match["teen"].lower()]
    else:
        year = 1900 + TENS[match["tens"].lower()] + (0 if match["ones"] is None else ONES[match["ones"].lower()])
    if match["season"] is not None:
        return fixed(season_of_year(match["season"], year))
    month = None if match["month"] is None else MONTHS[match["month"]]
    return fixed(Meaning(PartialDate(year, month)))


def read_two_thousand(match: re.Match[str]) -> Reading | None:
    """2000, or a year of its first decade."""
    return fixed(Meaning(PartialDate(2000 + (0 if match["ones"] is None else ONES[match["ones"].lower()]))))


SPOKEN_RULES = [
    Rule(re.compile(NINETEEN), (SPOKEN_GATE,), read_nineteen),
    Rule(re.compile(TWO_THOUSAND), (SPOKEN_GATE,), read_two_thousand),
]
