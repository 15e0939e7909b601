"""The entity page (/entity/<id>): one entity with everything that points at it, each linked.

Mentions and quotes are listed in reading order: articles oldest first, then paragraph by
paragraph, then where they start in it; events by date.

Its aliases, type, Wikidata link and a map of its coordinates; then where the articles
mention it, the events it takes part in (with its role), the quotes it speaks and the
programmes it owns, is or is a partner of.
"""

import re
from dataclasses import dataclass
from typing import Any

from datasette.app import Datasette

from eastflank.loaders.serve.entity_svg import Place, map_svg
from eastflank.loaders.serve.reader import DATABASE_NAME

ENTITY_PATH = "/entity"
MENTIONS_SHOWN = 200
"""A country is mentioned in most articles; the page lists the first mentions and links the rest."""
SECTIONS = {
    "mentions": "select m.id, m.text, d.id as document_id, coalesce(d.title, d.source_file) as title, d.published_date "
    "from mentions m join paragraphs p on p.id = m.paragraph_id join documents d on d.id = p.document_id "
    f"where m.entity_id = :id order by d.published_date is null, d.published_date, d.id, p.position, m.start_char, m.id "
    f"limit {MENTIONS_SHOWN}",
    "events": "select e.id, e.name, e.type, e.start_date, group_concat(ep.role, ', ') as role from event_participants ep "
    "join events e on e.id = ep.event_id where ep.entity_id = :id "
    "group by e.id order by e.start_date is null, e.start_date, e.id",
    "quotes": "select q.id, q.text, d.id as document_id, coalesce(d.title, d.source_file) as title from quotes q "
    "join paragraphs p on p.id = q.paragraph_id join documents d on d.id = p.document_id "
    "where q.speaker_entity_id = :id "
    "order by d.published_date is null, d.published_date, d.id, p.position, q.start_char, q.id",
    "programmes": "select g.entity_id, e.name, g.acronym, g.start_year, g.end_year, "
    "case when g.entity_id = :id then 'is' else 'owns' end as relation from programmes g "
    "join entities e on e.id = g.entity_id where :id in (g.entity_id, g.owner_entity_id) order by e.name",
    "programme_facts": "select f.id, f.fact, f.value, e.name as programme, v.id as value_entity_id, "
    "v.name as value_entity, partner.name as partner from programme_facts f "
    "join entities e on e.id = f.programme_entity_id left join entities v on v.id = f.value "
    "left join entities partner on partner.id = f.partner_entity_id "
    "where :id in (f.programme_entity_id, f.partner_entity_id) "
    "order by e.name, f.value is null, f.value, f.id",
}


DURATION = re.compile(r"P(\d+)([YMWD])")
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def readable_value(value: str | None) -> str | None:
    """A programme fact's value as words where its ISO form is opaque: P1Y is '1 year', 2025/2028 '2025 to 2028'."""
    if value is None:
        return None
    duration = DURATION.fullmatch(value)
    if duration is not None:
        count, unit = int(duration.group(1)), DURATION_UNITS[duration.group(2)]
        return f"{count} {unit}{'' if count == 1 else 's'}"
    if "/" in value:
        return " to ".join(value.split("/", 1))
    return value


@dataclass(frozen=True)
class EntityHub:
    """Everything the entity page shows."""

    entity: dict[str, Any]
    aliases: list[dict[str, Any]]
    mention_count: int
    sections: dict[str, list[dict[str, Any]]]
    map_svg: str | None
    map_note: str


async def entity_hub(datasette: Datasette, entity_id: str) -> EntityHub | None:
    """The hub of an entity, or None when there is no such entity."""
    db = datasette.get_database(DATABASE_NAME)
    found = await db.execute("select * from entities where id = ?", [entity_id])
    if not found.rows:
        return None
    entity = dict(found.rows[0])
    aliases = await db.execute(
        "select alias, kind from entity_aliases where entity_id = ? order by kind, alias", [entity_id]
    )
    count = await db.execute("select count(*) from mentions where entity_id = ?", [entity_id])
    sections = {
        name: [dict(row) for row in (await db.execute(sql, {"id": entity_id})).rows] for name, sql in SECTIONS.items()
    }
    for fact in sections["programme_facts"]:
        fact["value_text"] = fact["value_entity"] or readable_value(fact["value"])
    svg, note = await _map(datasette, entity)
    return EntityHub(entity, [dict(row) for row in aliases.rows], count.first()[0], sections, svg, note)


async def _map(datasette: Datasette, entity: dict[str, Any]) -> tuple[str | None, str]:
    if entity["latitude"] is None or entity["longitude"] is None:
        return None, "No map: the reference data gives this entity no coordinates."
    places = await datasette.get_database(DATABASE_NAME).execute(
        "select name, latitude, longitude from entities where latitude is not null and type in ('country', 'location')"
    )
    nearby = [Place(row["name"], row["latitude"], row["longitude"]) for row in places.rows]
    focus = Place(entity["name"], entity["latitude"], entity["longitude"])
    return map_svg(
        focus, nearby
    ), f"{entity['latitude']}, {entity['longitude']} (drawn offline: no map tiles are loaded)."
