"""The pipeline's export step: walk the exporter registry once, then validate the release.

With a delta (the database was patched), each exporter patches the previous release's
output where it can and writes its output afresh otherwise; without one, each writes.
"""

from contextlib import AbstractContextManager, nullcontext
from itertools import groupby

from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.exporters import EXPORTERS, Stage
from eastflank.loaders.publish.release import Release
from eastflank.loaders.publish.validate import validate_output


def export(release: Release, delta: Delta | None) -> None:
    """Fill the release folder with every output, then check it before it is published."""
    write_outputs(release, delta)
    validate_output(release.folder, None if delta is None else delta.tables)


def write_outputs(release: Release, delta: Delta | None) -> None:
    """Every exporter in registry order, one progress line per run of exporters sharing a stage."""
    for stage, exporters in groupby(EXPORTERS, key=lambda exporter: exporter.stage):
        with _shown(release, stage, delta is not None):
            for exporter in exporters:
                if delta is None:
                    exporter.write(release)
                else:
                    exporter.patch(release, delta)


def _shown(release: Release, stage: Stage | None, patching: bool) -> AbstractContextManager[None]:
    label = None if stage is None else stage.patching if patching else stage.writing
    return nullcontext() if label is None else release.progress.stage(label)
