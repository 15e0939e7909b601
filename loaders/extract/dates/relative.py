"""Rules for dates relative to an anchor: "last year", "two years ago", "a month earlier".

Deictic expressions ("last year", "yesterday", "three years ago") count from the
moment of writing, so they anchor on the publication date. Anaphoric ones ("a month
earlier", "the following year", "that day") count from the date the text just gave, so
they anchor on the previous date. A result is never finer than its anchor (dates_calendar).
"""

import re
from collections.abc import Callable
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from eastflank.loaders.extract.dates.calendar import middle, shift
from eastflank.loaders.extract.dates.durations import FRACTION_GATE, FRACTION_OF, duration_value, fraction_value
from eastflank.loaders.extract.dates.lexicon import UNIT, UNIT_GATE, VAGUE_COUNTS, alternation, count, number, opening
from eastflank.loaders.extract.dates.model import PartialDate, Precision
from eastflank.loaders.extract.dates.reading import Anchoring, Gate, Meaning, Reading, Rule, relative

UNITS: dict[str, tuple[Callable[[int], relativedelta], Precision]] = {  # unit -> n units as a delta, finest precision
    "year": (lambda n: relativedelta(years=n), "year"),
    "decade": (lambda n: relativedelta(years=10 * n), "year"),
    "century": (lambda n: relativedelta(years=100 * n), "year"),
    "month": (lambda n: relativedelta(months=n), "month"),
    "week": (lambda n: relativedelta(weeks=n), "month"),
    "fortnight": (lambda n: relativedelta(weeks=2 * n), "month"),
    "day": (lambda n: relativedelta(days=n), "day"),
}
DIRECTIONS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "earlier": -1, "before": -1, "ago": -1,
    "this": 0, "same": 0, "that": 0, "today": 0,
    "next": 1, "coming": 1, "following": 1, "later": 1, "after": 1, "afterwards": 1,
    "yesterday": -1, "tomorrow": 1,
}  # fmt: skip
SPAN_PREPOSITION = re.compile(r"(?i)\b(?:over|in|within|during|for|throughout)\s+$")
THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
PART_OF_WHAT_FOLLOWS = re.compile(r"\s+of\b")
"""After "the last day" or "the last year", "of" names what it is the end of ("the last day of the term", "the
last year of his mandate"): no span back from the day of writing. "the past week of talks" still is one."""
LOOK_BACK = 20
PART_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:months|weeks|days|quarters?|half|end|beginning|start|middle|rest|remainder|balance)\s+$"
)
SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
YEAR_ENDED = re.compile(r"(?i)\s+(?:that\s+)?(?:ended|ending|ends|to)\b")


def unit_of(word: str) -> str:
    """The singular unit for "years", "Month", "centuries" ..."""
    lowered = word.lower()
    return "century" if lowered == "centuries" else lowered.removesuffix("s")


def offset(anchor: PartialDate, unit: str, amount: int) -> PartialDate:
    """The anchor moved by amount units, at the unit's precision or the anchor's if coarser."""
    delta, precision = UNITS[unit]
    return shift(anchor, delta(amount), precision)


def _point(anchoring: Anchoring, unit: str, amount: int, counted: bool = False) -> Reading:
    """The anchor moved; a week at day precision is written as its ISO week ("2013-W12") in TimeML,
    and a `counted` "a year earlier" or "a year ago" may mean the quarter last named, a year before
    (dates_resolve), where "last year" names the year."""
    shift = -amount if unit == "year" and amount < 0 and counted else None

    def build(anchor: PartialDate) -> Meaning:
        return Meaning(offset(anchor, unit, amount), timex=_week_reached(anchor, unit, amount), year_shift=shift)

    return relative(anchoring, build)


def _week_reached(anchor: PartialDate, unit: str, amount: int) -> str | None:
    """The ISO week ("2013-W12") `amount` weeks or fortnights from a day; None for other units or a coarser
    anchor, which cannot say which week."""
    if unit not in ("week", "fortnight") or anchor.precision != "day":
        return None
    year, week, _ = (middle(anchor) + UNITS[unit][0](amount)).isocalendar()
    return f"{year}-W{week:02d}"


def read_this_unit(match: re.Match[str]) -> Reading | None:
    """ "last year", "this month", "next week"; "the last year" is a span, read elsewhere."""
    if THE_BEFORE.search(match.string, max(0, match.start() - LOOK_BACK), match.start()) is not None:
        return None
    return _point("deictic", unit_of(match["unit"]), DIRECTIONS[match["rel"].lower()])


def read_current_unit(match: re.Match[str]) -> Reading | None:
    """ "the current year", "the current fiscal year": the unit holding the moment of writing, as "this year"."""
    return _point("deictic", unit_of(match["unit"]), 0)


