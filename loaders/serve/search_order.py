"""A table search with no order of its own is served in corpus order, uncounted, so it stops at the page.

Datasette's `?_search=` keeps the table's sort (paragraphs by reading_order, documents newest
first) and counts every match: SQLite reads every matching row to sort it and again to count
it, most of a second for a common word at 100,000 articles (docs/performance.md). Sorted by
rowid, the order the full-text index returns matches in (the articles as they were added,
each one's paragraphs together and by position), and without the exact count, the page is
read from the first matches on (first_page.py makes SQLite stop there).

Such a request is served as if it had asked for `_sort=rowid&_nocount=1` (and, on the HTML
page, `_labels=off`: Datasette cannot take the next page's rowid from rows whose labels it
expanded, and the plugin's render_cell labels every foreign key anyway). The arguments are
added to the request Datasette sees, not by a redirect, so a JSON client gets the same shape
at the same address, and the page's own links (next page, sort by a column, the JSON) carry
them on. A search that chooses an order, a page of labelled JSON or a next page of another
order is served as asked. The search box sends the page's default order with the form (its
sort menu, hidden on wide screens, shows it selected), so a form's default order counts as
no order.
"""

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from eastflank.loaders.publish.datasette_metadata import DEFAULT_SORTS, FTS_TABLES, SEARCH_ORDER
from eastflank.loaders.serve.reader import DATABASE_NAME

Scope = MutableMapping[str, Any]
App = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]
Arguments = list[tuple[str, str]]

SORT_ARGUMENTS = ("_sort", "_sort_desc", "_sort_by_desc")
LABEL_ARGUMENTS = ("_labels", "_label")
FORM_MARK = "_filter_column"
"""Every submission of a table page's filter form carries this (blank unless a filter is added)."""
SEARCH_ARGUMENTS = {"_sort": SEARCH_ORDER, "_nocount": "1"}
QUERY_ENCODING = "latin-1"
"""The query string is read and written back byte for byte: its escapes are not decoded as text."""


def searched_table(path: str) -> tuple[str, str] | None:
    """(table, "html" or "json") when `path` is a searchable table's page or its JSON, else None."""
    prefix = f"/{DATABASE_NAME}/"
    if not path.startswith(prefix):
        return None
    rest = path.removeprefix(prefix)
    table, kind = (rest.removesuffix(".json"), "json") if rest.endswith(".json") else (rest, "html")
    return (table, kind) if table in FTS_TABLES else None


def is_search(arguments: Arguments) -> bool:
    """A full-text search of the whole row (`_search`, not a column's `_search_<column>`) with words in it."""
    searches = [(name, value) for name, value in arguments if name.startswith("_search") and name != "_searchmode"]
    return bool(searches) and all(name == "_search" and value.strip() for name, value in searches)


def form_default_order(table: str) -> Arguments:
    """What the table page's form sends as its order when the reader leaves it as it is."""
    default = DEFAULT_SORTS.get(table, {})
    if "sort" in default:
        return [("_sort", default["sort"])]
    if "sort_desc" in default:
        return [("_sort", default["sort_desc"]), ("_sort_by_desc", "on")]
    return [("_sort", "")]


def chosen_order(table: str, arguments: Arguments) -> Arguments:
    """The sort arguments the reader chose: none for a blank sort or a form's default order."""
    order = [(name, value) for name, value in arguments if name in SORT_ARGUMENTS]
    if all(not value for _, value in order):
        return []
    if any(name == FORM_MARK for name, _ in arguments) and sorted(order) == sorted(form_default_order(table)):
        return []
    return order


def search_arguments(
    path: str, query_string: str, sortable_by_rowid: Callable[[str], bool] = lambda table: True
) -> str | None:
    """The query string to serve a search in corpus order with, or None when the request is served as it is
    (also when the site's metadata does not let the table sort by rowid: a release published before it did)."""
    found = searched_table(path)
    if found is None or not sortable_by_rowid(found[0]):
        return None
    table, kind = found
    arguments = parse_qsl(query_string, keep_blank_values=True, encoding=QUERY_ENCODING)
    names = {name for name, _ in arguments}
    if not is_search(arguments) or chosen_order(table, arguments) or "_next" in names:
        return None  # a next page without an order of its own belongs to the table's default order
    if kind == "json" and names & set(LABEL_ARGUMENTS):
        return None
    kept = [(name, value) for name, value in arguments if name not in SORT_ARGUMENTS and name != "_nocount"]
    added = list(SEARCH_ARGUMENTS.items())
    if kind == "html":
        kept = [(name, value) for name, value in kept if name not in LABEL_ARGUMENTS]
        added.append(("_labels", "off"))
    return urlencode([*kept, *added], encoding=QUERY_ENCODING)


def with_search_order(app: App, sortable_by_rowid: Callable[[str], bool]) -> App:
    """Serve a GET of a search with no order of its own in corpus order, uncounted (see the module's docstring),
    on the tables `sortable_by_rowid` accepts."""

    async def wrapped(
        scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope["type"] == "http" and scope.get("method") == "GET":
            query_string = scope.get("query_string", b"").decode("latin-1")
            rewritten = search_arguments(scope["path"], query_string, sortable_by_rowid)
            if rewritten is not None:
                scope = {**scope, "query_string": rewritten.encode("latin-1")}
        await app(scope, receive, send)

    return wrapped
