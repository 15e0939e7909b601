"""Rules for lengths of time: "five years", "a five-year plan", "the first nine months", "for weeks".

A duration names how long, not when, so it is a TIMEX3 of type DURATION with a value such
as P5Y, PT3H or, for an unstated count ("several days", "for years"), PXD. It is read
against the publication date only so that it has an anchor like every other expression;
events never take their date from it. Ages ("a five-year-old", "ten years old") are not
durations of anything the news reports and are left out.
"""

import re
from collections.abc import Callable

from eastflank.loaders.extract.dates.lexicon import (
    DURATION_UNITS,
    MORE_NUMBER_WORDS,
    NUMBER_WORDS,
    PLURAL_UNITS,
    TENS,
    VAGUE_COUNTS,
    alternation,
    opening,
)
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, relative

ONES = {
    word: value for word, value in NUMBER_WORDS.items() if value < 10 and word.isalpha() and word not in ("a", "an")
}
WORD_COUNTS = {**NUMBER_WORDS, **MORE_NUMBER_WORDS}
COUNT = (
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})?|(?i:(?:{alternation(TENS)})[-\s](?:{alternation(ONES)})"
    rf"|{alternation(WORD_COUNTS)}|{alternation(VAGUE_COUNTS)}))"
)
UNIT_WORDS = alternation([*PLURAL_UNITS, *DURATION_UNITS])
HEDGE = (
    r"(?:(?i:nearly|almost|about|around|roughly|approximately|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|at\s+most|up\s+to|no\s+more\s+than|under|another|some)\s+)"
)
WHICH = r"(?i:first|last|past|next|coming|latest|final|previous|following|remaining|same|initial|year-(?:earlier|ago))"
FILLER = r"(?:(?i:more|additional|straight|consecutive|trading|business|working|full|whole)\s+)"
NOT_AN_AGE = (  # "a month after the strike began" is a length (TimeML: DURATION, "after" a signal); "a month
    # after," counts from the date before, a DATE read elsewhere
    r"(?![-\s](?i:old)\b)(?!\s+(?i:of\s+age|ago|earlier|later|afterwards|from\s+now)\b)"
    r"(?!\s+(?i:before|after)\b\s*(?:[,.;:)]|$))"
)
NOT_OLD = r"(?!\s+(?i:old|of\s+age|ago)\b)"
"""After "and a half" only an age or "ago" stops a length: "a minute and a half later" states how long (TimeML
tags the length and leaves "later" as its signal), where "a minute later" is the time it leads to."""
COUNTED = (  # "five years", "nearly two decades", "the first nine months", "a five-year" ("the" of "the
    # five-year plan" belongs to the noun; "within" and "over" are signals TimeML leaves out)
    rf"{opening('0-9A-Za-z')}(?:{HEDGE}|(?i:the)\s+(?:(?P<which>{WHICH})\s+|(?![\w,]+-)))?{COUNT}"
    rf"(?P<half>\s+1/2|\s+(?i:and\s+a\s+half)|-(?i:and-a-half))?(?:\s+|-){FILLER}?"
    rf"(?P<unit>(?i:{UNIT_WORDS}))\b(?:(?P<half_after>\s+(?i:and\s+a\s+half)\b){NOT_OLD}|{NOT_AN_AGE})"
)
HALVES = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "M"), "S": (0, "S")}
"""Half of a unit in the next smaller one: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S."""
UNCOUNTED = (  # "for years", "in recent months", "the coming weeks"
    rf"{opening('a-zA-Z')}(?P<after>(?i:for|over|within|after|took|lasted|in|of)\s+)?"
    rf"(?P<date>(?:(?:(?i:the)\s+)?(?P<which>(?i:recent|coming|past|ensuing|following|last|next))\s+)?"
    rf"(?P<unit>(?i:{alternation(PLURAL_UNITS)})))\b{NOT_AN_AGE}"
)
CLOCK_BEFORE_SIGNAL = (  # "two hours later", "30 minutes earlier", "an hour afterwards"
    rf"{opening('0-9A-Za-z')}(?P<date>(?:{HEDGE})?{COUNT}\s+(?P<unit>(?i:seconds?|minutes?|hours?)))"
    r"(?=\s+(?i:later|earlier|afterwards?)\b)"
)
DURATION_GATE = Gate((*DURATION_UNITS, "centuries"), lowered=True)
"""Every unit word, and "centuries", which holds no "century"."""
PLURAL_GATE = Gate(tuple(PLURAL_UNITS), folded=True)
"""An uncounted length is a plural unit ("for years"): "today" and "Monday" open the duration gate, not this one."""


def count_of(word: str) -> int | None:
    """The number a COUNT matched, None for a vague one ("several")."""
    lowered = re.sub(r"\s+", " ", word.lower())
    if lowered[0].isdigit():
        return int(lowered.replace(",", ""))
    if lowered in WORD_COUNTS:
        return WORD_COUNTS[lowered]
    tens, _, ones = lowered.replace("-", " ").partition(" ")
    return TENS[tens] + ONES[ones] if tens in TENS and ones in ONES else None


def duration_value(unit: str, amount: int | None) -> str:
    """TIMEX3 value of `amount` units: P5Y, PT3H, P20Y for two decades, PXD when the count is vague."""
    unit = PLURAL_UNITS.get(unit.lower(), unit.lower())
    letter, clock = DURATION_UNITS[unit]
    if letter in ("DE", "CE") and amount is not None:
        letter, amount = "Y", amount * (10 if letter == "DE" else 100)
    if unit in ("weekend", "fortnight"):  # two days, two weeks
        amount = None if amount is None else 2 * amount
    return f"P{'T' if clock else ''}{'X' if amount is None else amount}{letter}"


