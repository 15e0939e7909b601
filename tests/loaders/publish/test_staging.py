"""Staging: what a dead build left is cleared, a retired output is put back, the cache is kept."""

import os
import subprocess
from pathlib import Path

import pytest

from eastflank.loaders.publish.staging import remove_abandoned, staged_output


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def make(folder: Path, file_text: str) -> Path:
    folder.mkdir()
    (folder / "eastflank.db").write_text(file_text, encoding="utf-8")
    return folder


def test_folders_of_dead_builds_go_and_live_ones_and_the_cache_stay(tmp_path: Path) -> None:
    out = make(tmp_path / "dist", "current")
    dead = make(tmp_path / f".dist.building-{dead_pid()}", "half")
    live = make(tmp_path / f".dist.building-{os.getpid()}", "in progress")
    retired = make(tmp_path / f".dist.retired-{dead_pid()}", "old")
    cache = make(tmp_path / ".dist.cache", "entries")
    remove_abandoned(out)
    got = sorted(path.name for path in tmp_path.iterdir())
    assert got == sorted([out.name, live.name, cache.name]), got
    assert not dead.exists() and not retired.exists()


def test_a_build_killed_between_its_renames_gets_the_old_output_back(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    make(tmp_path / f".dist.retired-{dead_pid()}", "previous")
    make(tmp_path / f".dist.building-{dead_pid()}", "unpublished")
    remove_abandoned(out)
    assert (out / "eastflank.db").read_text(encoding="utf-8") == "previous"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dist"]


def test_a_failing_block_leaves_the_output_and_removes_its_staging(tmp_path: Path) -> None:
    out = make(tmp_path / "dist", "current")
    with pytest.raises(RuntimeError), staged_output(out) as staging:
        (staging / "eastflank.db").write_text("new", encoding="utf-8")
        raise RuntimeError("build failed")
    assert (out / "eastflank.db").read_text(encoding="utf-8") == "current"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dist"]


def test_a_succeeding_block_replaces_the_output(tmp_path: Path) -> None:
    out = make(tmp_path / "dist", "current")
    with staged_output(out) as staging:
        (staging / "eastflank.db").write_text("new", encoding="utf-8")
    assert (out / "eastflank.db").read_text(encoding="utf-8") == "new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dist"]
