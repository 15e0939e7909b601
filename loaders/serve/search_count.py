"""How many rows a search matches, up to a cap, counted in the full-text index alone.

A search page in corpus order leaves out Datasette's exact count (search_order.py), which
reads every matching row. The index holds one entry per matching row, so counting its
entries up to a cap costs a fraction of a millisecond however common the word, and the page
can say "10,000 or more" instead of nothing. Only a search that is the page's one filter is
counted this way: another filter would narrow the rows the index cannot see.
"""

import sqlite3
from dataclasses import dataclass

from datasette.app import Datasette
from datasette.database import QueryInterrupted
from datasette.utils import escape_sqlite

from eastflank.loaders.publish.datasette_metadata import FTS_TABLES
from eastflank.loaders.serve.first_page import Arguments, only_a_search
from eastflank.loaders.serve.reader import DATABASE_NAME

COUNT_CAP = 10_000


@dataclass(frozen=True)
class SearchCount:
    """Rows matched, counted up to `COUNT_CAP`; `more` when the count stopped there."""

    rows: int
    more: bool


def counted_here(table: str, arguments: Arguments) -> bool:
    """True for a search page without Datasette's count whose only filter is the search."""
    return table in FTS_TABLES and "_nocount" in arguments and only_a_search(arguments)


async def search_count(datasette: Datasette, table: str, arguments: Arguments) -> SearchCount | None:
    """The rows the page's search matches, up to the cap; None when a raw search (`_searchmode=raw`) is no valid query."""
    fts = escape_sqlite(FTS_TABLES[table])
    match = ":search" if arguments.get("_searchmode") == "raw" else "escape_fts(:search)"
    sql = f"select count(*) from (select 1 from {fts} where {fts} match {match} limit {COUNT_CAP + 1})"
    try:
        found = await datasette.get_database(DATABASE_NAME).execute(sql, {"search": arguments.get("_search")})
    except (sqlite3.DatabaseError, QueryInterrupted):
        return None  # the page shows Datasette's own error for the query
    rows = int(found.first()[0])
    return SearchCount(min(rows, COUNT_CAP), rows > COUNT_CAP)
