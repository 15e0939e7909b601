"""Say whether an event happened or is planned.

The date decides when it can: an event dated after the publication is planned, one dated
before it happened, whatever the verb says ("In 2008 the Allies agreed Georgia will join").
Where the dates cannot be ordered (same year, or no publication date), the clause's words
decide: a future or scheduling phrase ("will", "is set to", "is scheduled", "plans to") makes
it planned.
"""

import re

from eastflank.loaders.extract.events_dates import EventDate

FUTURE = re.compile(
    r"\b(?:will|shall|is set to|are set to|set to|scheduled|plans? to|planned|planning to|is targeted|are targeted|"
    r"to begin|is due|are due|due to|expected to|is to|are to|likely to|would|going to|upcoming|next)\b|’ll\b|'ll\b",
    re.IGNORECASE,
)


def modality(clause: str, date: EventDate, published: str | None) -> str:
    """'planned' or 'happened'."""
    order = _order(date.start, published)
    if order is not None and date.source == "text":
        return "planned" if order > 0 else "happened"
    return "planned" if FUTURE.search(clause) else "happened"


def _order(date: str | None, published: str | None) -> int | None:
    """1 if the date is later than the publication, -1 if earlier, compared at the coarser
    precision; None if either is missing or they fall in the same period."""
    if date is None or published is None:
        return None
    left, right = _parts(date), _parts(published)
    depth = min(len(left), len(right))
    if left[:depth] == right[:depth]:
        return None
    return 1 if left[:depth] > right[:depth] else -1


def _parts(iso: str) -> tuple[int, ...]:
    return tuple(int(part) for part in iso.split("-"))
