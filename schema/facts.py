"""Facts read from the text beside entities and events: dates, amounts, citations, programme facts.

Like every derived table, each row carries its document, paragraph and character span.
"""

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from eastflank.schema.provenance import paragraph_ref, span_end, span_start
from eastflank.schema.vocabularies import DatePrecision, one_of


class TemporalExpression(SQLModel, table=True):
    """One row per date expression found in a paragraph, normalised to ISO 8601."""

    __tablename__ = "temporal_expressions"

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id and span.")
    paragraph_id: str = paragraph_ref("the expression")
    document_id: str = Field(foreign_key="documents.id", index=True, description="Document holding the expression.")
    text: str = Field(
        description="The words as written, e.g. 'the end of last year' (a preposition before them is left out, as in TimeML)."
    )
    value: str | None = Field(
        default=None,
        index=True,
        description="ISO 8601 of the (start of the) time meant, cut to precision. For a DURATION or SET, and for PRESENT_REF, PAST_REF or FUTURE_REF, no time anything happened: the span covered where the text places it ('the past two months'), else only the anchor it was read against; filter on timex_type before dating by it.",
    )
    end_value: str | None = Field(default=None, description="ISO 8601 end of a range (2025-2028 gives 2028).")
    precision: str = Field(description=one_of("Precision of value.", DatePrecision))
    kind: str = Field(description="date, range, open_start (until 2030) or open_end (from 2025).")
    anchor: str = Field(description="How it was resolved: absolute, publication or previous_date.")
    anchor_value: str | None = Field(
        default=None, description="The ISO date of the anchor used, for relative expressions."
    )
    modifier: str | None = Field(
        default=None, description="start, mid, end, early or late, where the text qualifies the date."
    )
    start_char: int = span_start("the expression")
    end_char: int = span_end("the expression")
    timex_type: str = Field(
        default="DATE",
        description="TimeML TIMEX3 type: DATE (a calendar time), TIME (a time of day), DURATION (a length, "
        "'five years') or SET (a recurrence, 'every week'). Only DATE and TIME date events.",
    )
    timex_value: str | None = Field(
        default=None,
        description="TimeML TIMEX3 value: a date (2013-03-22, 2013-03, 2013), week (2013-W12), quarter (1989-Q3), "
        "half (2013-H1), season (2013-SU), decade (199), century (19), time of day (2013-03-22T14:00, "
        "2013-03-22TAF), duration (P5Y, PT3H, PXD), reference (PRESENT_REF, PAST_REF, FUTURE_REF) or set "
        "(P1W, XXXX-WXX-1). A DURATION or SET keeps in value the time it covers, else the anchor. NULL for a "
        "range whose two ends TimeML tags as two TIMEX3s ('2009-2010', 'from May to July'), since no one value "
        "says both: its ends are in value and end_value, and `eastflank dates` prints their TIMEX3s.",
    )


class Amount(SQLModel, table=True):
    """One row per sum of money stated in a paragraph."""

    __tablename__ = "amounts"

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id and span.")
    paragraph_id: str = paragraph_ref("the amount")
    document_id: str = Field(foreign_key="documents.id", index=True, description="Document holding the amount.")
    text: str = Field(description="The amount as written, e.g. '€16.7 billion'.")
    value: float = Field(description="The amount in units of the currency (16700000000 for '€16.7 billion').")
    currency: str = Field(index=True, description="ISO 4217 code, e.g. EUR, USD, RON, MDL.")
    start_char: int = span_start("the amount")
    end_char: int = span_end("the amount")


class Citation(SQLModel, table=True):
    """One row per bracketed source attribution such as '[NATO Liaison Office]'."""

    __tablename__ = "citations"

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id and span.")
    paragraph_id: str = paragraph_ref("the citation")
    document_id: str = Field(foreign_key="documents.id", index=True, description="Document holding the citation.")
    text: str = Field(description="The attribution as written, brackets included.")
    label: str = Field(description="The words inside the brackets.")
    entity_id: str | None = Field(
        default=None, foreign_key="entities.id", index=True, description="The entity the label names, if it names one."
    )
    start_char: int = span_start("the citation")
    end_char: int = span_end("the citation")


class ProgrammeFact(SQLModel, table=True):
    """One row per lifecycle fact about a programme that an article states (extended, starts, replaces ...)."""

    __tablename__ = "programme_facts"
    __table_args__ = (
        # A programme's facts by date then id, undated last: programme_lifecycle reads them in this order.
        Index(
            "ix_programme_facts_programme_entity_id_date_order",
            "programme_entity_id",
            text("(value IS NULL)"),
            "value",
            "id",
        ),
    )

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id, span and fact.")
    programme_entity_id: str = Field(foreign_key="entities.id", description="The programme the fact is about.")
    fact: str = Field(description="started, starts, ends, extended, replaced_by, replaces, period or adopted.")
    value: str | None = Field(
        default=None, description="The fact's value: an ISO date or range, a duration, or an entity id."
    )
    partner_entity_id: str | None = Field(
        default=None,
        foreign_key="entities.id",
        index=True,
        description="The partner country the fact concerns, if any.",
    )
    paragraph_id: str = paragraph_ref("the evidence sentence")
    document_id: str = Field(foreign_key="documents.id", index=True, description="Document stating the fact.")
    start_char: int = span_start("the evidence sentence")
    end_char: int = span_end("the evidence sentence")


class EvaluationScore(SQLModel, table=True):
    """One row per gold set and kind of fact: how well extraction matches hand annotation."""

    __tablename__ = "evaluation_scores"

    gold_set: str = Field(
        primary_key=True,
        description="seeds (the published articles) or unseen (articles the rules were not written for).",
    )
    kind: str = Field(
        primary_key=True,
        description="mentions, mention_entities, events, event_dates, quotes, quote_speakers, amounts, citations, programmes.",
    )
    precision: float | None = Field(
        default=None, description="Share of extracted items that are in the gold annotation."
    )
    recall: float | None = Field(default=None, description="Share of gold items that extraction found.")
    f1: float | None = Field(default=None, description="Harmonic mean of precision and recall.")
    gold_count: int = Field(description="Items in the gold annotation.")
    predicted_count: int = Field(description="Items extraction produced.")
    true_positives: int = Field(description="Items in both.")
    measured_on: str | None = Field(
        default=None,
        description="The articles the figure was measured on and how far to trust it (the gold set's README.md).",
    )
