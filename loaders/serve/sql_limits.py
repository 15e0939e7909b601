"""Size limits on every SQLite connection the site opens, so no query can allocate without bound.

Datasette's time limit is a progress handler that SQLite calls between virtual-machine steps,
and a single step can be huge: `randomblob(900000000)` is one function call that allocates
900 MB and runs for seconds without the handler ever firing. Capping the length of any string
or blob caps what one step can cost (allocating LENGTH_LIMIT_BYTES takes well under the time
limit), so the time limit then holds for every function, and a query fails fast with
"string or blob too big" instead.
"""

import sqlite3

LENGTH_LIMIT_BYTES = 8 * 2**20
"""50 MB: far above any article (the whole text of an article is one value in `documents`),
far below what would hurt the server. SQLite also refuses to read a stored value longer
than this, so a corpus with a 50 MB article would need a higher limit."""
SQL_LENGTH_LIMIT_BYTES = 100_000
"""The longest SQL text accepted; the longest canned query is under 4 KB."""
LIMITS = {sqlite3.SQLITE_LIMIT_LENGTH: LENGTH_LIMIT_BYTES, sqlite3.SQLITE_LIMIT_SQL_LENGTH: SQL_LENGTH_LIMIT_BYTES}


def limit_connection(connection: sqlite3.Connection) -> None:
    """Apply LIMITS to one connection (SQLite limits are per connection, so each must get them)."""
    for category, value in LIMITS.items():
        connection.setlimit(category, value)
