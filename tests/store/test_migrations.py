"""Migrations are tested like code: pytest-alembic's built-ins run because they are imported."""

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
    engine = create_engine(f"sqlite:///{tmp_path / 'head.db'}")
    upgrade_to_head(engine)
    inspector = inspect(engine)
    unindexed = []
    for table in inspector.get_table_names():
        leading = {index["column_names"][0] for index in inspector.get_indexes(table)}
        leading.add(inspector.get_pk_constraint(table)["constrained_columns"][0] if table != "alembic_version" else "")
        for foreign_key in inspector.get_foreign_keys(table):
            if foreign_key["constrained_columns"][0] not in leading:
                unindexed.append((table, foreign_key["constrained_columns"]))
    assert unindexed == [], unindexed
