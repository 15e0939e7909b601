"""Counts over the facts, computed when the dataset is published (loaders/publish/summary_tables.py).

Pages that summarise every mention or event (the map of places, co-mentions, events per
year) read these instead of counting millions of rows per request. Every count is derived
from the published mentions, events and documents, so it can be recounted from them: the
descriptions say how.
"""

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class EntityMentionCount(SQLModel, table=True):
    """One row per entity named at least once: how many mentions, paragraphs and documents name it."""

    __tablename__ = "entity_mention_counts"

    entity_id: str = Field(primary_key=True, foreign_key="entities.id", description="The entity.")
    mentions: int = Field(description="Rows of mentions with this entity_id.")
    paragraphs: int = Field(description="Distinct paragraph_id of those mentions.")
    documents: int = Field(description="Distinct document_id of those mentions.")


class EntityPair(SQLModel, table=True):
    """One row per pair of entities named in the same paragraph at least once, the smaller id first."""

    __tablename__ = "entity_pairs"
    __table_args__ = (Index("ix_entity_pairs_paragraphs_documents", "paragraphs", "documents"),)

    entity_id: str = Field(
        primary_key=True, foreign_key="entities.id", description="One entity (entity_id < with_entity_id)."
    )
    with_entity_id: str = Field(
        primary_key=True,
        foreign_key="entities.id",
        index=True,
        description="The other entity, named in the same paragraphs.",
    )
    paragraphs: int = Field(description="Paragraphs with a mention of each entity.")
    documents: int = Field(description="Documents with at least one such paragraph.")


class YearCount(SQLModel, table=True):
    """One row per year in which an event starts or a document is published: how many of each."""

    __tablename__ = "year_counts"

    year: str = Field(primary_key=True, description="The first four characters of the ISO dates counted.")
    events: int = Field(description="Events whose start_date begins with the year.")
    articles: int = Field(description="Documents whose published_date begins with the year.")
