"""Events a paragraph reports: a trigger, a date, the entities taking part, a place, a modality.

An event is a specific occurrence with a date. Each clause gives at most one event: of its
triggers the highest-ranked one that can be dated names it (see event_triggers.yml), so
"NATO approved an assistance package" is one assistance package, not also a decision. A
clause is dated by its own date expression, else by the date that frames its sentence. With
no date at all, two kinds of event remain: the article's own news event in the lead (a
gathering, dated by the publication date) and a reported statement whose speaker is named
("the ministry stated that ..."), dated by the publication date too. Generic activity with no
date ("Moldova's defence policy prioritises ...") is not an event.
"""

import re
from dataclasses import dataclass
from typing import Any

from eastflank.loaders.extract.dates_model import TemporalExpression
from eastflank.loaders.extract.events_clauses import is_reported, split_clauses
from eastflank.loaders.extract.events_dates import EventDate, clause_dates, co_temporal_date, frame_date, publication_date, within
from eastflank.loaders.extract.events_lexicon import EventLexicon
from eastflank.loaders.extract.events_modality import modality
from eastflank.loaders.extract.events_naming import event_name, proper_name
from eastflank.loaders.extract.events_participants import location, participants
from eastflank.loaders.extract.events_statements import reported_statement
from eastflank.loaders.extract.events_triggers import Hit, find_hits
from eastflank.loaders.extract.paragraph_input import EntityIndex, MentionSpan, ParagraphInput
from eastflank.loaders.extract.sentences import sentence_spans
from eastflank.loaders.ids import stable_id

Row = dict[str, Any]
COORDINATED = re.compile(r",?\s*and\s")
Span = tuple[int, int]


@dataclass(frozen=True)
class Candidate:
    """One event found in a clause, before it becomes rows."""

    hit: Hit
    date: EventDate
    sentence: Span
    clause: Span
    roles: list[tuple[str, str]]
    frame: str | None


def extract_events(
    paragraph: ParagraphInput, dates: list[TemporalExpression], entities: EntityIndex, lexicon: EventLexicon, is_lead: bool
) -> tuple[list[Row], list[Row]]:
    """Event rows and event_participants rows for one paragraph.

    `dates` are the paragraph's date expressions (paragraph offsets); `is_lead` is true for the
    first body paragraphs, where an undated gathering is the article's own news event.
    """
    candidates = [
        candidate
        for sentence in sentence_spans(paragraph.text)
        for candidate in _sentence_events(paragraph, sentence, dates, lexicon, is_lead)
    ]
    events: dict[str, Row] = {}
    roles: dict[tuple[str, str, str], Row] = {}
    for candidate in _without_absorbed(candidates, lexicon):
        row = _event_row(paragraph, candidate, entities)
        events.setdefault(row["id"], row)
        for entity_id, role in candidate.roles:
            roles.setdefault((row["id"], entity_id, role), {"event_id": row["id"], "entity_id": entity_id, "role": role})
    return list(events.values()), list(roles.values())


def _sentence_events(paragraph: ParagraphInput, sentence: Span, dates: list[TemporalExpression], lexicon: EventLexicon, is_lead: bool) -> list[Candidate]:
    text = paragraph.text
    hits = find_hits(text, sentence[0], sentence[1], lexicon, paragraph.mentions)
    if not hits:
        return []
    clauses = split_clauses(text, sentence[0], sentence[1], hits)
    frame = frame_date(text, sentence, clauses[0], hits, within(dates, sentence), lexicon) or co_temporal_date(text, sentence, dates)
    frame_name = _frame_name(paragraph, hits)
    found: list[Candidate] = []
    shared: list[Span] = []
    for clause in clauses:
        clause_hits = [hit for hit in hits if clause[0] <= hit.start < clause[1]]
        clause_frame = None if is_reported(text, clause) else frame
        chosen = _choose(paragraph, clause, clause_hits, within(dates, clause), clause_frame, lexicon, is_lead)
        if chosen is None:
            continue
        hit, event_dates = chosen
        found += _candidates(paragraph, hit, event_dates, sentence, clause, shared, clause_hits, frame_name)
        for other in _sequenced(clause_hits, hit, event_dates, lexicon):
            found += _candidates(paragraph, other, event_dates, sentence, clause, [], clause_hits, None)
        shared = [(clause[0], hit.start)]
    return found


def _choose(
    paragraph: ParagraphInput, clause: Span, hits: list[Hit], expressions: list[TemporalExpression],
    frame: EventDate | None, lexicon: EventLexicon, is_lead: bool,
) -> tuple[Hit, list[EventDate]] | None:
    """The best-ranked trigger of the clause that can be dated, and its date(s). A gathering
    that frames another trigger ("at the Riga Summit"), a means ("by inviting") and a
    back-reference ("the exercise") come last; an everyday speech verb ("said") needs a date
    of its own clause."""
    for hit in sorted(hits, key=lambda h: (h.demoted, lexicon.rank[h.trigger.type], not h.is_verb, h.start)):
        found = clause_dates(paragraph.text, hit, expressions)
        if not found and frame is not None and hit.trigger.form != "speech":
            found = [frame]
        if not found and _dated_by_publication(paragraph, clause, hit, lexicon, is_lead):
            found = [publication_date(paragraph.published_date)]
        if found:
            return hit, found
    return None


