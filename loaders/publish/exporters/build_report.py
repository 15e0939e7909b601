"""`build-report.json`: every warning of the build, with the row counts (publish/build_report.py)."""

from eastflank.loaders.publish.build_report import write_build_report
from eastflank.loaders.publish.exporters.base import Exporter
from eastflank.loaders.publish.release import Release


class BuildReportFile(Exporter):
    """Written afresh: the warnings are this build's."""

    def write(self, release: Release) -> None:
        write_build_report(release.folder, release.report, release.row_counts)
