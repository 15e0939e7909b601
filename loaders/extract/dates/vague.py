"""Rules for times the words leave uncounted: "a few days later", "a week-long visit", "the months ahead", "a later date".

None of them says when: "a few days later" counts from the date before but not by how much,
so it is the length TimeML tags (DURATION, value PXD, "later" a signal), never a date an
event can take. "Week-long" and "decades-long" describe a length the same way "five-year"
does. "The months ahead" is the stretch after the moment of writing (DURATION), and "a later
date" the future (FUTURE_REF), as "the future" is.
"""

import re
from collections.abc import Callable

from eastflank.loaders.extract.dates.durations import PLURAL_GATE, WORD_COUNTS, duration_value, length_reading
from eastflank.loaders.extract.dates.lexicon import (
    DURATION_UNITS,
    PLURAL_UNITS,
    VAGUE_COUNTS,
    alternation,
    opening,
)
from eastflank.loaders.extract.dates.model import TimexType
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, relative

PLURAL = alternation(PLURAL_UNITS)
VAGUE_BEFORE_SIGNAL = (  # "a few days later", "weeks earlier": the span stops before the signal word
    rf"{opening('a-zA-Z')}(?P<date>(?:(?i:{alternation(VAGUE_COUNTS)})\s+)?(?P<unit>(?i:{PLURAL})))"
    r"(?=\s+(?i:later|earlier|afterwards?)\b)"
)
LONG_COMPOUND = (  # "a week-long visit", "decades-long rivalry"; "long-term" and "lifelong" name no unit
    rf"{opening('a-zA-Z')}(?<!-)(?P<unit>(?i:{alternation([*PLURAL_UNITS, *DURATION_UNITS])}))-(?i:long)\b(?![-'’]\w)"
)
"""A counted compound ("a two-year-long war") is the counted rule's: its count is not this rule's one."""
COUNT_BEFORE = re.compile(rf"(?i:\d|\b(?:{alternation(WORD_COUNTS)}))[-\s]+$")
AHEAD = rf"{opening('tT')}(?i:the\s+(?:(?:next|coming)\s+)?(?P<unit>{PLURAL})\s+ahead)\b"
LATER_DATE = rf"{opening('aA')}(?i:a\s+(?:later|future)\s+(?:date|stage|time))\b"


def read_vague_length(match: re.Match[str]) -> Reading | None:
    """Some number of units that the words do not count: PXD, PXW, PXY; "two hours later" is counted."""
    if COUNT_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is not None:
        return None
    return length_reading(duration_value(match["unit"], None))


def read_long_compound(match: re.Match[str]) -> Reading | None:
    """A singular unit is one of it ("day-long": P1D); a plural one is uncounted ("weeks-long": PXW)."""
    unit = match["unit"].lower()
    return length_reading(duration_value(unit, None if unit in PLURAL_UNITS else 1))


def read_later_date(match: re.Match[str]) -> Reading | None:
    """Some time after the moment of writing: TimeML's FUTURE_REF."""
    return relative("deictic", lambda anchor: Meaning(anchor, timex="FUTURE_REF"))


def _rule(
    pattern: str, gates: tuple[Gate, ...], read: Callable[[re.Match[str]], Reading | None], timex_type: TimexType
) -> Rule:
    return Rule(re.compile(pattern), gates, read, timex_type=timex_type)


VAGUE_RULES = [
    _rule(VAGUE_BEFORE_SIGNAL, (PLURAL_GATE, Gate(("later", "earlier", "afterward"), lowered=True)),
          read_vague_length, "DURATION"),
    _rule(LONG_COMPOUND, (Gate(("-long",), lowered=True),), read_long_compound, "DURATION"),
    _rule(AHEAD, (PLURAL_GATE, Gate(("ahead",), lowered=True)), read_vague_length, "DURATION"),
    _rule(LATER_DATE, (Gate(("later", "future"), lowered=True),), read_later_date, "DATE"),
]  # fmt: skip
