"""Print the benchmark's figures as tables, with ratios to the floor and growth between sizes."""

from rich.console import Console
from rich.table import Table

from eastflank.loaders.bench.run import SizeFigures
from eastflank.loaders.extract.parallel import default_workers


def figures_table(figures: list[SizeFigures]) -> Table:
    """One row per corpus size."""
    table = Table(title="eastflank build vs floor")
    for column in (
        "articles",
        "MB",
        "build s",
        "articles/s",
        "MB/s",
        "peak RSS MB",
        "floor MB/s",
        "ratio to floor",
        "growth vs previous",
        "add one article s",
        "add one / full",
        "add one peak RSS MB",
    ):
        table.add_column(column, justify="right")
    previous: SizeFigures | None = None
    for size in figures:
        seconds = size.build["seconds"]
        floor_rate = size.megabytes / size.floor["seconds"]
        growth = (
            ""
            if previous is None
            else f"{seconds / previous.build['seconds']:.1f}× for {size.articles / previous.articles:.0f}×"
        )
        add_one = None if size.add_one is None else size.add_one["seconds"]
        table.add_row(
            f"{size.articles:,}",
            f"{size.megabytes:.1f}",
            f"{seconds:.1f}",
            f"{size.articles / seconds:,.0f}",
            f"{size.megabytes / seconds:.2f}",
            _memory(size.build),
            f"{floor_rate:.2f}",
            f"{(size.megabytes / seconds) / floor_rate:.2f}",
            growth,
            "" if add_one is None else f"{add_one:.1f}",
            "" if add_one is None else f"{add_one / seconds:.1%}",
            "" if size.add_one is None else _memory(size.add_one),
        )
        previous = size
    return table


def _memory(measured: dict) -> str:
    """The peak, with the build process's own and its largest child's when both were recorded."""
    if "own_rss_mb" not in measured:
        return f"{measured['peak_rss_mb']:.0f}"
    return (
        f"{measured['peak_rss_mb']:.0f} (build {measured['own_rss_mb']:.0f}, child {measured['children_rss_mb']:.0f})"
    )


def stages_table(figures: list[SizeFigures]) -> Table:
    """Seconds per stage at each size: the extraction stages measured alone, and the build's own stages."""
    sampled = [f"{size.articles:,}: 1 in {size.stage_sample}" for size in figures if size.stage_sample > 1]
    note = f" (read/split/match/rest timed on a sample and scaled — {', '.join(sampled)})" if sampled else ""
    table = Table(title="seconds per stage" + note)
    names = sorted({name for size in figures for name in [*size.stages, *size.build.get("stages", {})]})
    table.add_column("stage")
    for size in figures:
        table.add_column(f"{size.articles:,}", justify="right")
    for name in names:
        cells = [size.stages.get(name, size.build.get("stages", {}).get(name)) for size in figures]
        table.add_row(name, *("" if cell is None else f"{cell:.2f}" for cell in cells))
    return table


def markdown_tables(figures: list[SizeFigures]) -> str:
    """Both tables as Markdown, ready for README's performance section (never cut to the terminal's width)."""
    lines = []
    for table in (figures_table(figures), stages_table(figures)):
        headers = [str(column.header) for column in table.columns]
        cells = [[str(cell) for cell in column.cells] for column in table.columns]
        lines += [f"{table.title}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(row) + " |" for row in zip(*cells, strict=True)]
        lines.append("")
    return "\n".join(lines)


def speedup_lines(figures: list[SizeFigures]) -> list[str]:
    """The gain of extracting on every core over one process, where both were measured."""
    lines = []
    for size in figures:
        if size.one_worker is None:
            continue
        key = "extracting articles"
        one, many = size.one_worker["stages"].get(key), size.build["stages"].get(key)
        whole = size.one_worker["seconds"] / size.build["seconds"]
        part = "" if not one or not many else f"; extraction stage {one:.1f} s → {many:.1f} s ({one / many:.2f}×)"
        lines.append(f"{size.articles:,} articles, one process vs {default_workers()}: build {whole:.2f}× faster{part}")
    return lines


def print_figures(figures: list[SizeFigures], console: Console) -> None:
    """Both tables, the multi-core speed-up, then the tables again as Markdown."""
    console.print(figures_table(figures))
    console.print(stages_table(figures))
    for line in speedup_lines(figures):
        console.print(line)
    print(markdown_tables(figures), flush=True)
