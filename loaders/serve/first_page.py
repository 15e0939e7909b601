"""A search page in corpus order read from its first matches: SQLite stops after the rows the page shows.

Datasette's search clause, `rowid in (select rowid from <fts> where <fts> match ...)`, makes
SQLite collect the rowid of every match before it returns a row: tens of milliseconds for a
word most paragraphs hold at 100,000 articles, however few rows the page shows. When the
search is all a page filters on, and the page is read in rowid order without a count or
facets (search_order.py asks for that), the clause is narrowed to the rows the page can
show: the matches after the previous page's last rowid, in rowid order, one more than the
page holds (Datasette reads that one to know there is a next page). The full-text index
returns matches in rowid order, so it stops there, and the page, its rows and its next page
are those of the whole clause. Anything else (another filter, a count, a facet, another
order, a column's search) keeps Datasette's clause, and Datasette answers it as it always
does.
"""

from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias

from datasette.filters import FilterArguments
from datasette.utils import await_me_maybe, escape_sqlite, urlsafe_components

from eastflank.loaders.publish.datasette_metadata import FTS_TABLES, SEARCH_ORDER

AFTER_PARAMETER = "eastflank_after"
ROWS_PARAMETER = "eastflank_rows"
UNCOUNTED_SHAPES = ("array", "object")
"""JSON shapes for which Datasette itself neither counts nor facets."""
MATCH_EXPRESSIONS = ("escape_fts(:search)", ":search")
"""How Datasette passes the search to MATCH: escaped (the default) or raw (`_searchmode=raw`)."""


class Arguments(Protocol):
    """What this module reads of a request's arguments (Datasette's MultiParams)."""

    def __contains__(self, name: object) -> bool: ...

    def __iter__(self) -> Iterator[str]: ...

    def get(self, name: str, default: Any = None) -> Any: ...


@dataclass(frozen=True)
class PageBounds:
    """Which matches one page of a search in rowid order can show: after `after` (None: from the first), `rows` of them."""

    after: int | None
    rows: int


def page_bounds(
    table: str, arguments: Arguments, table_metadata: Mapping[str, Any], page_size: int, max_rows: int
) -> PageBounds | None:
    """The page's bounds when it can be read from its first matches, or None when it must read them all."""
    if table not in FTS_TABLES or not _only_a_search_in_rowid_order(arguments):
        return None
    if "_stream" in arguments:
        return None  # a streamed CSV asks for its later pages by an argument the request does not show
    if not _uncounted_and_unfaceted(arguments, table_metadata):
        return None
    rows = _page_size(arguments.get("_size") or table_metadata.get("size"), page_size, max_rows)
    next_token = arguments.get("_next")
    after = None if not next_token else _rowid_prefix(str(next_token))
    if rows is None or (next_token and after is None):
        return None  # Datasette reports the bad argument itself
    return PageBounds(after, rows + 1)


def _only_a_search_in_rowid_order(arguments: Arguments) -> bool:
    if arguments.get("_sort") != SEARCH_ORDER or "_sort_desc" in arguments:
        return False
    return only_a_search(arguments)


def only_a_search(arguments: Arguments) -> bool:
    """True when the request's one filter is `_search` on the table's own full-text index (as far as its
    arguments tell: a plugin's filter shows only in the clauses, which `narrowed` checks)."""
    if {"_fts_table", "_fts_pk", "_where", "_through"} & set(arguments):
        return False
    searches = [name for name in arguments if name.startswith("_search") and name != "_searchmode"]
    column_filters = [name for name in arguments if not name.startswith("_") or "__" in name]
    return searches == ["_search"] and bool(str(arguments.get("_search", "")).strip()) and not column_filters


def _uncounted_and_unfaceted(arguments: Arguments, table_metadata: Mapping[str, Any]) -> bool:
    if arguments.get("_shape") in UNCOUNTED_SHAPES:
        return True
    if "_nocount" not in arguments:
        return False
    faceted = table_metadata.get("facets") or any(name.startswith("_facet") for name in arguments)
    return "_nofacet" in arguments or not faceted


def _page_size(asked: Any, default: int, max_rows: int) -> int | None:
    if not asked:
        return default
    if asked == "max":
        return max_rows
    try:
        size = int(asked)
    except ValueError:
        return None
    return size if 0 <= size <= max_rows else None


def _rowid_prefix(next_token: str) -> int | None:
    """The rowid a next page starts after: Datasette's token is '<rowid>,<primary key>' for a page sorted by rowid."""
    components = urlsafe_components(next_token)
    try:
        return int(components[0]) if len(components) > 1 else None
    except ValueError:
        return None


def search_clauses(table: str) -> dict[str, str]:
    """Datasette's search clause for `table`, by each way it passes the search to MATCH → the narrowed clause."""
    fts = escape_sqlite(FTS_TABLES[table])
    clauses = {}
    for match in MATCH_EXPRESSIONS:
        whole = f"rowid in (select rowid from {fts} where {fts} match {match})"
        clauses[whole] = (
            f"rowid in (select rowid from {fts} where {fts} match {match}{{after}} order by rowid limit :{ROWS_PARAMETER})"
        )
    return clauses


def narrowed(arguments: list[FilterArguments], table: str, bounds: PageBounds) -> FilterArguments | None:
    """The filters with the search narrowed to the page, or None when they hold anything but the one search clause."""
    where = [clause for argument in arguments for clause in argument.where_clauses]
    clauses = search_clauses(table)
    if len(where) != 1 or where[0] not in clauses:
        return None
    after = "" if bounds.after is None else f" and rowid > :{AFTER_PARAMETER}"
    params: dict[str, Any] = {ROWS_PARAMETER: bounds.rows}
    if bounds.after is not None:
        params[AFTER_PARAMETER] = bounds.after
    extra_context: dict[str, Any] = {}
    for argument in arguments:
        params.update(argument.params)
        extra_context.update(argument.extra_context)
    return FilterArguments(
        [clauses[where[0]].format(after=after)],
        params,
        [description for argument in arguments for description in argument.human_descriptions],
        extra_context,
    )


FilterHook: TypeAlias = (
    Callable[[], Awaitable[FilterArguments | None]] | Awaitable[FilterArguments | None] | FilterArguments
)


def first_page_filters(results: list[FilterHook], table: str, bounds: PageBounds) -> list[FilterHook]:
    """The filters_from_request results as one, with the search narrowed to the page when it is all they filter on."""

    async def combined() -> FilterArguments:
        found = [argument for argument in [await await_me_maybe(result) for result in results] if argument]
        page = narrowed(found, table, bounds)
        if page is not None:
            return page
        return FilterArguments(
            [clause for argument in found for clause in argument.where_clauses],
            {name: value for argument in found for name, value in argument.params.items()},
            [description for argument in found for description in argument.human_descriptions],
            {name: value for argument in found for name, value in argument.extra_context.items()},
        )

    return [combined]
