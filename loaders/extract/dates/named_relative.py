"""Rules for relative dates that name a weekday, month or season: "on Thursday", "last May", "next summer".

They count from the moment of writing, so they are deictic. A weekday needs a day-precision
anchor (a month or year anchor cannot say which Thursday) and is dropped without one.
"""

import re
from dataclasses import replace
from datetime import date, timedelta

from eastflank.loaders.extract.dates.absolute import season_of_year
from eastflank.loaders.extract.dates.calendar import cut, month_bounds
from eastflank.loaders.extract.dates.lexicon import (
    DEICTIC_GATE,
    MODIFIERS,
    MONTH_GATE,
    SEASON,
    SEASON_GATE,
    SEASONS,
    WEEKDAY,
    WEEKDAY_GATE,
    WEEKDAYS,
    month_name,
    month_number,
    opening,
)
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, relative
from eastflank.loaders.extract.dates.relative import DIRECTIONS
from eastflank.loaders.extract.dates.tense import Tense, delayed_until, sentence_tense

STEPS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
WEEKEND_GATE = Gate(("weekend",), lowered=True)
TENSE_STEPS: dict[Tense | None, int | None] = {"future": 3, "past": None, None: 2}
"""A plain weekday: the coming one in a future sentence (3 stands for that), the latest on or before the
anchor in a past one, and with no tense the nearest (2). The anchor's own weekday is the anchor's day
in all three: news names the day of writing by its weekday ("the minister will fly to Riga on
Thursday", written on a Thursday, is that day)."""
POSSESSIVE = re.compile(r"['’]s\b")
"""A weekday that owns a noun ("Thursday's closing price", "appeal Wednesday's ruling") names what news
already knows of: the latest such day, whatever the sentence's tense, unless the words just before it look
ahead ("ahead of Sunday's vote")."""
IS_ON_BEFORE = re.compile(r"(?i)\b(?:is|are)\s+(?:on\s+)?$")
IS_AFTER = re.compile(r"\s+(?:is|are)\b")
"""A weekday a present "is" names is scheduled ("the first round of voting is Sunday", "the deadline is on
Friday", "Monday is a holiday"): the coming one, or the day of writing itself ("today is Wednesday")."""
AHEAD_BEFORE = re.compile(r"(?i)\b(?:ahead\s+of|before|until|till|for|awaiting|await)\s+$")


def read_weekday(match: re.Match[str]) -> Reading | None:
    """ "last Thursday", "next Monday", or a plain "Thursday": the coming one when the sentence
    speaks of the future (or a present "is" schedules it), the latest one on or before the anchor when it
    speaks of the past (or when the day owns a noun), otherwise the nearest one."""
    weekday = WEEKDAYS[match["weekday"]]
    step = None if match["rel"] is None else STEPS[match["rel"].lower()]
    if step is None:
        tense = sentence_tense(match.string, *match.span(), regular_past=True)
        owns = POSSESSIVE.match(match.string, match.end()) is not None
        looks_ahead = AHEAD_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is not None
        step = None if owns and (tense is None or not looks_ahead) else TENSE_STEPS[tense]
        if delayed_until(match.string, match.start()) or _scheduled_by_is(match):
            step = TENSE_STEPS["future"]
    return relative("deictic", lambda anchor: _weekday(anchor, weekday, step))


def _scheduled_by_is(match: re.Match[str]) -> bool:
    return (
        IS_ON_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
        or IS_AFTER.match(match.string, match.end()) is not None
    )


def _weekday(anchor: PartialDate, weekday: int, step: int | None) -> Meaning | None:
    if anchor.month is None or anchor.day is None:
        return None
    today = date(anchor.year, anchor.month, anchor.day)
    if step == 0:
        days = weekday - today.weekday()
    elif step == 1:
        days = (weekday - today.weekday() - 1) % 7 + 1
    elif step == -1:
        days = -((today.weekday() - weekday - 1) % 7 + 1)
    elif step == 2:
        days = (weekday - today.weekday() + 3) % 7 - 3
    elif step == 3:
        days = (weekday - today.weekday()) % 7
    else:
        days = -((today.weekday() - weekday) % 7)
    return Meaning(cut(today + timedelta(days=days), "day"))


def read_weekday_of_week(match: re.Match[str]) -> Reading | None:
    """ "Wednesday last week", "Friday of next week": that weekday in the week before or after the anchor's."""
    weekday, weeks = WEEKDAYS[match["weekday"]], STEPS[match["rel"].lower()]

    def build(anchor: PartialDate) -> Meaning | None:
        if anchor.month is None or anchor.day is None:
            return None
        moved = date(anchor.year, anchor.month, anchor.day) + timedelta(weeks=weeks)
        return _weekday(PartialDate(moved.year, moved.month, moved.day), weekday, 0)

    return relative("deictic", build)


def read_weekday_around(match: re.Match[str]) -> Reading | None:
    """ "the previous Friday", "the following Monday": the weekday before or after the day the text is on."""
    weekday = WEEKDAYS[match["weekday"]]
    step = -1 if match["which"].lower() in ("previous", "preceding") else 1
    return relative("anaphoric", lambda anchor: _weekday(anchor, weekday, step))


