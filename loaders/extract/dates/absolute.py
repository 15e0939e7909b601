"""Rules for dates that name the calendar: days, months, seasons, quarters, years, decades.

A date written without its year ("October 23", "in May") takes the anchor's year, moved a
year forward or back when the sentence's tense puts it on the other side of the anchor.
A lone four-digit number is only a candidate here; dates_compose keeps it if a date
context confirms it.
"""

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from eastflank.loaders.extract.dates.calendar import cut, month_span, shift
from eastflank.loaders.extract.dates.eras import decade
from eastflank.loaders.extract.dates.lexicon import (
    DASH,
    DECADE_GATE,
    EARLY_MID_LATE,
    MODIFIERS,
    MONTH_GATE,
    MONTHS,
    OPTIONAL_WEEKDAY,
    ORDINALS,
    PART_OF_YEAR_GATE,
    QUANTITY_NOUNS,
    RANGE_JOIN,
    SEASON,
    SEASON_CODES,
    SEASON_GATE,
    SEASONS,
    YEAR_GATE,
    alternation,
    day,
    month_name,
    month_number,
    opening,
    year,
)
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, fixed, relative
from eastflank.loaders.extract.dates.tense import (
    Tense,
    bound_tense,
    participle_just_before,
    past_verb_governs,
    sentence_tense,
)

WRITTEN_YEAR = rf"(?:,?\s+{year('year')})"
OF = r"(?:\s+of)?"
MONTH_CONTEXT = re.compile(  # "in May", "mid-May", "between January and March", "May-July"
    r"\b(?:(?i:in|since|from|until|till|by|during|through|throughout|before|after|between|of|for|early|late|mid"
    r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+"
    rf"|(?:{alternation(MONTHS)})(?:\s+(?i:and|or|to|until|till|through)\s+|\s*[-–—]\s*))$"
)
MONTH_RANGE_AHEAD = re.compile(rf"\s*[-–—]\s*(?:{alternation(MONTHS)})\b")  # "May-July"
ARTICLE_BEFORE = re.compile(r"\b(?i:the|a|an|last|this|next)\s+$")
NOUN_AFTER = re.compile(r"['’]s\b|\s+[a-z]{3,}\b(?<!\bof)")
"""A month that qualifies a noun ("the October vote", "a June agreement", "December's figures") is a date;
"May" is left out, as a name ("the May government") is as likely."""
LOOK_BACK = 30
HYPHENATED_YEAR_PREFIXES = frozenset({"mid", "end", "early", "late", "pre", "post"})
GLUED_WORD = re.compile(r"([A-Za-z]+)-$")
NEXT_WORD = re.compile(r"\s+(\w+)")


def _day(year_: int, month: int, day_: int) -> PartialDate | None:
    try:
        return PartialDate(year_, month, day_)
    except ValueError:
        return None


def _in_year(
    match: re.Match[str], month: int, build: Callable[[int], Meaning | None], whole_month: bool = False
) -> Reading | None:
    """Absolute when the year is written; otherwise deictic, in the anchor's year.

    A whole month ("in March") takes any verb in -ed as a past cue, as a weekday does: it is mostly the
    adverbial of the verb before it ("stepped down in March"). A day ("payable Dec. 7") is more often a term
    a participle only qualifies ("the dividend declared ... is payable Dec. 7"), so only the finite past counts.
    """
    written = match.groupdict().get("year")
    if written is not None:
        return fixed(build(int(written)))
    if participle_just_before(match.string, match.start()):
        tense: Tense | None = "past"
        governed = True
    else:
        tense = bound_tense(match.string, match.start(), sentence_tense(match.string, *match.span(), whole_month))
        governed = tense != "past" or past_verb_governs(match.string, match.start(), whole_month)
    reading = relative("deictic", lambda anchor: build(_inferred_year(anchor, month, tense, governed)))
    return replace(reading, in_story=lambda anchor: None if anchor is None else build(anchor.year))


