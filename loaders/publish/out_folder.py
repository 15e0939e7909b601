"""Refuse an `--out` the build did not make, before anything is written, moved or deleted.

Publishing replaces the output folder whole (publish/staging.py), so the build may only
ever replace a folder that holds an eastflank release and nothing else. `--out` must be
missing, an empty folder, or a release: a folder with the marker file (publish/marker.py)
or, for releases built before the marker existed, with eastflank.db, SHA256SUMS and
datapackage.json. Either way every file in it must be one the build wrote (named in its
SHA256SUMS, or expected in every release) or a journal SQLite or DuckDB leaves beside
one of those; anything else would be deleted with the release, so it is refused too.
The corpus and reference folders, and any folder holding them, are refused by name.
"""

import os
from pathlib import Path

from eastflank.loaders.errors import OutputFolderError
from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.publish.checksums import SUMS_FILE_NAME
from eastflank.loaders.publish.marker import MARKER_FILE_NAME, has_marker
from eastflank.loaders.publish.validate import expected_files

LEGACY_SIGNATURE = (DATABASE_FILE_NAME, SUMS_FILE_NAME, "datapackage.json")
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal", ".wal")
FIX = "pass --out a new or empty folder, or one an earlier eastflank build published into"
OUTSIDE_FIX = "pass --out a new folder of its own, such as dist, outside the corpus and reference folders"
SHOWN = 3


def check_output_folder(out: Path, corpus: Path, reference: Path) -> None:
    """Raise OutputFolderError when publishing into `out` could destroy something the build did not make."""
    target = out.resolve()
    for name, given in (("corpus", corpus), ("reference", reference)):
        folder = given.resolve()
        if target == folder:
            raise OutputFolderError(out, f"is the {name} folder; publishing there would replace it", OUTSIDE_FIX)
        if target in folder.parents:
            raise OutputFolderError(
                out, f"holds the {name} folder {given}; publishing there would replace it", OUTSIDE_FIX
            )
    check_replaceable(out)


def check_replaceable(out: Path) -> None:
    """Raise OutputFolderError unless `out` is missing, empty, or a release holding only what a build wrote."""
    if not out.exists():
        return
    if not out.is_dir():
        raise OutputFolderError(out, "is a file, not a folder", FIX)
    if not is_release(out):
        if any(out.iterdir()):
            raise OutputFolderError(out, "is not empty and holds no eastflank release", FIX)
        return
    foreign = foreign_paths(out)
    if foreign:
        shown = ", ".join(foreign[:SHOWN]) + (f" and {len(foreign) - SHOWN} more" if len(foreign) > SHOWN else "")
        raise OutputFolderError(
            out,
            f"holds files the build did not make ({shown}); publishing would delete them",
            "move them out of the folder, or pass --out another folder",
        )


def is_release(out: Path) -> bool:
    """True for a folder an eastflank build published: it has the marker, or the files every older release had."""
    return has_marker(out) or all((out / name).is_file() for name in LEGACY_SIGNATURE)


def foreign_paths(out: Path) -> list[str]:
    """Paths under `out`, relative to it, that no build wrote, sorted; a foreign folder stands for its contents.

    os.walk does not follow symbolic links, so a link to a folder is one foreign entry, never a tree to walk.
    """
    made = made_files(out)
    folders = {parent.as_posix() for name in made for parent in Path(name).parents if parent != Path(".")}
    foreign = []
    for root, dirs, files in os.walk(out):
        base = Path(root).relative_to(out)
        for name in sorted(dirs):
            if (base / name).as_posix() not in folders:
                foreign.append((base / name).as_posix() + "/")
        dirs[:] = sorted(name for name in dirs if (base / name).as_posix() in folders)
        foreign += [
            name
            for name in ((base / file).as_posix() for file in files)
            if name not in made and not _is_journal(name, made)
        ]
    return sorted(foreign)


def made_files(out: Path) -> set[str]:
    """What a build writes into a release: the files SHA256SUMS names, and those every release holds."""
    made = {*expected_files(), SUMS_FILE_NAME, MARKER_FILE_NAME}
    try:
        lines = (out / SUMS_FILE_NAME).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return made
    return made | {line.split("  ", 1)[1] for line in lines if "  " in line}


def _is_journal(name: str, made: set[str]) -> bool:
    return any(name.endswith(suffix) and name.removesuffix(suffix) in made for suffix in JOURNAL_SUFFIXES)
