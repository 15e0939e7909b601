"""`eastflank query` runs one SELECT and nothing else, so it cannot change the release it reads.

DuckDB can write from any statement but a SELECT: `COPY (...) TO 'dist/parquet/documents.parquet'`
overwrote a published file (and broke SHA256SUMS), and EXPORT, CREATE, INSERT, ATTACH,
INSTALL, LOAD, SET and `EXPLAIN ANALYZE` (which runs its statement) write files, tables or
settings. DuckDB's own parser types the statement, so the check cannot be fooled by comments,
case or quoting the way a pattern over the text could. Switching DuckDB's file access off
instead would also stop the views reading the Parquet files they stand for.
"""

import duckdb

from eastflank.loaders.errors import QueryError, QueryRefused

ALLOWED = frozenset({duckdb.StatementType.SELECT})
"""SELECT covers WITH, VALUES, FROM-first queries, DESCRIBE, SHOW and SUMMARIZE."""


def read_only_statement(sql: str) -> duckdb.Statement:
    """The one SELECT statement in `sql`; QueryRefused for anything else, QueryError when it does not parse."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryError(f"query failed: {str(error).strip().splitlines()[0]} Fix: check the SQL") from error
    kinds = [statement.type.name for statement in statements]
    if len(statements) != 1 or statements[0].type not in ALLOWED:
        found = ", ".join(kinds) if kinds else "no statement"
        raise QueryRefused(
            f"refused: {found}; eastflank query runs a single SELECT, so the release stays as published. "
            "Fix: write one SELECT (to save a result, use --format csv or json and redirect it)"
        )
    return statements[0]


def lock_settings(connection: duckdb.DuckDBPyConnection) -> None:
    """No extension downloads behind the user's back, and no setting changed after this."""
    connection.execute("SET autoinstall_known_extensions = false")
    connection.execute("SET lock_configuration = true")
