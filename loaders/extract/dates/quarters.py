"""Rules for quarters and halves named without a year: "the third quarter", "third-quarter
profit", "the fiscal first half", "the latest quarter", "the year-earlier period", "in Q2", "4Q21", "FY23".

Business news counts in quarters, and TimeML writes them 1989-Q3 and 1989-H1. A quarter
with no year is the anchor year's, or the year before when the sentence is in the past and
the quarter has not begun by the anchor. "The quarter" and "the latest quarter" refer back to
the last quarter named (dates_resolve), else mean the last quarter finished by the anchor;
"the year-ago quarter" and "year-earlier" mean that quarter a year before. A fiscal quarter
is taken as the calendar one: the text rarely says when the fiscal year starts.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from eastflank.loaders.extract.dates.calendar import month_span
from eastflank.loaders.extract.dates.lexicon import ORDINALS, YEAR_GATE, month_name, month_number, opening, year
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, fixed, relative
from eastflank.loaders.extract.dates.tense import Tense, sentence_tense

FISCAL = r"(?:(?i:fiscal)[-\s]+)?"
ORDINAL = r"(?P<ordinal>(?i:first|second|third|fourth))"
NAMED_PART = (  # "the third quarter", "the fiscal first half", "third-quarter", "fiscal second-quarter"; TimeML
    # tags the adjective "third-quarter" without the article of its noun
    rf"{opening('tTfFsSiI')}(?:(?P<the>(?i:the|its|this\s+year['’]s)\s+)(?!{FISCAL}(?i:first|second|third|fourth)-))?{FISCAL}{ORDINAL}"
    rf"[-\s]+"
    rf"{FISCAL}(?P<part>(?i:quarter|half))\b(?![-\s]+(?i:of\s+(?:the\s+)?(?:(?:19|20)\d\d|year|last|next|this)))"
)
LATEST_PART = (  # "the latest quarter", "the quarter", "the current quarter", "the year-ago period"
    rf"{opening('tTyYiIlLnN')}(?:(?P<the>(?i:the|this|that|its|(?P<years>last|next)\s+year['’]s)\s+)"
    r"(?:(?P<which>(?i:latest|current|same|most\s+recent|comparable|corresponding|recent|just-ended|just\s+ended))\s+)?"
    r"(?P<ago>(?i:year[-\s](?:ago|earlier))\s+)?(?:(?P<then>(?i:third|second|first|fourth))\s+)?(?P<part>(?i:quarter|period))"
    r"(?P<later>\s+(?i:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?"
    r"|(?P<bare>(?i:year[-\s](?:ago|earlier))))\b(?![-\s](?i:end|long|century|centuries)\b|-to-)"
)
QUARTER_AWAY = (  # "last quarter", "next quarter", "the coming quarter": one quarter from the anchor's own
    rf"{opening('lLnNtT')}(?:(?P<rel>(?i:last))|(?:(?i:the)\s+)?(?P<ahead>(?i:next|coming)))\s+(?i:quarter)\b"
    r"(?![-\s]+(?i:of|century|centuries)\b)"
)
""""The last quarter" is left out: it is as often the fourth quarter of a year ("in the last quarter of 2021")."""
SHORT_PART = (  # "in Q2", "for H1", "the Q3 results": a quarter or half in its short form, with no year
    rf"{opening('iIfFdDoObBsSuUtTaA')}(?P<prep>(?i:in|for|during|of|by|since|until|from|to|through|the|and))\s+"
    r"(?P<date>(?P<part>[QH])(?P<n>[1-4]))\b(?![-/'’]?\w)"
)
ANALYST_PART = (  # "4Q21", "1H22", "3Q2023": an analyst's quarter or half with its year
    r"(?<![\w.])(?P<n>[1-4])(?P<part>[QH])(?P<year>(?:19|20)?\d\d)\b"
)
FISCAL_YEAR_SHORT = r"(?<![\w.])FY\s?(?P<year>(?:19|20)\d\d|\d\d)\b"  # "FY2022", "FY 2022", "FY23"
YEAR_PART = (  # "the 1988 second quarter", "the 1988 period": a year written before the part
    rf"{opening('tTiI')}(?i:the|its)\s+{year('year')}\s+(?:(?i:fiscal)\s+)?(?:{ORDINAL}\s+)?"
    r"(?P<part>(?i:quarter|half|period))\b(?![-\s](?i:end|long))"
)
PART_OF_NAMED_YEAR = (  # "the first half of next year", "the fourth quarter of this year", "the second half of the year"
    rf"{opening('tTiI')}(?i:the|its)\s+{FISCAL}(?P<ordinal>(?i:first|second|third|fourth|last))\s+(?P<part>(?i:quarter|half))"
    r"\s+(?i:of)\s+(?:(?i:the)\s+)?(?:(?P<rel>(?i:last|next|this|current|previous|following|coming))\s+)?(?i:year)\b"
    r"(?![-'’]\w)"
)
YEAR_STEPS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "following": 1, "coming": 1}
"""How many years from the anchor's each word names; "the following year" and "the previous year" read on the
publication year here as "next" and "last" do, since a part of a year is seldom told relative to another date."""
ENDED = re.compile(rf"\s+(?i:ended|ending)\s+{month_name('month')}")
"""A quarter "ended Sept. 30" is the calendar quarter holding most of its three months: that of the middle one."""
LATEST = ("latest", "most recent", "recent", "just-ended", "just ended")
"""Words that name the last part of a year over by the anchor, whatever part the text spoke of before."""
QUARTER_GATE = Gate(("quarter", "half", "period", "year-ago", "year-earlier", "year ago", "year earlier"), lowered=True)
ORDINAL_GATE = Gate(("first", "second", "third", "fourth"), folded=True)
"""The ordinal a named part ("the third quarter") cannot match without."""


def _quarter_meaning(year: int, part: str, number: int) -> Meaning:
    months = 3 if part == "Q" else 6
    last = number * months
    first, end = month_span(year, last - months + 1, last)
    return Meaning(first, end, "range", timex=f"{year}-{part}{number}")


def _anchor_quarter(anchor: PartialDate) -> int | None:
    return None if anchor.month is None else (anchor.month - 1) // 3 + 1


def read_named_part(match: re.Match[str]) -> Reading | None:
    """ "the third quarter": the anchor year's, or last year's if it starts after the anchor in a past sentence."""
    part = "Q" if match["part"].lower() == "quarter" else "H"
    number = ORDINALS[match["ordinal"].lower()]
    if part == "H" and number > 2:
        return None
    return _part_of_the_anchor_year(part, number, sentence_tense(match.string, *match.span()) == "past")


def read_short_part(match: re.Match[str]) -> Reading | None:
    """ "in Q2" is read as "the second quarter" is."""
    part, number = match["part"], int(match["n"])
    if part == "H" and (number > 2 or match["prep"].lower() == "the"):  # "the H2 bomber", "the H1 visa"
        return None
    return _part_of_the_anchor_year(part, number, sentence_tense(match.string, *match.span("date")) == "past")


def _part_of_the_anchor_year(part: str, number: int, past: bool) -> Reading:
    """A quarter or half of the anchor's year, or of the year before when a past sentence names one that has not
    begun by the anchor."""

    def build(anchor: PartialDate) -> Meaning:
        first_month = (number - 1) * (3 if part == "Q" else 6) + 1
        starts_later = anchor.month is not None and first_month > anchor.month
        return _quarter_meaning(anchor.year - (past and starts_later), part, number)

    return relative("deictic", build)


def full_year(written: str) -> int:
    """ "2021", or "21" as 2021 and "98" as 1998: a two-digit year in news is this century's up to 49."""
    number = int(written)
    return number if len(written) == 4 else number + (2000 if number < 50 else 1900)


