"""eastflank's Datasette plugin, loaded with `--plugins-dir`: the document reader, the year facet and the site's safety.

Datasette loads every .py file in this folder as a plugin, so the folder holds only this
shim; the reader's logic lives in eastflank.loaders.serve where it is tested directly.
"""

import re
from collections.abc import Awaitable, Callable, Generator
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.app import Datasette
from datasette.utils import tilde_decode
from datasette.utils.asgi import NotFound, Request, Response
from markupsafe import Markup, escape

from eastflank.loaders.publish.datasette_metadata import SEARCH_ORDER
from eastflank.loaders.serve.default_views import with_default_views
from eastflank.loaders.serve.download_routes import DOWNLOADS_PATH, download_file, downloads_page
from eastflank.loaders.serve.entities_sequence import other_part
from eastflank.loaders.serve.entity_hub import ENTITY_PATH, entity_hub
from eastflank.loaders.serve.error_pages import mark_bad_request, quiet_tracebacks
from eastflank.loaders.serve.first_page import first_page_filters, page_bounds
from eastflank.loaders.serve.labels import base_table, foreign_key_target, row_label
from eastflank.loaders.serve.methodology import METHODOLOGY_PATH, methodology_page
from eastflank.loaders.serve.places_page import PLACES_MAP_PATH, places_map_page
from eastflank.loaders.serve.reader import DATABASE_NAME, document_list, reader_page
from eastflank.loaders.serve.result_budget import limit_results
from eastflank.loaders.serve.row_page import document_citation, row_extras
from eastflank.loaders.serve.search_count import counted_here, search_count
from eastflank.loaders.serve.search_order import with_search_order
from eastflank.loaders.serve.security_headers import with_security_headers
from eastflank.loaders.serve.sql_limits import limit_connection
from eastflank.loaders.serve.sql_slots import with_sql_slots
from eastflank.loaders.serve.statement_deadline import install as install_deadline
from eastflank.loaders.serve.year_facet import YearFacet

READER_PATH = "/-/reader"
MMAP_BYTES = 2**31
"""SQLite caps the map at about 2 GB (SQLITE_MAX_MMAP_SIZE); a bigger file is read past it as usual."""
QUERY_ID_COLUMNS = {
    "event_id": "events",
    "mention_id": "mentions",
    "quote_id": "quotes",
    "paragraph_id": "paragraphs",
    "document_id": "documents",
    "entity_id": "entities",
    "with_entity_id": "entities",
}
"""In query results (canned or typed), these columns hold ids of rows that have their own page."""
WIKIDATA_ID = re.compile(r"Q[0-9]+")
KEYED_BY_ENTITY = {"programmes", "entity_mention_counts"}
"""Tables whose key is an entity's slug: their pages name the entity under it (templates/_table_with_key_labels.html)."""
PROGRAMME_VALUED_FACTS = {"replaced_by", "replaces"}
"""Programme facts whose value is another programme's entity id, shown by its name."""

quiet_tracebacks()
install_deadline()


def reader_path(datasette: Datasette, document_id: str) -> str:
    """The reader's address for a document."""
    return str(datasette.urls.path(f"{READER_PATH}/{quote(document_id, safe='')}"))


async def reader_index(datasette: Datasette, request: Request) -> Response:
    """Every document, with a link to read it."""
    documents = await document_list(datasette)
    html = await datasette.render_template("reader_index.html", {"documents": documents}, request=request)
    return Response.html(html)


async def reader(datasette: Datasette, request: Request) -> Response:
    """One document with its facts highlighted; 404 for an unknown id."""
    document_id = request.url_vars["document_id"]
    page = await reader_page(datasette, document_id)
    if page is None:
        raise NotFound(f"No document with id {document_id!r}")
    citation = document_citation(datasette, document_id, page.document["title"] or page.document["source_file"])
    return Response.html(
        await datasette.render_template("reader.html", {"page": page, "citation": citation}, request=request)
    )


async def entity_page(datasette: Datasette, request: Request) -> Response:
    """One entity as a hub of its mentions, events, quotes and programmes; 404 for an unknown id."""
    entity_id = request.url_vars["entity_id"]
    hub = await entity_hub(datasette, entity_id)
    if hub is None:
        raise NotFound(f"No entity with id {entity_id!r}")
    return Response.html(await datasette.render_template("entity.html", {"hub": hub}, request=request))


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^{READER_PATH}$", reader_index),
        (rf"^{READER_PATH}/(?P<document_id>[^/]+)$", reader),
        (rf"^{DOWNLOADS_PATH}$", downloads_page),
        (rf"^{DOWNLOADS_PATH}/(?P<name>.+)$", download_file),
        (rf"^{METHODOLOGY_PATH}$", methodology_page),
        (rf"^{ENTITY_PATH}/(?P<entity_id>[^/]+)$", entity_page),
        (rf"^{PLACES_MAP_PATH}$", places_map_page),
    ]


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Cap value and result sizes (see sql_limits, result_budget), and read the (immutable)
    database through a memory map: an index seek then costs no system call."""
    limit_connection(conn)
    limit_results(conn)
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


@hookimpl
def asgi_wrapper(datasette: Datasette) -> Any:
    """Security headers on every response, including the 429 of a request that found no SQL slot;
    bare entities and per-document paragraphs pages redirected to their default view (default_views);
    a search with no order of its own served in corpus order, uncounted (search_order)."""

    def sortable_by_rowid(table: str) -> bool:
        return SEARCH_ORDER in datasette.table_metadata(DATABASE_NAME, table).get("sortable_columns", ())

    return lambda app: with_security_headers(
        with_default_views(with_search_order(with_sql_slots(app), sortable_by_rowid))
    )


@hookimpl(wrapper=True)
def filters_from_request(
    request: Request, database: str, table: str, datasette: Datasette
) -> Generator[None, list[Any], list[Any]]:
    """Every plugin's filters (Datasette's search among them), with a search in corpus order narrowed to its page (first_page)."""
    results = yield
    if database != DATABASE_NAME:
        return results
    metadata = datasette.table_metadata(database, table)
    bounds = page_bounds(table, request.args, metadata, datasette.page_size, datasette.max_returned_rows)
    return results if bounds is None else first_page_filters(results, table, bounds)


@hookimpl
def handle_exception(exception: Exception) -> None:
    """Runs before Datasette's own handler, which renders the page with the status set here."""
    mark_bad_request(exception)


