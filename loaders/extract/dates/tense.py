"""Whether the sentence around a date speaks of the future or the past.

A date without a year ("in May", "on Thursday") is taken in the anchor's year or week;
the tense decides which side of the anchor it falls on when the text says so. Cue words
are a cheap stand-in for a parser and cover news prose well enough.
"""

import re
from typing import Literal

Tense = Literal["past", "future"]

FUTURE_CUES = re.compile(
    r"(?i)\b(?:will|shall|going to|(?:is|are) (?:set|due|scheduled|expected|planned|to)|upcoming|plans? to)\b"
    r"|['’]ll\b"
)
PAST_CUES = re.compile(
    r"(?i:\b(?:was|were|had|did|said|announced|took place|held|met|visited|signed|agreed|decided|approved|adopted"
    r"|began|came|went|left|told|saw|gave|made|won|fell|rose)\b)"
)
SENTENCE_BREAKS = ".!?\n"
REACH = 2_000
"""How far either side of the date a sentence break is looked for: far beyond a real
sentence, and a bound that keeps text without full stops linear (every date scanned to the
paragraph's ends made a megabyte on one line take minutes)."""


def sentence_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the sentence holding text[start:end], judged without the date's own words."""
    floor, ceiling = max(0, start - REACH), min(len(text), end + REACH)
    left = max(floor - 1, *(text.rfind(mark, floor, start) for mark in SENTENCE_BREAKS)) + 1
    rights = [found for found in (text.find(mark, end, ceiling) for mark in SENTENCE_BREAKS) if found != -1]
    before, after = text[left:start], text[end : min(rights, default=ceiling)]
    return _nearest(before, after)


def _nearest(before: str, after: str) -> Tense | None:
    """The tense of the cue closest to the date: "said he will leave on Friday" looks ahead."""
    distances: list[tuple[int, Tense]] = []
    for tense, cues in (("future", FUTURE_CUES), ("past", PAST_CUES)):
        last = max(cues.finditer(before), key=lambda found: found.end(), default=None)
        if last is not None:
            distances.append((len(before) - last.end(), tense))
        first = cues.search(after)
        if first is not None:
            distances.append((first.start(), tense))
    return min(distances)[1] if distances else None
