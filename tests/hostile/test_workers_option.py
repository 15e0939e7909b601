"""Finding 8: `--workers 0` and `--workers -1` were accepted. Now the CLI refuses them before building."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eastflank.loaders.cli import app


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_fewer_than_one_worker_is_refused(tmp_path: Path, small_corpus: Path, workers: str) -> None:
    result = CliRunner().invoke(
        app, ["build", "--corpus", str(small_corpus), "--out", str(tmp_path / "dist"), "--workers", workers]
    )
    assert result.exit_code == 2, result.stderr
    assert "Invalid value for '--workers'" in result.stderr, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus"]
