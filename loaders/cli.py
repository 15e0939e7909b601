"""The `eastflank` command: a thin shell over the library.

Each command calls one library function and turns an `EastflankError` into a one-line
message on stderr and a non-zero exit.
"""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eastflank.loaders.build import build as build_dataset
from eastflank.loaders.errors import EastflankError
from eastflank.loaders.paths import DATABASE_FILE_NAME, DEFAULT_OUT_DIR, SEEDS_DIR
from eastflank.loaders.publish.dictionary import replace_in_readme
from eastflank.loaders.serve.datasette import serve_dataset

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build, publish and serve the eastflank dataset.")
console = Console(stderr=True)

CorpusOption = Annotated[Path, typer.Option("--corpus", help="Folder of .txt articles (and an optional metadata.yml).")]
OutOption = Annotated[Path, typer.Option("--out", help="Folder to publish into.")]


def fail(error: EastflankError) -> None:
    """Print the error as one line and exit non-zero."""
    console.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(error.exit_code)


@app.command()
def build(corpus: CorpusOption = SEEDS_DIR, out: OutOption = DEFAULT_OUT_DIR) -> None:
    """Build the dataset from a corpus folder and publish it into OUT.

    Example: eastflank build --corpus seeds --out dist
    """
    try:
        result = build_dataset(corpus, out)
    except EastflankError as error:
        fail(error)
        return
    console.print(f"built {result.out} at schema revision {result.revision}")
    for table, count in result.row_counts.items():
        console.print(f"  {table:<20} {count:>8}")
    for category, message in result.report.warnings:
        console.print(f"[yellow]warning[/] ({category}): {message}", highlight=False, soft_wrap=True)


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
def dictionary(
    readme: Annotated[Path, typer.Option(help="README whose generated block to rewrite.")] = Path("README.md"),
) -> None:
    """Regenerate the data dictionary in README.md from the models' descriptions.

    Example: eastflank dictionary --readme README.md
    """
    readme.write_text(replace_in_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
    console.print(f"wrote the data dictionary into {readme}")
