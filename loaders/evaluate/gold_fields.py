"""Read one gold YAML mapping field by field, strictly.

Each field is consumed as it is read and whatever is left over is an error, so a typo in a
field name never silently drops an annotation and quietly lowers (or raises) a score.
"""

import datetime
import re
from pathlib import Path
from typing import Any

from eastflank.loaders.errors import GoldError
from eastflank.loaders.ingest.yaml_lines import LINE_KEY

ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
MISSING = object()


def precision_of(date: str | None) -> str | None:
    """year, month or day from the shape of an ISO date; None for no date."""
    return None if date is None else PRECISION_BY_LENGTH[len(date)]


class Fields:
    """The fields of one mapping, consumed one by one; `done` rejects what is left."""

    def __init__(self, path: Path, where: str, entry: Any) -> None:
        if not isinstance(entry, dict):
            raise GoldError(path, f"{where} is not a mapping: {entry!r}", "write it as `{key: value, ...}`")
        self.path = path
        self.where = where
        self.line: int | None = entry.get(LINE_KEY)
        self.left = {k: v for k, v in entry.items() if k != LINE_KEY}

    def fail(self, problem: str, fix: str) -> GoldError:
        """An error naming the file, the line and the entry."""
        return GoldError(self.path, f"{self.where} {problem}", fix, self.line)

    def raw(self, key: str, optional: bool = False) -> Any:
        """The value under `key`, removed from what is left; None if optional and absent."""
        value = self.left.pop(key, MISSING)
        if value is MISSING and not optional:
            raise self.fail(f"lacks `{key}`", f"add `{key}:` (see seeds/gold/FORMAT.md)")
        return None if value is MISSING else value

    def text(self, key: str) -> str:
        """A non-empty string."""
        value = self.raw(key)
        if not isinstance(value, str) or value.strip() == "":
            raise self.fail(f"has `{key}: {value!r}`, not a non-empty string", f"give `{key}` as text")
        return value

    def text_or_none(self, key: str, optional: bool = False) -> str | None:
        """A non-empty string or null (or absent, where `optional`)."""
        if self.left.get(key) is None:
            self.raw(key, optional)  # refuses an absent required field
            return None
        return self.text(key)

    def integer(self, key: str) -> int:
        """An int (bool refused)."""
        value = self.raw(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(f"has `{key}: {value!r}`, not a whole number", f"give `{key}` as a whole number")
        return value

    def integer_or_none(self, key: str, optional: bool = False) -> int | None:
        """An int or null (or absent, where `optional`)."""
        if self.left.get(key) is None:
            self.raw(key, optional)  # refuses an absent required field
            return None
        return self.integer(key)

    def number(self, key: str) -> float:
        """An int or float, as float."""
        value = self.raw(key)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise self.fail(f"has `{key}: {value!r}`, not a number", f"give `{key}` as a number")
        return float(value)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """One of `allowed`."""
        value = self.raw(key)
        if value not in allowed:
            raise self.fail(f"has `{key}: {value!r}`", f"use one of {', '.join(allowed)}")
        return str(value)

    def choice_or_none(self, key: str, allowed: tuple[str, ...]) -> str | None:
        """One of `allowed`, or null."""
        if self.left.get(key) is None:
            self.raw(key)  # refuses an absent field
            return None
        return self.choice(key, allowed)

    def date_or_none(self, key: str, optional: bool = False) -> str | None:
        """An ISO date at its precision, or null; YAML's own dates and bare years count as such."""
        value = self.raw(key, optional)
        if isinstance(value, datetime.date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:04d}"
        if value is not None and not (isinstance(value, str) and ISO_DATE.fullmatch(value)):
            raise self.fail(f"has `{key}: {value!r}`", "quote an ISO date: '2024', '2024-03' or '2024-03-15', or null")
        return value

    def entries(self, key: str) -> list[Any]:
        """A list (possibly empty) under `key`."""
        value = self.raw(key)
        if not isinstance(value, list):
            raise self.fail(
                f"has `{key}: {value!r}`, not a list", f"write `{key}: []` when there is nothing to annotate"
            )
        return value

    def done(self) -> None:
        """Refuse fields nobody read: they are typos or annotations the scorer would ignore."""
        if self.left:
            raise self.fail(
                f"has unknown fields {sorted(self.left)}", "correct or remove them (see seeds/gold/FORMAT.md)"
            )
