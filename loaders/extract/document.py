"""Extraction as a pure function: one article (and the reference data) in, its rows out.

Nothing here reads files or touches a database, so the same function runs in the build,
in a cache of per-article results, or on a distributed engine.
"""

from dataclasses import asdict, dataclass, field
from typing import Any

from eastflank.loaders.extract.gazetteer import Gazetteer
from eastflank.loaders.extract.mentions import find_mentions
from eastflank.loaders.ids import stable_id
from eastflank.loaders.ingest.boilerplate import ChromePhrases
from eastflank.loaders.ingest.corpus import DocumentRecord
from eastflank.loaders.ingest.paragraphs import split_paragraphs

Row = dict[str, Any]


@dataclass(frozen=True)
class ExtractionContext:
    """What extraction needs besides the article: the matcher and the chrome rules."""

    gazetteer: Gazetteer
    chrome: ChromePhrases


@dataclass
class DocumentRows:
    """Every row derived from one article, keyed by table name."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, rows: list[Row]) -> None:
        """Append rows for one table."""
        self.tables.setdefault(table, []).extend(rows)


def extract_document(document: DocumentRecord, context: ExtractionContext) -> DocumentRows:
    """The document row, its paragraphs and its mentions."""
    rows = DocumentRows()
    rows.add("documents", [asdict(document)])
    paragraphs = [
        (stable_id("paragraph", document.id, span.position), span)
        for span in split_paragraphs(document.text, context.chrome)
    ]
    rows.add("paragraphs", [{"id": pid, "document_id": document.id, **asdict(span)} for pid, span in paragraphs])
    rows.add("mentions", [asdict(m) for m in find_mentions(context.gazetteer, document.id, paragraphs)])
    return rows
