"""Closed vocabularies: defined once, listed in the data dictionary, enforced before publishing."""

import sqlite3
from pathlib import Path

import yaml

from eastflank.loaders.paths import REFERENCE_DIR
from eastflank.loaders.publish.closed_values import values_outside_vocabularies
from eastflank.schema.describe import describe_tables
from eastflank.schema.vocabularies import CLOSED_COLUMNS, EventType


def test_the_data_dictionary_lists_each_vocabularys_values() -> None:
    described = {
        (table.name, column.name): column.description for table in describe_tables() for column in table.columns
    }
    missing = [
        (key, member.value)
        for key, vocabulary in CLOSED_COLUMNS.items()
        for member in vocabulary
        if member.value not in described[key]
    ]
    assert missing == [], missing


def test_event_types_are_the_trigger_lexicons_types() -> None:
    lexicon = yaml.safe_load((REFERENCE_DIR / "lexicon" / "event_triggers.yml").read_text(encoding="utf-8"))
    got = sorted(lexicon["rank"])
    assert got == sorted(member.value for member in EventType), got


def test_a_value_outside_its_vocabulary_is_named(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    with sqlite3.connect(database) as connection:
        for table, column in {*CLOSED_COLUMNS}:
            connection.execute(f'CREATE TABLE IF NOT EXISTS "{table}" (id TEXT)')
            connection.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT')
        connection.execute("INSERT INTO entities (id, type, method) VALUES ('x', 'organisation', 'reference')")
        connection.execute("INSERT INTO events (id, type, modality) VALUES ('e', 'summit', NULL)")
    got = values_outside_vocabularies(database)
    assert got == ["entities.type = 'organisation'"], got


def test_the_seed_build_holds_only_vocabulary_values(seed_build) -> None:  # type: ignore[no-untyped-def]
    got = values_outside_vocabularies(seed_build.out / "eastflank.db")
    assert got == [], got