def read_named_month(match: re.Match[str]) -> Reading | None:
    """ "last May", "this March", "next January" at month precision."""
    month, step = month_number(match["m1"]), STEPS[match["rel"].lower()]
    return relative("deictic", lambda anchor: Meaning(PartialDate(_start_year(anchor, month, month, step), month)))


def read_month_of_year(match: re.Match[str]) -> Reading | None:
    """ "January this year", "June last year", "March of next year": the month in the year named."""
    month, step = month_number(match["m1"]), STEPS[match["rel"].lower()]
    return relative("deictic", lambda anchor: Meaning(PartialDate(anchor.year + step, month)))


def read_season_of_year(match: re.Match[str]) -> Reading | None:
    """ "the autumn of last year", "summer next year": that season in the year named."""
    season, step = match["season"], STEPS[match["rel"].lower()]
    return relative("deictic", lambda anchor: season_of_year(season, anchor.year + step))


def read_named_season(match: re.Match[str]) -> Reading | None:
    """ "last summer", "next spring" as a span of months (seasons as in dates_absolute)."""
    season, step = match["season"], STEPS[match["rel"].lower()]
    return relative("deictic", lambda anchor: season_of_year(season, _season_start_year(anchor, season, step)))


def read_season_around(match: re.Match[str]) -> Reading | None:
    """ "the following spring", "the previous winter", "that summer": a season counted from the date the
    text last named, as "the following year" is ("arrived in the fall of 2008 and left the following spring"
    is spring 2009). "the next summer" is this one too; "next summer" without its article counts from the
    day of writing."""
    season, step = match["season"], DIRECTIONS[(match["which"] or match["that"]).lower()]
    return relative("anaphoric", lambda anchor: season_of_year(season, _season_start_year(anchor, season, step)))


def _season_start_year(anchor: PartialDate, season: str, step: int) -> int:
    """The year a season named from `anchor` starts. "this spring" or "that summer" is the one holding the
    anchor, else the anchor year's, whatever the tense ("this summer" in a past sentence written in March is
    still this year's). A winter spans two years, so the anchor's year does not say which: it is the nearest
    (said in March, the winter just over; said in October, the coming one)."""
    first, last = SEASONS[season.lower()]
    if step == 0 and anchor.month is not None and first > last:
        return _season_year(anchor, first, last, None)
    return _start_year(anchor, first, last, step)


def _start_year(anchor: PartialDate, first: int, last: int, step: int) -> int:
    """The year a named month or season starts: "last" is the latest one over before the anchor's
    month, "next" the first to begin after it, "this" the one holding it, else the anchor year's."""
    if anchor.month is None:
        return anchor.year + step
    now = (anchor.year, anchor.month)
    years = range(anchor.year - 2, anchor.year + 2)
    spans = {year: month_bounds(year, first, last) for year in years}
    if step < 0:
        return max(year for year in years if spans[year][1] < now)
    if step > 0:
        return min(year for year in years if spans[year][0] > now)
    return next((year for year in years if spans[year][0] <= now <= spans[year][1]), anchor.year)


def read_season_alone(match: re.Match[str]) -> Reading | None:
    """ "in the summer", "over the winter", "this past spring": the season of the anchor's year or the one
    beside it, by the tense of the sentence as for a month (dates_absolute): past means the latest begun by
    the anchor, future the first not yet over ("until spring" looks ahead, "since spring" back), no tense the
    one holding the anchor or nearest to it."""
    season = match["season"]
    first, last = SEASONS[season.lower()]
    modifier = None if match["mod"] is None else MODIFIERS[match["mod"].lower()]
    prep = (match["prep"] or "").lower()
    if prep in NOUN_PREPOSITIONS and match["the"] is None and modifier is None:
        return None
    tense: Tense | None = sentence_tense(match.string, *match.span("date"), regular_past=True)
    if match["past"] is not None or prep == "since":
        tense = "past"
    elif prep in ("until", "by"):
        tense = "future"

    def build(anchor: PartialDate) -> Meaning | None:
        if anchor.month is None:
            return None
        meaning = season_of_year(season, _season_year(anchor, first, last, tense))
        return replace(meaning, modifier=modifier)

    return relative("deictic", build)


def _season_year(anchor: PartialDate, first: int, last: int, tense: Tense | None) -> int:
    assert anchor.month is not None
    now = (anchor.year, anchor.month)
    years = range(anchor.year - 2, anchor.year + 2)
    spans = {year: month_bounds(year, first, last) for year in years}
    if tense == "past":
        return max(year for year in years if spans[year][0] <= now)
    if tense == "future":
        return min(year for year in years if spans[year][1] >= now)
    holding = [year for year in years if spans[year][0] <= now <= spans[year][1]]
    if holding:
        return holding[0]
    return min(years, key=lambda year: abs(12 * (spans[year][0][0] - now[0]) + spans[year][0][1] - now[1]))


