"""Whether an undated statement is still a reported event, dated by the publication.

News reports what officials said without saying when: "The ministry stated that ...". Such a
statement counts as an event of the article's time when it is reported formally ("stated",
"announced", "explained", or told to a named outlet) by a speaker the text names. Everyday
attribution ("he said", "officials noted") does not, nor does "the statement", which points
back at one already reported. A speaker is named by an entity mention or, where the gazetteer
does not know it, by a capitalised name of two or more words ("the Ministry of Defense").
"""

import re

from eastflank.loaders.extract.events.triggers import Hit
from eastflank.loaders.extract.text.paragraph_input import MentionSpan

SPEAKER_TYPES = frozenset({"person", "organization", "country"})
BY_AFTER = re.compile(r"^\s+by\s+(?:[\w’'.-]+\s+){0,3}$")
ADDRESSEE_GAP = re.compile(r"^\s+(?:the\s+)?$")
TELLING = frozenset({"told", "tells"})
CAPITALISED_NAME = re.compile(r"(?<=\s)[A-Z][\w’'-]+(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w’'-]+)+")


def reported_statement(text: str, clause: tuple[int, int], hit: Hit, mentions: tuple[MentionSpan, ...]) -> bool:
    """True for a formally reported statement whose speaker is named."""
    named = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1] and m.entity_type in SPEAKER_TYPES]
    formal = hit.trigger.form == "formal" or (hit.trigger.form == "noun" and not hit.definite)
    told = text[hit.start : hit.end].lower() in TELLING
    told_named = told and any(m.start >= hit.end and ADDRESSEE_GAP.match(text[hit.end : m.start]) for m in named)
    spans = [(m.start, m.end) for m in named] + [
        m.span() for m in CAPITALISED_NAME.finditer(text, clause[0], clause[1])
    ]
    return (formal or told_named) and any(speaks(text, hit, span) for span in spans)


def speaks(text: str, hit: Hit, name: tuple[int, int]) -> bool:
    """Named before the verb, or after it with "by" ("as explained by the ministry")."""
    return name[1] <= hit.start or (name[0] >= hit.end and BY_AFTER.match(text[hit.end : name[0]]) is not None)
