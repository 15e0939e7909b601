"""Which dataset and which rules a build runs: the version numbers every stage may need.

They sit below the stages (next to paths.py) because extraction keys its cache on the
extractor version and publishing writes both into release_info: neither stage may import
the other for them.
"""

import hashlib
import tomllib
from importlib.metadata import PackageNotFoundError, version

from eastflank.loaders.paths import PROJECT_ROOT

EXTRACTOR_FOLDERS = ("loaders/ingest", "loaders/extract")
"""The code whose rules decide what is extracted; its hash is the extractor version."""


def dataset_version() -> str:
    """The project version in pyproject.toml, or the installed one when the source tree is absent."""
    pyproject = PROJECT_ROOT / "pyproject.toml"
    if pyproject.exists():
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    try:
        return version("eastflank")
    except PackageNotFoundError:
        return "unknown"


def extractor_version() -> str:
    """Dataset version plus a short hash of the ingest and extraction code.

    Two builds whose rules differ by one line get different extractor versions even when
    nobody bumped the project version, so a changed fact can be traced to changed rules.
    """
    digest = hashlib.sha256()
    for folder in EXTRACTOR_FOLDERS:
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            digest.update(f"{path.relative_to(PROJECT_ROOT).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return f"{dataset_version()}+{digest.hexdigest()[:12]}"
