"""Run the real extraction on a gold file's article and put its spans into document offsets.

The build's extraction is called unchanged, so the scores measure what is published. It is
given what a build is given and nothing of the gold: the article's text and, when the
article sits in a corpus folder with a metadata file, that file's entry (so a seed article
is dated by its publisher's metadata and an unseen one by its own text). Its
rows hold offsets into their paragraph; gold offsets are into the whole article, so each
span is shifted by its paragraph's start. A table the pipeline does not produce yet is
simply absent: zero predictions, not an error.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from eastflank.loaders.evaluate.gold import GoldDocument
from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.document import extract_document
from eastflank.loaders.ingest.corpus import to_record
from eastflank.loaders.ingest.metadata import ArticleMetadata, load_metadata
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import METADATA_FILE_NAME, REFERENCE_DIR

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
    """Extract from the gold's article as a build would: its text and its corpus metadata, never the gold's answers."""
    record = to_record(gold.source, gold.text, corpus_metadata(gold.source))
    tables = extract_document(record, extractor.context).tables
    return Prediction(tables, document_spans(tables))


def corpus_metadata(article: Path) -> ArticleMetadata:
    """The entry a build would read for the article from its folder's metadata file, or none."""
    return _folder_metadata(article.parent).get(article.name, ArticleMetadata())


@cache
def _folder_metadata(folder: Path) -> dict[str, ArticleMetadata]:
    return load_metadata(folder / METADATA_FILE_NAME)


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
