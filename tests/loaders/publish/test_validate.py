"""A staged output is checked before it is published: files present, SQLite sound, row counts equal."""

import shutil
import sqlite3
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.errors import BuildError
from eastflank.loaders.publish.validate import expected_files, validate_output


@pytest.fixture
def staging(seed_build: BuildResult, tmp_path: Path) -> Path:
    copy = tmp_path / "staging"
    shutil.copytree(seed_build.out, copy)
    return copy


def error_of(staging: Path) -> str:
    with pytest.raises(BuildError) as caught:
        validate_output(staging)
    return str(caught.value)


def mentions_count(staging: Path) -> int:
    with sqlite3.connect(staging / "eastflank.db") as connection:
        return connection.execute("select count(*) from mentions").fetchone()[0]


def test_a_complete_build_passes(staging: Path) -> None:
    validate_output(staging)
    assert "parquet/mentions.parquet" in expected_files()


def test_a_missing_file_is_named(staging: Path) -> None:
    (staging / "parquet" / "mentions.parquet").unlink()
    (staging / "metadata.json").unlink()
    (staging / "CHANGES.json").unlink()
    got = error_of(staging)
    want = f"{staging}: missing metadata.json, CHANGES.json, parquet/mentions.parquet; nothing was published. Fix: "
    assert got.startswith(want), got


def test_a_parquet_file_short_of_rows_is_named(staging: Path) -> None:
    path = staging / "parquet" / "mentions.parquet"
    pq.write_table(pq.read_table(path).slice(0, 10), path)
    got = error_of(staging)
    want = f"{staging}: parquet/mentions.parquet holds 10 rows but eastflank.db table mentions holds {mentions_count(staging)}"
    assert got.startswith(want), got


def test_a_duckdb_table_short_of_rows_is_named(staging: Path) -> None:
    with duckdb.connect(str(staging / "eastflank.duckdb")) as connection:
        connection.execute("delete from mentions where id in (select id from mentions limit 3)")
    got = error_of(staging)
    want = f"{staging}: eastflank.duckdb/mentions holds {mentions_count(staging) - 3} rows but eastflank.db table mentions holds"
    assert got.startswith(want), got


def test_a_corrupt_sqlite_file_fails(staging: Path) -> None:
    database = staging / "eastflank.db"
    data = bytearray(database.read_bytes())
    page = 4096
    data[page * 2 : page * 6] = b"\xff" * (page * 4)
    database.write_bytes(bytes(data))
    got = error_of(staging)
    assert got.startswith(f"{staging}: eastflank.db "), got
    assert "integrity check" in got or "cannot be read" in got, got


def test_an_unreadable_parquet_file_fails(staging: Path) -> None:
    (staging / "parquet" / "mentions.parquet").write_bytes(b"not parquet")
    got = error_of(staging)
    assert got.startswith(f"{staging}: an exported file cannot be read ("), got
