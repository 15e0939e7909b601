"""Shared fixtures: the seed corpus, a throw-away reference folder, and one seed build."""

import shutil
from pathlib import Path

import pytest

from eastflank.loaders.build import BuildResult, build
from eastflank.loaders.paths import REFERENCE_DIR, SEEDS_DIR


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
