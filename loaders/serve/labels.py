"""Readable labels for ids a page shows: a paragraph by its article, position and first words.

Datasette replaces a foreign key by its target's `label_column` on table pages only, and
only where that is one column of the target table. A paragraph has no such column (its text
is too long, and the article's title is in another table); a row page shows every foreign
key as a bare id; canned and typed queries return bare ids. Labels are read here, once per
row and server, and shown by the plugin's render_cell on all of those pages.
"""

from weakref import WeakKeyDictionary

from datasette.app import Datasette

from eastflank.loaders.publish.datasette_metadata import LABEL_COLUMNS
from eastflank.loaders.serve.reader import DATABASE_NAME
from eastflank.schema import metadata
from eastflank.schema.provenance import READING_ORDER_VIEW

SNIPPET_CHARACTERS = 48
TITLE_CHARACTERS = 40
CACHED_LABELS = 50_000
"""Labels kept per server: the database is immutable, so a label never goes stale; the cap bounds memory."""
PARAGRAPH_LABEL_SQL = (
    "select coalesce(d.title, d.source_file) as title, p.position, substr(p.text, 1, ?) as head, "
    "length(p.text) as length from paragraphs p join documents d on d.id = p.document_id where p.id = ?"
)

_cache: WeakKeyDictionary[Datasette, dict[tuple[str, str], str | None]] = WeakKeyDictionary()


def paragraph_label(title: str, position: int, head: str, length: int) -> str:
    """'Title · ¶4: first words…': the article, the position the reader shows, and how the paragraph starts."""
    snippet = " ".join(head.split())
    if length > SNIPPET_CHARACTERS:
        snippet = snippet.rstrip() + "…"
    if len(title) > TITLE_CHARACTERS:
        title = title[:TITLE_CHARACTERS].rstrip() + "…"
    return f"{title} · ¶{position}: {snippet}"


def base_table(table: str) -> str:
    """The table a reading-order view shows (`mentions` for `mentions_in_reading_order`); a table itself."""
    base = table.removesuffix(READING_ORDER_VIEW)
    return base if base in metadata.tables else table


def foreign_key_target(table: str, column: str) -> str | None:
    """The table a column of `table` (or of its reading-order view) points at, or None when it is not a foreign key."""
    table = base_table(table)
    if table not in metadata.tables or column not in metadata.tables[table].columns:
        return None
    keys = metadata.tables[table].columns[column].foreign_keys
    return next(iter(keys)).column.table.name if keys else None


async def row_label(datasette: Datasette, table: str, row_id: str) -> str | None:
    """The label of one row of `table`, or None for an unknown row or a table without labels."""
    cache = _cache.setdefault(datasette, {})
    key = (table, row_id)
    if key not in cache:
        if len(cache) >= CACHED_LABELS:
            cache.clear()
        cache[key] = await _read_label(datasette, table, row_id)
    return cache[key]


async def _read_label(datasette: Datasette, table: str, row_id: str) -> str | None:
    database = datasette.get_database(DATABASE_NAME)
    if table == "paragraphs":
        found = await database.execute(PARAGRAPH_LABEL_SQL, [SNIPPET_CHARACTERS, row_id])
        if not found.rows:
            return None
        row = found.rows[0]
        return paragraph_label(row["title"], row["position"], row["head"], row["length"])
    if table not in LABEL_COLUMNS:
        return None
    (key_column,) = (column.name for column in metadata.tables[table].primary_key.columns)
    label = "coalesce(title, source_file)" if table == "documents" else f"[{LABEL_COLUMNS[table]}]"
    found = await database.execute(f"select {label} from [{table}] where [{key_column}] = ?", [row_id])
    return None if not found.rows or found.rows[0][0] is None else str(found.rows[0][0])
