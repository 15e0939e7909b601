"""The annotated items of a gold file (seeds/gold/FORMAT.md), one parser per section.

Spans are checked against the article here, once, so the scorer can trust them: a span
that does not slice to its `text`, or runs past the article, would make every match
against it silently wrong.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eastflank.loaders.evaluate.gold_fields import Fields, precision_of
from eastflank.loaders.ingest.reference import ENTITY_TYPES
from eastflank.schema.vocabularies import EventType

EVENT_TYPES = tuple(member.value for member in EventType)
"""The closed vocabulary of event types, defined once in schema/vocabularies.py."""
ROLES = ("host", "organiser", "speaker", "subject", "partner", "participant", "invitee", "chair")
DATE_SOURCES = ("text", "publication")
MODALITIES = ("happened", "planned")


@dataclass(frozen=True)
class GoldMention:
    """One occurrence of a named entity: document span, type and canonical name."""

    start: int
    end: int
    text: str
    type: str
    entity: str


@dataclass(frozen=True)
class GoldParticipant:
    """An entity (canonical name) taking part in an event, in one role."""

    entity: str
    role: str


@dataclass(frozen=True)
class GoldEvent:
    """One event: the evidence sentence's span, its type and its date at a precision."""

    name: str
    type: str
    start: int
    end: int
    date: str | None
    precision: str | None
    end_date: str | None
    date_source: str
    modality: str
    location: str | None
    participants: tuple[GoldParticipant, ...]


@dataclass(frozen=True)
class GoldQuote:
    """A direct quotation: the words inside the marks, and who said them."""

    start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class GoldProgramme:
    """What an article states about one programme; null where it states nothing."""

    name: str
    acronym: str | None
    owner: str | None
    start_year: int | None
    end_year: int | None
    predecessor: str | None


@dataclass(frozen=True)
class GoldAmount:
    """A sum of money: span, value in currency units, ISO 4217 code."""

    start: int
    end: int
    text: str
    value: float
    currency: str


@dataclass(frozen=True)
class GoldCitation:
    """A bracketed source attribution, brackets included in the span."""

    start: int
    end: int
    text: str
    label: str
    entity: str | None


def span(fields: Fields, article: str, written: str | None = None) -> tuple[int, int]:
    """start and end, inside the article and, where `written` is given, slicing to it."""
    start, end = fields.integer("start"), fields.integer("end")
    if not 0 <= start < end <= len(article):
        raise fields.fail(
            f"has span {start}..{end} outside the article (length {len(article)})",
            "recompute the offsets with a script",
        )
    if written is not None and article[start:end] != written:
        raise fields.fail(
            f"has text {written!r} but the article has {article[start:end]!r} at {start}..{end}",
            "recompute the offsets with a script",
        )
    return start, end


def parse_mention(fields: Fields, article: str) -> GoldMention:
    """A mention row."""
    written = fields.text("text")
    start, end = span(fields, article, written)
    return GoldMention(start, end, written, fields.choice("type", ENTITY_TYPES), fields.text("entity"))


def parse_event(fields: Fields, article: str) -> GoldEvent:
    """An event row; its precision must be the precision its dates are written at."""
    name, kind = fields.text("name"), fields.choice("type", EVENT_TYPES)
    start, end = span(fields, article)
    date, end_date = fields.date_or_none("date"), fields.date_or_none("end_date", optional=True)
    precision = fields.choice_or_none("precision", ("year", "month", "day"))
    if precision != precision_of(date) or (end_date is not None and precision != precision_of(end_date)):
        raise fields.fail(
            f"has precision {precision!r} for date {date!r} / end_date {end_date!r}",
            "make precision the shape of the dates",
        )
    return GoldEvent(
        name,
        kind,
        start,
        end,
        date,
        precision,
        end_date,
        date_source=fields.choice("date_source", DATE_SOURCES),
        modality=fields.choice("modality", MODALITIES),
        location=fields.text_or_none("location"),
        participants=tuple(_participant(fields, entry) for entry in fields.entries("participants")),
    )


def _participant(event: Fields, entry: Any) -> GoldParticipant:
    fields = Fields(event.path, f"{event.where} participant", entry)
    participant = GoldParticipant(fields.text("entity"), fields.choice("role", ROLES))
    fields.done()
    return participant


def parse_quote(fields: Fields, article: str) -> GoldQuote:
    """A quote row."""
    start, end = span(fields, article)
    return GoldQuote(start, end, fields.text("speaker"))


def parse_programme(fields: Fields, article: str) -> GoldProgramme:
    """A programme row; an absent field, like null, means the article states nothing about it."""
    return GoldProgramme(
        name=fields.text("name"),
        acronym=fields.text_or_none("acronym", optional=True),
        owner=fields.text_or_none("owner", optional=True),
        start_year=fields.integer_or_none("start_year", optional=True),
        end_year=fields.integer_or_none("end_year", optional=True),
        predecessor=fields.text_or_none("predecessor", optional=True),
    )


def parse_amount(fields: Fields, article: str) -> GoldAmount:
    """An amount row."""
    written = fields.text("text")
    start, end = span(fields, article, written)
    return GoldAmount(start, end, written, fields.number("value"), fields.text("currency"))


def parse_citation(fields: Fields, article: str) -> GoldCitation:
    """A citation row."""
    written = fields.text("text")
    start, end = span(fields, article, written)
    return GoldCitation(start, end, written, fields.text("label"), fields.text_or_none("entity"))


PARSERS: dict[str, Callable[[Fields, str], Any]] = {
    "mentions": parse_mention,
    "events": parse_event,
    "quotes": parse_quote,
    "programmes": parse_programme,
    "amounts": parse_amount,
    "citations": parse_citation,
}


def parse_section(path: Path, section: str, entries: list[Any], article: str) -> tuple[Any, ...]:
    """Every item of one section, each checked strictly."""
    items = []
    for number, entry in enumerate(entries, start=1):
        fields = Fields(path, f"{section} entry {number}", entry)
        items.append(PARSERS[section](fields, article))
        fields.done()
    return tuple(items)
