"""One build at a time per output folder: `.<out>.lock` beside it, locked for the whole build.

Two builds into the same folder would each swap in their own release, and the later one's
CHANGES.json would be computed against a release that is no longer there. The kernel holds
the lock, so it is released however the holder ends: a lock file left by a killed build
names a dead PID but is locked by no one, and the next build takes it over. The holder's
PID is written inside only so that a refused build can say who is in its way.

The lock is a POSIX record lock (`lockf`), not `flock`: an `flock` is shared with every
process forked while it is held, so extraction workers that outlive a killed build kept the
folder locked; a record lock belongs to the build process alone. Record locks do not
exclude the process that holds them, so the folders this process holds are also kept in
`_HELD`, and a second build into one of them from the same process is refused as well.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eastflank.loaders.errors import BuildLockedError

LOCK_SUFFIX = ".lock"
_HELD: set[Path] = set()


def lock_path(out: Path) -> Path:
    """The lock file of an output folder."""
    out = out.resolve()
    return out.parent / f".{out.name}{LOCK_SUFFIX}"


@contextmanager
def build_lock(out: Path) -> Iterator[Path]:
    """Hold the output folder's lock for the block; raise BuildLockedError if another build holds it."""
    path = lock_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path in _HELD:
        raise _locked(out, path, f" (PID {os.getpid()})")
    descriptor = _acquire(path, out)
    _HELD.add(path)
    try:
        yield path
    finally:
        _HELD.discard(path)
        path.unlink(missing_ok=True)
        os.close(descriptor)


def _locked(out: Path, path: Path, holder: str) -> BuildLockedError:
    return BuildLockedError(
        f"{out}: another build{holder} is publishing into this folder (lock {path}). "
        "Fix: wait for it to finish, or stop it, and build again"
    )


def _acquire(path: Path, out: Path) -> int:
    """A descriptor of the lock file, locked, with this PID written in.

    The file is removed when a build ends, so a build that opened it just before may lock
    a file no longer at `path`: it then opens the path again rather than trust that lock.
    """
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _holder(descriptor)
            os.close(descriptor)
            raise _locked(out, path, holder) from None
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