def _sequenced(hits: list[Hit], head: Hit, event_dates: list[EventDate], lexicon: EventLexicon) -> list[Hit]:
    """Gatherings the clause places before or after its event ("said on Monday after a meeting
    of the council"): events of their own on the same text date."""
    if any(date.source != "text" for date in event_dates):
        return []
    return [h for h in hits if h is not head and h.sequenced and not h.definite and h.trigger.type in lexicon.gatherings]


def _dated_by_publication(paragraph: ParagraphInput, clause: Span, hit: Hit, lexicon: EventLexicon, is_lead: bool) -> bool:
    """The lead's own news event, or a statement reported with its speaker's name."""
    if is_lead and hit.trigger.type in lexicon.gatherings and hit.new:
        return True
    known = paragraph.published_date is not None
    return known and hit.trigger.type == "statement" and reported_statement(paragraph.text, clause, hit, paragraph.mentions)


def _candidates(
    paragraph: ParagraphInput, hit: Hit, event_dates: list[EventDate], sentence: Span, clause: Span,
    shared: list[Span], clause_hits: list[Hit], frame: str | None,
) -> list[Candidate]:
    """One candidate per date; a clause opened by "and" shares the subject of the clause before."""
    text = paragraph.text
    scopes = (shared if COORDINATED.match(text, clause[0]) else []) + [_scope(hit, clause, sentence)]
    verbs = tuple(h.start for h in clause_hits if h.is_verb)
    roles = participants(text, hit, scopes, paragraph.mentions, verbs)
    parties = {date.party: _party(paragraph.mentions, date.party) for date in event_dates if date.party is not None}
    return [Candidate(hit, date, sentence, clause, _for_party(roles, parties, date.party), frame) for date in event_dates]


def _scope(hit: Hit, clause: Span, sentence: Span) -> Span:
    """Where the participants are named: a gathering before or after the clause's event names
    them in its own phrase; a speech verb in its clause and in what was said."""
    if hit.sequenced and hit.frame_start is not None:
        return hit.frame_start, clause[1]
    return (clause[0], sentence[1]) if hit.trigger.form in ("speech", "formal") else clause


def _party(mentions: tuple[MentionSpan, ...], offset: int) -> str | None:
    """The entity named right before a bracketed date: "Montenegro (December 2009)"."""
    before = [m for m in mentions if m.end <= offset]
    return before[-1].entity_id if before else None


def _for_party(roles: list[tuple[str, str]], parties: dict[int, str | None], party: int | None) -> list[tuple[str, str]]:
    others = {entity for offset, entity in parties.items() if offset != party}
    return [(entity, role) for entity, role in roles if entity not in others]


def _frame_name(paragraph: ParagraphInput, hits: list[Hit]) -> str | None:
    for hit in hits:
        if hit.setting:
            return proper_name(paragraph.text, hit, paragraph.mentions, EntityIndex())
    return None


def _without_absorbed(candidates: list[Candidate], lexicon: EventLexicon) -> list[Candidate]:
    """Statements dated only by the publication are what was said at the lead's own news
    event, when the paragraph reports one ("made the statement during a press conference")."""
    own_news = any(c.date.source == "publication" and c.hit.trigger.type in lexicon.gatherings for c in candidates)
    return [c for c in candidates if not (own_news and c.date.source == "publication" and c.hit.trigger.type == "statement")]


def _event_row(paragraph: ParagraphInput, candidate: Candidate, entities: EntityIndex) -> Row:
    text, hit, date = paragraph.text, candidate.hit, candidate.date
    place = location(text, candidate.clause, candidate.sentence, paragraph.mentions)
    expression = date.expression
    return {
        "id": stable_id("event", paragraph.id, candidate.sentence[0], candidate.sentence[1], hit.trigger.type, hit.start, date.party),
        "name": event_name(text, hit, candidate.roles, place, candidate.frame, entities, proper_name(text, hit, paragraph.mentions, entities)),
        "type": hit.trigger.type,
        "start_date": date.start,
        "end_date": date.end,
        "date_precision": date.precision,
        "location_entity_id": place,
        "paragraph_id": paragraph.id,
        "start_char": candidate.sentence[0],
        "end_char": candidate.sentence[1],
        "document_id": paragraph.document_id,
        "modality": modality(text[candidate.clause[0] : candidate.clause[1]], date, paragraph.published_date),
        "date_expression_id": None if expression is None else stable_id("date", paragraph.id, expression.start_char, expression.end_char),
        "date_source": date.source,
    }
