"""What the build noticed in the loaded data, and `build-report.json` listing every warning.

Curated data is reviewed like code, so the build reports reference entries no article
uses (often hundreds: the terminal shows the count, the file the list) and names it could
not resolve (quotes without a speaker, citations naming no known entity).
"""

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Table, exists, or_, select

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.schema import metadata

REPORT_FILE_NAME = "build-report.json"
UNUSED_ENTRY = "unused reference entry"
UNRESOLVED_NAME = "unresolved name"
REFERENCE_TABLES = ("entities", "entity_aliases", "programmes")
"""Tables filled from the reference data itself: a link from them is not a use in the corpus."""


def entity_uses() -> list[Column[Any]]:
    """Every foreign key column to entities.id in a table the corpus fills."""
    uses = []
    for table in metadata.sorted_tables:
        if table.name in REFERENCE_TABLES:
            continue
        for constraint in table.foreign_key_constraints:
            if constraint.referred_table.name == "entities":
                uses.append(constraint.columns[0])
    return uses


def used_entity_ids(connection: Connection) -> set[str]:
    """Ids of the entities that some corpus-filled row refers to.

    One indexed EXISTS per foreign key column and entity, rather than a union of every
    column's values: that read all 5.7 million mention rows at 100,000 articles, on every
    build and every one-article update.
    """
    entities = metadata.tables["entities"]
    refers = [exists().where(column == entities.c.id) for column in entity_uses()]
    return set(connection.scalars(select(entities.c.id).where(or_(*refers))))


def unused_reference_entries(connection: Connection, reference: list[ReferenceEntity]) -> list[str]:
    """One message per reference entity that no mention, event, quote or fact refers to."""
    used = used_entity_ids(connection)
    messages = []
    for entity in reference:
        if entity.id not in used:
            path, line = entity.origin
            where = f"{path.name}:{line}" if line is not None else path.name
            messages.append(f"{where}: {entity.id} ({entity.name}) is named in no article")
    return messages


def unresolved_names(connection: Connection) -> list[str]:
    """One message per quote whose speaker, or citation whose label, matched no entity."""
    quotes: Table = metadata.tables["quotes"]
    citations: Table = metadata.tables["citations"]
    messages = [
        f"quote {row.id} in paragraph {row.paragraph_id}: no speaker for “{_short(row.text)}”"
        for row in connection.execute(select(quotes).where(quotes.c.speaker_entity_id.is_(None)).order_by(quotes.c.id))
    ]
    messages += [
        f"citation {row.id} in paragraph {row.paragraph_id}: {row.label!r} names no known entity"
        for row in connection.execute(select(citations).where(citations.c.entity_id.is_(None)).order_by(citations.c.id))
    ]
    return messages


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def note_database_warnings(connection: Connection, reference: list[ReferenceEntity], report: BuildReport) -> None:
    """Add the unused reference entries and unresolved names to the build report."""
    for message in unused_reference_entries(connection, reference):
        report.warn(UNUSED_ENTRY, message)
    for message in unresolved_names(connection):
        report.warn(UNRESOLVED_NAME, message)


def build_report(report: BuildReport, row_counts: dict[str, int]) -> dict[str, Any]:
    """The report as a JSON-ready document: counts, then every message by category."""
    by_category: dict[str, list[str]] = {}
    for category, message in report.warnings:
        by_category.setdefault(category, []).append(message)
    return {
        "row_counts": row_counts,
        "warning_counts": dict(sorted(report.counts().items())),
        "warnings": dict(sorted(by_category.items())),
    }


def write_build_report(out: Path, report: BuildReport, row_counts: dict[str, int]) -> Path:
    """Write build-report.json into the output folder."""
    path = out / REPORT_FILE_NAME
    path.write_text(json.dumps(build_report(report, row_counts), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
