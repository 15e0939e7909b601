"""Build into a folder beside the output and swap it in only when it is complete.

A build that fails or is killed part-way leaves the previous output untouched: the new
files live in `.<out>.building-<pid>` until validation passes, then two renames move the
old output aside and the new one into place.
"""

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

STAGING_INFIX = ".building-"
RETIRED_INFIX = ".retired-"


def staging_dir(out: Path) -> Path:
    """The private folder this process builds into."""
    return out.parent / f".{out.name}{STAGING_INFIX}{os.getpid()}"


@contextmanager
def staged_output(out: Path, check_before_swap: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Yield an empty staging folder; publish it as `out` if the block succeeds.

    `check_before_swap(out)` runs last, so that what it refuses (publish/out_folder.py) is
    checked again after a build of minutes during which someone may have written into `out`.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned(out)
    staging = staging_dir(out)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
        if check_before_swap is not None:
            check_before_swap(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, out)


def swap_in(staging: Path, out: Path) -> None:
    """Replace `out` with `staging` by renames on the same file system."""
    retired = out.parent / f".{out.name}{RETIRED_INFIX}{os.getpid()}"
    if out.exists():
        os.rename(out, retired)
    os.rename(staging, out)
    shutil.rmtree(retired, ignore_errors=True)


def remove_abandoned(out: Path) -> None:
    """Delete folders left by builds whose process no longer runs.

    A build killed between its two renames leaves no `out` but a retired copy of it,
    which is put back first, so the previous output is never lost.
    """
    for infix in (RETIRED_INFIX, STAGING_INFIX):
        for path in sorted(out.parent.glob(f".{out.name}{infix}*")):
            pid = path.name.rsplit("-", 1)[-1]
            if not pid.isdigit() or _process_alive(int(pid)):
                continue
            if infix == RETIRED_INFIX and not out.exists():
                os.rename(path, out)
            else:
                shutil.rmtree(path, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