def read_analyst_part(match: re.Match[str]) -> Reading | None:
    """ "4Q21" is 2021-Q4, "1H22" 2022-H1."""
    part, number = match["part"], int(match["n"])
    return None if part == "H" and number > 2 else fixed(_quarter_meaning(full_year(match["year"]), part, number))


def read_fiscal_year_short(match: re.Match[str]) -> Reading | None:
    """ "FY2022", "FY23": the year written, as "fiscal 2022" is (a fiscal year is taken as the calendar one)."""
    return fixed(Meaning(PartialDate(full_year(match["year"]))))


def read_latest_part(match: re.Match[str]) -> Reading | None:
    """ "the quarter" means the last quarter named or, failing that, the last one finished; "the latest
    quarter" the last one finished; "year-ago", "last year's" or "a year earlier" after it move it a year
    back, "next year's" a year on; "the current quarter" is the anchor's own."""
    if match["bare"] is None and match["part"].lower() == "period" and match["which"] is None and match["ago"] is None:
        return None
    shift = 0 if match["bare"] is None and match["ago"] is None and match["later"] is None else 1
    if match["years"] is not None:
        shift = 1 if match["years"].lower() == "last" else -1
    which = re.sub(r"\s+", " ", (match["which"] or "").lower())
    current = which == "current" or (match["the"] or "").strip().lower() == "this"
    then = None if match["then"] is None else ORDINALS[match["then"].lower()]
    latest = which in LATEST
    ended = ENDED.match(match.string, match.end()) if match["part"] is not None else None
    if ended is not None and shift == 0 and then is None and not current:
        return _ended_quarter(month_number(ended["month"]), sentence_tense(match.string, *match.span()))

    def build(anchor: PartialDate) -> Meaning | None:
        quarter = _anchor_quarter(anchor)
        if quarter is None:
            return None
        year, number = anchor.year - shift, quarter if current else quarter - 1
        if then is not None:
            number = then
        if number == 0:
            year, number = year - 1, 4
        meaning = _quarter_meaning(year, "Q", number)
        return meaning if current or latest or then is not None else _refers_back(meaning, shift)

    return relative("deictic", build)