def read_weekend(match: re.Match[str]) -> Reading | None:
    """ "the weekend", "last weekend", "this weekend": Saturday to Sunday, written in TimeML as the
    ISO week's weekend ("2025-W09-WE"); a plain "the weekend" goes by tense as a weekday does."""
    rel = match["rel"].lower()
    step = STEPS.get(rel, 0) if rel != "the" else TENSE_STEPS[sentence_tense(match.string, *match.span(), True)]
    return relative("deictic", lambda anchor: _weekend(anchor, step))


def _weekend(anchor: PartialDate, step: int | None) -> Meaning | None:
    """The weekend meant, from the Saturday of the anchor's week: "last" is the one before it, a past
    sentence means the latest begun, no tense the nearest (early in the week, the one just gone)."""
    if anchor.month is None or anchor.day is None:
        return None
    today = date(anchor.year, anchor.month, anchor.day)
    saturday = today + timedelta(days=5 - today.weekday())
    started = today.weekday() >= 5
    if step == -1 or (step is None and not started) or (step == 2 and today.weekday() <= 1):
        saturday -= timedelta(weeks=1)
    elif step == 1 and started:
        saturday += timedelta(weeks=1)
    year, week, _ = saturday.isocalendar()
    sunday = saturday + timedelta(days=1)
    return Meaning(cut(saturday, "day"), cut(sunday, "day"), "range", timex=f"{year}-W{week:02d}-WE")


NOUN_PREPOSITIONS = ("of", "from", "for")
"""Before these a bare season word is as often a thing ("a jug of spring water", "oil for fall protection");
"the end of the summer", "levels of the early summer", "from late spring" are times."""
STEP = rf"{opening('lLnNtT')}(?P<rel>(?i:last|next|this))\s+"
SEASON_ALONE = (  # "in the summer", "over the early winter", "since spring", "this past autumn", "of the summer"
    rf"{opening('iIdDoOsSuUbBtTaAfF')}(?:(?P<prep>(?i:in|during|over|since|until|by|through|into|throughout|before|of|from|for"
    rf"|after))\s+|(?=(?i:this\s+past)\s))(?P<date>(?:(?P<the>(?i:the))\s+|(?P<past>(?i:this\s+past))\s+)?"
    rf"(?:(?P<mod>(?i:early|late|mid))[-\s]+)?{SEASON})(?![-'’]\w|\s+(?i:of)\b)"
)
NAMED_RELATIVE_RULES = [
    Rule(
        re.compile(rf"{opening('A-ZlntcLNTC')}(?:(?P<rel>(?i:last|next|this|coming))\s+)?{WEEKDAY}"),
        (WEEKDAY_GATE,),
        read_weekday,
    ),
    Rule(
        re.compile(rf"{opening('A-Z')}{WEEKDAY}\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|next|this))\s+(?i:week)\b(?!['’]s)"),
        (WEEKDAY_GATE, DEICTIC_GATE),
        read_weekday_of_week,
    ),
    Rule(
        re.compile(rf"{opening('tT')}(?i:the)\s+(?P<which>(?i:previous|preceding|following|next))\s+{WEEKDAY}"),
        (WEEKDAY_GATE, Gate(("previous", "preceding", "following", "next"), lowered=True)),
        read_weekday_around,
    ),
    Rule(
        re.compile(
            rf"{opening('tTlLnNpP')}(?:(?i:this)\s+(?=(?i:past)\s))?(?P<rel>(?i:the|this|last|next|past|coming))\s+(?i:weekend)\b(?![-'’]\w)"
        ),
        (WEEKEND_GATE,),
        read_weekend,
    ),
    Rule(re.compile(rf"{STEP}{month_name('m1', abbreviated=False)}"), (MONTH_GATE, DEICTIC_GATE), read_named_month),
    Rule(re.compile(rf"{STEP}{SEASON}"), (SEASON_GATE, DEICTIC_GATE), read_named_season),
    Rule(re.compile(SEASON_ALONE), (SEASON_GATE,), read_season_alone),
    Rule(
        re.compile(
            rf"{opening('tT')}(?:(?i:the)\s+(?P<which>(?i:following|next|previous|preceding|same))|(?P<that>(?i:that)))"
            rf"\s+{SEASON}(?![-'’]\w)"
        ),
        (SEASON_GATE, Gate(("following", "next", "previous", "preceding", "same", "that"), lowered=True)),
        read_season_around,
    ),
    Rule(
        re.compile(
            rf"{opening('tTsSwWaAfF')}(?:(?i:the)\s+)?{SEASON}\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|next|this))\s+(?i:year)\b"
        ),
        (SEASON_GATE, DEICTIC_GATE),
        read_season_of_year,
    ),
    Rule(
        re.compile(rf"{opening('A-Z')}{month_name('m1')}\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|next|this))\s+(?i:year)\b"),
        (MONTH_GATE, DEICTIC_GATE),
        read_month_of_year,
    ),
]
