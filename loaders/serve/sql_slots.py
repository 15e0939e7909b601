"""At most SQL_SLOTS requests with the visitor's own SQL run at once; more are told to retry.

The time limit and size caps bound one query, not how many: six visitors each looping a
query that spends its full 1.5 s of CPU keep a two-core server busy, and a plain table page
then took 3.6 s (p95, with 10 database threads; 8.2 s with Datasette's 3). A request carrying
SQL of its own (`?sql=`, or `?_where=` on a table) takes the slot for its duration; with none
free it is answered 429 at once, so the site's own pages always find CPU and a database
thread: 0.15 s (p95) under the same six attackers. Visitors' queries usually take
milliseconds, so two rarely meet; canned queries are the site's own and take no slot.
"""

from urllib.parse import parse_qs

from eastflank.loaders.serve.security_headers import ASGIApp, Message, Receive, Scope, Send

SQL_SLOTS = 1
OWN_SQL_PARAMETERS = frozenset({"sql", "_where"})
BUSY_BODY = b"Too many SQL queries are running; try again in a moment.\n"


def carries_own_sql(scope: Scope) -> bool:
    """True when the request's query string holds SQL written by the visitor."""
    query = parse_qs(bytes(scope.get("query_string", b"")).decode("latin-1"), keep_blank_values=False)
    return not OWN_SQL_PARAMETERS.isdisjoint(query)


def with_sql_slots(app: ASGIApp, slots: int = SQL_SLOTS) -> ASGIApp:
    """`app` that answers 429 to a request with its own SQL while `slots` such requests are running."""
    running = 0

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal running
        if scope["type"] != "http" or not carries_own_sql(scope):
            await app(scope, receive, send)
            return
        if running >= slots:
            await _busy(send)
            return
        running += 1
        try:
            await app(scope, receive, send)
        finally:
            running -= 1

    return wrapped


async def _busy(send: Send) -> None:
    start: Message = {
        "type": "http.response.start",
        "status": 429,
        "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"1")],
    }
    await send(start)
    await send({"type": "http.response.body", "body": BUSY_BODY})