def read_the_year(match: re.Match[str]) -> Reading | None:
    """ "for the year", "the full year", "the first nine months of the year", "the end of the month": in a
    report, the year (month) the text speaks of (the date before, else the moment of writing). "(in) the year ended June 30" and "throughout
    the year" measure twelve months instead: a DURATION, as TimeML has it. "the year 1990" is the year written."""
    if (
        match["prep"] is not None
        and match["prep"].lower() == "of"
        and PART_NOUN_BEFORE.search(match.string, max(0, match.start() - LOOK_BACK), match.start()) is None
    ):
        return None
    ended = YEAR_ENDED.match(match.string, match.end()) is not None
    if (match["prep"] or "").lower() == "in" and not ended:
        return None
    unit = unit_of(match["unit"] or match["whole_unit"])
    measured = (match["prep"] or "").lower() == "throughout" or ended
    if measured:
        length = duration_value(unit, 1)
        return relative("anaphoric", lambda anchor: Meaning(anchor, timex_type="DURATION", timex=length))
    return _unit_told(unit)


def read_earlier_in_the(match: re.Match[str]) -> Reading | None:
    """ "earlier in the day", "later in the year": the unit of the date the text is on. A date named only to
    the year says no day, so "earlier in the day" after "since 2009" is not in 2009 (nor "the end of the month"):
    it reads nothing there, and the resolver takes the day of writing instead."""
    return _unit_told(unit_of(match["unit"]))


def _unit_told(unit: str) -> Reading:
    """The `unit` (day, month, year) holding the date the text is on, when that date says which one it is."""
    point = _point("anaphoric", unit, 0)
    return Reading("anaphoric", lambda anchor: point.resolve(anchor) if _names_a(unit, anchor) else None)


def _names_a(unit: str, anchor: PartialDate | None) -> bool:
    """Whether the anchor is precise enough to say which `unit` it falls in (a day or week needs its day)."""
    if anchor is None:
        return False
    return {"day": anchor.day, "week": anchor.day, "month": anchor.month}.get(unit, anchor.year) is not None


def read_year_end(match: re.Match[str]) -> Reading | None:
    """ "by year-end", "year's end": the anchor's year at its end (TimeML: the year, mod END); "since
    year-end" is the end of the year before."""
    before = SINCE_BEFORE.search(match.string, max(0, match.start() - LOOK_BACK), match.start())
    shift = -1 if before is not None else 0
    return relative("deictic", lambda anchor: Meaning(PartialDate(anchor.year + shift), modifier="end"))


def read_earlier_this(match: re.Match[str]) -> Reading | None:
    """ "earlier this year", "later this month": the unit itself, before or after the moment of writing."""
    return _point("deictic", unit_of(match["unit"]), 0)


def read_span(match: re.Match[str]) -> Reading | None:
    """ "the next five years" runs from the anchor's year to five years on; "the past three years" the other way.

    A bare "the next year" is left to the anaphoric rule ("the following year") unless a
    preposition makes it a span ("over the next year"); "the coming years" has no end and is skipped.
    """
    unit, plural = unit_of(match["unit"]), match["unit"].lower().endswith("s")
    if match["n"] is None and plural:
        return None
    if match["n"] is None and match["dir"].lower() == "next" and not _after_span_preposition(match):
        return None
    final = match["dir"].lower() == "last" and PART_OF_WHAT_FOLLOWS.match(match.string, match.end()) is not None
    if match["n"] is None and final:
        return None
    amount = 1 if match["n"] is None else count(match["n"])
    forward = DIRECTIONS[match["dir"].lower()] > 0
    length = None if match["n"] is None else duration_value(unit, amount)
    return relative("deictic", lambda anchor: _span(anchor, unit, amount if forward else -amount, length))


def _after_span_preposition(match: re.Match[str]) -> bool:
    return SPAN_PREPOSITION.search(match.string, max(0, match.start() - LOOK_BACK), match.start()) is not None


