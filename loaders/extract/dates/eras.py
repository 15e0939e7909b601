"""Rules for centuries and decades not written in four digits: "the 20th century", "this century",
"the nineties", "the '80s".

TimeML writes a century by its first two digits ("19" for the 20th century, the years 1900-1999)
and a decade by its first three ("198" for the eighties). The ISO value is the span of years.
A decade in words needs its article ("the sixties"): "in his sixties" is an age. A decade said
without its century ("the '80s") is taken in the 1900s, unless the 2000s' one has begun by the anchor ("the twenties" written in 2025).
"""

import re
from collections.abc import Callable

from eastflank.loaders.extract.dates.lexicon import EARLY_MID_LATE, MODIFIERS, TENS, alternation, opening
from eastflank.loaders.extract.dates.model import Modifier, PartialDate
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, fixed, relative

CENTURY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
DECADE_WORDS = {f"{word[:-1]}ies": value for word, value in TENS.items()}  # "twenties" ... "nineties"
CENTURY = (  # "the 20th century", "the eleventh century", "this century", "20th-century"
    rf"{opening('tT0-9a-zA-Z')}(?:(?P<this>(?i:this))\s+|(?:(?i:the)\s+)?{EARLY_MID_LATE}"
    rf"(?:(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)|(?P<word>(?i:{alternation(CENTURY_ORDINALS)})))[-\s]+)(?i:century)\b"
)
DECADE_IN_WORDS = (  # "the nineties", "the late eighties", "the '80s"; "early '90s" needs no article
    rf"(?:{opening('tT')}(?i:the)\s+|(?<![\w'’])(?=(?:(?i:early|mid|late)[-\s]+)?['’][0-9]0s\b))"
    rf"{EARLY_MID_LATE}(?:(?P<word>(?i:{alternation(DECADE_WORDS)}))\b|['’](?P<yy>[0-9]0)s\b)"
)
"""A decade word needs its article ("in his eighties" is an age); the short form with its apostrophe is a
decade either way ("the 1980s and early '90s")."""
THIS_DECADE = rf"{opening('tT')}(?i:this|the\s+current)\s+(?i:decade)\b"  # "this decade": the anchor's
DECADE_AT_ITS_END = (  # "by the end of the decade", "the middle of the century": the one the text tells of
    rf"{opening('eEsSbBmM')}(?i:end|start|beginning|middle)\s+(?i:of)\s+(?P<date>(?i:the)\s+(?P<unit>(?i:decade|century)))\b"
)
CENTURY_GATE = Gate(("century",), lowered=True)
DECADE_GATE = Gate(("decade",), lowered=True)
DECADE_WORD_GATE = Gate(("0s", *DECADE_WORDS), lowered=True)


def _modifier(match: re.Match[str]) -> Modifier | None:
    return None if match["modifier"] is None else MODIFIERS[match["modifier"].lower()]


def _century(first_two: int, modifier: Modifier | None) -> Meaning:
    start = 100 * first_two
    return Meaning(PartialDate(max(start, 1)), PartialDate(start + 99), "range", modifier, timex=f"{first_two:02d}")


def read_century(match: re.Match[str]) -> Reading | None:
    """The nth century is written n-1 ("the 20th century" is "19"); "this century" is the anchor's."""
    if match["this"] is not None:
        return relative("deictic", lambda anchor: _century(anchor.year // 100, None))
    number = int(match["n"]) if match["n"] is not None else CENTURY_ORDINALS[match["word"].lower()]
    return fixed(_century(number - 1, _modifier(match)))


def decade(first_year: int, modifier: Modifier | None = None) -> Meaning:
    """The ten years from `first_year` (TIMEX3 "199" for 1990), with "early", "mid" or "late" as its modifier."""
    return Meaning(PartialDate(first_year), PartialDate(first_year + 9), "range", modifier, timex=str(first_year // 10))


def read_decade_in_words(match: re.Match[str]) -> Reading | None:
    """The latest decade of that name begun by the anchor: "the nineties" is 1990-1999 ("199")."""
    tens = DECADE_WORDS[match["word"].lower()] if match["word"] is not None else int(match["yy"])
    modifier = _modifier(match)

    def build(anchor: PartialDate | None) -> Meaning:
        first = 1900 + tens
        if anchor is not None and first + 100 <= anchor.year:
            first += 100
        return decade(first, modifier)

    return Reading("deictic", build)


def read_this_decade(match: re.Match[str]) -> Reading | None:
    """The decade the anchor falls in ("this decade" written in 2013 is "201")."""
    return relative("deictic", lambda anchor: decade(anchor.year // 10 * 10))


def read_decade_at_its_end(match: re.Match[str]) -> Reading | None:
    """ "the end of the decade": the decade (or century) of the date the text tells of, else of writing; the
    words before it make its modifier."""
    if match["unit"].lower() == "decade":
        return relative("anaphoric", lambda anchor: decade(anchor.year // 10 * 10))
    return relative("anaphoric", lambda anchor: _century(anchor.year // 100, None))


def _rule(pattern: str, gate: Gate, read: Callable[[re.Match[str]], Reading | None]) -> Rule:
    return Rule(re.compile(pattern), (gate,), read)


ERA_RULES = [
    _rule(CENTURY, CENTURY_GATE, read_century),
    _rule(DECADE_IN_WORDS, DECADE_WORD_GATE, read_decade_in_words),
    _rule(THIS_DECADE, DECADE_GATE, read_this_decade),
    Rule(
        re.compile(DECADE_AT_ITS_END),
        (Gate(("of the decade", "of the century"), lowered=True),),
        read_decade_at_its_end,
    ),
]
