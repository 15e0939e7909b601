"""The /methodology page: the release's docs/methodology.md as HTML, then the scores this build measured.

The Markdown is the project's own (copied into the release by publish/release_docs.py) and is
rendered with raw HTML off, so the page shows only what Markdown can say. Its links to other
documents point into the repository, except the data dictionary, which every release carries.
"""

from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.utils.asgi import Request, Response
from markdown_it import MarkdownIt
from markdown_it.token import Token

from eastflank.loaders.paths import DOCS_DIR
from eastflank.loaders.publish.datasette_metadata import SOURCE
from eastflank.loaders.publish.release_docs import METHODOLOGY_FILE, RELEASE_DOCS_FOLDER
from eastflank.loaders.serve.reader import DATABASE_NAME
from eastflank.loaders.serve.release_folder import release_folder

METHODOLOGY_PATH = "/methodology"
DICTIONARY_DOWNLOAD = "/downloads/docs/data-dictionary.md"
FALLBACK = (
    "# Methodology\n\nThis release carries no methodology document. Every row keeps the paragraph and character "
    "span that states it; the scores below are measured on hand-annotated articles by this build.\n"
)


def methodology_markdown(out: Path, docs_dir: Path = DOCS_DIR) -> str:
    """The release's copy of the methodology, else the source tree's, else a short note."""
    for path in (out / RELEASE_DOCS_FOLDER / METHODOLOGY_FILE, docs_dir / METHODOLOGY_FILE):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return FALLBACK


def render_markdown(text: str) -> str:
    """HTML for the Markdown, raw HTML disabled, tables on, relative .md links pointed where they live."""
    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    tokens = renderer.parse(text)
    for token in tokens:
        for child in token.children or []:
            _point_link(child)
    return str(renderer.renderer.render(tokens, renderer.options, {}))


def _point_link(token: Token) -> None:
    href = token.attrGet("href") if token.type == "link_open" else None
    if not isinstance(href, str) or ":" in href or href.startswith(("#", "/")):
        return
    document, _, anchor = href.partition("#")
    target = (
        DICTIONARY_DOWNLOAD if document == "data-dictionary.md" else f"{SOURCE['source_url']}/blob/main/docs/{document}"
    )
    token.attrSet("href", target + (f"#{anchor}" if anchor else ""))


async def measured_scores(datasette: Datasette) -> list[dict[str, Any]]:
    """This build's evaluation_scores rows, by gold set and kind."""
    rows = await datasette.get_database(DATABASE_NAME).execute(
        "select gold_set, kind, precision, recall, f1, gold_count, measured_on from evaluation_scores order by gold_set, kind"
    )
    return [dict(row) for row in rows.rows]


async def methodology_page(datasette: Datasette, request: Request) -> Response:
    """The methodology and the measured scores."""
    body = render_markdown(methodology_markdown(release_folder(datasette)))
    context = {"body": body, "scores": await measured_scores(datasette)}
    return Response.html(await datasette.render_template("methodology.html", context, request=request))
