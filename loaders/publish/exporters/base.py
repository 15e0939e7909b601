"""What an exporter is: one output of a release, written whole or patched by a delta."""

from typing import ClassVar, NamedTuple

from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.release import Release


class Stage(NamedTuple):
    """What the progress display says while an exporter writes, and while it patches (None: nothing)."""

    writing: str
    patching: str | None


class Exporter:
    """One output of a release (a file, or a part of the database only the release needs).

    `write` makes the output from the release's database. `patch` brings the previous
    release's output up to date with a delta; an exporter that cannot patch keeps this
    default, which writes the output afresh from the patched database.
    """

    stage: ClassVar[Stage | None] = None
    """Exporters next to each other with the same stage share one line of progress."""

    def write(self, release: Release) -> None:
        """Write the output into the release folder from its database."""
        raise NotImplementedError

    def patch(self, release: Release, delta: Delta) -> None:
        """Write the output into the release folder by patching the previous release's with `delta`."""
        self.write(release)
