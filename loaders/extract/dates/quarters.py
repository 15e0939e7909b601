"""Rules for quarters and halves named without a year: "the third quarter", "third-quarter
profit", "the fiscal first half", "the latest quarter", "the year-earlier period".

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
from eastflank.loaders.extract.dates.lexicon import ORDINALS, opening
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, relative
from eastflank.loaders.extract.dates.tense import sentence_tense

FISCAL = r"(?:(?i:fiscal)[-\s]+)?"
ORDINAL = r"(?P<ordinal>(?i:first|second|third|fourth))"
NAMED_PART = (  # "the third quarter", "the fiscal first half", "third-quarter", "fiscal second-quarter"
    rf"{opening('tTfFsSiI')}(?:(?P<the>(?i:the|its|this\s+year['’]s)\s+))?{FISCAL}{ORDINAL}[-\s]+"
    rf"{FISCAL}(?P<part>(?i:quarter|half))\b(?![-\s]+(?i:of\s+(?:the\s+)?(?:(?:19|20)\d\d|year|last|next|this)))"
)
LATEST_PART = (  # "the latest quarter", "the quarter", "the current quarter", "the year-ago period"
    rf"{opening('tTyYiI')}(?:(?P<the>(?i:the|this|that|its)\s+)(?:(?P<which>(?i:latest|current|same|most\s+recent"
    r"|comparable|recent|just-ended|just\s+ended))\s+)?(?P<ago>(?i:year[-\s](?:ago|earlier))\s+)?"
    r"(?:(?P<then>(?i:third|second|first|fourth))\s+)?(?P<part>(?i:quarter|period))"
    r"|(?P<bare>(?i:year[-\s](?:ago|earlier))))\b(?![-\s](?i:end|long))"
)
QUARTER_GATE = Gate(("quarter", "half", "period", "year-ago", "year-earlier", "year ago", "year earlier"), lowered=True)


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
    past = sentence_tense(match.string, *match.span()) == "past"

    def build(anchor: PartialDate) -> Meaning:
        first_month = (number - 1) * (3 if part == "Q" else 6) + 1
        starts_later = anchor.month is not None and first_month > anchor.month
        return _quarter_meaning(anchor.year - (past and starts_later), part, number)

    return relative("deictic", build)


def read_latest_part(match: re.Match[str]) -> Reading | None:
    """ "the quarter" means the last quarter named or, failing that, the last one finished;
    "year-ago" moves it a year back; "the current quarter" is the anchor's own."""
    if match["bare"] is None and match["part"].lower() == "period" and match["which"] is None and match["ago"] is None:
        return None
    shift = 0 if match["bare"] is None and match["ago"] is None else 1
    current = (match["which"] or "").lower() == "current" or (match["the"] or "").strip().lower() == "this"
    then = None if match["then"] is None else ORDINALS[match["then"].lower()]

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
        return meaning if current or then is not None else _refers_back(meaning, shift)

    return relative("deictic", build)


def _refers_back(meaning: Meaning, shift: int) -> Meaning:
    return replace(meaning, year_shift=shift)


def _rule(pattern: str, read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    return Rule(re.compile(pattern), (QUARTER_GATE,), read)


QUARTER_RULES = [_rule(NAMED_PART, read_named_part), _rule(LATEST_PART, read_latest_part)]
