"""`SHA256SUMS`: one line per file in the output folder, in the format `sha256sum -c` reads.

It is written last, so it covers every other file, and it names files by their path
relative to the folder, so `cd dist && sha256sum -c SHA256SUMS` checks a downloaded copy.
"""

import hashlib
from pathlib import Path

SUMS_FILE_NAME = "SHA256SUMS"
CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """A file's SHA-256, read in chunks so a large database does not fill memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sums_lines(out: Path) -> list[str]:
    """`<hex>  <relative path>` for every file under `out` but the sums file, sorted by path."""
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != SUMS_FILE_NAME)
    return [f"{file_sha256(path)}  {path.relative_to(out).as_posix()}" for path in files]


def write_sha256sums(out: Path) -> Path:
    """Write SHA256SUMS into the output folder."""
    path = out / SUMS_FILE_NAME
    path.write_text("".join(line + "\n" for line in sums_lines(out)), encoding="utf-8")
    return path
