"""`eastflank bench --profile`: one cold single-process build of a fixed synthetic corpus, timed by stage.

The corpus is the benchmark's own (bench/synthetic.py, fixed seed), so the table is
comparable from one run, and one version of the rules, to the next. One process, so every
stage's CPU time is measured where it runs (bench/profile.py).
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eastflank.loaders.bench.profile import EXTRACTORS, StageTimer, cpu_seconds, profiled
from eastflank.loaders.bench.synthetic import write_corpus
from eastflank.loaders.extract.cache import cache_dir
from eastflank.loaders.pipeline import build

PROFILE_ARTICLES = 300
OTHER = "other (plan, migrate, staging, publish)"
EXTRACTION_STAGES = tuple(dict.fromkeys(label for _, _, label in EXTRACTORS))


@dataclass(frozen=True)
class StageProfile:
    """CPU seconds by stage over one build of `articles` articles, and the build's total."""

    articles: int
    megabytes: float
    total: float
    seconds: dict[str, float]

    @property
    def extraction_seconds(self) -> float:
        """CPU seconds of extraction alone: every extractor and the rows and ids around them,
        not the cache, the store or the exporters."""
        return sum(self.seconds.get(label, 0.0) for label in EXTRACTION_STAGES)

    def rows(self) -> list[tuple[str, float]]:
        """(stage, seconds), slowest first, with the build's unattributed rest last."""
        ordered = sorted(self.seconds.items(), key=lambda item: (-item[1], item[0]))
        return [*ordered, (OTHER, self.total - sum(self.seconds.values()))]


def profile_build(workdir: Path, articles: int = PROFILE_ARTICLES) -> StageProfile:
    """Build a fixed synthetic corpus from nothing (no cache) on one process and time every stage."""
    corpus = workdir / f"corpus-{articles}"
    if not (corpus / f"{articles - 1:06d}.txt").exists():
        write_corpus(corpus, articles)
    out = workdir / f"dist-{articles}-profile"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache_dir(out), ignore_errors=True)
    timer = StageTimer()
    started = cpu_seconds()
    with profiled(timer):
        build(corpus, out, workers=1)
    megabytes = sum(path.stat().st_size for path in corpus.glob("*.txt")) / 1e6
    return StageProfile(articles, megabytes, cpu_seconds() - started, dict(timer.seconds))


def profile_table(profile: StageProfile) -> Table:
    """CPU seconds, share of the build and milliseconds per article, one row per stage."""
    title = f"CPU by stage: {profile.articles:,} synthetic articles ({profile.megabytes:.1f} MB), one process"
    table = Table(title=title)
    for column, justify in (("stage", "left"), ("CPU s", "right"), ("share", "right"), ("ms/article", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for stage, seconds in profile.rows():
        table.add_row(
            stage, f"{seconds:.2f}", f"{seconds / profile.total:.1%}", f"{1000 * seconds / profile.articles:.2f}"
        )
    table.add_row("whole build", f"{profile.total:.2f}", "100.0%", f"{1000 * profile.total / profile.articles:.2f}")
    return table


def profile_markdown(profile: StageProfile) -> str:
    """The same table as Markdown, for docs/performance.md."""
    table = profile_table(profile)
    cells = [[str(cell) for cell in column.cells] for column in table.columns]
    lines = [str(table.title), "", "| stage | CPU s | share | ms/article |", "|---|---:|---:|---:|"]
    lines += ["| " + " | ".join(row) + " |" for row in zip(*cells, strict=True)]
    return "\n".join(lines) + "\n"


def extraction_summary(profile: StageProfile) -> str:
    """Extraction alone as throughput on one core, the figure issue 18's goal is stated in."""
    seconds = profile.extraction_seconds
    rate = profile.megabytes / seconds if seconds > 0 else float("inf")
    return (
        f"extraction alone ({', '.join(EXTRACTION_STAGES)}): {seconds:.2f} s CPU "
        f"for {profile.megabytes:.2f} MB, {rate:.2f} MB/s on one core"
    )


def print_profile(profile: StageProfile, console: Console) -> None:
    """The table for the terminal, then as Markdown, then extraction alone as throughput."""
    console.print(profile_table(profile))
    print(profile_markdown(profile), flush=True)
    print(extraction_summary(profile), flush=True)
