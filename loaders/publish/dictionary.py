"""The data dictionary as a Markdown page, generated from the models for docs/data-dictionary.md.

The page is never edited by hand: `eastflank dictionary` rewrites it and a test regenerates
it and fails when the checked-in copy is stale, so the dictionary can never drift from the
schema.
"""

from eastflank.schema.describe import TableDoc, describe_tables

PAGE_HEAD = """# Data dictionary

<!-- Generated from the SQLModel models in schema/ by `eastflank dictionary`; do not edit. -->

Every published table, in the order the models define them: its grain (what one row is),
then its columns. The same descriptions are the Datasette metadata, the comments in
`eastflank.duckdb` and the field descriptions in `datapackage.json`. Types are SQLite's;
[querying.md](querying.md#at-scale-other-engines) maps them to Parquet, DuckDB, Trino and
Spark types. Keys: `PK` primary key, `FK → table.column` foreign key.
"""


def data_dictionary_page() -> str:
    """The whole page: a short head, then one section per table."""
    return f"{PAGE_HEAD}\n{dictionary_markdown()}"


def dictionary_markdown() -> str:
    """One section per table: its grain, then a table of its columns."""
    return "\n".join(_table_markdown(table) for table in describe_tables())


def _table_markdown(table: TableDoc) -> str:
    lines = [
        f"## `{table.name}`",
        "",
        table.description,
        "",
        "| column | type | key | description |",
        "|---|---|---|---|",
    ]
    for column in table.columns:
        nullable = "" if column.nullable else " not null"
        description = column.description.replace("|", "\\|")
        lines.append(f"| `{column.name}` | {column.sql_type}{nullable} | {column.key} | {description} |")
    return "\n".join(lines) + "\n"
