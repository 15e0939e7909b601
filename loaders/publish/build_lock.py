"""One build at a time per output folder: `.<out>.lock` beside it, held with `flock` for the whole build.

Two builds into the same folder would each swap in their own release, and the later one's
CHANGES.json would be computed against a release that is no longer there. The kernel holds
the lock, so it is released however the holder ends: a lock file left by a killed build
names a dead PID but is locked by no one, and the next build takes it over. The holder's
PID is written inside only so that a refused build can say who is in its way.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eastflank.loaders.errors import BuildLockedError

LOCK_SUFFIX = ".lock"


def lock_path(out: Path) -> Path:
    """The lock file of an output folder."""
    out = out.resolve()
    return out.parent / f".{out.name}{LOCK_SUFFIX}"


@contextmanager
def build_lock(out: Path) -> Iterator[Path]:
    """Hold the output folder's lock for the block; raise BuildLockedError if another build holds it."""
    path = lock_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = _acquire(path, out)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
        os.close(descriptor)


def _acquire(path: Path, out: Path) -> int:
    """A descriptor of the lock file, locked, with this PID written in.

    The file is removed when a build ends, so a build that opened it just before may lock
    a file no longer at `path`: it then opens the path again rather than trust that lock.
    """
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(descriptor)
            os.close(descriptor)
            raise BuildLockedError(
                f"{out}: another build{holder} is publishing into this folder (lock {path}). "
                "Fix: wait for it to finish, or stop it, and build again"
            ) from None
        if _is_current(descriptor, path):
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()}\n".encode())
            return descriptor
        os.close(descriptor)


def _holder(descriptor: int) -> str:
    text = os.pread(descriptor, 32, 0).decode("ascii", errors="replace").strip()
    return f" (PID {text})" if text.isdigit() else ""


def _is_current(descriptor: int, path: Path) -> bool:
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
