"""Turn "no space left on device", however a library words it, into one line that says where to free space.

A full disk is not a bug to report nor a reason to rerun: the user has to free space first.
SQLite, Arrow, DuckDB and Python each say it differently (errno ENOSPC or EDQUOT, "database
or disk is full", "No space left on device"), sometimes wrapped by SQLAlchemy, so the
whole chain of causes is searched.
"""

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eastflank.loaders.errors import DiskFullError, EastflankError

FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
FULL_WORDS = ("no space left on device", "database or disk is full", "disk quota exceeded")
MB = 1_000_000


@contextmanager
def disk_full_as_error(out: Path) -> Iterator[None]:
    """Raise DiskFullError, naming where to free space, for a full disk inside the block."""
    try:
        yield
    except EastflankError:
        raise
    except Exception as error:
        if not is_disk_full(error):
            raise
        raise DiskFullError(disk_full_message(out)) from error


def is_disk_full(error: BaseException) -> bool:
    """True when the error, or any error it was raised from, says the disk is full."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in FULL_ERRNOS:
            return True
        if any(words in str(current).lower() for words in FULL_WORDS):
            return True
        pending += [current.__cause__, current.__context__, getattr(current, "orig", None)]
    return False


def disk_full_message(out: Path) -> str:
    """The one line: which file system is full, how much is free, and how much a release here takes."""
    mount = mount_point(out.resolve().parent)
    free = shutil.disk_usage(mount).free / MB
    release = folder_size(out) / MB
    need = f"; the previous release takes {release:.1f} MB and a build needs about as much again" if release > 0 else ""
    return (
        f"{out}: the disk is full (no space left on the file system mounted at {mount}, {free:.1f} MB free){need}; "
        f"nothing was published. Fix: free space on {mount} and build again"
    )


def mount_point(path: Path) -> Path:
    """The mount point of the file system holding `path` (its nearest existing ancestor)."""
    path = next(folder for folder in (path, *path.parents) if folder.exists())
    while not os.path.ismount(path):
        path = path.parent
    return path


def folder_size(folder: Path) -> int:
    """Bytes in the files under a folder; 0 when there is none."""
    if not folder.is_dir():
        return 0
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