def _inferred_year(anchor: PartialDate, month: int, tense: Tense | None, governed: bool = True) -> int:
    """A past sentence means the last such month, a future one the next; otherwise the nearest
    ("in January", written in November, is the coming January). A day in the anchor's month stays in
    the anchor's year whatever the tense: a date line is often a day off the events it reports.

    The month just after the anchor's is put eleven months back only by a past verb that plainly
    governs it (`governed`): "the union told members of a stoppage in November", written in October,
    speaks of the coming November; news gives a month that far back its year."""
    anchor_month = anchor.month
    if anchor_month is None:
        return anchor.year
    nearest = min(
        (anchor.year - 1, anchor.year, anchor.year + 1),
        key=lambda y: abs(12 * (y - anchor.year) + month - anchor_month),
    )
    if tense is None or (not governed and 12 * (nearest - anchor.year) + month - anchor_month == 1):
        return nearest
    if tense == "future" and month < anchor_month:
        return anchor.year + 1
    return anchor.year - 1 if tense == "past" and month > anchor_month else anchor.year


def read_days(match: re.Match[str]) -> Reading | None:
    """One day or a span of days; a year written after a span belongs to its end."""
    groups = match.groupdict()
    first_month = month_number(match["m1"])
    last_month = first_month if groups.get("m2") is None else month_number(match["m2"])
    first_day, last_day = int(match["d1"]), None if groups.get("d2") is None else int(match["d2"])

    def build(year_: int) -> Meaning | None:
        if last_day is None:
            one = _day(year_, first_month, first_day)
            return None if one is None else Meaning(one)
        if (first_month, first_day) == (last_month, last_day):
            return None
        start_year = year_ if (first_month, first_day) < (last_month, last_day) else year_ - 1
        first, last = _day(start_year, first_month, first_day), _day(year_, last_month, last_day)
        if first is None or last is None:
            return None
        return Meaning(first, last, "range", part_values=(first.iso(), last.iso()))

    return _in_year(match, first_month, build)


def read_week_of(match: re.Match[str]) -> Reading | None:
    """ "the week of March 6" is the ISO week holding that day (TimeML "2000-W10"), Monday to Sunday."""
    month, day_ = month_number(match["m1"]), int(match["d1"])

    def build(year_: int) -> Meaning | None:
        if _day(year_, month, day_) is None:
            return None
        named = date(year_, month, day_)
        return _seven_days(named - timedelta(days=named.weekday()))

    return _in_year(match, month, build)


def _seven_days(first: date) -> Meaning:
    """Seven days from `first`, named in TimeML by the ISO week holding most of them (their middle day)."""
    iso_year, week, _ = (first + timedelta(days=3)).isocalendar()
    return Meaning(cut(first, "day"), cut(first + timedelta(days=6), "day"), "range", timex=f"{iso_year}-W{week:02d}")


WEEK_OF_MONTH_FIRST_DAYS = {"first": 1, "second": 8, "third": 15, "fourth": 22}
"""The day each counted week of a month starts on; "the last week" is its last seven days."""


def read_week_of_month(match: re.Match[str]) -> Reading | None:
    """ "the first week of March", "the last week of April 2000": seven days of the month, counted from its
    first day or back from its last. Without this, "the last week" alone was read as the week before the day of writing."""
    month, which = month_number(match["m1"]), match["which"].lower()

    def build(year_: int) -> Meaning:
        last_day = monthrange(year_, month)[1]
        first_day = last_day - 6 if which in ("last", "final") else WEEK_OF_MONTH_FIRST_DAYS[which]
        return _seven_days(date(year_, month, first_day))

    return _in_year(match, month, build)


def read_months(match: re.Match[str]) -> Reading | None:
    """One month ("May 2023", "in May") or a span of months ("May-July 2024")."""
    first = month_number(match["m1"])
    last = None if match.groupdict().get("m2") is None else month_number(match["m2"])
    if last is None:
        return _in_year(match, first, lambda year_: Meaning(PartialDate(year_, first)), whole_month=True)
    if last == first:
        return None
    return _in_year(match, first, lambda year_: _month_range(year_, first, last))


