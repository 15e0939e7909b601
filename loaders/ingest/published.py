"""The publication date of an article, from its metadata or, failing that, from its own text.

A scraped page rarely comes with a metadata file, but it usually prints its date: a dateline
opening the story ("CHISINAU, 5.12.2017 –"), a byline with a date ("Ana Pop, 3.4.2021, 10:05"),
a stamp ("Published: 2 May 2024", "Last updated: ..."), or the story itself ("today, 23 June
2022"). They are tried in that order, most trusted first, and the row records which one gave
the date (`documents.published_source`), so an analyst knows what a relative date rests on.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from eastflank.loaders.ingest.calendar_dates import CalendarDate, find_dates
from eastflank.loaders.ingest.metadata import ArticleMetadata

HEAD_LINES = 10
"""Datelines and bylines stand at the top of a page: its first non-blank lines."""
DATELINE_PREFIX_MAX = 70
BYLINE_MAX_LENGTH = 90
LEADER = re.compile(r"^[\s•·*|>–—-]*")
PLACE_WORD = r"(?:\(?[A-Z][\w'’.&-]*[,)]?|[/(),–—-])"
PLACE_WORDS = re.compile(rf"^{PLACE_WORD}(?:\s+{PLACE_WORD})*[\s,(/–—-]*$")
NOT_A_PLACE = frozenset(
    {
        "On",
        "In",
        "By",
        "Since",
        "From",
        "Until",
        "At",
        "As",
        "Before",
        "After",
        "Between",
        "During",
        "Last",
        "Updated",
        "Published",
        "Posted",
    }
)
AFTER_DATELINE = re.compile(r"^(?:,?\s*\d{1,2}:\d\d)?\s*(?:\([^()]{1,40}\))?\s*[–—:)-]|^\s*$")
"""A dash (or the agency's closing bracket) before the story; a time of day only when a story follows,
since "Name, date, time" alone is a byline."""
NAME_PREFIX = re.compile(
    r"^(?:[Bb]y\s+)?[A-Z][\w'’-]+(?:,?\s+(?:(?:of|the|for|and|de|du|des|la|van|von)\s+){0,2}[A-Z][\w'’.-]*){1,5}"
    r"\s*[,|/–—-]\s*$"
)
"""An author, or the office that speaks for a ministry ("Press Office, Ministry of Defence |"), before the date."""
AFTER_BYLINE = re.compile(r"^[\s,|/–—-]*(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*$", re.IGNORECASE)
STAMP = re.compile(
    r"^(?P<word>(?:last\s+)?updated?(?:\s+on)?|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|date)\s*[:\-–]?\s*$",
    re.IGNORECASE,
)
STAMP_START = re.compile(r"(?:last\s+)?updated?|(?:first\s+)?published|posted|date", re.IGNORECASE)
"""How every STAMP begins; a line not so opened holds no stamp, so its dates need not be read."""
TODAY = re.compile(r"\btoday\s*(?:[,(]|is)\s*(?:the\s+)?$", re.IGNORECASE)
TODAY_WORD = re.compile("today", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
LEAD_MIN_LENGTH = 100
PRESENT = re.compile(r"\b(is|are|will|shall|plans?|aims?|expects?|intends?|hopes?|to be)\b", re.IGNORECASE)
PAST = re.compile(r"\b(was|were|had|did|has been|have been|ago|since)\b", re.IGNORECASE)


METADATA_SOURCE = "metadata"
"""The source of a date given by the corpus's metadata file rather than read off the text."""


@dataclass(frozen=True)
class Publication:
    """A publication date cut to its precision, and where it was read (schema.documents.PUBLISHED_SOURCES)."""

    date: str | None
    precision: str | None
    source: str

    @property
    def inferred(self) -> bool:
        """True when the date was read off the text rather than given by the metadata file."""
        return self.source not in (METADATA_SOURCE, "none")


NO_DATE = Publication(None, None, "none")


def publication_of(text: str, meta: ArticleMetadata) -> Publication:
    """Metadata wins when it gives a date; otherwise the article's own date lines, in order of trust."""
    if meta.published_date is not None:
        return Publication(meta.published_date, meta.published_precision, METADATA_SOURCE)
    return read_publication(text)


def read_publication(text: str) -> Publication:
    """The first of dateline, byline, stamp and "today, <date>" that the text holds, or NO_DATE."""
    lines = list(_lines(text))
    head = lines[:HEAD_LINES]
    readers: tuple[tuple[str, Callable[[], CalendarDate | None]], ...] = (
        ("dateline", lambda: _first(_dateline(line) for line in head)),
        ("byline", lambda: _first(byline_date(line) for line in head)),
        ("updated_line", lambda: _stamp(lines)),
        ("text", lambda: _first(_today(line) for line in lines) or _headline_year(lines)),
    )
    for source, read in readers:  # lazily: most pages give their date in the first place looked at
        found = read()
        if found is not None:
            return Publication(found.iso, found.precision, source)
    return NO_DATE


def _lines(text: str) -> Iterator[str]:
    """Non-blank lines without bullets or rules before them."""
    for line in text.split("\n"):
        stripped = LEADER.sub("", line).strip()
        if stripped != "":
            yield stripped


def _first(candidates: Iterator[CalendarDate | None]) -> CalendarDate | None:
    return next((found for found in candidates if found is not None), None)


def _dateline(line: str) -> CalendarDate | None:
    """A date that opens the line, or follows only a place (and an agency), then a dash or the line's end."""
    for found in find_dates(line[: DATELINE_PREFIX_MAX + 30]):
        prefix = line[: found.start]
        if found.start > DATELINE_PREFIX_MAX or not _is_place(prefix):
            continue
        if AFTER_DATELINE.match(line[found.end :]) or _place_then_dash(line[found.end :]):
            return found
    return None


def _is_place(prefix: str) -> bool:
    """Empty, or capitalised words with commas, brackets, slashes and dashes: "MOSCOW (Agency - "."""
    if prefix.strip() == "":
        return True
    words = prefix.split()
    return PLACE_WORDS.match(prefix) is not None and words[0].strip("(,") not in NOT_A_PLACE


def _place_then_dash(rest: str) -> bool:
    """A date first, then the place: "5.12.2017, Brussels - ..."."""
    match = re.match(r"^,\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*[–—:-]", rest)
    return match is not None


def byline_date(line: str) -> CalendarDate | None:
    """An author's name, then a date and maybe a time, and nothing else: "Ana Pop, 3.4.2021, 10:05"."""
    if len(line) > BYLINE_MAX_LENGTH:
        return None
    for found in find_dates(line):
        if NAME_PREFIX.match(line[: found.start]) and AFTER_BYLINE.match(line[found.end :]):
            return found
    return None


def _stamp(lines: list[str]) -> CalendarDate | None:
    """A "Published:" line before any "Last updated:" one, since the first is the publication itself."""
    stamps = [(match.group("word").lower(), found) for line in lines for match, found in _stamp_date(line)]
    published = [found for word, found in stamps if "updated" not in word]
    candidates = published or [found for _, found in stamps]
    return candidates[0] if candidates else None


def _stamp_date(line: str) -> Iterator[tuple[re.Match[str], CalendarDate]]:
    if STAMP_START.match(line) is None:  # the stamp's word opens the line; most lines are story, not stamps
        return
    found = find_dates(line)
    if found:
        match = STAMP.match(line[: found[0].start])
        if match is not None:
            yield match, found[0]


def _today(line: str) -> CalendarDate | None:
    """The story's own "today, 23 June 2022" (or "today (23 June 2022)")."""
    if TODAY_WORD.search(line) is None:  # TODAY needs the word: skip reading dates in every other line
        return None
    for found in find_dates(line):
        if TODAY.search(line[max(0, found.start - 20) : found.start]):
            return found
    return None


def _headline_year(lines: list[str]) -> CalendarDate | None:
    """The one year a headline names, when the lead speaks of it as now or ahead ("is planned for 2025").

    A story reports its own year in the present tense; a year told in the past tense ("was founded
    in 1949") or beside "since" is history, so it dates nothing. Only the year is known.
    """
    years = set(YEAR.findall(lines[0])) if lines else set()
    lead = next((line for line in lines[1:] if len(line) >= LEAD_MIN_LENGTH), None)
    if len(years) != 1 or lead is None:
        return None
    year = years.pop()
    sentence = next((part for part in re.split(r"(?<=[.!?])\s+", lead) if year in part), None)
    if sentence is None or PRESENT.search(sentence) is None or PAST.search(sentence) is not None:
        return None
    return CalendarDate(year, "year", 0, 0)
