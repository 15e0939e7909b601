"""The query examples in README and docs/querying.md run as written against a fresh build, so they never rot.

An example shown in both files is run once.
"""

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.paths import DOCS_DIR, PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
QUERYING = (DOCS_DIR / "querying.md").read_text(encoding="utf-8")


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def query_lines(text: str) -> list[str]:
    return [
        line
        for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S)
        for line in block.splitlines()
        if line.startswith("eastflank query ")
    ]


PYTHON_BLOCKS = list(dict.fromkeys(python_blocks(README) + python_blocks(QUERYING)))
QUERY_LINES = list(dict.fromkeys(query_lines(README) + query_lines(QUERYING)))
EASTFLANK = Path(sys.executable).parent / "eastflank"


@pytest.fixture(scope="module")
def workdir(seed_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose `dist` is the seed build, as after the README's build command."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "dist").symlink_to(seed_build.out)
    return folder


def test_readme_has_duckdb_pandas_and_polars_examples() -> None:
    libraries = sorted({m for block in PYTHON_BLOCKS for m in re.findall(r"^import (\w+)", block, flags=re.M)})
    assert libraries == ["duckdb", "pandas", "polars"], libraries
    assert len(QUERY_LINES) == 2, QUERY_LINES


def test_readme_keeps_a_duckdb_example_and_the_query_lines() -> None:
    assert [block.splitlines()[0] for block in python_blocks(README)] == ["import duckdb"], python_blocks(README)
    assert query_lines(README) == QUERY_LINES, query_lines(README)


@pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_example_runs(workdir: Path, code: str) -> None:
    done = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert any(word in done.stdout for word in ("Moldova", "NATO", "alembic_revision")), done.stdout


@pytest.mark.parametrize("line", QUERY_LINES)
def test_query_example_runs(workdir: Path, line: str) -> None:
    done = subprocess.run(
        [str(EASTFLANK), *shlex.split(line)[1:]], cwd=workdir, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() != "", done.stdout