def _ended_quarter(end_month: int, tense: Tense | None) -> Reading:
    """The quarter ending in `end_month`: of the anchor's year, or the year before when that month is still
    to come and the sentence does not look ahead."""
    number = ((end_month - 2) % 12) // 3 + 1

    def build(anchor: PartialDate) -> Meaning:
        later = anchor.month is not None and end_month > anchor.month and tense != "future"
        return _quarter_meaning(anchor.year - later, "Q", number)

    return relative("deictic", build)


def read_quarter_away(match: re.Match[str]) -> Reading | None:
    """ "last quarter" written in March 2022 is 2021-Q4, "next quarter" 2022-Q2."""
    step = -1 if match["rel"] is not None else 1

    def build(anchor: PartialDate) -> Meaning | None:
        quarter = _anchor_quarter(anchor)
        if quarter is None:
            return None
        year, index = divmod(anchor.year * 4 + quarter - 1 + step, 4)
        return _quarter_meaning(year, "Q", index + 1)

    return relative("deictic", build)


def read_year_part(match: re.Match[str]) -> Reading | None:
    """ "the 1988 third quarter" is 1988-Q3; "the 1988 quarter" or "the 1988 period" the part of a year last
    named, in 1988 (dates_resolve), or the year itself when none was."""
    year_ = int(match["year"])
    if match["ordinal"] is None:
        if match["part"].lower() == "half":
            return None
        return fixed(Meaning(PartialDate(year_), part_year=year_))
    part = "H" if match["part"].lower() == "half" else "Q"
    number = ORDINALS[match["ordinal"].lower()]
    if (part == "H" and number > 2) or match["part"].lower() == "period":
        return None
    return fixed(_quarter_meaning(year_, part, number))


def read_part_of_named_year(match: re.Match[str]) -> Reading | None:
    """ "the first half of next year": that part of the year the words name from the day of writing; "the
    second half of the year" that part of the year the text is telling of (the publication year by default)."""
    part = "Q" if match["part"].lower() == "quarter" else "H"
    ordinal = match["ordinal"].lower()
    number = {"Q": 4, "H": 2}[part] if ordinal == "last" else ORDINALS[ordinal]
    if part == "H" and number > 2:
        return None
    if match["rel"] is None:  # "the second half of the year": of the year the text is telling of
        return relative("anaphoric", lambda anchor: _quarter_meaning(anchor.year, part, number))
    step = YEAR_STEPS[match["rel"].lower()]
    return relative("deictic", lambda anchor: _quarter_meaning(anchor.year + step, part, number))


def _refers_back(meaning: Meaning, shift: int) -> Meaning:
    return replace(meaning, year_shift=shift)


def _rule(pattern: str, read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    return Rule(re.compile(pattern), (QUARTER_GATE,), read)


QUARTER_RULES = [
    Rule(re.compile(NAMED_PART), (QUARTER_GATE, ORDINAL_GATE), read_named_part),
    _rule(LATEST_PART, read_latest_part),
    Rule(re.compile(QUARTER_AWAY), (QUARTER_GATE, Gate(("last", "next", "coming"), lowered=True)), read_quarter_away),
    Rule(re.compile(YEAR_PART), (QUARTER_GATE, YEAR_GATE), read_year_part),
    Rule(re.compile(SHORT_PART), (Gate(("Q1", "Q2", "Q3", "Q4", "H1", "H2")),), read_short_part),
    Rule(re.compile(ANALYST_PART), (Gate(("1Q", "2Q", "3Q", "4Q", "1H", "2H")),), read_analyst_part),
    Rule(re.compile(FISCAL_YEAR_SHORT), (Gate(("FY",)),), read_fiscal_year_short),
    Rule(re.compile(PART_OF_NAMED_YEAR), (QUARTER_GATE, Gate(("year",), lowered=True)), read_part_of_named_year),
]