def _span(anchor: PartialDate, unit: str, amount: int, length: str | None) -> Meaning:
    """The calendar span covered; "the past three months" is also a TIMEX3 DURATION (P3M). An uncounted span is
    named in TimeML by the unit it reaches: "over the past year" (written in 1998) is 1997, "over the next year"
    1999, "the last decade" the 1980s (198) and "the past century" the 20th (19), though the span runs from the
    moment of writing."""
    far = offset(anchor, unit, amount)
    ends = sorted([offset(anchor, unit, 0), far], key=PartialDate.iso)
    meaning = Meaning(ends[0]) if ends[0] == ends[1] else Meaning(ends[0], ends[1], "range")
    if length is not None:
        return replace(meaning, timex_type="DURATION", timex=length)
    if unit == "decade":  # "the last decade" (written in 1998) is the 1980s, "198"; a year would say less
        return replace(meaning, timex=str(far.year // 10))
    if unit == "century":  # "the past century" (written in 1989 or 2022) is the 20th, "19": the most of its years
        return replace(meaning, timex=str((anchor.year + far.year) // 200))
    week = _week_reached(anchor, unit, amount) if unit == "week" else None
    if week is not None:  # "over the past week" (written on a Wednesday of week 11) is week 10, as "last week"
        return replace(meaning, timex=week)
    return meaning if amount < 0 or ends[0] == ends[1] else replace(meaning, timex=far.iso())


def read_ago(match: re.Match[str]) -> Reading | None:
    """ "two years ago", "a month ago"."""
    return _point("deictic", unit_of(match["unit"]), -count(match["n"]), counted=True)


def read_vague_ago(match: re.Match[str]) -> Reading | None:
    """ "several years ago", "a few months ago", "years ago": some time back that the words do not count,
    so no calendar time; TimeML's PAST_REF (the past seen from the moment of writing). Never anchors an event."""
    return relative("deictic", lambda anchor: Meaning(anchor, timex="PAST_REF"))


def read_earlier_later(match: re.Match[str]) -> Reading | None:
    """ "a month earlier", "two years later"; "a year before" only when nothing follows, since
    "a year before the war" counts from the war."""
    direction = match["dir"].lower()
    if direction in ("before", "after") and re.match(r"\s*(?:[,.;:)]|$)", match.string[match.end() :]) is None:
        return None
    return _point("anaphoric", unit_of(match["unit"]), DIRECTIONS[direction] * count(match["n"]), counted=True)


def read_following(match: re.Match[str]) -> Reading | None:
    """ "the following year", "the previous month", "the same day", "that year"."""
    return _point("anaphoric", unit_of(match["unit"]), DIRECTIONS[match["which"].lower()])


def read_from_now(match: re.Match[str]) -> Reading | None:
    """ "two weeks from now", "in a year's time": the anchor moved forward, as "ago" moves it back."""
    return _point("deictic", unit_of(match["unit"]), count(match["n"]))


def read_and_a_half_ago(match: re.Match[str]) -> Reading | None:
    """ "a year and a half ago", "two and a half years ago": that many years back counted in months."""
    return _point("deictic", "month", -(12 * count(match["n"]) + 6))


def read_fraction_ago(match: re.Match[str]) -> Reading | None:
    """ "half a century ago" is the year fifty years back, "half a year ago" the month six months back; a
    fraction of a day or an hour ago names a time of day the text does not give, and is left alone."""
    found = re.fullmatch(r"P(\d+)([YM])", fraction_value(match) or "")
    if found is None:
        return None
    amount, unit = int(found.group(1)), "year" if found.group(2) == "Y" else "month"
    return _point("deictic", unit, -amount)


def read_day_beyond(match: re.Match[str]) -> Reading | None:
    """ "the day before yesterday", "the day after tomorrow": two days from the day of writing."""
    return _point("deictic", "day", 2 * DIRECTIONS[match["word"].lower()])


def read_day_word(match: re.Match[str]) -> Reading | None:
    """ "yesterday", "today", "tomorrow"."""
    return _point("deictic", "day", DIRECTIONS[match["word"].lower()])


NUMBER_OPENING = opening("0-9aAoOtTfFsSeEnN")  # digits and the first letters of the number words
HEDGED_OPENING = (  # a count of units from now or from a date, with TimeML's APPROX, LESS_THAN or MORE_THAN word
    rf"{opening('0-9aAoOtTfFsSeEnNrRmMlL')}"
    r"(?:(?i:nearly|almost|about|roughly|approximately|some|more\s+than|less\s+than)\s+)?"
)
"""TimeML tags the hedge with the count ("nearly four years ago", "more than four decades ago"); "just" and "only"
are no part of it ("just a decade ago")."""
OR_SO = r"(?:\s+(?i:or\s+so))?"
"""A count hedged after its unit ("a week or so ago") still counts: the hedge is part of the expression."""
DAY_WORD_GATE = Gate(("yesterday", "today", "tomorrow"), lowered=True)


def _rule(pattern: str, words: tuple[str, ...], read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    return Rule(re.compile(pattern), (UNIT_GATE, Gate(words, lowered=True)), read)


RELATIVE_RULES = [
    _rule(
        rf"{opening('lLtTnN')}(?P<rel>(?i:last|this|next))\s+(?P<unit>(?i:year|month|week))\b",
        ("last", "this", "next"),
        read_this_unit,
    ),
    _rule(
        rf"{opening('tT')}(?i:the\s+current\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>year|month|week))\b",
        ("current",),
        read_current_unit,
    ),
    Rule(
        re.compile(
            rf"{opening('fFtTdDoOiI')}(?:(?P<prep>(?i:for|throughout|during|of|in))\s+(?P<date>(?i:the)\s+"
            r"(?:(?i:fiscal|full|whole|entire|calendar)\s+)?(?P<unit>(?i:year|month|week)))|(?P<whole>(?i:the)\s+"
            r"(?i:full|whole|entire)\s+(?P<whole_unit>(?i:year|month|week))))\b"
            r"(?![-'’]\w|\s+(?:(?:19|20)\d\d|(?i:two\s+thousand))\b)"
        ),
        (Gate(("year", "month", "week"), lowered=True),),
        read_the_year,
    ),
    Rule(
        re.compile(rf"{opening('eElL')}(?i:(?:earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year))\b"),
        (Gate(("earlier in", "later in"), lowered=True),),
        read_earlier_in_the,
    ),
    Rule(
        re.compile(
            rf"{opening('tTyYaA')}(?:(?P<around>(?i:around|about))\s+)?(?:(?i:the)\s+)?"
            r"(?i:year[-\s]end|year['’]s\s+end)\b(?![-'’]\w)"
        ),
        (Gate(("year-end", "year end", "year's end", "year’s end"), lowered=True),),
        read_year_end,
    ),
    _rule(
        rf"{opening('eElL')}(?i:(?:earlier|later)\s+this\s+(?P<unit>year|month|week))\b",
        ("earlier", "later"),
        read_earlier_this,
    ),
    _rule(
        rf"{opening('tT')}(?i:the\s+(?P<dir>past|last|next|coming)\s+(?:{number('n')}\s+)?"
        r"(?P<unit>years?|months?|fortnights?|weeks?|days?|decades?|century|centuries))\b",
        ("past", "last", "next", "coming"),
        read_span,
    ),
    _rule(rf"{HEDGED_OPENING}{number('n')}\s+{UNIT}{OR_SO}\s+(?i:ago)\b", ("ago",), read_ago),
    _rule(
        rf"{opening('sSaAfFmMyYwWdD')}(?:(?i:{alternation(VAGUE_COUNTS)})\s+)?(?i:years|months|weeks|days|decades)\s+"
        r"(?i:ago)\b",
        ("ago",),
        read_vague_ago,
    ),
    _rule(
        rf"{HEDGED_OPENING}{number('n')}\s+{UNIT}{OR_SO}\s+(?P<dir>(?i:earlier|later|before|after|afterwards))\b",
        ("earlier", "later", "before", "after"),
        read_earlier_later,
    ),
    _rule(
        rf"{opening('tT')}(?i:the\s+(?P<which>following|next|previous|preceding|same)\s+"
        r"(?P<unit>year|month|week|day))\b",
        ("following", "next", "previous", "preceding", "same"),
        read_following,
    ),
    _rule(
        rf"{opening('tT')}(?i:(?P<which>that)\s+(?:same\s+)?(?P<unit>year|month|week|day))\b", ("that",), read_following
    ),
    Rule(re.compile(rf"{opening('yYtT')}(?P<word>(?i:yesterday|today|tomorrow))\b"), (DAY_WORD_GATE,), read_day_word),
    _rule(
        rf"{NUMBER_OPENING}{number('n')}\s+{UNIT}(?:['’]s?\s+(?i:time)|\s+(?i:from\s+now|hence))\b",
        ("time", "from now", "hence"),
        read_from_now,
    ),
    Rule(
        re.compile(
            rf"{NUMBER_OPENING}{number('n')}\s+(?:(?i:years?)\s+(?i:and\s+a\s+half)|(?i:and\s+a\s+half\s+years?))"
            r"\s+(?i:ago)\b"
        ),
        (Gate(("and a half",), lowered=True), Gate(("ago",), lowered=True)),
        read_and_a_half_ago,
    ),
    Rule(
        re.compile(rf"{opening('aAhHqQ')}{FRACTION_OF}\s+(?i:ago)\b"),
        (FRACTION_GATE, Gate(("ago",), lowered=True)),
        read_fraction_ago,
    ),
    Rule(
        re.compile(rf"{opening('tT')}(?i:the\s+day\s+(?:before\s+(?=y)|after\s+(?=t))(?P<word>yesterday|tomorrow))\b"),
        (Gate(("day before yesterday", "day after tomorrow"), lowered=True),),
        read_day_beyond,
    ),
]
