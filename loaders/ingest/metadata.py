"""The optional corpus metadata file: title, publisher, url and date per article.

Strict reading: each field is consumed as it is mapped, and an unknown field is an error,
so a typo never silently drops a value.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eastflank.loaders.errors import MetadataError
from eastflank.loaders.ingest.yaml_lines import LINE_KEY, line_of, load_yaml

DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
KNOWN_FIELDS = {"file", "title", "publisher", "url", "published_date", "date_inferred", "language", "note", LINE_KEY}


@dataclass(frozen=True)
class ArticleMetadata:
    """What the metadata file says about one article."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_date: str | None = None
    date_inferred: bool = False
    language: str = "en"

    @property
    def published_precision(self) -> str | None:
        """year, month or day, from the shape of the ISO date."""
        if self.published_date is None:
            return None
        return PRECISION_BY_LENGTH[len(self.published_date)]


def load_metadata(path: Path) -> dict[str, ArticleMetadata]:
    """Metadata keyed by article file name; an empty mapping when the file is absent."""
    if not path.exists():
        return {}
    loaded = load_yaml(path, MetadataError)
    articles = loaded.get("articles") if isinstance(loaded, dict) else None
    if not isinstance(articles, list):
        raise MetadataError(path, "has no list under `articles:`", "write `articles:` followed by one entry per file")
    return dict(_parse_entry(path, entry) for entry in articles)


def _parse_entry(path: Path, entry: Any) -> tuple[str, ArticleMetadata]:
    if not isinstance(entry, dict) or "file" not in entry:
        raise MetadataError(
            path, "has an entry without `file:`", "give every entry the article's file name", _line(entry)
        )
    unknown = sorted(set(entry) - KNOWN_FIELDS)
    if unknown:
        raise MetadataError(
            path,
            f"entry {entry['file']!r} has unknown fields {unknown}",
            f"use only {sorted(KNOWN_FIELDS - {LINE_KEY})}",
            line_of(entry),
        )
    date = entry.get("published_date")
    if date is not None and not DATE_PATTERN.match(str(date)):
        raise MetadataError(
            path,
            f"entry {entry['file']!r} has published_date {date!r}",
            "quote an ISO date: '2024', '2024-03' or '2024-03-15'",
            line_of(entry),
        )
    return str(entry["file"]), ArticleMetadata(
        title=entry.get("title"),
        publisher=entry.get("publisher"),
        url=entry.get("url"),
        published_date=None if date is None else str(date),
        date_inferred=bool(entry.get("date_inferred", False)),
        language=str(entry.get("language", "en")),
    )


def _line(entry: Any) -> int | None:
    return line_of(entry) if isinstance(entry, dict) else None
