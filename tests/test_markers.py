"""The `slow`, `postgres` and `browser` markers land on the right tests, and the slow lists name real tests."""

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eastflank.loaders.paths import PROJECT_ROOT

TESTS_DIR = PROJECT_ROOT / "tests"
RECORDER = """
import json
import os


def pytest_collection_finish(session):
    wanted = {"slow", "postgres", "browser"}
    marks = {item.nodeid: sorted({mark.name for mark in item.iter_markers()} & wanted) for item in session.items}
    with open(os.environ["EASTFLANK_MARKS_OUT"], "w", encoding="utf-8") as out:
        json.dump(marks, out)
"""
SAMPLE_FILES = [
    "store/test_postgres_build.py",
    "store/test_migrations.py",
    "loaders/serve/test_browser.py",
    "loaders/serve/test_query.py",
    "reliability/test_bad_input_cli.py",
]


def load_conftest() -> object:
    """tests/conftest.py as a module, to read its lists."""
    spec = importlib.util.spec_from_file_location("eastflank_tests_conftest", TESTS_DIR / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def marks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each sample test's node id and the markers collection gave it."""
    folder = tmp_path_factory.mktemp("recorder")
    (folder / "marks_recorder.py").write_text(RECORDER, encoding="utf-8")
    out = folder / "marks.json"
    env = {**os.environ, "PYTHONPATH": str(folder), "EASTFLANK_MARKS_OUT": str(out)}
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "marks_recorder"]
    command += [f"tests/{path}" for path in SAMPLE_FILES]
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def marked_in(marks: dict[str, list[str]], path: str) -> dict[str, list[str]]:
    return {node: names for node, names in marks.items() if node.startswith(f"tests/{path}::")}


def test_postgres_tests_are_marked_postgres_and_no_others(marks: dict[str, list[str]]) -> None:
    assert marked_in(marks, "store/test_postgres_build.py") != {}
    assert all("postgres" in names for names in marked_in(marks, "store/test_postgres_build.py").values()), marks
    assert all("postgres" not in names for names in marked_in(marks, "store/test_migrations.py").values()), marks


def test_browser_tests_are_marked_browser_and_slow(marks: dict[str, list[str]]) -> None:
    browser = marked_in(marks, "loaders/serve/test_browser.py")
    assert browser != {}
    assert set(map(tuple, browser.values())) == {("browser", "slow")}, browser
    assert all(names == [] for names in marked_in(marks, "loaders/serve/test_query.py").values()), marks


def test_only_the_listed_tests_of_a_file_are_slow(marks: dict[str, list[str]]) -> None:
    slow = sorted(
        node.split("::")[1]
        for node, names in marked_in(marks, "reliability/test_bad_input_cli.py").items()
        if "slow" in names
    )
    assert slow == [
        "test_the_installed_command_exits_non_zero_with_the_message_on_stderr",
        "test_the_same_article_twice_is_a_listed_warning_and_the_rest_is_built",
    ], slow


def test_every_slow_entry_names_a_test_that_exists() -> None:
    conftest = load_conftest()
    missing_files = sorted(path for path in conftest.SLOW_FILES if not (TESTS_DIR / path).is_file())  # type: ignore[attr-defined]
    assert missing_files == [], missing_files
    missing_tests = []
    for entry in sorted(conftest.SLOW_TESTS):  # type: ignore[attr-defined]
        path, name = entry.split("::")
        file = TESTS_DIR / path
        if not file.is_file() or name not in defined_tests(file):
            missing_tests.append(entry)
    assert missing_tests == [], missing_tests


def defined_tests(file: Path) -> set[str]:
    """Names of the test functions a file defines."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")}
