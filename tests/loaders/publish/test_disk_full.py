"""A full disk is recognised however it is worded, and the message says where to free space."""

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from eastflank.loaders.errors import DiskFullError
from eastflank.loaders.publish.disk_full import disk_full_as_error, is_disk_full, mount_point


def raised_from(error: BaseException, cause: BaseException) -> BaseException:
    try:
        raise error from cause
    except BaseException as caught:
        return caught


@pytest.mark.parametrize(
    ("error", "want"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
        (OSError("Error writing bytes to file. Detail: [errno 28] No space left on device"), True),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), True),
        (raised_from(RuntimeError("export failed"), OSError(errno.ENOSPC, "No space left on device")), True),
        (OSError(errno.EACCES, "Permission denied"), False),
        (sqlite3.OperationalError("no such table: documents"), False),
    ],
    ids=["enospc", "quota", "arrow-words", "sqlalchemy-sqlite", "chained", "permission", "other-sqlite"],
)
def test_full_disks_are_told_apart_from_other_errors(error: BaseException, want: bool) -> None:
    assert is_disk_full(error) == want, error


def test_the_message_names_the_file_system_and_the_fix(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    out.mkdir()
    (out / "eastflank.db").write_bytes(b"x" * 2_500_000)
    with pytest.raises(DiskFullError) as caught, disk_full_as_error(out):
        raise OSError(errno.ENOSPC, "No space left on device")
    got = str(caught.value)
    mount = mount_point(tmp_path)
    assert got.startswith(f"{out}: the disk is full (no space left on the file system mounted at {mount}, "), got
    assert got.endswith(
        f" MB free); the previous release takes 2.5 MB and a build needs about as much again; "
        f"nothing was published. Fix: free space on {mount} and build again"
    ), got
    assert "\n" not in got


def test_other_errors_pass_through_unchanged(tmp_path: Path) -> None:
    with pytest.raises(PermissionError), disk_full_as_error(tmp_path / "dist"):
        raise PermissionError(errno.EACCES, "Permission denied")
