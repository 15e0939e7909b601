"""Rows for entities, entity_aliases and programmes, from the curated reference data.

Links between entities (parent, predecessor, successor) can point forwards or form
cycles (IPAP's successor is ITPP, whose predecessor is IPAP), so they are returned apart
and applied after every row exists.
"""

from typing import Any

from eastflank.loaders.ingest.reference import ReferenceEntity

Row = dict[str, Any]


def entity_rows(entities: list[ReferenceEntity]) -> list[Row]:
    """One entities row per reference entity, without its parent link."""
    return [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "wikidata_id": e.wikidata_id,
            "description": e.description,
            "latitude": e.latitude,
            "longitude": e.longitude,
            "parent_entity_id": None,
            "source": "reference",
        }
        for e in entities
    ]


def alias_rows(entities: list[ReferenceEntity]) -> list[Row]:
    """One entity_aliases row per surface form."""
    return [{"entity_id": e.id, "alias": form, "kind": kind} for e in entities for form, kind in e.surface_forms()]


def programme_rows(entities: list[ReferenceEntity]) -> list[Row]:
    """One programmes row per programme entity, without its predecessor/successor links."""
    return [
        {
            "entity_id": e.id,
            "acronym": e.programme.get("acronym"),
            "owner_entity_id": e.programme.get("owner"),
            "start_year": e.programme.get("start_year"),
            "end_year": e.programme.get("end_year"),
            "predecessor_id": None,
            "successor_id": None,
        }
        for e in entities
        if e.type == "programme"
    ]


def link_updates(entities: list[ReferenceEntity]) -> list[tuple[str, str, str, str, str]]:
    """(table, key column, key, column, target id) for every link to set after loading."""
    links = [("entities", "id", e.id, "parent_entity_id", e.parent) for e in entities if e.parent is not None]
    for e in entities:
        if e.type != "programme":
            continue
        for field, column in (("predecessor", "predecessor_id"), ("successor", "successor_id")):
            target = e.programme.get(field)
            if target is not None:
                links.append(("programmes", "entity_id", e.id, column, target))
    return links
