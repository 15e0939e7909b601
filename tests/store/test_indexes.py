"""Every index the models declare is in the migrated database, as declared.

pytest-alembic's model-vs-migration comparison skips expression indexes on SQLite (they
cannot be reflected), so this compares the CREATE INDEX statements themselves.
"""

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from eastflank.loaders.build import BuildResult, load_database
from eastflank.loaders.extract.document import DocumentRows
from eastflank.loaders.store.deferred_indexes import deferrable_indexes
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata


def normalised(ddl: str) -> str:
    """DDL without quotes, case or spacing differences."""
    return re.sub(r"\s+", " ", ddl.replace('"', "").lower()).replace("( ", "(").replace(" )", ")").strip()


def index_ddl(database: Path) -> dict[str, str]:
    """Each named index of a SQLite file, by name, as normalised DDL."""
    with sqlite3.connect(database) as connection:
        return {
            name: normalised(sql)
            for name, sql in connection.execute(
                "select name, sql from sqlite_master where type = 'index' and sql is not null"
            )
        }


def models_index_ddl() -> dict[str, str]:
    """Each index the models declare, by name, as normalised SQLite DDL."""
    return {
        str(index.name): normalised(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
        for table in metadata.tables.values()
        for index in table.indexes
    }


def differences(got: dict[str, str], want: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
    return {
        name: (got.get(name), want.get(name)) for name in got.keys() | want.keys() if got.get(name) != want.get(name)
    }


def test_migrated_indexes_equal_the_models_indexes(tmp_path: Path) -> None:
    database = tmp_path / "head.db"
    upgrade_to_head(create_engine(f"sqlite:///{database}"))
    got, want = index_ddl(database), models_index_ddl()
    assert got == want, differences(got, want)


def test_a_build_ends_with_every_index_it_built_after_the_load(seed_build: BuildResult) -> None:
    got, want = index_ddl(seed_build.out / "eastflank.db"), models_index_ddl()
    assert got == want, differences(got, want)


def test_the_deferred_indexes_are_the_non_unique_ones_and_some_exist() -> None:
    deferred = {index.name for index in deferrable_indexes()}
    every = {index.name: index.unique for table in metadata.tables.values() for index in table.indexes}
    assert deferred == {name for name, unique in every.items() if not unique}
    assert "ix_mentions_paragraph_id" in deferred


def test_a_load_that_fails_rolls_back_the_dropped_indexes_too(tmp_path: Path) -> None:
    database = tmp_path / "failed.db"

    def failing_articles() -> Iterator[DocumentRows]:
        raise RuntimeError("an article could not be extracted")
        yield  # a generator that fails when the load first asks it for an article

    with pytest.raises(RuntimeError, match="could not be extracted"):
        load_database(f"sqlite:///{database}", [], failing_articles())
    got, want = index_ddl(database), models_index_ddl()
    assert got == want, differences(got, want)
