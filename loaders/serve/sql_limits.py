"""Size limits on every SQLite connection the site opens, so no query can allocate without bound.

Datasette's time limit is a progress handler that SQLite calls between virtual-machine steps,
and a single step can be huge: `randomblob(900000000)` is one function call that allocates
900 MB and runs for seconds without the handler ever firing. Capping the length of any string
or blob caps what one step can cost (allocating LENGTH_LIMIT_BYTES takes milliseconds), and
a query asking for more fails at once with "string or blob too big". What many cheap steps
add up to is bounded by result_budget and statement_deadline.
"""

import sqlite3

LENGTH_LIMIT_BYTES = 8 * 2**20
"""8 MB: well above any article (the whole text of an article is one value in `documents`;
the seeds' longest is 5 KB), low enough that one value costs milliseconds to make. SQLite
also refuses to read a stored value longer than this, so an article over 8 MB would need a
higher limit (and result_budget's with it)."""
SQL_LENGTH_LIMIT_BYTES = 100_000
"""The longest SQL text accepted; the longest canned query is under 4 KB."""
LIMITS = {sqlite3.SQLITE_LIMIT_LENGTH: LENGTH_LIMIT_BYTES, sqlite3.SQLITE_LIMIT_SQL_LENGTH: SQL_LENGTH_LIMIT_BYTES}


def limit_connection(connection: sqlite3.Connection) -> None:
    """Apply LIMITS to one connection (SQLite limits are per connection, so each must get them)."""
    for category, value in LIMITS.items():
        connection.setlimit(category, value)
