"""The facts that identify a release: dataset version, schema revision, build time, sources.

They are written into the `release_info` table, shown on the Datasette home page and
copied into `datapackage.json`, so anyone holding a copy can tell which build it is.
`built_at` differs on every build; it lives only here, never in another table's rows.
"""

import os
import subprocess
from datetime import UTC, datetime

from eastflank.loaders.paths import PROJECT_ROOT
from eastflank.loaders.versions import dataset_version, extractor_version

RULES_FACT = "rules_sha256"
"""The hash of everything extraction depends on (code, id scheme, reference data): an
incremental build may reuse a previous release's rows only when it is unchanged."""


def release_facts(revision: str, rules_sha256: str) -> dict[str, str]:
    """Every release_info row as key → value, keys in the order they are shown."""
    return {
        "dataset_version": dataset_version(),
        "alembic_revision": revision,
        "built_at": built_at(),
        "source_commit": source_commit(),
        "extractor_version": extractor_version(),
        RULES_FACT: rules_sha256,
    }


def built_at() -> str:
    """UTC build time to the second; SOURCE_DATE_EPOCH pins it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def source_commit() -> str:
    """The git commit the build ran from, or 'unknown' outside a git checkout."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and commit else "unknown"


__all__ = ["RULES_FACT", "built_at", "dataset_version", "extractor_version", "release_facts", "source_commit"]
