"""A day counted off a date: "the day before last Tuesday", "two days after Christmas", "the day after May 5".

The count and the date are one expression naming one day, so the pass widens the date's span over
the words before it and moves its day; the words "two days" no longer stand as a length of their
own. Only a date known to the day moves: "the day after the 1990s" says no day, and the date is
then read as it stands.
"""

import re
from dataclasses import replace
from functools import partial

from dateutil.relativedelta import relativedelta

from eastflank.loaders.extract.dates.calendar import shift
from eastflank.loaders.extract.dates.lexicon import NUMBER_WORDS, alternation, count
from eastflank.loaders.extract.dates.reading import Candidate, Meaning, transformed

COUNTS = {word: value for word, value in NUMBER_WORDS.items() if 2 <= value <= 30 and word.isalpha()}
DAYS_OFF = re.compile(
    rf"(?i)\b(?:(?P<one>the|a|one)\s+day|(?P<n>\d{{1,2}}|{alternation(COUNTS)})\s+days)\s+(?P<dir>before|after)\s+$"
)
LOOK_BACK = 30


def count_days_off(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Each date that a count of days before or after opens, widened over it and moved by it."""
    result: list[Candidate] = []
    for candidate in candidates:
        found = DAYS_OFF.search(text, max(0, candidate.start - LOOK_BACK), candidate.start)
        if found is None or candidate.timex_type != "DATE":
            result.append(candidate)
            continue
        while result and result[-1].end > found.start():
            result.pop()  # "two days" read as a length is now part of this date
        days = 1 if found["one"] is not None else count(found["n"])
        days = -days if found["dir"].lower() == "before" else days
        reading = transformed(candidate.reading, partial(_moved, days=days))
        widened = candidate.widened(found.start(), candidate.end, reading)
        result.append(replace(widened, fallback=(candidate,)))
    return result


def _moved(meaning: Meaning, days: int) -> Meaning | None:
    """The day `days` off the one meant; None (read the date as it stands) unless it is a single day."""
    value = meaning.value
    if meaning.kind != "date" or value.day is None or meaning.timex_type != "DATE":
        return None
    if meaning.timex is not None and meaning.timex != value.iso():
        return None
    return replace(meaning, value=shift(value, relativedelta(days=days), "day"), timex=None)