def length_reading(value: str) -> Reading:
    """A length of time with this TIMEX3 value, anchored on the publication date only to have an anchor."""
    return relative("deictic", lambda anchor: Meaning(anchor, timex_type="DURATION", timex=value))


RATE_BEFORE = re.compile(
    rf"(?i)(?:\d|\b(?:{alternation(WORD_COUNTS)}|million|billion|thousand|hundred|percent|cents?))"
    r"(?:\s+[a-z]+s)?\s+$"
)
"""An amount before "a year" makes it a rate ("$5 million a year", "four flights a week"), which TimeML leaves untagged."""


def read_counted(match: re.Match[str]) -> Reading | None:
    """A count of units; a singular unit only after a number word or hyphen ("five-year", "a year")."""
    amount = count_of(match["n"])
    if amount == 0 or _fraction_or_ordinal(match) or _rate(match):
        return None
    value = duration_value(match["unit"], amount)
    if value.endswith("Q") and amount is not None:  # a length in quarters is written in ISO months: P9M
        value = f"P{3 * amount}M"
    if (match["half"] or match["half_after"]) is not None and amount is not None:
        value = _and_a_half(value)
    return length_reading(value)


def _and_a_half(value: str) -> str:
    """A duration value and half its unit more, in ISO 8601's next smaller unit (weeks as days)."""
    found = re.fullmatch(r"P(T?)(\d+)([A-Z])", value)
    if found is None:
        return value
    clock, amount, letter = found.group(1), int(found.group(2)), found.group(3)
    if letter == "W":
        return f"P{7 * amount + 3}DT12H"
    if clock and letter == "M":
        return f"PT{amount}M30S"
    if letter not in HALVES or letter == "S":
        return value
    half, smaller = HALVES[letter]
    if letter == "D":
        return f"P{amount}DT{half}{smaller}"
    return f"P{clock}{amount}{letter}{half}{smaller}"


def _rate(match: re.Match[str]) -> bool:
    if match["n"].lower() not in ("a", "an"):
        return False
    return RATE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) is not None


def _fraction_or_ordinal(match: re.Match[str]) -> bool:
    """ "a second term" counts an order, "three-quarters" a share: neither is a length of time; "the next
    three quarters" is one."""
    unit, count = match["unit"].lower(), match["n"].lower()
    if unit.startswith("quarter") and count in ("a", "an", "three"):
        return match["which"] is None or re.match(r"\s+of\b", match.string[match.end() :]) is not None
    return unit == "second" and count in ("a", "an")


FRACTIONS = {
    ("half", "century"): "P50Y", ("quarter", "century"): "P25Y", ("half", "decade"): "P5Y", ("half", "year"): "P6M",
    ("half", "day"): "PT12H", ("half", "hour"): "PT30M", ("quarter", "hour"): "PT15M",
}  # fmt: skip
"""The length of "half a century", "a quarter-century", "half an hour" ..., in TimeML's value syntax."""
FRACTION_OF = (  # "half a century", "a quarter-century", "a quarter of an hour", "half a year"
    r"(?:(?i:a)\s+)?(?P<fraction>(?i:half|quarter))(?:\s+(?:(?i:of)\s+)?(?i:an?)\s+|[-\s])"
    r"(?P<unit>(?i:century|decade|year|day|hour))\b"
)
FRACTION_GATE = Gate(("half", "quarter"), lowered=True)


def fraction_value(match: re.Match[str]) -> str | None:
    """The TIMEX3 value of the fraction of a unit FRACTION_OF matched; None for one no one says ("a quarter year")."""
    return FRACTIONS.get((match["fraction"].lower(), match["unit"].lower()))


def read_fraction(match: re.Match[str]) -> Reading | None:
    """ "half a century" is P50Y, "a quarter-century" P25Y, "half an hour" PT30M."""
    value = fraction_value(match)
    return None if value is None else length_reading(value)


def read_uncounted(match: re.Match[str]) -> Reading | None:
    """Units with no count: "for years" is some number of years; "years" alone is left alone."""
    if match["after"] is None and match["which"] is None:
        return None
    return length_reading(duration_value(match["unit"], None))


def read_clock_before_signal(match: re.Match[str]) -> Reading | None:
    """ "two hours later", "an hour earlier": the length TimeML tags ("later" is its signal); a day or more
    before "later" is the date it leads to, read by the relative rules."""
    return length_reading(duration_value(match["unit"], count_of(match["n"])))


def _rule(pattern: str, gates: tuple[Gate, ...], read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    return Rule(re.compile(pattern), gates, read, timex_type="DURATION")


DURATION_RULES = [
    _rule(COUNTED, (DURATION_GATE,), read_counted),
    _rule(
        CLOCK_BEFORE_SIGNAL,
        (Gate(("second", "minute", "hour"), lowered=True), Gate(("later", "earlier", "afterward"), lowered=True)),
        read_clock_before_signal,
    ),
    _rule(UNCOUNTED, (DURATION_GATE, PLURAL_GATE), read_uncounted),
    _rule(rf"{opening('aAhHqQ')}{FRACTION_OF}{NOT_AN_AGE}", (FRACTION_GATE,), read_fraction),
]
