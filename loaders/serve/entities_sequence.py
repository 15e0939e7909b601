"""The entities table as one list in two parts: entities the articles name, then the reference entries none names.

Datasette sorts a table by one of its own columns, and whether an article names an entity
is in another table (entity_mention_counts). So the bare entities page is the first part,
a filter (default_views.py), and its page ends with a link to the second part, which links
back: a reader walks the mentioned entities first and the never-mentioned ones last.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from datasette.app import Datasette

from eastflank.loaders.serve.default_views import MENTIONED_ONLY, NEVER_MENTIONED
from eastflank.loaders.serve.reader import DATABASE_NAME


@dataclass(frozen=True)
class OtherPart:
    """A link from one part of the entities list to the other."""

    href: str
    count: int
    mentioned: bool
    """True when the link leads to the entities articles name (back to the first part)."""


def part_href(datasette: Datasette, where: str) -> str:
    """The entities page showing one part, by name."""
    return str(datasette.urls.table(DATABASE_NAME, "entities")) + "?" + urlencode({"_where": where, "_sort": "name"})


async def other_part(datasette: Datasette, where_arguments: list[str]) -> OtherPart | None:
    """On a page showing one part (its only `_where`), the link to the other part; else None."""
    if where_arguments not in ([MENTIONED_ONLY], [NEVER_MENTIONED]):
        return None
    other = NEVER_MENTIONED if where_arguments == [MENTIONED_ONLY] else MENTIONED_ONLY
    counted = await datasette.get_database(DATABASE_NAME).execute(f"select count(*) from entities where {other}")
    return OtherPart(part_href(datasette, other), int(counted.rows[0][0]), other == MENTIONED_ONLY)
