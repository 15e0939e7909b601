"""Every generated page of docs/, written in one place so one command refreshes them all.

`eastflank dictionary` writes them; tests/test_docs.py compares each checked-in page with
`generated_pages()` and fails on drift. Adding a generated page is one line here.
"""

from pathlib import Path

import typer

from eastflank.loaders.docs.cli_reference import cli_reference
from eastflank.loaders.paths import DOCS_DIR
from eastflank.loaders.publish.dictionary import data_dictionary_page


def generated_pages(app: typer.Typer, docs_dir: Path = DOCS_DIR) -> dict[Path, str]:
    """Each generated page's path and the text it should hold now."""
    return {
        docs_dir / "cli.md": cli_reference(app),
        docs_dir / "data-dictionary.md": data_dictionary_page(),
    }


def write_generated_docs(app: typer.Typer, docs_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every generated page into docs_dir; return the paths written."""
    pages = generated_pages(app, docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    for path, text in pages.items():
        path.write_text(text, encoding="utf-8")
    return list(pages)
