"""Extraction as a pure function: one article (and the reference data) in, its rows out.

Nothing here reads files or touches a database, so the same function runs in the build,
in a cache of per-article results, or on a distributed engine.
"""

from dataclasses import dataclass, field, replace
from typing import Any

from eastflank.loaders.errors import EastflankError, ExtractionError
from eastflank.loaders.extract.context import ExtractionContext
from eastflank.loaders.extract.dates import PartialDate, TemporalExpression, tag_document
from eastflank.loaders.extract.entities.learned.rows import extract_new_entities, with_new_mentions
from eastflank.loaders.extract.entities.mentions import MentionRecord, find_mentions
from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.recall import ReportedGatherings
from eastflank.loaders.extract.facts.amounts import extract_amounts
from eastflank.loaders.extract.facts.citations import extract_citations
from eastflank.loaders.extract.facts.programmes.extractor import programme_facts_of_document
from eastflank.loaders.extract.quotes.extractor import extract_quotes
from eastflank.loaders.extract.quotes.speakers.bridges import DocumentVoices
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput
from eastflank.loaders.ids import stable_id
from eastflank.loaders.ingest.corpus import DocumentRecord
from eastflank.loaders.ingest.paragraphs import ParagraphSpan, split_paragraphs

Row = dict[str, Any]
LEAD_PARAGRAPHS = 2


