"""Two builds of the same inputs, from different folders, give the same rows, ids and bytes.

With SOURCE_DATE_EPOCH pinned even release_info agrees, so every Parquet file is
byte-identical and every table's content checksum (table_stats) is equal.
"""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.build import BuildResult, build
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.table_stats import table_checksum


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, BuildResult]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1767225600")
        first = build(SEEDS_DIR, tmp_path_factory.mktemp("first") / "dist")
        corpus = tmp_path_factory.mktemp("elsewhere") / "articles"
        shutil.copytree(SEEDS_DIR, corpus, ignore=shutil.ignore_patterns("reference"))
        second = build(corpus, tmp_path_factory.mktemp("second") / "published")
    return first, second


def checksums(result: BuildResult) -> dict[str, tuple[int, str]]:
    engine = create_engine(f"sqlite:///{result.out / 'eastflank.db'}", poolclass=NullPool)
    with engine.connect() as connection:
        sums = {table.name: table_checksum(connection, table) for table in published_tables()}
    engine.dispose()
    return sums


def test_every_table_has_the_same_content_checksum(two_builds: tuple[BuildResult, BuildResult]) -> None:
    first, second = two_builds
    got, want = checksums(second), checksums(first)
    assert got == want, [name for name in got if got[name] != want[name]]
    assert got["mentions"][0] > 100, got["mentions"]


@pytest.mark.parametrize("table", [table.name for table in published_tables()])
def test_every_parquet_file_is_byte_identical(two_builds: tuple[BuildResult, BuildResult], table: str) -> None:
    first, second = two_builds
    got = (second.out / "parquet" / f"{table}.parquet").read_bytes()
    assert got == (first.out / "parquet" / f"{table}.parquet").read_bytes(), table


def test_two_worker_processes_give_the_same_bytes_as_one(
    two_builds: tuple[BuildResult, BuildResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    parallel = build(SEEDS_DIR, tmp_path / "dist", workers=2)
    assert parallel.extracted_articles == len(list(SEEDS_DIR.glob("*.txt")))
    first, _ = two_builds
    for table in published_tables():
        name = f"parquet/{table.name}.parquet"
        assert (parallel.out / name).read_bytes() == (first.out / name).read_bytes(), table.name


def test_the_sqlite_file_is_byte_identical(two_builds: tuple[BuildResult, BuildResult]) -> None:
    """Alembic's batch rebuilds once wrote constraints and indexes in address order (store/batch_order.py)."""
    first, second = two_builds
    assert (second.out / "eastflank.db").read_bytes() == (first.out / "eastflank.db").read_bytes()
