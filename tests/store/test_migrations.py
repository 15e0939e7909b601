"""Migrations are tested like code: pytest-alembic's built-ins run because they are imported."""

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytest_alembic.tests import (  # noqa: F401 - imported so pytest collects them
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, create_engine, inspect

from eastflank.loaders.paths import MIGRATIONS_DIR
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata


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
