"""Say whether an event happened or is planned.

The date decides when it can: an event dated after the publication is planned, one dated
before it happened, whatever the verb says ("In 2008 the Allies agreed Georgia will join").
Where the dates cannot be ordered (same year, or no publication date), the clause's words
decide: a future or scheduling phrase ("will", "is set to", "is scheduled", "plans to") makes
it planned.
"""

import re

from eastflank.loaders.extract.events.dates import EventDate

FUTURE = re.compile(
    r"\b(?:will|shall|is set to|are set to|set to|scheduled|plans? to|planned|planning to|is targeted|are targeted|"
    r"to begin|is due|are due|due to|expected to|is to|are to|likely to|would|going to|upcoming|next)\b|’ll\b|'ll\b",
    re.IGNORECASE,
)


def modality(clause: str, date: EventDate, published: str | None) -> str:
    """'planned' or 'happened'."""
    return "planned" if is_future(clause, date.start if date.source == "text" else None, published) else "happened"


def is_future(clause: str, date: str | None, published: str | None) -> bool:
    """True for a date after the publication, or, where the two cannot be ordered, a clause
    that speaks of the future."""
    order = _order(date, published)
    if order is not None:
        return order > 0
    return FUTURE.search(clause) is not None


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
