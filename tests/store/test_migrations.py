"""Migrations are tested like code: pytest-alembic's built-ins run because they are imported."""

import sqlite3
import warnings
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from pytest_alembic.tests import (  # noqa: F401 - imported so pytest collects them
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, create_engine, inspect

from eastflank.loaders.paths import MIGRATIONS_DIR
from eastflank.loaders.store.load import insert_rows
from eastflank.loaders.store.migrate import alembic_config as migration_config
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata
from eastflank.schema.documents import reading_order_key
from eastflank.schema.provenance import READING_ORDER_VIEW, SPAN_TABLES


@pytest.fixture
def alembic_config() -> dict[str, Any]:
    return {"script_location": str(MIGRATIONS_DIR)}


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Engine:
    return create_engine(f"sqlite:///{tmp_path / 'migrations.db'}")


def test_upgrade_to_head_creates_every_model_table(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'head.db'}")
    upgrade_to_head(engine)
    got = set(inspect(engine).get_table_names())
    want = set(metadata.tables) | {"alembic_version"}
    assert got == want, got


def test_upgrade_to_head_warns_nothing(tmp_path: Path) -> None:
    """Every build migrates a new database, so a warning here is printed on every build's stderr."""
    engine = create_engine(f"sqlite:///{tmp_path / 'quiet.db'}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        upgrade_to_head(engine)


def test_every_foreign_key_is_the_leading_column_of_an_index(tmp_path: Path) -> None:
    """Read with PRAGMA index_info, which, unlike SQLAlchemy's reflection, also lists indexes with an expression."""
    database = tmp_path / "head.db"
    upgrade_to_head(create_engine(f"sqlite:///{database}"))
    unindexed = []
    with sqlite3.connect(database) as connection:
        tables = [name for (name,) in connection.execute("select name from sqlite_master where type = 'table'")]
        for table in tables:
            leading = set()
            for index in connection.execute(f'pragma index_list("{table}")').fetchall():
                first = connection.execute(f'pragma index_info("{index[1]}")').fetchone()
                leading.add(first[2])
            leading |= {row[1] for row in connection.execute(f'pragma table_info("{table}")') if row[5] == 1}
            for foreign_key in connection.execute(f'pragma foreign_key_list("{table}")'):
                if foreign_key[1] == 0 and foreign_key[3] not in leading:
                    unindexed.append((table, foreign_key[3]))
    assert unindexed == [], unindexed


def test_reading_order_revision_fills_stored_paragraphs_as_the_model_would(tmp_path: Path) -> None:
    """0009 fills the key in SQL for rows stored before it; new rows get it from the model's insert default."""
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = migration_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        connection.exec_driver_sql(
            "INSERT INTO documents (id, source_file, published_date_inferred, published_source, language, text, sha256)"
            " VALUES ('doc-a', 'a.txt', 0, 'none', 'en', 'x', 'y')"
        )
        for position in (0, 7, 123):
            connection.exec_driver_sql(
                "INSERT INTO paragraphs (id, document_id, position, text, start_char, end_char, is_boilerplate, kind)"
                f" VALUES ('p{position}', 'doc-a', {position}, 'x', 0, 1, 0, 'body')"
            )
        command.upgrade(config, "0009")
        stored = connection.exec_driver_sql("SELECT position, reading_order FROM paragraphs ORDER BY position").all()
    assert stored == [(p, reading_order_key("doc-a", p)) for p in (0, 7, 123)], stored
    assert reading_order_key("doc-a", 7) == "doc-a:000007"


def test_inserted_paragraph_gets_its_reading_order_from_the_model(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'head.db'}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        insert_rows(connection, "documents", [DOCUMENT])
        rows = [{**PARAGRAPH, "id": f"p{n}", "position": n} for n in (12, 3)]
        insert_rows(connection, "paragraphs", rows)
        stored = connection.exec_driver_sql("SELECT id FROM paragraphs ORDER BY reading_order").scalars().all()
    assert stored == ["p3", "p12"], stored


DOCUMENT = {
    "id": "doc-b",
    "source_file": "b.txt",
    "language": "en",
    "text": "x",
    "sha256": "y",
    "published_date_inferred": False,
    "published_source": "none",
}
PARAGRAPH = {
    "document_id": "doc-b",
    "text": "x",
    "start_char": 0,
    "end_char": 1,
    "is_boilerplate": False,
    "kind": "body",
}


def test_every_span_table_has_a_reading_order_view(tmp_path: Path) -> None:
    database = tmp_path / "head.db"
    upgrade_to_head(create_engine(f"sqlite:///{database}"))
    with sqlite3.connect(database) as connection:
        views = {name for (name,) in connection.execute("select name from sqlite_master where type = 'view'")}
        columns = [row[1] for row in connection.execute("pragma table_info(mentions_in_reading_order)")]
    assert views == {f"{table}{READING_ORDER_VIEW}" for table in SPAN_TABLES}, views
    assert columns[-1] == "reading_order" and "paragraph_id" in columns, columns
