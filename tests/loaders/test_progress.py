"""Build progress: the silent default yields everything, the rich one draws a line per stage."""

import io

from rich.console import Console

from eastflank.loaders.progress import BuildProgress, RichBuildProgress


def test_silent_progress_passes_items_through() -> None:
    progress = BuildProgress()
    with progress.stage("loading"):
        got = list(progress.track(["a", "b"], "items"))
    assert got == ["a", "b"], got


def test_rich_progress_shows_each_stage_done() -> None:
    output = io.StringIO()
    with RichBuildProgress(Console(file=output, width=100, force_terminal=False)) as progress:
        got = list(progress.track([1, 2, 3], "extracting articles"))
        with progress.stage("loading the database"):
            pass
    lines = [line.split() for line in output.getvalue().splitlines() if line.strip()]
    assert got == [1, 2, 3], got
    assert [line[:4] for line in lines[-2:]] == [
        ["✓", "extracting", "articles", "━" * 40],
        ["✓", "loading", "the", "database"],
    ], lines
    assert lines[-2][-2:] == ["3/3", "0:00:00"], lines
