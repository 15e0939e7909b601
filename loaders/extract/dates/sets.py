"""Rules for times that recur: "every week", "each July", "annually", "twice a year", "on Tuesdays".

"Quarterly" is left out: in business news it mostly names a report ("quarterly earnings").

TimeML calls them SET: a period (P1W) for a regular interval, or a calendar pattern with the
unknown parts written X ("XXXX-WXX-2" for every Tuesday, "XXXX-07" for every July). A
recurrence anchors no event; its ISO value is the anchor it was read against.
"""

import re
from collections.abc import Callable

from eastflank.loaders.extract.dates.durations import COUNT, count_of, duration_value
from eastflank.loaders.extract.dates.lexicon import MONTHS, SEASON_CODES, WEEKDAY_GATE, WEEKDAYS, alternation, opening
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, relative

ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
           "hourly": "PT1H", "nightly": "P1D", "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
           "biennially": "P2Y", "fortnightly": "P2W"}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
EVERY = rf"{opening('eE')}(?i:every|each)\s+"
EVERY_UNIT = (  # "every week", "every other day", "every six months"
    rf"{EVERY}(?:(?P<other>(?i:other))\s+|{COUNT}\s+)?(?P<unit>(?i:(?:day|fortnight|week|month|year|quarter|hour|minute|decade)s?))\b"
)
EVERY_NAME = (  # "every Monday", "each July", "each spring", "every night"
    rf"{EVERY}(?:(?P<weekday>{alternation(WEEKDAYS)})|(?P<month>{alternation(MONTHS)})"
    rf"|(?P<season>(?i:{alternation(SEASON_CODES)}))|(?P<part>(?i:{alternation(PARTS_OF_DAY)})))\b"
)
WEEKDAY_OF_EVERY = (  # "the first Monday of every month", "the last Friday of each quarter"
    rf"{opening('tT')}(?i:the)\s+(?i:first|second|third|fourth|last)\s+(?:{alternation(WEEKDAYS)})\s+(?i:of)\s+"
    rf"{EVERY}(?P<unit>(?i:month|quarter|year))\b"
)
PLURAL_WEEKDAY = (  # "on Tuesdays", "Tuesday nights"
    rf"{opening('A-Z')}(?P<weekday>{alternation(WEEKDAYS)})(?:s\b|\s+(?P<part>(?i:mornings|afternoons|evenings|nights))\b)"
)
ADVERB = rf"{opening('a-zA-Z')}(?P<adverb>(?i:{alternation(ADVERBS)}))\b"
TIMES_A = (  # "twice a year": the TIMEX3 is "a year"
    rf"{opening('oOtT0-9a-z')}(?i:once|twice|thrice|\w+\s+times)\s+"
    r"(?P<date>(?i:a|an|per)\s+(?P<unit>(?i:day|week|month|year|quarter|hour|minute)))\b"
)
SET_GATE = Gate(("every", "each", "times", "once", "twice", *ADVERBS, "days", "nights", "mornings"), lowered=True)
EVERY_GATE = Gate(("every", "each"), folded=True)
ADVERB_GATE = Gate(tuple(ADVERBS), folded=True)
TIMES_GATE = Gate(("once", "twice", "thrice", "times"), folded=True)
"""What each set rule cannot match without, besides the words of any set: most "each" is no "each week"."""


def _set(value: str) -> Reading:
    return relative("deictic", lambda anchor: Meaning(anchor, timex_type="SET", timex=value))


def read_every_unit(match: re.Match[str]) -> Reading | None:
    """ "every week" is P1W; "every other week" P2W, "every six months" P6M."""
    amount = 2 if match["other"] is not None else 1 if match["n"] is None else count_of(match["n"])
    if match["n"] is None and match["unit"].lower().endswith("s"):
        return None
    return _set(duration_value(match["unit"], amount))


def read_every_name(match: re.Match[str]) -> Reading | None:
    """ "each Thursday" is XXXX-WXX-4, "every July" XXXX-07, "each spring" XXXX-SP, "every night" XXXX-XX-XXTNI."""
    if match["weekday"] is not None:
        return _set(f"XXXX-WXX-{WEEKDAYS[match['weekday']] + 1}")
    if match["season"] is not None:
        return _set(f"XXXX-{SEASON_CODES[match['season'].lower()]}")
    if match["part"] is not None:
        return _set(f"XXXX-XX-XXT{PARTS_OF_DAY[match['part'].lower()]}")
    return _set(f"XXXX-{MONTHS[match['month']]:02d}")


def read_weekday_of_every(match: re.Match[str]) -> Reading | None:
    """ "the first Monday of every month" recurs once a month (P1M); that Monday is no date of its own."""
    return _set(duration_value(match["unit"], 1))


def read_plural_weekday(match: re.Match[str]) -> Reading | None:
    """ "on Tuesdays" is every Tuesday; "Tuesday nights" every Tuesday night."""
    part = "" if match["part"] is None else "T" + PARTS_OF_DAY[match["part"].lower().removesuffix("s")]
    return _set(f"XXXX-WXX-{WEEKDAYS[match['weekday']] + 1}{part}")


def read_adverb(match: re.Match[str]) -> Reading | None:
    """ "annually" is P1Y."""
    return _set(ADVERBS[match["adverb"].lower()])


def read_times_a(match: re.Match[str]) -> Reading | None:
    """ "twice a year": once per the unit."""
    return _set(duration_value(match["unit"], 1))


def _rule(pattern: str, gate: Gate, read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    return Rule(re.compile(pattern), (SET_GATE, gate), read, timex_type="SET")


SET_RULES = [
    _rule(EVERY_UNIT, EVERY_GATE, read_every_unit),
    _rule(EVERY_NAME, EVERY_GATE, read_every_name),
    _rule(WEEKDAY_OF_EVERY, EVERY_GATE, read_weekday_of_every),
    Rule(re.compile(PLURAL_WEEKDAY), (WEEKDAY_GATE,), read_plural_weekday, timex_type="SET"),
    _rule(ADVERB, ADVERB_GATE, read_adverb),
    _rule(TIMES_A, TIMES_GATE, read_times_a),
]