@hookimpl
def extra_template_vars(
    view_name: str, database: str | None, table: str | None, request: Request | None, datasette: Datasette
) -> Any:
    """On a row page: the fact's evidence, its inferred values and a citation (templates/row.html shows them).
    On the entities page: the link to the other part of the list (entities_sequence, templates/table-eastflank-entities.html).
    On a search page without Datasette's count: how many rows match, up to a cap (search_count, templates/_search_count.html)."""
    if database != DATABASE_NAME or table is None or request is None:
        return {}
    if view_name == "table" and table in KEYED_BY_ENTITY:

        async def key_label(raw_key: str) -> str | None:
            return await row_label(datasette, "entities", tilde_decode(raw_key))

        return {"eastflank_key_label": key_label}
    if view_name == "table" and table == "entities":
        where = request.args.getlist("_where")

        async def entities_vars() -> dict[str, Any]:
            return {"eastflank_other_part": await other_part(datasette, where)}

        return entities_vars
    if view_name == "table" and counted_here(table, request.args):

        async def search_vars() -> dict[str, Any]:
            return {"eastflank_search_count": await search_count(datasette, table, request.args)}

        return search_vars
    if view_name != "row":
        return {}

    async def row_vars() -> dict[str, Any]:
        return {"eastflank_row": await row_extras(datasette, table, request.url_vars["pks"])}

    return row_vars


@hookimpl
def register_facet_classes() -> list[type]:
    return [YearFacet]


@hookimpl
def menu_links(datasette: Datasette) -> list[dict[str, str]]:
    return [
        {"href": str(datasette.urls.path(READER_PATH)), "label": "Document reader"},
        {"href": str(datasette.urls.path(DOWNLOADS_PATH)), "label": "Downloads"},
        {"href": str(datasette.urls.path(PLACES_MAP_PATH)), "label": "Map of places"},
    ]


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Datasette
) -> Markup | Callable[[], Awaitable[Markup]] | None:
    """In documents the file name links to the reader, in entities a Wikidata id to its item; a foreign key Datasette shows bare (every one on a row
    page, a paragraph anywhere) and an id in query results show their row's label and link to it (labels.py)."""
    if database != DATABASE_NAME:
        return None
    target = None if table is None else foreign_key_target(table, column)
    if target == "paragraphs" and isinstance(value, dict):  # a table page's expanded key: no label column
        value = value.get("value")
    if not isinstance(value, str):
        return None
    if target is not None:
        return _labelled_link(datasette, target, value)
    if table is not None and column == "id" and base_table(table) != table:  # a view's row: link the fact's own page
        return _row_link(datasette, base_table(table), value)
    if table == "documents" and column == "source_file":
        return Markup(
            f'<a class="reader-link" href="{escape(reader_path(datasette, row["id"]))}">📖 {escape(value)}</a>'
        )
    if table == "programme_facts" and column == "value" and _fact(row) in PROGRAMME_VALUED_FACTS:
        return _labelled_link(datasette, "entities", value)
    if table == "entities" and column == "wikidata_id" and WIKIDATA_ID.fullmatch(value):
        return Markup(f'<a href="https://www.wikidata.org/wiki/{value}" rel="noopener noreferrer">{value}</a>')
    if table is None and column in QUERY_ID_COLUMNS:
        return _labelled_link(datasette, QUERY_ID_COLUMNS[column], value, shown=set(map(str, tuple(row))))
    if table is None and column == "source_row" and "/" in value:
        source_table, row_id = value.split("/", 1)
        return _row_link(datasette, source_table, row_id, text=value)
    return None


def _fact(row: Any) -> str | None:
    try:
        return str(row["fact"])
    except (IndexError, KeyError):  # a page that left the column out (?_col=, ?_nocol=)
        return None


def _labelled_link(
    datasette: Datasette, table: str, row_id: str, shown: set[str] | None = None
) -> Callable[[], Awaitable[Markup]]:
    """Datasette's own look for a labelled foreign key: the label as the link, the id beside it in italics;
    the bare id where the label is already `shown` in another column of the result (a timeline's event name)."""

    async def render() -> Markup:
        label = await row_label(datasette, table, row_id)
        if label is None or label in (shown or ()):
            return _row_link(datasette, table, row_id)
        href = datasette.urls.row(DATABASE_NAME, table, row_id)
        return Markup(f'<a href="{escape(href)}">{escape(label)}</a>&nbsp;<em>{escape(row_id)}</em>')

    return render


def _row_link(datasette: Datasette, table: str, row_id: str, text: str | None = None) -> Markup:
    href = datasette.urls.row(DATABASE_NAME, table, row_id)
    return Markup(f'<a href="{escape(href)}">{escape(row_id if text is None else text)}</a>')