def _month_range(year_: int, first: int, last: int) -> Meaning:
    """A span of months whose written year belongs to its end ("November-February 2025")."""
    start, end = month_span(year_ - 1 if last < first else year_, first, last)
    return Meaning(start, end, "range", part_values=(start.iso(), end.iso()))


def read_month_in_context(match: re.Match[str]) -> Reading | None:
    """A month with neither day nor year is a date only after a word that introduces a time
    ("in May", "mid-May", "for January"), in a span of months ("May-July") or qualifying a noun ("the
    October vote"); alone, "May" is as likely the verb."""
    after_context = MONTH_CONTEXT.search(match.string, max(0, match.start() - LOOK_BACK), match.start()) is not None
    if not after_context and MONTH_RANGE_AHEAD.match(match.string, match.end()) is None and not _qualifies(match):
        return None
    return read_months(match)


def _qualifies(match: re.Match[str]) -> bool:
    if match["m1"] == "May":
        return False
    if match.string.startswith(("'s", "’s"), match.end()):
        return True
    before = ARTICLE_BEFORE.search(match.string, max(0, match.start() - LOOK_BACK), match.start()) is not None
    return before and NOUN_AFTER.match(match.string, match.end()) is not None


def read_season(match: re.Match[str]) -> Reading | None:
    """ "spring 2024", "the winter of 2022"."""
    return fixed(season_of_year(match["season"], int(match["year"])))


def season_of_year(season: str, year_: int) -> Meaning:
    """Spring is March-May, summer June-August, autumn September-November, winter December-February."""
    season = season.lower()
    timex = f"{year_}-{SEASON_CODES[season]}"
    return Meaning(*month_span(year_, *SEASONS[season]), "range", timex=timex)


def read_part_of_year(match: re.Match[str]) -> Reading | None:
    """Quarters ("Q3 2024", "the third quarter of 2024") and halves ("H1 2024", "the first half of 2024",
    "the last half of 2024"), written in TimeML as 2024-Q3 and 2024-H1; "the first two quarters of 2024" is
    its first half."""
    groups = match.groupdict()
    half = groups["h"] is not None or groups["pair"] is not None or (groups["part"] or "").lower() == "half"
    months = 6 if half else 3
    if groups["pair"] is not None:
        which = 1 if groups["pair"].lower() == "first" else 2
    elif groups["ordinal"] is not None:
        ordinal = groups["ordinal"].lower()
        which = 12 // months if ordinal == "last" else ORDINALS[ordinal]
    else:
        which = int(groups["q"] or groups["h"])
    if which * months > 12:
        return None
    last, year_ = which * months, int(match["year"])
    timex = f"{year_}-{'H' if half else 'Q'}{which}"
    return fixed(Meaning(*month_span(year_, last - months + 1, last), "range", timex=timex))


def read_numeric_day(match: re.Match[str]) -> Reading | None:
    """ISO "2024-03-15" and European "15.03.2024"."""
    one = _day(int(match["year"]), int(match["mo"]), int(match["d1"]))
    return fixed(None if one is None else Meaning(one))


def read_slashed_day(match: re.Match[str]) -> Reading | None:
    """A day written with slashes: Europe puts the day first, the United States the month, so only a number
    above 12 says which is which ("23/02/2024", "02/23/2024"). "5/12/2017" may be 5 December or May 12: the
    year is all it says for certain, and that is what it is read as."""
    first, second, year_ = int(match["a"]), int(match["b"]), int(match["year"])
    if first > 12 and second > 12:
        return None
    if first <= 12 and second <= 12 and first != second:
        return fixed(Meaning(PartialDate(year_)))
    day_, month = (first, second) if first > 12 or first == second else (second, first)
    one = _day(year_, month, day_)
    return fixed(None if one is None else Meaning(one))


