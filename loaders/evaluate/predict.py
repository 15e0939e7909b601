"""Run the real extraction on a gold file's article and put its spans into document offsets.

The build's extraction is called unchanged, so the scores measure what is published. Its
rows hold offsets into their paragraph; gold offsets are into the whole article, so each
span is shifted by its paragraph's start. A table the pipeline does not produce yet is
simply absent: zero predictions, not an error.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eastflank.loaders.evaluate.gold import GoldDocument
from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.document import extract_document
from eastflank.loaders.ingest.corpus import to_record
from eastflank.loaders.ingest.metadata import ArticleMetadata
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import REFERENCE_DIR

Row = dict[str, Any]
SPAN_TABLES = ("mentions", "events", "quotes", "amounts", "citations", "programme_facts", "temporal_expressions")


@dataclass(frozen=True)
class Extractor:
    """The extraction under test: its context, and the reference data that names its entities."""

    reference: list[ReferenceEntity]
    context: ExtractionContext


@dataclass(frozen=True)
class PredictedRow:
    """One extracted row with its span in document offsets."""

    start: int
    end: int
    row: Row


@dataclass(frozen=True)
class Prediction:
    """Every row extraction produced for one article; span rows shifted to document offsets."""

    tables: dict[str, list[Row]]
    spans: dict[str, list[PredictedRow]]

    def rows(self, table: str) -> list[Row]:
        """The table's rows, or none if the pipeline does not produce that table."""
        return self.tables.get(table, [])

    def spanned(self, table: str) -> list[PredictedRow]:
        """The table's rows with document-offset spans, or none."""
        return self.spans.get(table, [])


def default_extractor(reference_dir: Path = REFERENCE_DIR) -> Extractor:
    """The extraction as `eastflank build` sets it up from a reference folder."""
    return Extractor(*load_context(reference_dir))


def predict(gold: GoldDocument, extractor: Extractor) -> Prediction:
    """Extract from the gold's article, dated by the gold's publication date."""
    record = to_record(gold.source, gold.text, ArticleMetadata(published_date=gold.publication_date))
    tables = extract_document(record, extractor.context).tables
    return Prediction(tables, document_spans(tables))


def document_spans(tables: dict[str, list[Row]]) -> dict[str, list[PredictedRow]]:
    """Span rows of every span table, with paragraph offsets turned into document offsets."""
    starts = {paragraph["id"]: paragraph["start_char"] for paragraph in tables.get("paragraphs", [])}
    return {
        table: [_shifted(row, starts[row["paragraph_id"]]) for row in tables[table]]
        for table in SPAN_TABLES
        if table in tables
    }


def _shifted(row: Row, offset: int) -> PredictedRow:
    return PredictedRow(row["start_char"] + offset, row["end_char"] + offset, row)
