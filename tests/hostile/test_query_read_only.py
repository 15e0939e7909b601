"""`eastflank query` cannot write into the release: COPY ... TO once overwrote a Parquet file (exit 0)."""

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eastflank.loaders.build import BuildResult
from eastflank.loaders.cli import app

WRITES = (
    "copy (select 1 as x) to '{out}/parquet/documents.parquet'",
    "COPY (SELECT 1) TO '{out}/stolen.csv' (HEADER)",
    "export database '{out}/exported'",
    "create table scratch as select 1 as x",
    "attach '{out}/other.duckdb' as other",
    "install httpfs",
    "load httpfs",
    "set threads = 1",
    "explain analyze copy (select 1) to '{out}/explained.csv'",
    "select 1; copy (select 1) to '{out}/second.csv'",
    "/* a comment */ copy (select 1) to '{out}/commented.csv'",
)


@pytest.fixture(scope="module")
def release(seed_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("query") / "dist"
    shutil.copytree(seed_build.out, out)
    return out


def snapshot(out: Path) -> dict[str, str]:
    return {
        str(path.relative_to(out)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("sql", WRITES)
def test_a_writing_statement_is_refused_in_one_line_and_changes_nothing(release: Path, sql: str) -> None:
    before = snapshot(release)
    done = CliRunner().invoke(app, ["query", sql.format(out=release), "--out", str(release)])
    assert (done.exit_code, done.output.count("\n")) == (2, 1), done.output
    assert done.output.startswith("error: refused: "), done.output
    assert snapshot(release) == before
    checked = subprocess.run(
        ["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=release, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(
    "sql",
    [
        "select count(*) as n from documents",
        "from documents select count(*) as n",
        "with d as (select * from documents) select count(*) as n from d",
    ],
)
def test_a_select_still_runs(release: Path, sql: str) -> None:
    done = CliRunner().invoke(app, ["query", sql, "--out", str(release), "--format", "csv"])
    assert (done.exit_code, done.output) == (0, "n\n5\n"), done.output
