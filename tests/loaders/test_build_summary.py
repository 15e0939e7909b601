"""The closing summary: rows per table, files written, warnings counted and listed."""

import io
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from eastflank.loaders.build_summary import LISTED_PER_CATEGORY, build_summary
from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.cli import app
from eastflank.loaders.paths import SEEDS_DIR


def rendered(out: Path, report: BuildReport, counts: dict[str, int]) -> list[str]:
    output = io.StringIO()
    Console(file=output, width=120).print(build_summary(out, "0003", counts, report))
    return [line.rstrip() for line in output.getvalue().splitlines()]


def test_summary_lists_rows_files_and_warnings(tmp_path: Path) -> None:
    (tmp_path / "parquet").mkdir()
    (tmp_path / "parquet" / "a.parquet").write_bytes(b"x" * 2048)
    report = BuildReport()
    report.warn("skipped file", "b.txt: same text as a.txt; skipped")
    report.warn("unused reference entry", "countries.yml:3: af (Afghanistan) is named in no article")
    report.warn("unused reference entry", "countries.yml:9: al (Albania) is named in no article")
    lines = rendered(tmp_path, report, {"documents": 5, "mentions": 0})
    assert lines[0] == f"built {tmp_path} at schema revision 0003", lines
    assert "│ documents │    5 │" in lines and "│ total     │    5 │" in lines, lines
    assert "│ parquet/a.parquet │ 2.0 KiB │" in lines, lines
    assert "│ skipped file           │     1 │" in lines and "│ unused reference entry │     2 │" in lines, lines
    assert lines[-2:] == [
        "warning (skipped file): b.txt: same text as a.txt; skipped",
        "unused reference entry: all 2 are listed in build-report.json",
    ], lines
    assert not any("Afghanistan" in line for line in lines), lines


def test_summary_lists_a_few_of_a_category_and_counts_the_rest(tmp_path: Path) -> None:
    report = BuildReport()
    for number in range(LISTED_PER_CATEGORY + 5):
        report.warn("unresolved name", f"citation c{number:03d}: 'Source {number}' names no known entity")
    report.warn("skipped file", "b.txt: same text as a.txt; skipped")
    lines = rendered(tmp_path, report, {"documents": 5})
    listed = [line for line in lines if line.startswith("warning (unresolved name)")]
    assert listed == [
        f"warning (unresolved name): citation c{number:03d}: 'Source {number}' names no known entity"
        for number in range(LISTED_PER_CATEGORY)
    ], lines
    assert "warning (skipped file): b.txt: same text as a.txt; skipped" in lines, lines
    assert lines[-1] == "unresolved name: 5 more are listed in build-report.json", lines


def test_summary_says_when_there_are_no_warnings(tmp_path: Path) -> None:
    assert rendered(tmp_path, BuildReport(), {})[-1] == "no warnings"


def test_cli_build_shows_progress_and_summary(tmp_path: Path) -> None:
    done = CliRunner().invoke(
        app, ["build", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path / "dist")], env={"COLUMNS": "160"}
    )
    assert done.exit_code == 0, done.output
    for stage in (
        "extracting articles",
        "indexing full text",
        "checksumming tables",
        "publishing Parquet and DuckDB",
        "writing datapackage.json",
        "writing SHA256SUMS",
        "rows per table",
        "files written to",
        "warnings",
    ):
        assert stage in done.output, (stage, done.output)
    assert "unused reference entry: all " in done.output, done.output
