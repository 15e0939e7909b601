"""Events, who took part in them, and what people said."""

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from eastflank.schema.provenance import paragraph_ref, span_end, span_start
from eastflank.schema.vocabularies import DatePrecision, EventType, Modality, one_of


class Event(SQLModel, table=True):
    """One row per dated occurrence an article reports (summit, visit, statement, decision ...)."""

    __tablename__ = "events"
    __table_args__ = (
        # The timeline's order (undated last), so listing every event streams in index order.
        Index("ix_events_timeline", text("(start_date IS NULL)"), "start_date", "name", "id"),
        # Date then id, undated last: programme_lifecycle merges a programme's events with its facts in this order.
        Index("ix_events_date_order", text("(start_date IS NULL)"), "start_date", "id"),
        # Covers a paragraph's events with their evidence spans (see ix_mentions_entity_id_paragraph_id_start_char_end_char).
        Index("ix_events_paragraph_id_start_char_end_char_id", "paragraph_id", "start_char", "end_char", "id"),
    )

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id, span and type.")
    name: str = Field(description="Short human-readable name of the event.")
    type: str = Field(index=True, description=one_of("What kind of event it is.", EventType))
    start_date: str | None = Field(
        default=None,
        index=True,
        description="ISO 8601 start, cut to its precision; an event dated by a season ('spring 2026') has its year.",
    )
    end_date: str | None = Field(
        default=None, description="ISO 8601 end, cut to its precision; equals start for one-day events."
    )
    date_precision: str | None = Field(default=None, description=one_of("Precision of start_date.", DatePrecision))
    location_entity_id: str | None = Field(
        default=None, foreign_key="entities.id", index=True, description="Where it took place, if stated."
    )
    paragraph_id: str = paragraph_ref("the evidence sentence", index=False)
    start_char: int = span_start("the evidence sentence")
    end_char: int = span_end("the evidence sentence")
    document_id: str | None = Field(
        default=None, foreign_key="documents.id", index=True, description="Document holding the evidence."
    )
    modality: str | None = Field(
        default=None, description=one_of("Whether it happened or is planned (scheduled and future events).", Modality)
    )
    date_expression_id: str | None = Field(
        default=None,
        foreign_key="temporal_expressions.id",
        index=True,
        description="The date expression that dates it; null when dated by publication.",
    )
    date_source: str | None = Field(
        default=None, description="text (a date in the text) or publication (the article's own news event)."
    )


class EventParticipant(SQLModel, table=True):
    """One row per entity taking part in an event, in one role."""

    __tablename__ = "event_participants"

    event_id: str = Field(primary_key=True, foreign_key="events.id", description="The event.")
    entity_id: str = Field(primary_key=True, foreign_key="entities.id", index=True, description="The participant.")
    role: str = Field(primary_key=True, description="host, organiser, speaker, subject, partner, participant ...")


class Quote(SQLModel, table=True):
    """One row per direct quotation, with the entity that said it."""

    __tablename__ = "quotes"

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id and span.")
    paragraph_id: str = paragraph_ref("the quoted words")
    speaker_entity_id: str | None = Field(
        default=None, foreign_key="entities.id", index=True, description="Who said it, when resolved."
    )
    text: str = Field(description="The quoted words, without the quotation marks.")
    start_char: int = span_start("the quoted words")
    end_char: int = span_end("the quoted words")
    document_id: str | None = Field(
        default=None, foreign_key="documents.id", index=True, description="Document holding the quote."
    )
    attribution: str | None = Field(
        default=None,
        description="Where the speaker is named: before, after, inside, previous_sentence, previous_paragraph or unresolved.",
    )
