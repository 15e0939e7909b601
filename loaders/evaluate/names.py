"""Which names and which type each entity id has, to compare predicted ids with gold names.

Gold files name entities by canonical name, extraction by id. A predicted id counts as the
gold entity when the gold name, compared case-insensitively, is the entity's canonical
name or one of its aliases (a programme's acronym counts as an alias), so an annotator's
"EU" for the European Union is not held against the extractor.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eastflank.loaders.ingest.reference import ReferenceEntity

Row = dict[str, Any]
NAME_KINDS = ("name", "alias")


@dataclass(frozen=True)
class EntityIndex:
    """Types and accepted names (casefolded) by entity id."""

    types: Mapping[str, str]
    names: Mapping[str, frozenset[str]]

    def type_of(self, entity_id: str | None) -> str | None:
        """The entity's type, or None for no or an unknown id."""
        return None if entity_id is None else self.types.get(entity_id)

    def is_named(self, entity_id: str | None, name: str | None) -> bool:
        """True when `name` is the entity's canonical name or an alias, ignoring case."""
        if entity_id is None or name is None:
            return False
        return name.casefold() in self.names.get(entity_id, frozenset())

    def with_rows(self, entities: Iterable[Row], aliases: Iterable[Row]) -> "EntityIndex":
        """This index plus entities (and their aliases) that extraction added for one article."""
        entities, aliases = list(entities), list(aliases)
        if entities == [] and aliases == []:
            return self
        types = {**self.types, **{row["id"]: row["type"] for row in entities}}
        names = {key: set(value) for key, value in self.names.items()}
        for row in entities:
            names.setdefault(row["id"], set()).add(row["name"].casefold())
        for row in aliases:
            if row.get("kind") in NAME_KINDS:
                names.setdefault(row["entity_id"], set()).add(row["alias"].casefold())
        return EntityIndex(types, {key: frozenset(value) for key, value in names.items()})


def reference_index(reference: list[ReferenceEntity]) -> EntityIndex:
    """The index of the curated reference entities."""
    return EntityIndex(
        types={entity.id: entity.type for entity in reference},
        names={entity.id: frozenset(_names(entity)) for entity in reference},
    )


def _names(entity: ReferenceEntity) -> set[str]:
    names = {entity.name, *entity.aliases}
    acronym = entity.programme.get("acronym")
    if acronym is not None:
        names.add(str(acronym))
    return {name.casefold() for name in names}
