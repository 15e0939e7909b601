"""pytest-alembic's built-in checks against PostgreSQL, each on a fresh database.

PostgreSQL enforces what SQLite lets pass (foreign keys, types, transactional DDL), so
the migrations are checked on both.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from pytest_alembic.tests import (  # noqa: F401 - imported so pytest collects them
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.pool import NullPool

from eastflank.loaders.paths import MIGRATIONS_DIR
from eastflank.loaders.store.migrate import current_revision, head_revision, upgrade_to_head
from eastflank.schema import metadata


@pytest.fixture
def alembic_config() -> dict[str, Any]:
    return {"script_location": str(MIGRATIONS_DIR)}


@pytest.fixture
def alembic_engine(postgres_url: str) -> Iterator[Engine]:
    engine = create_engine(postgres_url, poolclass=NullPool)
    yield engine
    engine.dispose()


def test_upgrade_to_head_creates_every_model_table_in_postgresql(alembic_engine: Engine) -> None:
    upgrade_to_head(alembic_engine)
    got = set(inspect(alembic_engine).get_table_names())
    assert got == set(metadata.tables) | {"alembic_version"}, got
    with alembic_engine.connect() as connection:
        assert current_revision(connection) == head_revision()


def test_postgresql_declares_every_foreign_key(alembic_engine: Engine) -> None:
    upgrade_to_head(alembic_engine)
    inspector = inspect(alembic_engine)
    got = sorted(
        (t, tuple(fk["constrained_columns"]), fk["referred_table"])
        for t in metadata.tables
        for fk in inspector.get_foreign_keys(t)
    )
    want = sorted(
        (t.name, tuple(c.name for c in fk.columns), fk.referred_table.name)
        for t in metadata.sorted_tables
        for fk in t.foreign_key_constraints
    )
    assert got == want, got
