"""Load and validate the curated reference data in `seeds/reference/*.yml`.

The files are reviewed like code, and read strictly: an unknown field, an unknown entity
type, a missing required field, a duplicate id or an alias claimed by two entities stops
the build with the file and line to fix, because going on would write wrong data.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.ingest.yaml_lines import LINE_KEY, line_of, load_yaml

ENTITY_TYPES = ("person", "organization", "country", "location", "programme")
REQUIRED_FIELDS = ("id", "name", "type")
PROGRAMME_FIELDS = ("acronym", "owner", "start_year", "end_year", "predecessor", "successor")
KNOWN_FIELDS = {
    *REQUIRED_FIELDS,
    *PROGRAMME_FIELDS,
    "aliases",
    "context_aliases",
    "demonyms",
    "wikidata_id",
    "description",
    "latitude",
    "longitude",
    "parent",
    "positions",
    "note",
    LINE_KEY,
}
PLACE_TYPES = ("country", "location")
NON_ENTITY_FILES = ("boilerplate.yml",)


@dataclass(frozen=True)
class ReferenceEntity:
    """One curated entity with every surface form it is matched under."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    wikidata_id: str | None = None
    description: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    parent: str | None = None
    programme: dict[str, Any] = field(default_factory=dict)
    positions: tuple[dict[str, Any], ...] = ()
    origin: tuple[Path, int | None] = (Path(), None)

    def surface_forms(self) -> list[tuple[str, str]]:
        """(form, kind) pairs: the name, aliases, demonyms and context-only aliases."""
        forms = [(self.name, "name")] + [(a, "alias") for a in self.aliases]
        forms += [(d, "demonym") for d in self.demonyms] + [(c, "context") for c in self.context_aliases]
        first = {form: index for index, (form, _) in reversed(list(enumerate(forms)))}
        return [(form, kind) for index, (form, kind) in enumerate(forms) if first[form] == index]


def load_reference(directory: Path) -> list[ReferenceEntity]:
    """Every entity of every reference file, validated as one set."""
    files = sorted(p for p in directory.glob("*.yml") if p.name not in NON_ENTITY_FILES)
    if not files:
        raise ReferenceDataError(
            directory, "holds no reference .yml files", "restore seeds/reference/ from the repository"
        )
    entities = [entity for path in files for entity in _load_file(path)]
    _check_unique_ids(entities)
    _check_references(entities)
    return entities


def _load_file(path: Path) -> list[ReferenceEntity]:
    loaded = load_yaml(path, ReferenceDataError)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("entities"), list):
        raise ReferenceDataError(
            path, "has no list under `entities:`", "start the file with `entities:` and a list of entries"
        )
    return [_parse_entry(path, entry) for entry in loaded["entities"]]


def _parse_entry(path: Path, entry: Any) -> ReferenceEntity:
    if not isinstance(entry, dict):
        raise ReferenceDataError(
            path, f"has an entry that is not a mapping: {entry!r}", "write each entry as `- id: ...`"
        )
    line = line_of(entry)
    for name in REQUIRED_FIELDS:
        if entry.get(name) in (None, ""):
            raise ReferenceDataError(
                path, f"entry {entry.get('id', '?')!r} lacks required field `{name}`", f"add `{name}:`", line
            )
    unknown = sorted(set(entry) - KNOWN_FIELDS)
    if unknown:
        raise ReferenceDataError(
            path,
            f"entry {entry['id']!r} has unknown fields {unknown}",
            f"use only {sorted(KNOWN_FIELDS - {LINE_KEY})}",
            line,
        )
    if entry["type"] not in ENTITY_TYPES:
        raise ReferenceDataError(
            path,
            f"entry {entry['id']!r} has unknown type {entry['type']!r}",
            f"use one of {', '.join(ENTITY_TYPES)}",
            line,
        )
    return ReferenceEntity(
        id=str(entry["id"]),
        name=str(entry["name"]),
        type=str(entry["type"]),
        aliases=_strings(entry, "aliases"),
        context_aliases=_strings(entry, "context_aliases"),
        demonyms=_strings(entry, "demonyms"),
        wikidata_id=entry.get("wikidata_id"),
        description=entry.get("description"),
        latitude=_float(entry.get("latitude")),
        longitude=_float(entry.get("longitude")),
        parent=entry.get("parent"),
        programme={k: entry[k] for k in PROGRAMME_FIELDS if entry.get(k) is not None},
        positions=tuple(entry.get("positions") or ()),
        origin=(path, line),
    )


def _strings(entry: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(value) for value in entry.get(key) or ())


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _check_unique_ids(entities: list[ReferenceEntity]) -> None:
    first: dict[str, ReferenceEntity] = {}
    for entity in entities:
        if entity.id in first:
            path, line = first[entity.id].origin
            raise ReferenceDataError(
                entity.origin[0],
                f"id {entity.id!r} is already used at {path.name}:{line}",
                "give each entity its own id",
                entity.origin[1],
            )
        first[entity.id] = entity


def _check_references(entities: list[ReferenceEntity]) -> None:
    ids = {entity.id for entity in entities}
    for entity in entities:
        targets = [entity.parent, *(entity.programme.get(k) for k in ("owner", "predecessor", "successor"))]
        targets += [position.get("organization") for position in entity.positions if isinstance(position, dict)]
        for target in targets:
            if target is not None and target not in ids:
                raise ReferenceDataError(
                    entity.origin[0],
                    f"entry {entity.id!r} refers to unknown id {target!r}",
                    "add that entity or correct the id",
                    entity.origin[1],
                )
