"""Shared fixtures (the seed corpus, a throw-away reference folder, one seed build) and the test markers.

Markers are applied here, at collection, so no test has to remember them: `postgres` and
`browser` follow the fixtures a test uses, and `slow` follows the lists below, measured
with `pytest --durations` (each listed test took more than about 3 s on the 2-core
development machine). `pytest -m "not slow"` is the contributors' inner loop.
"""

import shutil
from pathlib import Path

import pytest

from eastflank.loaders.build import BuildResult, build
from eastflank.loaders.paths import REFERENCE_DIR, SEEDS_DIR

TESTS_DIR = Path(__file__).parent
POSTGRES_FIXTURES = frozenset({"postgres_admin_url", "postgres_url"})
BROWSER_FIXTURES = frozenset({"chromium"})
SLOW_FILES = frozenset(
    {  # every test in these files builds or kills a build, loads a server, or drives Chromium
        "reliability/test_large_article.py",
        "reliability/test_incremental_build.py",
        "reliability/test_atomic_publish.py",
        "reliability/test_reproducible_build.py",
        "reliability/test_line_endings.py",
        "hostile/test_disk_full.py",
        "hostile/test_serve_load.py",
        "loaders/serve/test_browser.py",
    }
)
SLOW_TESTS = frozenset(
    {  # file::test, parametrized ids included
        "test_end_to_end.py::test_second_build_gives_identical_ids_and_contents",
        "hostile/test_long_line.py::test_one_line_costs_what_paragraphs_cost_and_grows_linearly",
        "hostile/test_long_line.py::test_a_very_long_line_is_named_in_the_build_report",
        "hostile/test_corpus_reader.py::test_a_link_out_of_the_corpus_is_skipped_and_reported",
        "hostile/test_out_folder.py::test_a_file_dropped_into_a_release_stops_the_next_build",
        "hostile/test_one_build_at_a_time.py::test_a_lock_left_by_a_killed_build_is_taken_over",
        "hostile/test_sigterm.py::test_sigterm_removes_the_staging_folder_and_the_lock",
        "loaders/publish/test_datapackage.py::test_plain_frictionless_validate_passes",
        "loaders/test_build_summary.py::test_cli_build_shows_progress_and_summary",
        "reliability/test_bad_input_cli.py::test_the_same_article_twice_is_a_listed_warning_and_the_rest_is_built",
        "reliability/test_bad_input_cli.py::test_the_installed_command_exits_non_zero_with_the_message_on_stderr",
        "reliability/test_serve_readonly.py::test_stopping_eastflank_serve_stops_the_server",
        "test_markers.py::test_postgres_tests_are_marked_postgres_and_no_others",
        "test_markers.py::test_browser_tests_are_marked_browser_and_slow",
        "test_markers.py::test_only_the_listed_tests_of_a_file_are_slow",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each collected test `slow`, `postgres` and `browser` where it is one."""
    for item in items:
        for name in markers_for(item):
            item.add_marker(name)


def markers_for(item: pytest.Item) -> list[str]:
    """The markers one test gets from its file, its name and the fixtures it uses."""
    path = item.path.relative_to(TESTS_DIR).as_posix() if item.path.is_relative_to(TESTS_DIR) else ""
    fixtures = set(getattr(item, "fixturenames", ()))
    name = f"{path}::{getattr(item, 'originalname', item.name)}"
    markers = []
    if path in SLOW_FILES or name in SLOW_TESTS:
        markers.append("slow")
    if fixtures & POSTGRES_FIXTURES or (path.startswith("store/test_") and "postgres" in path):
        markers.append("postgres")
    if fixtures & BROWSER_FIXTURES:
        markers.append("browser")
    return markers


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The seeds built once into a temporary folder, shared by read-only tests."""
    return build(SEEDS_DIR, tmp_path_factory.mktemp("seed-build") / "dist")


@pytest.fixture
def reference_copy(tmp_path: Path) -> Path:
    """A writable copy of seeds/reference/ for tests that break it on purpose."""
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    return target
