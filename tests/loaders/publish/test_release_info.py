"""release_info names the build: version from pyproject, revision, time, commit, extractor."""

import re
import sqlite3
import subprocess
import tomllib

import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.paths import PROJECT_ROOT
from eastflank.loaders.publish.release_info import built_at, extractor_version, release_facts, source_commit
from eastflank.loaders.store.migrate import head_revision

PYPROJECT_VERSION = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def git_head() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else "unknown"


def test_seed_build_records_every_release_fact(seed_build: BuildResult) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        facts = dict(connection.execute("select key, value from release_info order by key").fetchall())
    assert sorted(facts) == [
        "alembic_revision",
        "built_at",
        "dataset_version",
        "extractor_version",
        "rules_sha256",
        "source_commit",
    ], facts
    assert facts["dataset_version"] == PYPROJECT_VERSION, facts
    assert facts["alembic_revision"] == head_revision() == seed_build.revision, facts
    assert facts["source_commit"] == git_head(), facts
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", facts["built_at"]), facts
    assert facts["extractor_version"] == extractor_version(), facts


def test_source_date_epoch_pins_built_at(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert built_at() == "2023-11-14T22:13:20Z", built_at()


def test_extractor_version_is_dataset_version_plus_code_hash() -> None:
    got = extractor_version()
    assert re.fullmatch(rf"{re.escape(PYPROJECT_VERSION)}\+[0-9a-f]{{12}}", got), got


def test_source_commit_is_unknown_outside_git(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr("eastflank.loaders.publish.release_info.PROJECT_ROOT", tmp_path)
    assert source_commit() == "unknown"


def test_release_facts_keep_their_order() -> None:
    got = list(release_facts("0003", "ab" * 32))
    assert got == [
        "dataset_version",
        "alembic_revision",
        "built_at",
        "source_commit",
        "extractor_version",
        "rules_sha256",
    ], got
