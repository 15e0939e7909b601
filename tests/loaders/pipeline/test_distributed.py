"""`eastflank build --scheduler tcp://…` extracts on a Dask cluster and publishes the same bytes as one process.

The cluster is a real one: two worker processes behind a scheduler, over TCP on
127.0.0.1, reached by its address as a remote cluster would be. Both builds run with
SOURCE_DATE_EPOCH pinned, back to back from the same tree, and every file of the two
releases must be equal, except the two database files: two plain builds in one process
already differ there (Alembic's batch migrations recreate tables with their constraints
and indexes in the iteration order of a set of objects hashed by address), so for those
the rows of every table and the set of schema statements must be equal, and SHA256SUMS
may differ on their two lines only.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster, get_task_stream
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from typer.testing import CliRunner

from eastflank.loaders.bench.synthetic import write_corpus
from eastflank.loaders.build import build
from eastflank.loaders.cli import app
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.table_stats import table_checksum

pytestmark = pytest.mark.slow
EPOCH = "1767225600"
UNSTABLE = ("eastflank.db", "eastflank.duckdb")


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        protocol="tcp",
        dashboard_address=None,
    ) as running:
        yield running


def release_files(out: Path) -> dict[str, bytes]:
    """Every file of a release by its path inside the release."""
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}


def build_both(corpus: Path, tmp_path: Path, scheduler: str, *options: str) -> tuple[Path, Path]:
    """The release folders of the same build through the CLI with `--scheduler` and of a plain one-process build."""
    plain = build(corpus, tmp_path / "plain", workers=1)
    command = ["build", "--corpus", str(corpus), "--out", str(tmp_path / "dask"), "--scheduler", scheduler, *options]
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    return tmp_path / "dask", plain.out


def database_content(out: Path) -> tuple[dict[str, tuple[int, str]], list[list[str]]]:
    """Each published table's row count and content checksum, and the schema's statements, each as its sorted lines."""
    engine = create_engine(f"sqlite:///{out / 'eastflank.db'}", poolclass=NullPool)
    with engine.connect() as connection:
        sums = {table.name: table_checksum(connection, table) for table in published_tables()}
        statements = connection.execute(text("select sql from sqlite_master where sql is not null"))
        schema = sorted(sorted(line.strip().rstrip(",") for line in str(sql).splitlines()) for (sql,) in statements)
    engine.dispose()
    return sums, schema


def assert_same_release(got_out: Path, want_out: Path) -> None:
    got, want = release_files(got_out), release_files(want_out)
    assert sorted(got) == sorted(want), sorted(set(got) ^ set(want))
    stable = [name for name in want if name not in (*UNSTABLE, "SHA256SUMS")]
    assert [name for name in stable if got[name] != want[name]] == []
    sums = [lines.decode().splitlines() for lines in (got["SHA256SUMS"], want["SHA256SUMS"])]
    assert [line for line in sums[0] if not line.endswith(UNSTABLE)] == [
        line for line in sums[1] if not line.endswith(UNSTABLE)
    ]
    assert database_content(got_out) == database_content(want_out)
    assert len(want["parquet/mentions.parquet"]) > 1000, len(want["parquet/mentions.parquet"])


def extract_tasks(stream: list[dict]) -> list[dict]:
    return [task for task in stream if "extract_part" in str(task["key"])]


def test_seeds_on_a_tcp_cluster_give_the_bytes_of_one_process(
    cluster: LocalCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:"), cluster.scheduler_address
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:
        got, want = build_both(SEEDS_DIR, tmp_path, cluster.scheduler_address)
    assert len(extract_tasks(stream.data)) == 2, extract_tasks(stream.data)
    assert_same_release(got, want)
    assert sorted(path.name for path in tmp_path.iterdir()) == [".dask.cache", ".plain.cache", "dask", "plain"]


def test_a_synthetic_corpus_on_a_tcp_cluster_gives_the_bytes_of_one_process(
    cluster: LocalCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    corpus = write_corpus(tmp_path / "corpus", 80)
    shared = tmp_path / "shared"
    shared.mkdir()
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:
        got, want = build_both(corpus, tmp_path / "builds", cluster.scheduler_address, "--shared-dir", str(shared))
    tasks = extract_tasks(stream.data)
    assert len(tasks) == 2, tasks
    assert len({task["worker"] for task in tasks}) == 2, tasks
    assert_same_release(got, want)
    assert list(shared.iterdir()) == [], list(shared.iterdir())


def test_a_local_cluster_started_by_the_build_gives_the_bytes_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    got, want = build_both(SEEDS_DIR, tmp_path, "local", "--workers", "2")
    assert_same_release(got, want)