def read_year_range(match: re.Match[str]) -> Reading | None:
    """ "2025-2028", "2025–28", "2024/25": the end must come after the start."""
    first, last = int(match["y1"]), match["y2"]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    parts = (str(first), str(end))
    return fixed(Meaning(PartialDate(first), PartialDate(end), "range", part_values=parts)) if end > first else None


def read_decade(match: re.Match[str]) -> Reading | None:
    """ "the 1990s" is 1990 to 1999 at year precision (TIMEX3 "199"); "the early 1990s" keeps its modifier."""
    modifier = match["modifier"]
    return fixed(decade(int(match["decade"]), None if modifier is None else MODIFIERS[modifier.lower()]))


def read_fiscal_year(match: re.Match[str]) -> Reading | None:
    """ "fiscal 1989": TimeML tags the year with its word; a fiscal year is taken as the calendar one."""
    return fixed(Meaning(PartialDate(int(match["year"]))))


def read_bare_year(match: re.Match[str]) -> Reading | None:
    """A four-digit number that is not glued to a word ("Horizon-2020") nor counting something ("2000 troops")."""
    glued = GLUED_WORD.search(match.string, max(0, match.start() - LOOK_BACK), match.start())
    if glued is not None and glued.group(1).lower() not in HYPHENATED_YEAR_PREFIXES:
        return None
    following = NEXT_WORD.match(match.string, match.end())
    if following is not None and following.group(1).lower() in QUANTITY_NOUNS:
        return None
    return fixed(Meaning(PartialDate(int(match["year"]))))


def read_historic_year(match: re.Match[str]) -> Reading | None:
    """ "in 1898", "since 1776": a year before 1900 only right after "in" or "since" and not before a noun it
    counts ("in 1500 homes"): a number that old is more often an amount than a year."""
    following = NEXT_WORD.match(match.string, match.end())
    if following is not None and following.group(1).islower() and following.group(1) not in HISTORIC_YEAR_FOLLOWERS:
        return None
    return fixed(Meaning(PartialDate(int(match["year"]))))


def read_day_of_month(match: re.Match[str]) -> Reading | None:
    """ "on the 15th": that day of the month of writing, or of the month before when a past sentence puts it
    after the day of writing, or of the month after when a future one puts it before."""
    number = int(match["d"])
    tense = sentence_tense(match.string, *match.span("date"), regular_past=True)

    def build(anchor: PartialDate) -> Meaning | None:
        if anchor.month is None:
            return None
        month = PartialDate(anchor.year, anchor.month)
        if anchor.day is not None and tense == "past" and number > anchor.day:
            month = shift(month, relativedelta(months=-1), "month")
        elif anchor.day is not None and tense == "future" and number < anchor.day:
            month = shift(month, relativedelta(months=1), "month")
        assert month.month is not None
        one = _day(month.year, month.month, number)
        return None if one is None else Meaning(one)

    return relative("deictic", build)


def _rule(
    pattern: str, gates: tuple[Gate, ...], read: Callable[[re.Match[str]], Reading | None], bare_year: bool = False
) -> Rule:
    return Rule(re.compile(pattern), gates, read, bare_year)


