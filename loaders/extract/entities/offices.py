"""Who held a post in a given year, from the people's `positions` in the reference data.

A text may name a post and not its holder ("reads the NATO Secretary General's annual report
for 2019"); the reference knows that Jens Stoltenberg was NATO's Secretary General from 2014
to 2024. Only a single holder in that year is an answer.
"""

import re
from collections.abc import Iterable
from typing import Any

from eastflank.loaders.extract.text.paragraph_input import EntityInfo, Office
from eastflank.loaders.ingest.reference import ReferenceEntity

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def offices_of(entity: ReferenceEntity) -> tuple[Office, ...]:
    """The posts a reference person held; entries without a title or an organization are skipped."""
    return tuple(
        _office(p) for p in entity.positions if isinstance(p, dict) and p.get("title") and p.get("organization")
    )


def _office(position: dict[str, Any]) -> Office:
    start, end = position.get("start"), position.get("end")
    return Office(str(position["title"]), str(position["organization"]), _year(start), _year(end))


def _year(value: Any) -> int | None:
    found = None if value is None else YEAR.search(str(value))
    return None if found is None else int(found.group())


def office_holder(entities: Iterable[EntityInfo], title: str, organization: str, year: int) -> str | None:
    """The one person who held `title` at `organization` in `year` (a post held until a year
    counts in that year), or None when nobody or several did."""
    wanted = title.casefold()
    holders = {
        e.id
        for e in entities
        for o in e.offices
        if o.title.casefold() == wanted and o.organization == organization and _covers(o, year)
    }
    return holders.pop() if len(holders) == 1 else None


def latest_year(text: str, published: str | None) -> int | None:
    """The year a text speaks from: its publication year, else the latest year it writes."""
    if published is not None and YEAR.match(published) is not None:
        return int(published[:4])
    years = [int(y) for y in YEAR.findall(text)]
    return max(years) if years else None


def _covers(office: Office, year: int) -> bool:
    return (office.start is None or office.start <= year) and (office.end is None or year <= office.end)
