"""A rule that fails on one article stops the build with one line naming that article, and publishes nothing.

Before, an extractor's KeyError (a look-alike letter in "weekſ") surfaced as a traceback
that named no file, so the user could not tell which of thousands of articles to set aside.
"""

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from eastflank.loaders.cli import app
from eastflank.loaders.errors import ExtractionError
from eastflank.loaders.extract import document

FAULTY_WORD = "Frontex"
"""Only border_training.txt of the small corpus holds it."""


@pytest.fixture
def faulty_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The amounts rule raises on any paragraph naming FAULTY_WORD, as a rule with a bug would."""
    real = document.extract_amounts

    def failing(paragraph: object, currencies: object) -> object:
        if FAULTY_WORD in paragraph.text:  # type: ignore[attr-defined]
            raise KeyError("weekſ")
        return real(paragraph, currencies)  # type: ignore[arg-type]

    monkeypatch.setattr(document, "extract_amounts", failing)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_fault_in_a_rule_names_the_article_and_publishes_nothing(
    faulty_rule: None, small_corpus: Path, tmp_path: Path, error_line: Callable[[Result], str], workers: str
) -> None:
    out = tmp_path / "dist"
    result = CliRunner().invoke(app, ["build", "--corpus", str(small_corpus), "--out", str(out), "--workers", workers])
    line = error_line(result)
    assert (result.exit_code, line.split(":")[1].strip()) == (1, "border_training.txt"), line
    assert "KeyError" in line and "fault in eastflank's rules" in line, line
    assert not out.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus"]


def test_the_error_crosses_a_process_boundary() -> None:
    error = ExtractionError.of("a.txt", KeyError("x"))
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
