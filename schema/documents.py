"""Documents and their paragraphs: the raw layer every derived row points back to."""

from typing import Any

from sqlalchemy import CheckConstraint, Index, text
from sqlmodel import Field, SQLModel

from eastflank.schema.vocabularies import DatePrecision, one_of

PUBLISHED_SOURCES = ("metadata", "dateline", "byline", "updated_line", "text", "none")
"""Where a publication date comes from, most trusted first; `none` when no date was found."""


class Document(SQLModel, table=True):
    """One row per source article, with its full normalised text."""

    __tablename__ = "documents"
    __table_args__ = (
        # Newest first, undated last: who_said_what lists every quote in this order, streaming.
        Index("ix_documents_newest", text("(published_date IS NULL)"), text("published_date DESC"), "id"),
        # Oldest first, undated last: entity_in_context walks it for an entity named in many articles.
        Index("ix_documents_reading_order", text("(published_date IS NULL)"), "published_date", "id"),
        CheckConstraint(
            "published_source IN (" + ", ".join(f"'{source}'" for source in PUBLISHED_SOURCES) + ")",
            name="published_source",
        ),
    )

    id: str = Field(primary_key=True, description="Stable id: a hash of the source file's name stem.")
    source_file: str = Field(unique=True, description="File name of the article in the corpus folder.")
    title: str | None = Field(default=None, description="Headline, from the metadata file or the first line.")
    publisher: str | None = Field(default=None, description="Outlet that published the article, where known.")
    url: str | None = Field(default=None, description="Address of the article online, where known.")
    published_date: str | None = Field(
        default=None,
        index=True,
        description="Publication date, ISO 8601 cut to its precision (2024, 2024-03, 2024-03-15).",
    )
    published_precision: str | None = Field(
        default=None, description=one_of("Precision of published_date.", DatePrecision)
    )
    published_date_inferred: bool = Field(
        default=False,
        description="True where the date is read off the article's text rather than given by the publisher.",
    )
    published_source: str = Field(
        default="none",
        sa_column_kwargs={"server_default": "none"},
        description=(
            "Where published_date comes from, tried in this order: metadata (the corpus metadata file), "
            "dateline ('Brussels, 12 May 2024 -'), byline (an author's name with a date), "
            "updated_line ('Published:', 'Last updated:', 'Posted on'), text (the article's own 'today, 23 June 2022'); "
            "none when no date was found."
        ),
    )
    language: str = Field(default="en", description="ISO 639-1 code of the article's language.")
    text: str = Field(description="Full text, UTF-8, BOM removed and line endings normalised to \\n.")
    sha256: str = Field(description="SHA-256 of `text`, hex; equal texts under two names share it.")


POSITION_DIGITS = 6
"""Positions in a reading-order key are zero-padded to this width, so the key sorts as text in both databases."""


def reading_order_key(document_id: str, position: int) -> str:
    """The sort key of a paragraph in reading order: its document, then its position ('4f1c...:000007')."""
    return f"{document_id}:{position:0{POSITION_DIGITS}d}"


def _reading_order_default(context: Any) -> str:
    """Filled on insert from the row's own document_id and position, so no loader has to compute it."""
    row = context.get_current_parameters()
    return reading_order_key(row["document_id"], row["position"])


class Paragraph(SQLModel, table=True):
    """One row per paragraph of a document, in reading order: a non-blank line, or the lines of a hard-wrapped paragraph."""

    __tablename__ = "paragraphs"

    id: str = Field(primary_key=True, description="Stable id: a hash of the document id and position.")
    document_id: str = Field(foreign_key="documents.id", index=True, description="The document it belongs to.")
    position: int = Field(description="0-based order of the paragraph within its document.")
    text: str = Field(
        description="Paragraph text, equal to documents.text[start_char:end_char]; a hard-wrapped paragraph keeps its newlines."
    )
    start_char: int = Field(description="Offset of the first character in the document text (0-based).")
    end_char: int = Field(description="Offset just past the last character in the document text (exclusive).")
    is_boilerplate: bool = Field(
        default=False,
        description="True for site chrome (navigation, bylines, stamps, captions, follow-us calls, teasers): kept, but yields no facts.",
    )
    kind: str = Field(default="body", description="title, heading, body or boilerplate.")
    boilerplate_reason: str | None = Field(
        default=None,
        description=(
            "Which rule flagged the line as site chrome: phrase, separator, infobox, breadcrumb, stamp, byline, date_line, "
            "handle, note, call_to_action, caption, teaser, category, title_repeat or footer; null for the article's text."
        ),
    )
    reading_order: str | None = Field(
        default=None,
        unique=True,
        index=True,
        nullable=False,
        sa_column_kwargs={"default": _reading_order_default},
        description=(
            "Sort key for reading order: document_id, a colon, then position zero-padded to six digits "
            "('4f1c0d2e9a7b3c55:000007'); sorting by it lists each document's paragraphs together, in order."
        ),
    )
