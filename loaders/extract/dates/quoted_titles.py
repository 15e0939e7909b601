"""Time words that are part of a quoted title: ``"This Week"``, ``''60 Minutes''``, ``"High Noon"``.

Broadcast news names programmes, films and books whose titles are made of time words. Such a
title is written in quotation marks and in title case, so a time word that is normally written
in lower case ("week", "minutes", "noon") but stands capitalised inside a quoted run of
capitalised words names the title, not a time. Weekdays, months and holidays are capitalised
anyway and are kept ("the "Black Monday" crash" still tells of a Monday).
"""

import re

from eastflank.loaders.extract.dates.reading import Candidate

LOWERCASE_TIME_WORDS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
    "weekend", "month", "months", "year", "years", "decade", "decades", "century", "noon", "midnight", "today",
    "tonight", "tomorrow", "yesterday", "morning", "evening", "afternoon", "now",
})  # fmt: skip
CAPITALISED_BEFORE = re.compile(r"(?:[A-Z0-9][\w'’-]*\s+){1,6}$")
CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z0-9][\w'’-]*){1,8}")
OPENING_QUOTE = re.compile(r"(?:[\"“‘]|``|'')$")
CLOSING_QUOTE = re.compile(r"[,.!?;:]?(?:[\"”’]|'')")
WORD = re.compile(r"[\w'’-]+")
REACH = 80


def drop_quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that are not time words of a quoted title."""
    return [candidate for candidate in candidates if not _in_quoted_title(text, candidate)]


def _in_quoted_title(text: str, candidate: Candidate) -> bool:
    words = WORD.findall(text, candidate.start, candidate.end)
    capitalised_time_words = [
        i for i, word in enumerate(words) if word[0].isupper() and word.lower() in LOWERCASE_TIME_WORDS
    ]
    if not capitalised_time_words:
        return False
    before = CAPITALISED_BEFORE.search(text, max(0, candidate.start - REACH), candidate.start)
    start = candidate.start if before is None else before.start()
    after = CAPITALISED_AFTER.match(text, candidate.end, min(len(text), candidate.end + REACH))
    end = candidate.end if after is None else after.end()
    if start == candidate.start and capitalised_time_words == [0]:
        return False  # a capitalised first word may just open the sentence or the quotation: "Tonight we fly"
    if len(WORD.findall(text, start, end)) < 2:
        return False
    opens = OPENING_QUOTE.search(text, max(0, start - 2), start) is not None
    return opens and CLOSING_QUOTE.match(text, end) is not None
