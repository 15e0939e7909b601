"""Fill the summary tables (schema/summaries.py) from the loaded facts.

Every count is a sum over documents, so a full build tallies each document's mentions,
events and date once, and an incremental build (loaders/pipeline/store/summary_patch.py) patches the stored
counts with what the documents it inserts add and what those it removes took. Counting
runs in Python over the mentions in document order, one document in memory at a time:
on SQLite that is several times faster than the equivalent GROUP BY over a self-join. A
full build counts each document's rows as it loads them (`count_document`), so the
mentions are never read back (that took 2 of 4 s at 2,000 articles).
"""

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import combinations, groupby, islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, select

from eastflank.schema import metadata

MentionRow = tuple[str, str, str]
"""(document_id, paragraph_id, entity_id) of one mention."""
READ_BATCH = 20_000
SUMMARY_TABLES = ("entity_mention_counts", "entity_pairs", "year_counts")
INSERT_BATCH = 20_000


class Tally:
    """Counts by summary row: what some documents contribute to each summary table."""

    def __init__(self) -> None:
        self.columns: dict[str, dict[str, Counter[Any]]] = {
            "entity_mention_counts": {"mentions": Counter(), "paragraphs": Counter(), "documents": Counter()},
            "entity_pairs": {"paragraphs": Counter(), "documents": Counter()},
            "year_counts": {"events": Counter(), "articles": Counter()},
        }

    def count_mentions(self, rows: Iterable[MentionRow]) -> None:
        """Count mentions given grouped by document (each document's rows together)."""
        for _, document_rows in groupby(rows, key=itemgetter(0)):
            self._count_document(document_rows)

    def _count_document(self, rows: Iterable[MentionRow]) -> None:
        entities = self.columns["entity_mention_counts"]
        pairs = self.columns["entity_pairs"]
        named: dict[str, set[str]] = {}
        for _, paragraph_id, entity_id in rows:
            entities["mentions"][entity_id] += 1
            named.setdefault(paragraph_id, set()).add(entity_id)
        document_pairs: set[tuple[str, str]] = set()
        for paragraph_entities in named.values():
            entities["paragraphs"].update(paragraph_entities)
            paragraph_pairs = list(combinations(sorted(paragraph_entities), 2))
            pairs["paragraphs"].update(paragraph_pairs)
            document_pairs.update(paragraph_pairs)
        entities["documents"].update(set().union(*named.values()))
        pairs["documents"].update(document_pairs)

    def count_document(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        """Count one document's rows (by table name), as they are loaded: the same counts as reading them back."""
        self._count_document(
            (row["document_id"], row["paragraph_id"], row["entity_id"]) for row in tables.get("mentions", ())
        )
        self.count_years(
            (row["start_date"] for row in tables.get("events", ())),
            (row["published_date"] for row in tables.get("documents", ())),
        )

    def count_years(self, event_start_dates: Iterable[str | None], published_dates: Iterable[str | None]) -> None:
        """Count events and documents by the year their date starts with."""
        years = self.columns["year_counts"]
        years["events"].update(date[:4] for date in event_start_dates if date is not None)
        years["articles"].update(date[:4] for date in published_dates if date is not None)

    def keys(self, table: str) -> set[Any]:
        """Every summary row key this tally counts something for."""
        return set().union(*(counter.keys() for counter in self.columns[table].values()))

    def row(self, table: str, key: Any) -> dict[str, Any]:
        """The summary row of a key, as a full build stores it."""
        names = key_names(table)
        row = dict(zip(names, key if len(names) > 1 else (key,), strict=True))
        return row | {column: counter[key] for column, counter in self.columns[table].items()}

    def values(self, table: str) -> Iterator[tuple[Any, ...]]:
        """Every summary row of a table as a tuple in the table's column order, in key order."""
        counted = [self.columns[table][name] for name in column_names(table)[len(key_names(table)) :]]
        keys = sorted(self.keys(table))
        # Column by column in comprehensions, then zipped: a generator of tuples per key was
        # a second of the 280,000 pair rows of 2,000 articles.
        counts = zip(*([counter[key] for key in keys] for counter in counted), strict=True)
        if len(key_names(table)) == 1:
            for key, row_counts in zip(keys, counts, strict=True):
                yield (key, *row_counts)
        else:
            for key, row_counts in zip(keys, counts, strict=True):
                yield key + row_counts

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every summary row of a table, in key order: `row` for each key."""
        names = column_names(table)
        return (dict(zip(names, values, strict=True)) for values in self.values(table))


@cache
def key_names(table: str) -> tuple[str, ...]:
    """A summary table's primary-key column names, in key order."""
    return tuple(column.name for column in metadata.tables[table].primary_key.columns)


@cache
def column_names(table: str) -> tuple[str, ...]:
    """A summary table's columns: its key columns first, then its counts (schema/summaries.py declares them so)."""
    names = tuple(metadata.tables[table].columns.keys())
    assert names[: len(key_names(table))] == key_names(table), f"{table}: key columns must come first"
    return names


def mention_rows(connection: Connection) -> Iterator[MentionRow]:
    """Every mention's (document, paragraph, entity), document by document, read in batches."""
    mentions = metadata.tables["mentions"]
    query = select(mentions.c.document_id, mentions.c.paragraph_id, mentions.c.entity_id).order_by(
        mentions.c.document_id
    )
    # Per statement: Connection.execution_options() would stream every later statement too,
    # which PostgreSQL refuses for DELETE.
    for row in connection.execute(query, execution_options={"yield_per": READ_BATCH}):
        yield row[0], row[1], row[2]


def database_tally(connection: Connection) -> Tally:
    """The tally of every document in the database."""
    events, documents = metadata.tables["events"], metadata.tables["documents"]
    tally = Tally()
    tally.count_mentions(mention_rows(connection))
    tally.count_years(
        connection.execute(select(events.c.start_date)).scalars(),
        connection.execute(select(documents.c.published_date)).scalars(),
    )
    return tally


def fill_summaries(connection: Connection) -> None:
    """Empty and fill the summary tables from the facts in the database."""
    write_summaries(connection, database_tally(connection))


def write_summaries(connection: Connection, tally: Tally) -> None:
    """Empty the summary tables and store the tally's rows."""
    for table in SUMMARY_TABLES:
        connection.execute(metadata.tables[table].delete())
        insert_values(connection, table, tally.values(table))


def insert_values(connection: Connection, table: str, values: Iterable[tuple[Any, ...]]) -> None:
    """Insert tuples in column order through the driver's own executemany.

    A summary row is text and integers, which need none of SQLAlchemy's per-row binding:
    that binding was half of writing the 280,000 pair rows of 2,000 articles.
    """
    names = column_names(table)
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    columns, marks = ", ".join(f'"{name}"' for name in names), ", ".join([mark] * len(names))
    statement = f'INSERT INTO "{table}" ({columns}) VALUES ({marks})'
    rows = iter(values)
    while batch := list(islice(rows, INSERT_BATCH)):
        connection.exec_driver_sql(statement, batch)
