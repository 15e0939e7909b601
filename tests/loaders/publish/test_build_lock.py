"""One build per output folder: a held lock refuses a second build naming its PID; a dead holder's lock is taken over."""

import os
import subprocess
from pathlib import Path

import pytest

from eastflank.loaders.errors import BuildLockedError
from eastflank.loaders.publish.build_lock import build_lock, lock_path


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_the_lock_file_sits_beside_the_output_and_holds_the_pid(tmp_path: Path) -> None:
    with build_lock(tmp_path / "dist") as path:
        assert path == tmp_path / ".dist.lock", path
        assert path.read_text(encoding="ascii") == f"{os.getpid()}\n"
    assert not path.exists()


def test_a_second_holder_is_refused_naming_the_first(tmp_path: Path) -> None:
    with build_lock(tmp_path / "dist"), pytest.raises(BuildLockedError) as caught, build_lock(tmp_path / "dist"):
        pass
    assert caught.value.exit_code == 2
    assert str(caught.value) == (
        f"{tmp_path / 'dist'}: another build (PID {os.getpid()}) is publishing into this folder (lock {tmp_path / '.dist.lock'}). "
        "Fix: wait for it to finish, or stop it, and build again"
    ), str(caught.value)


def test_a_lock_left_by_a_dead_build_is_taken_over(tmp_path: Path) -> None:
    lock_path(tmp_path / "dist").write_text(f"{dead_pid()}\n", encoding="ascii")
    with build_lock(tmp_path / "dist") as path:
        assert path.read_text(encoding="ascii") == f"{os.getpid()}\n"
    assert sorted(tmp_path.iterdir()) == [], sorted(tmp_path.iterdir())
