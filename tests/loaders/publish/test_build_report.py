"""The build reports unused reference entries and unresolved names, and lists them all in a file."""

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.build import BuildResult
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.publish.build_report import UNUSED_ENTRY, unresolved_names, unused_reference_entries


def reference(*ids: str) -> list[ReferenceEntity]:
    return [
        ReferenceEntity(id=i, name=i.title(), type="country", origin=(Path("seeds/reference/x.yml"), n))
        for n, i in enumerate(ids, 3)
    ]


def test_entities_named_nowhere_are_unused(sandbox_database: Path) -> None:
    engine = create_engine(f"sqlite:///{sandbox_database}", poolclass=NullPool)
    with engine.connect() as connection:
        got = unused_reference_entries(connection, reference("md", "nato", "pl", "itpp", "ro"))
    engine.dispose()
    assert got == ["x.yml:5: pl (Pl) is named in no article", "x.yml:7: ro (Ro) is named in no article"], got


def test_quotes_without_speaker_and_citations_without_entity_are_unresolved(
    sandbox_database: Path, tmp_path: Path
) -> None:
    copy = shutil.copy(sandbox_database, tmp_path / "eastflank.db")
    with sqlite3.connect(copy) as connection:
        connection.execute("update quotes set speaker_entity_id = null")
        connection.execute("update citations set entity_id = null")
    engine = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
    with engine.connect() as connection:
        got = unresolved_names(connection)
    engine.dispose()
    assert got == [
        "quote quo-1 in paragraph par-2: no speaker for “Moldova is a valued partner,”",
        "citation cit-1 in paragraph par-2: 'NATO Liaison Office' names no known entity",
    ], got


def test_sandbox_has_nothing_unresolved(sandbox_database: Path) -> None:
    engine = create_engine(f"sqlite:///{sandbox_database}", poolclass=NullPool)
    with engine.connect() as connection:
        got = unresolved_names(connection)
    engine.dispose()
    assert got == [], got


def test_report_file_lists_every_warning_of_the_build(seed_build: BuildResult) -> None:
    report = json.loads((seed_build.out / "build-report.json").read_text(encoding="utf-8"))
    want: dict[str, list[str]] = {}
    for category, message in seed_build.report.warnings:
        want.setdefault(category, []).append(message)
    assert report["warnings"] == dict(sorted(want.items())), sorted(report["warnings"])
    assert report["warning_counts"] == {category: len(messages) for category, messages in sorted(want.items())}
    assert report["row_counts"] == seed_build.row_counts


def test_seed_build_counts_unused_reference_entries(seed_build: BuildResult) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        (mentioned,) = connection.execute("select count(distinct entity_id) from mentions").fetchone()
        (curated,) = connection.execute("select count(*) from entities where source = 'reference'").fetchone()
    unused = seed_build.report.counts()[UNUSED_ENTRY]
    assert 0 < unused <= curated - mentioned, (unused, curated, mentioned)
