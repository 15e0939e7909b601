"""A small hand-written corpus and a way to run `eastflank build` in-process, for the hostile-user tests."""

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from eastflank.loaders.cli import app

ARTICLES = {
    "harbour_drill.txt": (
        "Romanian and Bulgarian navies clear mines off Varna\n\n"
        "On 4 June 2024 minehunters from Romania and Bulgaria began a week of clearance drills "
        "in the Black Sea, the Romanian Navy said.\n"
    ),
    "border_training.txt": (
        "Moldovan border police train with Frontex\n\n"
        "Officers from Moldova completed a course on document checks with Frontex instructors "
        "in Chișinău in March 2023.\n"
    ),
}

BuildCli = Callable[..., Result]


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Two short articles written for these tests (not from seeds/)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture
def build_cli() -> BuildCli:
    """Run `eastflank build ARGS --workers 1` in this process and return click's result."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(app, ["build", *args, "--workers", "1"])

    return run


def one_line(result: Result) -> str:
    """The one error line of stderr (progress bars may come before it); fails on a second one or a traceback."""
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert isinstance(result.exception, SystemExit), result.exception
    return lines[0]


@pytest.fixture
def error_line() -> Callable[[Result], str]:
    """`one_line`, for test modules (conftest is not importable under --import-mode=importlib)."""
    return one_line