def _spans(pattern: str, read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    """A rule for a month or day, or a span of them whose two ends (groups p1, p2) TimeML tags apart."""
    compiled = re.compile(pattern)
    return Rule(compiled, (MONTH_GATE,), read, parts=("p1", "p2") if "p1" in compiled.groupindex else ())


IN_WORD = r"[\w-]"
MONTH_DAY = rf"{month_name('m1')}\s+{day('d1')}"  # "November 5"
DAY_MONTH = rf"{day('d1')}{OF}\s+{month_name('m1')}"  # "5 November", "5th of November"
FROM = r"(?:(?i:from|between)\s+)?"
DAY_SPANS = [  # each optionally after a weekday and before a year; its two days are TIMEX3s of their own in
    # TimeML (groups p1, p2), the year written after the second belonging to it
    rf"{FROM}(?P<p1>{MONTH_DAY}){RANGE_JOIN}(?P<p2>{month_name('m2')}\s+{day('d2')}{WRITTEN_YEAR}?)",  # "Nov. 30 - Dec. 2"
    rf"{FROM}(?P<p1>{DAY_MONTH}){RANGE_JOIN}(?P<p2>{day('d2')}{OF}\s+{month_name('m2')}{WRITTEN_YEAR}?)",  # "30 Nov. - 2 Dec."
    rf"{FROM}(?P<p1>{MONTH_DAY}){RANGE_JOIN}(?P<p2>{day('d2')}{WRITTEN_YEAR}?)",  # "November 5-6"
    rf"{FROM}(?P<p1>{day('d1')}){RANGE_JOIN}(?P<p2>{day('d2')}{OF}\s+{month_name('m1')}{WRITTEN_YEAR}?)",  # "5-6 November"
]
DAYS = [MONTH_DAY, rf"(?:(?i:the)\s+)?{DAY_MONTH}"]  # each optionally after a weekday ("Thursday 09 January 2020")
WEEK_OF = rf"{opening('tT')}(?i:the\s+week\s+of)\s+{MONTH_DAY}{WRITTEN_YEAR}?"  # "the week of March 6"
WEEK_OF_MONTH = (  # "the first week of March", "the last week of April 2000"
    rf"{opening('tT')}(?i:the\s+(?P<which>first|second|third|fourth|last|final)\s+week\s+of)\s+"
    rf"{month_name('m1', abbreviated=False)}{WRITTEN_YEAR}?"
)
MONTH_PATTERNS = [
    rf"{opening('A-Zfb')}{FROM}(?P<p1>{month_name('m1')}){RANGE_JOIN}(?P<p2>{month_name('m2')}{WRITTEN_YEAR})",  # "May-July 2024"
    rf"{opening('A-Z')}{month_name('m1')}{OF}{WRITTEN_YEAR}",  # "May 2023", "May of 2023"
]
MONTH_IN_CONTEXT = rf"{opening('A-Z')}{month_name('m1', abbreviated=False)}"  # "in May", "mid-May"
# "spring 2024", "the winter of 2022"
SEASON_YEAR = rf"{opening('tTsSwWaAfF')}(?:(?i:the)\s+)?{SEASON}{OF}\s+{year('year')}"
PART_OF_YEAR = (  # "Q3 2024", "H1 2025", "the first half of 2024", "the third quarter of 2024"
    rf"{opening('QHtTfFsSlL')}(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?:(?i:the)\s+)?(?:(?P<ordinal>(?i:first|second|third"
    rf"|fourth|last))\s+(?P<part>(?i:quarter|half))|(?P<pair>(?i:first|last))\s+(?i:two\s+quarters))\s+of)"
    rf"\s+{year('year')}"
)
ISO_DAY = rf"{year('year', not_after=IN_WORD)}-(?P<mo>0[1-9]|1[0-2])-{day('d1')}"  # "2024-03-15"
DOTTED_DAY = rf"{opening('0-9')}(?<![\w.]){day('d1')}\.(?P<mo>0?[1-9]|1[0-2])\.{year('year')}"  # "15.03.2024"
SLASHED_DAY = (  # "23/02/2024" (day first), "02/23/2024" (month first), "5/12/2017" (either)
    rf"{opening('0-9')}(?<![\w./])(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])/{year('year')}(?!/)"
)
NOT_AFTER_AMOUNT = r"(?<!\d[.,]\d{4})"  # "1.2025", "2,025"
STANDALONE = r"[\w€$£%/]"
YEAR_RANGE = (  # "2025-2028", "2025 – 2028", "2024-25", "2024/25"
    rf"{year('y1', not_after=STANDALONE)}{NOT_AFTER_AMOUNT}"
    rf"(?:{DASH}|\s*/\s*)(?P<y2>(?:19|20)\d\d|\d\d)(?!\d|[-–—]\d)"
)
DECADE = (  # "the 1990s", "the early 2000s", "mid-1990s"
    rf"{opening('tTeEmMlL0-9')}(?:(?i:the)\s+)?{EARLY_MID_LATE}(?P<decade>(?:19|20)\d0)s\b"
)
FISCAL_YEAR = rf"{opening('fF')}(?i:fiscal)\s+(?:(?i:year)\s+)?{year('year', not_after=STANDALONE)}(?![\w%]|[.,]\d)"  # "fiscal 1989"
HISTORIC_YEAR = (  # "in 1898", "since 1776"
    rf"{opening('iIsS')}(?i:in|since)\s+(?P<date>(?P<year>1[0-8]\d\d))(?![\w%]|[.,]\d|-[A-Za-z]|\s*%)"
)
HISTORIC_YEAR_FOLLOWERS = frozenset({
    "and", "or", "but", "to", "when", "after", "before", "until", "while", "the", "a", "an", "as", "by", "that",
    "with", "at", "on", "in", "for", "under", "against", "which", "who", "was", "were", "is", "are", "had", "has",
})  # fmt: skip
"""Lowercase words that may follow a year ("in 1898 the island...", "since 1776 and"); any other lowercase word
is taken as what the number counts."""
BARE_YEAR = rf"{year('year', not_after=STANDALONE)}{NOT_AFTER_AMOUNT}(?![\w%]|[.,]\d|-[A-Za-z])"
DAY_OF_MONTH = (  # "on the 15th", "on the 3rd, when": an ordinal day with no month, where no noun follows it
    rf"{opening('oO')}(?i:on)\s+(?P<date>(?i:the)\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th))"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?i:and|at|when|after|before|as|of\s+(?:this|that|the\s+same|next|last)\s+month)\b)"
)

