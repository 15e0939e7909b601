"""Read the curated word lists in `seeds/reference/lexicon/` strictly, naming file and line.

The lists (titles, currencies, reporting verbs, organization words) are reviewed like code:
an entry with a missing or unknown field stops the build at the line to fix, because a
silently ignored entry would change what the rules find.
"""

from pathlib import Path
from typing import Any

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.ingest.yaml_lines import LINE_KEY, line_of, load_yaml
from eastflank.loaders.paths import REFERENCE_DIR

LEXICON_DIR = REFERENCE_DIR / "lexicon"


def read_section(path: Path, key: str) -> list[Any]:
    """The list under `key:` in a lexicon file."""
    loaded = load_yaml(path, ReferenceDataError)
    if not isinstance(loaded, dict) or not isinstance(loaded.get(key), list):
        raise ReferenceDataError(path, f"has no list under `{key}:`", f"put the entries in a list under `{key}:`")
    return list(loaded[key])


def read_optional_section(path: Path, key: str) -> list[Any]:
    """The list under `key:`, or [] when the file has no such key."""
    loaded = load_yaml(path, ReferenceDataError)
    value = loaded.get(key) if isinstance(loaded, dict) else None
    if value is None:
        return []
    if not isinstance(value, list):
        raise ReferenceDataError(path, f"`{key}:` is not a list", f"write `{key}:` as a list")
    return list(value)


def checked_entry(path: Path, entry: Any, required: tuple[str, ...], optional: tuple[str, ...]) -> dict[str, Any]:
    """An entry with its required fields present and no unknown field; `note` is always allowed."""
    if not isinstance(entry, dict):
        raise ReferenceDataError(
            path, f"has an entry that is not a mapping: {entry!r}", "write each entry as `- field: value`"
        )
    line = line_of(entry)
    for name in required:
        if entry.get(name) in (None, "", []):
            raise ReferenceDataError(path, f"an entry lacks required field `{name}`", f"add `{name}:`", line)
    unknown = sorted(set(entry) - {*required, *optional, "note", LINE_KEY})
    if unknown:
        raise ReferenceDataError(
            path, f"an entry has unknown fields {unknown}", f"use only {sorted({*required, *optional, 'note'})}", line
        )
    return entry


def strings(path: Path, entry: dict[str, Any], key: str) -> tuple[str, ...]:
    """A field that must be a list of non-empty strings (absent means empty)."""
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ReferenceDataError(
            path, f"`{key}` must be a list of non-empty strings", f"write `{key}: [a, b]`", line_of(entry)
        )
    return tuple(item.strip() for item in value)


def plain_strings(path: Path, values: list[Any], key: str) -> tuple[str, ...]:
    """A top-level list that must hold only non-empty strings."""
    if not all(isinstance(value, str) and value.strip() for value in values):
        raise ReferenceDataError(
            path, f"`{key}:` must list non-empty strings only", f"write each item under `{key}:` as a word"
        )
    return tuple(value.strip() for value in values)
