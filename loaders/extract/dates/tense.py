"""Whether the sentence around a date speaks of the future or the past.

A date without a year ("in May", "on Thursday") is taken in the anchor's year or week;
the tense decides which side of the anchor it falls on when the text says so. Cue words
are a cheap stand-in for a parser and cover news prose well enough.
"""

import re
from typing import Literal

Tense = Literal["past", "future"]

NOT_PAST_PARTICIPLES = (
    "scheduled", "planned", "expected", "slated", "intended", "proposed", "based", "united", "armed", "related",
    "limited", "detailed", "advanced", "required", "interested", "concerned", "supposed", "used", "hundred",
)  # fmt: skip
"""Words in -ed that name a plan or qualify a noun rather than tell what happened: "the talks planned for Friday"."""
FUTURE_CUES = re.compile(
    r"(?i)\b(?:will|would|shall|might|going to|set to|as soon as|ahead of"
    r"|(?:is|are) (?:set|due|scheduled|expected|planned|to)|upcoming|plans? to)\b"
    r"|['’]ll\b"
)
PAST_CUES = re.compile(
    r"(?i:\b(?:was|were|had|did|said|announced|took place|held|met|visited|signed|agreed|decided|approved|adopted"
    r"|began|came|went|left|told|saw|gave|made|won|fell|rose|sought|brought|fought|bought|spoke|wrote|sent|spent|led"
    r"|lost|paid|kept|found|heard|struck|chose|flew|broke|threw|took|became|fled|sold|built|stood)\b)"
)
REGULAR_PAST = re.compile(rf"(?i:\b(?!(?:{'|'.join(NOT_PAST_PARTICIPLES)})\b)[a-z]{{2,}}[^e\W]ed\b)")
"""Any verb in -ed: a weekday's own verb says which week it is in ("the court ruled Thursday"); for a
month the cue is too weak, as a participle ("bonds priced at par") so often qualifies a noun."""
SENTENCE_BREAKS = ".!?\n"
REACH = 2_000
"""How far either side of the date a sentence break is looked for: far beyond a real
sentence, and a bound that keeps text without full stops linear (every date scanned to the
paragraph's ends made a megabyte on one line take minutes)."""


def sentence_tense(text: str, start: int, end: int, regular_past: bool = False) -> Tense | None:
    """The tense of the sentence holding text[start:end], judged without the date's own words;
    `regular_past` also takes any verb in -ed as a past cue."""
    floor, ceiling = max(0, start - REACH), min(len(text), end + REACH)
    left = max(floor - 1, *(text.rfind(mark, floor, start) for mark in SENTENCE_BREAKS)) + 1
    rights = [found for found in (text.find(mark, end, ceiling) for mark in SENTENCE_BREAKS) if found != -1]
    before, after = text[left:start], text[end : min(rights, default=ceiling)]
    return _nearest(before, after, (PAST_CUES, REGULAR_PAST) if regular_past else (PAST_CUES,))


def _nearest(before: str, after: str, past_cues: tuple[re.Pattern[str], ...]) -> Tense | None:
    """The tense of the cue closest to the date: "said he will leave on Friday" looks ahead."""
    distances: list[tuple[int, Tense]] = []
    tensed: list[tuple[Tense, re.Pattern[str]]] = [("future", FUTURE_CUES), *(("past", cues) for cues in past_cues)]
    for tense, cues in tensed:
        last = max(cues.finditer(before), key=lambda found: found.end(), default=None)
        if last is not None:
            distances.append((len(before) - last.end(), tense))
        first = cues.search(after)
        if first is not None:
            distances.append((first.start(), tense))
    return min(distances)[1] if distances else None
