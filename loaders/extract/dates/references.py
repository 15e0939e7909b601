"""Rules for the present, past and future named without a date: "now", "recently", "the future".

Only words that name a time wherever they stand: "soon", "previously" or "future" as an
adjective ("future growth") qualify an event or a noun and are left to them. "Current" is the
exception TimeML makes: "current market conditions" are those of the present (PRESENT_REF).
A sentence that opens "Now," uses it to turn the argument, not to date anything.

TimeML gives them the values PRESENT_REF, PAST_REF and FUTURE_REF. "Now" is the moment of
writing, so its ISO value is the publication date; the past and the future have no date at
all and keep the anchor only as the point they are seen from. None anchors an event.
"""

import re

from eastflank.loaders.extract.dates.lexicon import alternation, opening
from eastflank.loaders.extract.dates.reading import Gate, Meaning, Reading, Rule, relative

REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "in the coming days": "FUTURE_REF",
}  # fmt: skip
NOT_TIME_AFTER = re.compile(  # "current account", "now that": words where these are no time
    r"[\s-]+(?i:account|accounts|affairs|events|tense|generations?|president|champion|owner)\b"
)
REFERENCE_GATE = Gate(("now", "current", "recent", "formerly", "past", "present", "moment", "future", "term", "soon", "lately",
                       "days"), lowered=True)  # fmt: skip
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+)[\"“‘(]*$")
REFERENCE = rf"{opening('a-zA-Z')}(?P<date>(?i:{alternation(REFERENCES)}))\b(?![-'’]\w)"


def read_reference(match: re.Match[str]) -> Reading | None:
    """The TIMEX3 reference the words name; "in the past" is tagged as "the past" (the preposition is a signal)."""
    words = re.sub(r"\s+", " ", match["date"].lower())
    if NOT_TIME_AFTER.match(match.string, match.end()) is not None or _discourse_now(match):
        return None
    value = REFERENCES[words]
    return relative("deictic", lambda anchor: Meaning(anchor, timex=value))


def _discourse_now(match: re.Match[str]) -> bool:
    """ "Now, he says, ..." at a sentence's start turns the argument; "Now officials are ..." dates it."""
    if match["date"] != "Now" or not match.string.startswith(",", match.end()):
        return False
    return SENTENCE_OPENING.search(match.string, max(0, match.start() - 5), match.start()) is not None


SOMEDAY = (  # "Islam will one day be", "hopes he one day follows": some time to come, not a day's length
    rf"{opening('a-zA-Z')}(?:(?i:will|would|could|might|may|shall|can|must)(?:\s+(?i:yet|also|still))?"
    r"|(?i:hopes?|hoped|hoping|dreams?|dreamed|wish(?:es|ed)?)\s+(?:(?i:that)\s+)?(?i:he|she|they|we|I|you|it))"
    r"\s+(?P<date>(?i:one\s+day|some\s+day|someday))\s+(?![^a-z\s])(?!(?i:of|in|later|before|after|earlier|ago)\b)"
)
SOMEDAY_GATE = Gate(("one day", "some day", "someday"), lowered=True)


def read_someday(match: re.Match[str]) -> Reading | None:
    """FUTURE_REF, seen from the moment of writing."""
    return relative("deictic", lambda anchor: Meaning(anchor, timex="FUTURE_REF"))


REFERENCE_RULES = [
    Rule(re.compile(REFERENCE), (REFERENCE_GATE,), read_reference),
    Rule(re.compile(SOMEDAY), (SOMEDAY_GATE,), read_someday),
]
