"""Whether an undated statement is still a reported event, dated by the publication.

News reports what officials said without saying when: "The ministry stated that ...". Such a
statement counts as an event of the article's time when it is reported formally ("stated",
"announced", "explained", or told to a named outlet) by a speaker the text names. Everyday
attribution ("he said", "officials noted") does not, nor does "the statement", which points
back at one already reported.
"""

import re

from eastflank.loaders.extract.events_triggers import Hit
from eastflank.loaders.extract.paragraph_input import MentionSpan

SPEAKER_TYPES = frozenset({"person", "organization", "country"})
BY_AFTER = re.compile(r"^\s+by\s+(?:[\w’'.-]+\s+){0,3}$")
ADDRESSEE_GAP = re.compile(r"^\s+(?:the\s+)?$")


def reported_statement(text: str, clause: tuple[int, int], hit: Hit, mentions: tuple[MentionSpan, ...]) -> bool:
    """True for a formally reported statement whose speaker is named."""
    named = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1] and m.entity_type in SPEAKER_TYPES]
    formal = hit.trigger.form == "formal" or (hit.trigger.form == "noun" and not hit.definite)
    told_named = hit.trigger.form == "speech" and any(ADDRESSEE_GAP.match(text[hit.end : m.start]) for m in named)
    return (formal or told_named) and any(_speaks(text, hit, m) for m in named)


def _speaks(text: str, hit: Hit, mention: MentionSpan) -> bool:
    """Named before the verb, or after it with "by" ("as explained by the ministry")."""
    return mention.end <= hit.start or (mention.start >= hit.end and BY_AFTER.match(text[hit.end : mention.start]) is not None)
