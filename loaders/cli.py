"""The `eastflank` command: a thin shell over the library.

Each command calls one library function and turns an `EastflankError` into a one-line
message on stderr and a non-zero exit.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from eastflank.loaders.build_summary import build_summary
from eastflank.loaders.docs.generated import write_generated_docs
from eastflank.loaders.errors import EastflankError
from eastflank.loaders.evaluate.evaluation import evaluation_rows
from eastflank.loaders.evaluate.score_display import ReportFormat, score_json, score_table
from eastflank.loaders.extract.dates import PartialDate
from eastflank.loaders.extract.dates.timeml_io import as_json_lines, as_timeml, tag_text
from eastflank.loaders.extract.parallel import default_workers
from eastflank.loaders.paths import DATABASE_FILE_NAME, DEFAULT_OUT_DIR, DOCS_DIR, REFERENCE_DIR, SEEDS_DIR
from eastflank.loaders.pipeline import build as build_dataset
from eastflank.loaders.pipeline.distributed import cluster_for
from eastflank.loaders.progress import RichBuildProgress
from eastflank.loaders.publish.changes import changes_line
from eastflank.loaders.serve.datasette import serve_dataset
from eastflank.loaders.serve.query import QueryFormat, as_csv, as_json, as_table, run_query
from eastflank.loaders.stop import BuildStopped, stopped_by_sigterm

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build, publish and serve the eastflank dataset.",
    pretty_exceptions_show_locals=False,  # a crash report must not print every local (paths, rows, settings) to the log
)
console = Console(stderr=True)

CorpusOption = Annotated[Path, typer.Option("--corpus", help="Folder of .txt articles (and an optional metadata.yml).")]
OutOption = Annotated[Path, typer.Option("--out", help="Folder to publish into.")]
ReferenceOption = Annotated[Path, typer.Option("--reference", help="Folder of curated reference .yml files.")]
DatabaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--database-url", envvar="EASTFLANK_DATABASE_URL", help="Also load this PostgreSQL database and export from it."
    ),
]


def fail(error: EastflankError) -> None:
    """Print the error as one line and exit non-zero."""
    console.print(f"[bold red]error:[/] {escape(str(error))}", highlight=False, soft_wrap=True)
    raise typer.Exit(error.exit_code)


@app.command()
def build(
    corpus: CorpusOption = SEEDS_DIR,
    out: OutOption = DEFAULT_OUT_DIR,
    reference: ReferenceOption = REFERENCE_DIR,
    database_url: DatabaseUrlOption = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes that extract articles side by side (default: one per core).")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Extract on dask.distributed: a scheduler address (tcp://HOST:PORT), or 'local' for --workers processes here.",
        ),
    ] = None,
    shared_dir: Annotated[
        Path | None,
        typer.Option(
            help="With --scheduler: a folder every worker sees at this path, for their Parquet parts (default: beside OUT).",
        ),
    ] = None,
) -> None:
    """Build the dataset from a corpus folder and publish it into OUT; with --scheduler, extract on a Dask cluster (docs/scale.md).

    Example: eastflank build --corpus seeds --out dist --database-url postgresql+psycopg://me:secret@localhost/eastflank
    """
    try:
        with stopped_by_sigterm(), RichBuildProgress(console) as progress:
            result = build_dataset(
                corpus,
                out,
                reference_dir=reference,
                progress=progress,
                database_url=database_url,
                workers=default_workers() if workers is None else workers,
                cluster=cluster_for(scheduler, default_workers() if workers is None else workers, shared_dir, out),
            )
    except EastflankError as error:
        fail(error)
        return
    except BuildStopped as stop:
        console.print(f"[bold red]error:[/] stopped by signal {stop.signum}; nothing was published", highlight=False)
        raise typer.Exit(128 + stop.signum) from None
    console.print(build_summary(result.out, result.revision, result.row_counts, result.report), soft_wrap=True)
    console.print(changes_line(result.changes), highlight=False, soft_wrap=True)


@app.command()
def serve(
    out: OutOption = DEFAULT_OUT_DIR,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8001,
    corpus: CorpusOption = SEEDS_DIR,
) -> None:
    """Serve OUT read-only with Datasette on 127.0.0.1, building it first if needed.

    Example: eastflank serve --port 8001
    """
    try:
        if not (out / DATABASE_FILE_NAME).exists():
            build(corpus=corpus, out=out)
        serve_dataset(out, port)
    except EastflankError as error:
        fail(error)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold .yml file, or a folder searched recursively for them.")],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help="table for people, json for scripts.")
    ] = ReportFormat.table,
) -> None:
    """Score extraction against hand-made gold annotations: precision, recall, F1 per gold set and kind.

    Example: eastflank evaluate seeds/gold --format table
    """
    try:
        rows = evaluation_rows(gold)
    except EastflankError as error:
        fail(error)
        return
    if output_format is ReportFormat.json:
        typer.echo(score_json(rows))
    else:
        Console().print(score_table(rows))


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One SQL statement; each published table is a view of its name.")],
    output_format: Annotated[
        QueryFormat, typer.Option("--format", help="table for people, csv or json for scripts.")
    ] = QueryFormat.table,
    out: OutOption = DEFAULT_OUT_DIR,
) -> None:
    """Run SQL with DuckDB over the Parquet files in OUT and print the result.

    Example: eastflank query "select type, count(*) as n from entities group by type order by n desc"
    """
    try:
        result = run_query(out, sql)
    except EastflankError as error:
        fail(error)
        return
    if output_format is QueryFormat.table:
        Console().print(as_table(result))
    else:
        typer.echo(
            as_csv(result) if output_format is QueryFormat.csv else as_json(result),
            nl=output_format is QueryFormat.json,
        )


def _anchor(value: str | None) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)") from None


@app.command()
def dates(
    source: Annotated[str, typer.Argument(help="A text file to tag, or - for standard input.")] = "-",
    anchor: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD that 'yesterday' and 'last week' count from.")
    ] = None,
    timeml: Annotated[bool, typer.Option("--timeml", help="Print the text with inline TimeML TIMEX3 tags.")] = False,
) -> None:
    """Tag the dates, times, durations and sets in a text: one JSON object per expression, or TimeML.

    A range ("from May to July") is one object whose "parts" are the two TIMEX3s TimeML gives it.

    Example: echo "Talks resume next Tuesday." | eastflank dates - --anchor 2025-03-05
    """
    publication = _anchor(anchor)
    if source == "-":
        text = sys.stdin.read()
    else:
        path = Path(source)
        if not path.is_file():
            raise typer.BadParameter(f"no such file: {source}", param_hint="SOURCE")
        text = path.read_text(encoding="utf-8")
    found = tag_text(text, publication)
    typer.echo(as_timeml(text, found) if timeml else as_json_lines(found), nl=False)


@app.command()
def dictionary(
    docs: Annotated[Path, typer.Option(help="Folder to write the generated pages into.")] = DOCS_DIR,
) -> None:
    """Regenerate the generated pages of docs/: the data dictionary (from the models) and this command reference.

    Example: eastflank dictionary --docs docs
    """
    for path in write_generated_docs(app, docs):
        console.print(f"wrote {path}", highlight=False)


@app.command()
def bench(
    sizes: Annotated[str, typer.Option(help="Comma-separated corpus sizes, in articles.")] = "1000,10000,100000",
    workdir: Annotated[Path, typer.Option(help="Folder for the synthetic corpora and builds.")] = Path(".bench"),
    profile: Annotated[
        bool,
        typer.Option(
            "--profile",
            help="Instead: CPU time per extractor and build step over one single-process build of --articles synthetic articles.",
        ),
    ] = False,
    articles: Annotated[int, typer.Option(help="Corpus size for --profile.")] = 300,
) -> None:
    """Benchmark the build on synthetic corpora against the floor pipeline and print the figures; with --profile, CPU time by extractor instead.

    Example: eastflank bench --sizes 1000,10000 --workdir .bench
    """
    from eastflank.loaders.bench.figures_table import print_figures
    from eastflank.loaders.bench.run import measure_size

    if profile:
        from eastflank.loaders.bench.profile_build import print_profile, profile_build

        print_profile(profile_build(workdir, articles), Console())
        return
    figures = []
    for size in (int(part) for part in sizes.split(",")):
        console.print(f"measuring {size:,} articles …")
        figures.append(measure_size(workdir, size))
    print_figures(figures, Console())


@app.command("bench-serving")
def bench_serving(
    out: Annotated[Path, typer.Option("--out", help="Built folder to serve and time.")] = DEFAULT_OUT_DIR,
    repeat: Annotated[int, typer.Option(help="Timed requests per page.")] = 30,
    warmup: Annotated[int, typer.Option(help="Untimed rounds over every page first.")] = 2,
) -> None:
    """Time full-text searches and every canned query through Datasette on OUT, one request at a time; print p50/p95 and query plans.

    Example: eastflank bench-serving --out .bench/dist-100000 --repeat 30
    """
    from eastflank.loaders.bench.serving import measure_serving
    from eastflank.loaders.bench.serving_table import print_serving

    if not (out / DATABASE_FILE_NAME).exists():
        console.print(
            f"[bold red]error:[/] {escape(str(out / DATABASE_FILE_NAME))} does not exist. Fix: build first (eastflank build --out {escape(str(out))})"
        )
        raise typer.Exit(1)
    try:
        figures = measure_serving(out, repeat, warmup)
    except EastflankError as error:
        fail(error)
        return
    print_serving(figures, Console())
