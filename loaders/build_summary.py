"""The closing summary of a build: rows per table, files written, warnings counted and listed.

Warnings of most categories are listed line by line, up to LISTED_PER_CATEGORY of each: a
corpus of 10,000 articles can give 13,000 unresolved names, and printing them all buried the
summary (and took 2 s of a 7 s incremental build). Unused reference entries usually run to
hundreds, so the summary gives only their count. Every warning is in build-report.json.
"""

from collections import Counter
from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.publish.build_report import REPORT_FILE_NAME, UNUSED_ENTRY

COUNTED_ONLY = (UNUSED_ENTRY,)
LISTED_PER_CATEGORY = 20


def rows_table(row_counts: dict[str, int]) -> Table:
    """Rows per table, in load order, with a total."""
    table = Table(title="rows per table", title_justify="left")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in row_counts.items():
        table.add_row(name, f"{count:,}", style="dim" if count == 0 else None)
    table.add_section()
    table.add_row("total", f"{sum(row_counts.values()):,}")
    return table


def files_table(out: Path) -> Table:
    """Every file in the output folder with its size."""
    table = Table(title=f"files written to {out}", title_justify="left")
    table.add_column("file")
    table.add_column("size", justify="right")
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        table.add_row(path.relative_to(out).as_posix(), _size(path.stat().st_size))
    return table


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def warnings_summary(report: BuildReport) -> RenderableType:
    """Counts by category, then each listed warning; 'no warnings' when there are none."""
    counts = report.counts()
    if not counts:
        return Text("no warnings", style="green")
    table = Table(title="warnings", title_justify="left")
    table.add_column("category")
    table.add_column("count", justify="right")
    for category, count in sorted(counts.items()):
        table.add_row(category, str(count))
    lines: list[Text] = []
    shown: Counter[str] = Counter()
    for category, message in report.warnings:
        if category not in COUNTED_ONLY and shown[category] < LISTED_PER_CATEGORY:
            shown[category] += 1
            lines.append(Text.assemble(("warning", "yellow"), f" ({category}): {message}"))
    listed_elsewhere = [f"{c}: all {counts[c]} are listed in {REPORT_FILE_NAME}" for c in COUNTED_ONLY if counts[c]]
    listed_elsewhere += [
        f"{category}: {counts[category] - listed:,} more are listed in {REPORT_FILE_NAME}"
        for category, listed in sorted(shown.items())
        if counts[category] > listed
    ]
    return Group(table, *lines, *(Text(line, style="yellow") for line in listed_elsewhere))


def build_summary(out: Path, revision: str, row_counts: dict[str, int], report: BuildReport) -> RenderableType:
    """Everything the closing summary shows, top to bottom."""
    heading = Text(f"built {out} at schema revision {revision}", style="bold")
    return Group(heading, rows_table(row_counts), files_table(out), warnings_summary(report))
