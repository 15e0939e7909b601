"""Default orders Datasette's metadata cannot express, given as a redirect to the same page with arguments.

Datasette's table `sort` takes one column, and ties are broken by the primary key, a hash
for every fact: one paragraph's facts (the "links from other tables" of a paragraph's page)
would come out in hash order, so they are sorted by where they start in it. (Paragraphs
themselves sort by their reading_order key, in the metadata.) One article's facts go to the
fact table's reading-order view, sorted by the key it adds (paragraph position, then offset):
a fact row cannot carry that key itself. The entities table holds every
curated reference entry, most of which no article names, so its first pages would show
entries with nothing behind them: it lists the mentioned ones first, and the others after
them (entities_sequence). A bare request is redirected to the same page with the arguments
that give the sensible view, which the page then shows (and lets a reader remove) like any
filter.
"""

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from eastflank.loaders.serve.reader import DATABASE_NAME, FACT_KINDS
from eastflank.schema.provenance import READING_ORDER_VIEW

Scope = MutableMapping[str, Any]
App = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]

MENTIONED_ONLY = "id in (select entity_id from entity_mention_counts)"
"""The entities an article names; entity_mention_counts has a row only for those (schema/summaries.py)."""
NEVER_MENTIONED = "id not in (select entity_id from entity_mention_counts)"
"""The curated reference entries no article names: listed after the mentioned ones (entities_sequence)."""
SORT_ARGUMENTS = {"_sort", "_sort_desc"}

FACT_TABLES = tuple(kind.table for kind in FACT_KINDS)
"""Tables whose rows are spans of one paragraph (paragraph_id, start_char, end_char)."""


def default_arguments(path: str, query_string: str) -> str | None:
    """The query string to redirect to, or None when the request is served as it is."""
    arguments = parse_qsl(query_string, keep_blank_values=True)
    if path == f"/{DATABASE_NAME}/entities" and not arguments:
        return urlencode({"_where": MENTIONED_ONLY, "_sort": "name"})
    names = {name for name, _ in arguments}
    table = path.removeprefix(f"/{DATABASE_NAME}/")
    if table in FACT_TABLES and "paragraph_id" in names and not names & SORT_ARGUMENTS:
        return urlencode([*arguments, ("_sort", "start_char")])
    return None


def default_path(path: str, query_string: str) -> str | None:
    """The page to redirect to when it is another table's: one article's facts go to their reading-order view."""
    arguments = parse_qsl(query_string, keep_blank_values=True)
    names = {name for name, _ in arguments}
    table = path.removeprefix(f"/{DATABASE_NAME}/")
    if table in FACT_TABLES and "document_id" in names and not names & (SORT_ARGUMENTS | {"paragraph_id"}):
        target = f"/{DATABASE_NAME}/{table}{READING_ORDER_VIEW}"
        return f"{target}?{urlencode([*arguments, ('_sort', 'reading_order')])}"
    return None


def with_default_views(app: App) -> App:
    """Redirect (302) a GET of a table page that has a default view to that view."""

    async def wrapped(
        scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope["type"] == "http" and scope.get("method") == "GET":
            query_string = scope.get("query_string", b"").decode("latin-1")
            target = default_arguments(scope["path"], query_string)
            if target is not None:
                await _redirect(send, f"{scope.get('root_path', '')}{scope['path']}?{target}")
                return
            elsewhere = default_path(scope["path"], query_string)
            if elsewhere is not None:
                await _redirect(send, f"{scope.get('root_path', '')}{elsewhere}")
                return
        await app(scope, receive, send)

    return wrapped


async def _redirect(send: Callable[[Any], Awaitable[None]], location: str) -> None:
    headers = [(b"location", location.encode("latin-1")), (b"content-type", b"text/plain; charset=utf-8")]
    await send({"type": "http.response.start", "status": 302, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
