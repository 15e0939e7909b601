"""What eastflank adds to a Datasette row page: the evidence, how inferred values were got, and a citation."""

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from datasette.app import Datasette
from datasette.utils import urlsafe_components

from eastflank.loaders.publish.citation import RowCitation
from eastflank.loaders.serve.entity_hub import ENTITY_PATH
from eastflank.loaders.serve.evidence import READER_PATH, Evidence, evidence
from eastflank.loaders.serve.provenance import provenance_notes
from eastflank.loaders.serve.reader import DATABASE_NAME
from eastflank.loaders.serve.release_folder import datapackage, release_folder
from eastflank.schema import metadata

CITED_TABLES = set(metadata.tables)
"""Every published table: a row is cited by its primary key, `id` or the key's columns (a programme's
entity_id, an event participant's event, entity and role) joined by commas as in the row's address."""


@dataclass(frozen=True)
class RowExtras:
    """The blocks shown under a row."""

    evidence: Evidence | None
    notes: list[str]
    citation: str
    hub_href: str | None = None
    """The entity page, on an entity's row."""
    reader_href: str | None = None
    """The document reader at this row: a document's page, a paragraph's place in it."""


async def row_extras(datasette: Datasette, table: str, pks: str) -> RowExtras | None:
    """The extras for the row `pks` (as in the URL) of `table`, or None for a table without a single id."""
    if table not in CITED_TABLES:
        return None
    key_columns = [column.name for column in metadata.tables[table].primary_key.columns]
    key_values = urlsafe_components(pks)
    if len(key_values) != len(key_columns):
        return None
    row_id = ",".join(key_values)
    where = " and ".join(f"[{column}] = ?" for column in key_columns)
    found = await datasette.get_database(DATABASE_NAME).execute(f"select * from [{table}] where {where}", key_values)
    if not found.rows:
        return None
    row: dict[str, Any] = dict(found.rows[0])
    stated = await evidence(datasette, table, row_id)
    dataset = datapackage(release_folder(datasette)).get("citation", "eastflank.")
    article = stated.document_title if stated is not None else await _article_title(datasette, table, row)
    citation = RowCitation(dataset, table, row_id, article, None if stated is None else stated.sentence)
    hub = str(datasette.urls.path(f"{ENTITY_PATH}/{quote(row_id, safe='')}")) if table == "entities" else None
    return RowExtras(stated, provenance_notes(table, row), citation.text(), hub, _reader_href(datasette, table, row))


async def _article_title(datasette: Datasette, table: str, row: dict[str, Any]) -> str | None:
    """The article a document or paragraph row is (in): its title, else its file name."""
    if table == "documents":
        return row.get("title") or row.get("source_file")
    if table != "paragraphs":
        return None
    found = await datasette.get_database(DATABASE_NAME).execute(
        "select coalesce(title, source_file) from documents where id = ?", [row["document_id"]]
    )
    return None if not found.rows else str(found.rows[0][0])


def _reader_href(datasette: Datasette, table: str, row: dict[str, Any]) -> str | None:
    """A document's reader page, or a paragraph's anchor in it (the reader's `p<position>`)."""
    if table == "documents":
        return str(datasette.urls.path(f"{READER_PATH}/{quote(row['id'], safe='')}"))
    if table == "paragraphs":
        return str(datasette.urls.path(f"{READER_PATH}/{quote(row['document_id'], safe='')}")) + f"#p{row['position']}"
    return None


def document_citation(datasette: Datasette, document_id: str, title: str | None) -> str:
    """The reader's "cite this article": the documents row, by its stable id and title."""
    dataset = datapackage(release_folder(datasette)).get("citation", "eastflank.")
    return RowCitation(dataset, "documents", document_id, title).text()