@dataclass
class DocumentRows:
    """Every row derived from one article, keyed by table name."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, rows: list[Row]) -> None:
        """Append rows for one table."""
        self.tables.setdefault(table, []).extend(rows)


def as_row(record: object) -> Row:
    """A flat dataclass instance as a row dict (a shallow copy: `asdict` deep-copies, 5x slower)."""
    return dict(vars(record))


def extract_document(document: DocumentRecord, context: ExtractionContext) -> DocumentRows:
    """The document row, its paragraphs, mentions, new entities, dates, events, programme facts, quotes, amounts and citations.

    A rule that fails on the article stops the build with an error naming the article (not a
    traceback that names none): the rows would be incomplete, so nothing is published.
    """
    try:
        return _extract(document, context)
    except EastflankError:
        raise
    except Exception as error:
        raise ExtractionError.of(document.source_file, error) from error


def _extract(document: DocumentRecord, context: ExtractionContext) -> DocumentRows:
    rows = DocumentRows()
    rows.add("documents", [as_row(document)])
    stored = [
        (stable_id("paragraph", document.id, span.position), span)
        for span in split_paragraphs(document.text, context.chrome)
    ]
    rows.add("paragraphs", [{"id": pid, "document_id": document.id, **as_row(span)} for pid, span in stored])
    # A hard-wrapped paragraph keeps its newlines in the stored row; the rules read them as spaces.
    paragraphs = [(pid, replace(span, text=span.flat_text)) for pid, span in stored]
    mentions = find_mentions(context.gazetteer, document.id, paragraphs)
    rows.add("mentions", [m._asdict() for m in mentions])
    dates = tag_paragraph_dates(document, paragraphs)
    rows.add("temporal_expressions", [date_row(document.id, pid, e) for pid, found in dates.items() for e in found])
    inputs, known = add_new_entities(rows, paragraph_inputs(document, paragraphs, mentions, context.entities), context)
    lead = [pid for pid, span in paragraphs if span.kind == "body"][:LEAD_PARAGRAPHS]
    add_facts(rows, inputs, times_of_events(dates), context, known, set(lead))
    add_quotes_amounts_citations(rows, inputs, context, known)
    restore_newlines(rows, dict(stored))
    return rows


def restore_newlines(rows: DocumentRows, stored: dict[str, ParagraphSpan]) -> None:
    """Give facts read from a wrapped paragraph's flat view their exact text, newlines included,
    so every row's text is still its paragraph's text[start_char:end_char]."""
    wrapped = {pid: span.text for pid, span in stored.items() if "\n" in span.text}
    if not wrapped:
        return
    for table_rows in rows.tables.values():
        for row in table_rows:
            text = wrapped.get(row.get("paragraph_id", ""))
            if text is not None and "text" in row and "start_char" in row and row["start_char"] is not None:
                row["text"] = text[row["start_char"] : row["end_char"]]


def add_new_entities(
    rows: DocumentRows, inputs: list[ParagraphInput], context: ExtractionContext
) -> tuple[list[ParagraphInput], EntityIndex]:
    """Entities the reference data lacks (titled people, organizations, defined acronyms).

    They join the paragraphs' mentions and the entity index, so they can be quote speakers
    and event participants.
    """
    found = extract_new_entities(inputs, context.entities, context.words)
    rows.add("entities", found.entities)
    rows.add("mentions", found.mentions)
    rows.add("programmes", learned_programmes(found.entities, found.mentions))
    new = {r["id"]: EntityInfo(r["id"], r["name"], r["type"]) for r in found.entities}
    # One merged dict (the new entities win, in the order a ChainMap would list them): quotes
    # and events look entities up tens of times per paragraph, and a ChainMap lookup is a
    # Python call that tries each map in turn.
    known = EntityIndex({**context.entities.entities, **new})
    types = {m["entity_id"]: _type_of(known, m["entity_id"]) for m in found.mentions}
    return [with_new_mentions(p, found.mentions, types) for p in inputs], known


def _type_of(known: EntityIndex, entity_id: str) -> str:
    info = known.get(entity_id)
    return "" if info is None else info.type


def learned_programmes(entities: list[Row], mentions: list[Row]) -> list[Row]:
    """A programmes row for each programme learned from "Full Name (ACR)", with its acronym."""
    acronyms = {m["entity_id"]: m["text"] for m in mentions if m["method"] == "acronym_definition"}
    return [
        {
            "entity_id": e["id"],
            "acronym": acronyms.get(e["id"]),
            "owner_entity_id": None,
            "start_year": None,
            "end_year": None,
            "predecessor_id": None,
            "successor_id": None,
        }
        for e in entities
        if e["type"] == "programme"
    ]


def add_quotes_amounts_citations(
    rows: DocumentRows, inputs: list[ParagraphInput], context: ExtractionContext, known: EntityIndex
) -> None:
    """Quotes with their speakers (who may be named in the previous paragraph, or be the author
    of a text quoted further up), sums of money, and source labels."""
    voices = DocumentVoices()
    for previous, paragraph in zip([None, *inputs], inputs, strict=False):
        rows.add("quotes", extract_quotes(paragraph, known, previous, context.words, voices))
        rows.add("amounts", extract_amounts(paragraph, context.words.currencies))
        rows.add("citations", extract_citations(paragraph, context.gazetteer))


def paragraph_inputs(
    document: DocumentRecord,
    paragraphs: list[tuple[str, ParagraphSpan]],
    mentions: list[MentionRecord],
    entities: EntityIndex,
) -> list[ParagraphInput]:
    """One extractor input per non-boilerplate paragraph, with its mentions typed."""
    by_paragraph: dict[str, list[MentionSpan]] = {}
    for m in mentions:
        info = entities.get(m.entity_id)
        entity_type = "" if info is None else info.type
        by_paragraph.setdefault(m.paragraph_id, []).append(
            MentionSpan(m.start_char, m.end_char, m.entity_id, entity_type, m.text)
        )
    return [
        ParagraphInput(
            pid, document.id, span.position, span.text, tuple(by_paragraph.get(pid, ())), document.published_date
        )
        for pid, span in paragraphs
        if not span.is_boilerplate
    ]


def add_facts(
    rows: DocumentRows,
    inputs: list[ParagraphInput],
    dates: dict[str, list[TemporalExpression]],
    context: ExtractionContext,
    known: EntityIndex,
    lead: set[str],
) -> None:
    """Events with their participants, and programme facts, from every paragraph.

    The lead (the first body paragraphs) may report the article's own undated news event.
    """
    reported = ReportedGatherings()
    for paragraph in inputs:
        events, participants = extract_events(
            paragraph, dates[paragraph.id], known, context.event_lexicon, paragraph.id in lead, reported
        )
        rows.add("events", events)
        rows.add("event_participants", participants)
    rows.add("programme_facts", programme_facts_of_document(inputs, [dates[p.id] for p in inputs]))


def tag_paragraph_dates(
    document: DocumentRecord, paragraphs: list[tuple[str, ParagraphSpan]]
) -> dict[str, list[TemporalExpression]]:
    """Date expressions per paragraph id, anchored on the publication date or earlier dates.

    Boilerplate paragraphs are passed as empty text: their dates belong to other pages.
    """
    publication = None if document.published_date is None else PartialDate.parse(document.published_date)
    texts = ["" if span.is_boilerplate else span.text for _, span in paragraphs]
    return {pid: found for (pid, _), found in zip(paragraphs, tag_document(texts, publication), strict=False)}


def times_of_events(dates: dict[str, list[TemporalExpression]]) -> dict[str, list[TemporalExpression]]:
    """The expressions an event or programme fact may be dated by: not a length ("five years"),
    a recurrence ("every week") nor "now" or "recently", which are rows all the same."""
    return {pid: [e for e in found if e.anchors_events] for pid, found in dates.items()}


def date_id(paragraph_id: str, expression: TemporalExpression) -> str:
    """The id of a date expression's row; events point to it."""
    return stable_id("date", paragraph_id, expression.start_char, expression.end_char)


def date_row(document_id: str, paragraph_id: str, expression: TemporalExpression) -> Row:
    """One temporal_expressions row."""
    return {
        "id": date_id(paragraph_id, expression),
        "paragraph_id": paragraph_id,
        "document_id": document_id,
        "text": expression.text,
        "value": expression.value,
        "end_value": expression.end_value,
        "precision": expression.precision,
        "kind": expression.kind,
        "anchor": expression.anchor,
        "anchor_value": expression.anchor_value,
        "modifier": expression.modifier,
        "timex_type": expression.timex_type,
        "timex_value": expression.timex_value,
        "start_char": expression.start_char,
        "end_char": expression.end_char,
    }