DAY_OPENING = opening("A-Z0-9fbt")  # a weekday, month or day, or "from", "between", "the"
MONTHS_ONLY = (MONTH_GATE,)
YEARS_ONLY = (YEAR_GATE,)
ABSOLUTE_RULES = [
    *(_spans(rf"{DAY_OPENING}{OPTIONAL_WEEKDAY}{pattern}", read_days) for pattern in DAY_SPANS),
    *(_spans(rf"{DAY_OPENING}{OPTIONAL_WEEKDAY}{pattern}{WRITTEN_YEAR}?", read_days) for pattern in DAYS),
    *(_spans(pattern, read_months) for pattern in MONTH_PATTERNS),
    _rule(WEEK_OF, (MONTH_GATE, Gate(("week",), lowered=True)), read_week_of),
    _rule(WEEK_OF_MONTH, (MONTH_GATE, Gate(("week of",), lowered=True)), read_week_of_month),
    _rule(MONTH_IN_CONTEXT, MONTHS_ONLY, read_month_in_context),
    _rule(SEASON_YEAR, (SEASON_GATE, YEAR_GATE), read_season),
    _rule(PART_OF_YEAR, (PART_OF_YEAR_GATE, YEAR_GATE), read_part_of_year),
    _rule(ISO_DAY, YEARS_ONLY, read_numeric_day),
    _rule(DOTTED_DAY, YEARS_ONLY, read_numeric_day),
    _rule(SLASHED_DAY, (YEAR_GATE, Gate(("/",))), read_slashed_day),
    Rule(re.compile(YEAR_RANGE), YEARS_ONLY, read_year_range, parts=("y1", "y2")),
    _rule(DECADE, (DECADE_GATE,), read_decade),
    _rule(FISCAL_YEAR, (YEAR_GATE, Gate(("fiscal",), lowered=True)), read_fiscal_year),
    _rule(BARE_YEAR, YEARS_ONLY, read_bare_year, bare_year=True),
    _rule(HISTORIC_YEAR, (Gate(("in 1", "since 1"), lowered=True),), read_historic_year),
    _rule(DAY_OF_MONTH, (Gate(("on the",), lowered=True),), read_day_of_month),
]
