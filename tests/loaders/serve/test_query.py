"""`eastflank query`: DuckDB SQL over the Parquet files, printed for people or for scripts."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eastflank.loaders.build import BuildResult
from eastflank.loaders.cli import app
from eastflank.loaders.errors import QueryError
from eastflank.loaders.serve.query import QueryResult, as_csv, as_json, run_query

SQL = "select id, name, latitude from entities where id in ('md', 'nato') order by id"


def test_tables_are_views_named_as_the_tables(seed_build: BuildResult) -> None:
    got = run_query(seed_build.out, SQL)
    assert got == QueryResult(
        ["id", "name", "latitude"], [("md", "Moldova", 47.009), ("nato", "North Atlantic Treaty Organization", None)]
    ), got


def test_joins_across_views_work(seed_build: BuildResult) -> None:
    got = run_query(seed_build.out, "select count(*) from mentions m join entities e on e.id = m.entity_id")
    assert got.rows == [(seed_build.row_counts["mentions"],)], got


def test_csv_and_json_formats() -> None:
    result = QueryResult(["id", "n"], [("md", 1), ("x,y", None)])
    assert as_csv(result) == 'id,n\nmd,1\n"x,y",\n'
    assert json.loads(as_json(result)) == [{"id": "md", "n": 1}, {"id": "x,y", "n": None}]


def test_bad_sql_names_the_tables(seed_build: BuildResult) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(seed_build.out, "select nope from entities")
    assert 'Referenced column "nope" not found' in str(caught.value), caught.value
    assert "the tables are amounts, citations, documents, entities" in str(caught.value), caught.value


def test_missing_output_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(tmp_path, "select 1")
    assert (
        str(caught.value)
        == f"{tmp_path / 'parquet'}: no Parquet files. Fix: run `eastflank build --out {tmp_path}` first"
    )


def test_cli_prints_a_table_with_a_row_count(seed_build: BuildResult) -> None:
    done = CliRunner().invoke(app, ["query", SQL, "--out", str(seed_build.out)], env={"COLUMNS": "120"})
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert [line.split() for line in lines if "Moldova" in line] == [["│", "md", "│", "Moldova", "│", "47.009", "│"]], (
        lines
    )
    assert lines[-1].strip() == "2 rows", lines


def test_cli_prints_csv_and_json(seed_build: BuildResult) -> None:
    csv_run = CliRunner().invoke(app, ["query", SQL, "--out", str(seed_build.out), "--format", "csv"])
    assert csv_run.output == "id,name,latitude\nmd,Moldova,47.009\nnato,North Atlantic Treaty Organization,\n", (
        csv_run.output
    )
    json_run = CliRunner().invoke(app, ["query", SQL, "--out", str(seed_build.out), "--format", "json"])
    assert json.loads(json_run.output)[0] == {"id": "md", "name": "Moldova", "latitude": 47.009}, json_run.output


def test_cli_fails_with_one_line_on_bad_sql(seed_build: BuildResult) -> None:
    done = CliRunner().invoke(app, ["query", "select nope from entities", "--out", str(seed_build.out)])
    assert done.exit_code == 1, done.output
