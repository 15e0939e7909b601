"""Print the serving benchmark: a latency table (rich and Markdown) and the canned queries' plans."""

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eastflank.loaders.bench.serving import ServingFigures
from eastflank.loaders.publish.query_plans import full_scans

LIMIT_MS = 100.0
"""The p95 every page must stay under."""


def latency_table(figures: ServingFigures) -> Table:
    """One row per page, p95 over the limit in red."""
    table = Table(title=f"one client, {figures.repeat} requests per page: {figures.out}")
    for column, justify in (
        ("kind", "left"),
        ("page", "left"),
        ("p50 ms", "right"),
        ("p95 ms", "right"),
        ("max ms", "right"),
        ("errors", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for page in figures.pages:
        p95 = f"{page.latency.p95_ms:.1f}"
        table.add_row(
            page.probe.kind,
            escape(page.probe.path),
            f"{page.latency.p50_ms:.1f}",
            p95 if page.latency.p95_ms < LIMIT_MS else f"[bold red]{p95}[/]",
            f"{page.latency.max_ms:.1f}",
            str(page.errors),
        )
    return table


def latency_markdown(figures: ServingFigures) -> str:
    """The same table in Markdown, ready to paste into README."""
    lines = ["| page | p50 ms | p95 ms | max ms | errors |", "|---|---:|---:|---:|---:|"]
    for page in figures.pages:
        latency = page.latency
        lines.append(
            f"| `{page.probe.path}` | {latency.p50_ms:.1f} | {latency.p95_ms:.1f} | {latency.max_ms:.1f} | {page.errors} |"
        )
    return "\n".join(lines)


def print_plans(figures: ServingFigures, console: Console) -> None:
    """Each canned query's plan, full scans of growing tables flagged."""
    for name, lines in figures.plans.items():
        console.print(f"[bold]{name}[/]")
        for line in lines:
            flag = "" if line.full_scan_of is None else f"  [bold red]← FULL SCAN of {line.full_scan_of}[/]"
            console.print(f"  {'  ' * line.depth}{escape(line.detail)}{flag}", highlight=False)
    scans = full_scans(figures.plans)
    verdict = "no canned query scans a growing table in full" if not scans else f"full scans: {scans}"
    console.print(f"[bold]{escape(verdict)}[/]", highlight=False)


def print_serving(figures: ServingFigures, console: Console) -> None:
    """Latency table, its Markdown, then the plans."""
    console.print(latency_table(figures))
    console.print(latency_markdown(figures), highlight=False, markup=False, soft_wrap=True)
    print_plans(figures, console)
