"""SQLite's query plan of each canned query, with every full scan of a growing table flagged.

A canned query must answer in milliseconds however many articles are built, so it may read
a table that grows with the corpus only through an index seek (`SEARCH`), or by walking an
index in the order the query returns its rows: Datasette fetches at most
`max_returned_rows` + 1 rows and stops, so such a walk ends early ("streamed"). A walk is
not streamed, and counts as a full scan, when anything in the same SELECT has to see every
row first: a sort of the whole result, a GROUP BY or DISTINCT b-tree, a materialised
subquery, a scalar subquery or an aggregate.
"""

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from datasette.utils import escape_fts

GROWING_TABLES = frozenset(
    {
        "documents",
        "paragraphs",
        "mentions",
        "events",
        "event_participants",
        "quotes",
        "temporal_expressions",
        "amounts",
        "citations",
        "programme_facts",
        "entity_pairs",
    }
)
"""Tables whose rows grow with the number of articles; the reference tables and the per-entity
and per-year counts stay small."""
PARTIAL_SORTS = ("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY", "USE TEMP B-TREE FOR LAST")
"""Sorts of rows that share the leading ORDER BY terms, done block by block as rows stream."""
EAGER_PARENTS = (
    "MATERIALIZE",
    "SCALAR SUBQUERY",
    "CORRELATED SCALAR SUBQUERY",
    "LIST SUBQUERY",
    "CORRELATED LIST SUBQUERY",
)
"""Plan nodes whose rows are all computed before the outer query gets the first one."""
ALIAS = re.compile(
    r"\b(?:from|join)\s+([a-z_][a-z0-9_]*)(?:\s+(?:as\s+)?(?!on\b|where\b|join\b|left\b|inner\b|cross\b|group\b|order\b|union\b|limit\b)([a-z_][a-z0-9_]*))?",
    re.I,
)
SCAN = re.compile(r"^SCAN (\S+)(?: USING (?:COVERING )?INDEX (\S+))?")


@dataclass(frozen=True)
class PlanLine:
    """One line of EXPLAIN QUERY PLAN, at its depth in the plan tree."""

    depth: int
    detail: str
    full_scan_of: str | None = None


def table_aliases(sql: str) -> dict[str, str]:
    """Each name a FROM or JOIN gives a table (the alias, or the table's own name) → the table."""
    aliases = {}
    for table, alias in ALIAS.findall(sql):
        aliases[table] = table
        if alias:
            aliases[alias] = table
    return aliases


def query_plan(connection: sqlite3.Connection, sql: str, parameters: dict[str, str]) -> list[PlanLine]:
    """The plan as an indented tree, full scans of growing tables marked."""
    rows = connection.execute(f"explain query plan {sql}", parameters).fetchall()
    aggregates = any(op.startswith("Agg") for op in _opcodes(connection, sql, parameters))
    aliases = table_aliases(sql)
    parents = {node: parent for node, parent, _, _ in rows}
    details = {node: detail for node, _, _, detail in rows}
    siblings: dict[int, list[str]] = {}
    for _node, parent, _, detail in rows:
        siblings.setdefault(parent, []).append(detail)
    lines = []
    for node, parent, _, detail in rows:
        ancestors = _ancestors(node, parents, details)
        full = _full_scan(detail, aliases, siblings[parent], ancestors, aggregates)
        lines.append(PlanLine(len(ancestors), detail, full))
    return lines


def _opcodes(connection: sqlite3.Connection, sql: str, parameters: dict[str, str]) -> list[str]:
    return [row[1] for row in connection.execute(f"explain {sql}", parameters)]


def _ancestors(node: int, parents: dict[int, int], details: dict[int, str]) -> list[str]:
    found = []
    while parents.get(node, 0) != 0:
        node = parents[node]
        found.append(details[node])
    return found


def _full_scan(
    detail: str, aliases: dict[str, str], siblings: list[str], ancestors: list[str], aggregates: bool
) -> str | None:
    """The growing table a SCAN line reads in full, or None."""
    match = SCAN.match(detail)
    if match is None or aliases.get(match.group(1), match.group(1)) not in GROWING_TABLES:
        return None
    table = aliases.get(match.group(1), match.group(1))
    sorts_all = any(s.startswith("USE TEMP B-TREE") and not s.startswith(PARTIAL_SORTS) for s in siblings)
    eager = any(a.startswith(EAGER_PARENTS) for a in ancestors)
    streamed = match.group(2) is not None and not (sorts_all or eager or aggregates)
    return None if streamed else table


def canned_query_plans(database: Path, queries: dict[str, str]) -> dict[str, list[PlanLine]]:
    """The plan of each query (name → SQL) on the database, read-only, with blank parameters."""
    connection = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    connection.create_function("escape_fts", 1, escape_fts)  # Datasette's, which the search query calls
    try:
        return {name: query_plan(connection, sql, _blank(sql)) for name, sql in queries.items()}
    finally:
        connection.close()


def _blank(sql: str) -> dict[str, str]:
    return {name: "" for name in re.findall(r"(?<![:\w]):(\w+)", sql)}


def full_scans(plans: dict[str, list[PlanLine]]) -> dict[str, list[str]]:
    """Query name → the growing tables its plan reads in full, for queries that read any."""
    found = {name: sorted({line.full_scan_of for line in lines if line.full_scan_of}) for name, lines in plans.items()}
    return {name: tables for name, tables in found.items() if tables}
