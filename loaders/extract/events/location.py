"""Where an event took place: a place named with "in", "at", "near" ... beside its trigger.

Only entities of type location count: "in Ukraine" in a news sentence is more often the
war than the venue, while "in Bucharest", "at the Riga Summit" or "off the port of Mangalia"
name where something happened.
"""

import re

from eastflank.loaders.extract.events.triggers import Hit
from eastflank.loaders.extract.text.paragraph_input import MentionSpan

PLACE_WORDS = r"\s+(?:the\s+)?(?:(?:port|city|town|village|region|capital)\s+of\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$"
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|off|outside|inside)" + PLACE_WORDS)
DESTINATION_BEFORE = re.compile(r"\b(?:in|at|near|off|outside|inside|to)" + PLACE_WORDS)
VISITED_GAP = re.compile(r"\s+(?:the\s+)?")


def location(
    text: str, hit: Hit, scope: tuple[int, int], sentence: tuple[int, int], mentions: tuple[MentionSpan, ...]
) -> str | None:
    """The place named with "in", "at", "near" ... (for a visit also "to", or as the object of
    "visited") or in a summit's name: the one nearest the trigger in its clause, else in its
    sentence."""
    venue = DESTINATION_BEFORE if hit.trigger.type == "visit" else PLACE_BEFORE
    for span in (scope, sentence):
        places = [m for m in mentions if span[0] <= m.start and m.end <= span[1] and m.entity_type == "location"]
        places = [m for m in places if _is_venue(text, m, span, venue) or _visited(text, hit, m)]
        if places:
            return min(places, key=lambda m: max(m.start - hit.end, hit.start - m.end, 0)).entity_id
    return None


def _visited(text: str, hit: Hit, mention: MentionSpan) -> bool:
    """The place a visit verb takes as its object: "visited Chisinau"."""
    return (
        hit.trigger.type == "visit" and hit.is_verb and VISITED_GAP.fullmatch(text, hit.end, mention.start) is not None
    )


def _is_venue(text: str, mention: MentionSpan, span: tuple[int, int], venue: re.Pattern[str]) -> bool:
    before = text[max(span[0], mention.start - 60) : mention.start]
    return venue.search(before) is not None or text.startswith(" Summit", mention.end)
