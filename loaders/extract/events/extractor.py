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

from eastflank.loaders.extract.dates.model import TemporalExpression
from eastflank.loaders.extract.events.clauses import is_reported, split_clauses
from eastflank.loaders.extract.events.dates import (
    UNDATED,
    EventDate,
    clause_dates,
    co_temporal_date,
    continues_time,
    expression_date,
    frame_date,
    name_year,
    publication_date,
    within,
)
from eastflank.loaders.extract.events.lexicon import EventLexicon
from eastflank.loaders.extract.events.location import location
from eastflank.loaders.extract.events.modality import FUTURE, is_future, modality
from eastflank.loaders.extract.events.naming import event_name, proper_name
from eastflank.loaders.extract.events.participants import participants
from eastflank.loaders.extract.events.recall import ReportedGatherings
from eastflank.loaders.extract.events.sentence_view import ParagraphIndex
from eastflank.loaders.extract.events.statements import reported_statement
from eastflank.loaders.extract.events.triggers import Hit, find_hits, openings
from eastflank.loaders.extract.events.undatable import undatable, undatable_words
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, ParagraphInput
from eastflank.loaders.extract.text.sentences import sentence_spans
from eastflank.loaders.ids import stable_id

Row = dict[str, Any]
DATELINE = re.compile(r"(?P<place>[A-ZÀ-Þ][\w’'.-]*(?:\s[A-ZÀ-Þ][\w’'.-]*)?)(?:,\s*[^,—–\n]{1,30}){0,3}\s+[—–-]\s+")
WIRE_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ]{3,}(?:\s[A-ZÀ-Þ]{3,})?)\s*\((?:[^()\n]{1,80}\)\s*[—–-]\s+|[^()\n]*\d[^()\n]*\)\s*)"
)
"""An agency's dateline: the place in capitals, the agency (and date) in brackets, then a dash
or, where the brackets hold a date, the story itself."""
COORDINATED = re.compile(r",?\s*and\s")
BARE_COMMA = re.compile(r",\s*")
WHEN = re.compile(r",\s+(?:when|where)\s")
LATER = re.compile(r"\b(?:most recently|recently|later|subsequently|since then|afterwards|then|next)\b", re.IGNORECASE)
HABITUAL = re.compile(
    r"\b(?:every|each)\s+(?:year|month|week|day|spring|summer|autumn|winter)\b|\b(?:regularly|annually|usually|routinely|often)\b",
    re.IGNORECASE,
)
Span = tuple[int, int]
QUOTE_MARKS = re.compile(r"[“\"„«]")
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"|„[^“”]*[“”]|«[^»]*»")
"""What a speaker says in quotation marks is dated only by dates in the quotation itself: "“Every
mine we find in a drill ...,” said the commander who led the unit during the exercise" is no
drill on the exercise's date."""


@dataclass(frozen=True)
class Candidate:
    """One event found in a clause, before it becomes rows; `paragraph` holds only the
    mentions of the event's sentence."""

    paragraph: ParagraphInput
    hit: Hit
    date: EventDate
    sentence: Span
    clause: Span
    roles: list[tuple[str, str]]
    frame: Hit | None
    subject: Span | None = None
    """For a clause opened by "and", the words before the verb of the clause before it: the
    subject the two share ("The ministers met ... and approved ...")."""


def extract_events(
    paragraph: ParagraphInput,
    dates: list[TemporalExpression],
    entities: EntityIndex,
    lexicon: EventLexicon,
    is_lead: bool,
    reported: ReportedGatherings | None = None,
) -> tuple[list[Row], list[Row]]:
    """Event rows and event_participants rows for one paragraph.

    `dates` are the paragraph's date expressions (paragraph offsets); `is_lead` is true for the
    first body paragraphs, where an undated gathering is the article's own news event.
    `reported` holds the gatherings of the paragraphs before, for a document read in order.
    Only expressions that name when something happened date an event: not "every month",
    "five years" or "now" (TemporalExpression.anchors_events).
    """
    index = ParagraphIndex(paragraph, [expression for expression in dates if expression.anchors_events])
    memory = ReportedGatherings() if reported is None else reported
    candidates = [
        candidate
        for sentence in sentence_spans(paragraph.text)
        for candidate in _sentence_events(index, sentence, lexicon, is_lead, memory)
    ]
    events: dict[str, Row] = {}
    roles: dict[tuple[str, str, str], Row] = {}
    for candidate in _without_absorbed(candidates, lexicon):
        row = _event_row(candidate.paragraph, candidate, entities)
        events.setdefault(row["id"], row)
        for entity_id, role in candidate.roles:
            roles.setdefault(
                (row["id"], entity_id, role), {"event_id": row["id"], "entity_id": entity_id, "role": role}
            )
    return list(events.values()), list(roles.values())


def _sentence_events(
    index: ParagraphIndex, sentence: Span, lexicon: EventLexicon, is_lead: bool, reported: ReportedGatherings
) -> list[Candidate]:
    text = index.paragraph.text
    body = _after_dateline(text, sentence)
    opened = openings(text, body[0], body[1], lexicon, index.lowered_text)
    if opened is None or undatable_words(index, body, opened, lexicon, is_lead, reported):
        return []
    mentions = index.mentions(sentence)
    hits = find_hits(text, body[0], body[1], lexicon, mentions, opened)
    if not hits or undatable(index, body, hits, lexicon, is_lead, reported):
        return []
    view = index.sentence(sentence, mentions)
    paragraph, dates = view.paragraph, within(view.dates, body)
    clauses = split_clauses(text, body[0], body[1], hits, tuple(e.start_char for e in dates))
    earlier = _borrowable(index, body, index.last_date_before(body[0]), paragraph.published_date)
    frame = frame_date(text, body, clauses[0], hits, dates, lexicon) or co_temporal_date(text, body, earlier)
    if frame is UNDATED and earlier is not None and LATER.search(text, body[0], body[1]) is None:
        frame = co_temporal_date(text, body, earlier, always=True)
    frame_hit = next((h for h in hits if h.setting and not h.sequenced), None)
    recalled = _recalled(paragraph, body, frame_hit, reported, lexicon, bool(dates))
    recalled = None if recalled is None else _borrowable_date(text, body, recalled, paragraph.published_date)
    if recalled is not None and (frame is None or frame.start is None):
        frame = recalled
    if frame is None and earlier is None and reported.latest is not None and continues_time(text, body):
        planned = FUTURE.search(reported.latest_told) is not None
        frame = None if planned and _past(text, body) else reported.latest
    found: list[Candidate] = []
    shared: list[Span] = []
    before: list[EventDate] = []
    for number, clause in enumerate(clauses):
        clause_hits = [
            hit
            for hit in hits
            if clause[0] <= hit.start < clause[1] and not (recalled is not None and hit is frame_hit)
        ]
        clause_frame = _clause_frame(text, clause, frame, before)
        if clause_frame is None and not within(dates, clause):
            clause_frame = _coordinated_date(text, clause, clauses[number + 1 : number + 2], dates)
        if recalled is not None and frame is recalled and frame_hit is not None:
            clause_frame = _recalled_frame(text, clauses, clause, frame_hit, recalled, clause_frame)
        chosen = _choose(paragraph, clause, clause_hits, within(dates, clause), clause_frame, lexicon, is_lead)
        if chosen is None:
            continue
        hit, event_dates = chosen
        setting = next((h for h in clause_hits if h.setting and not h.sequenced), None) or frame_hit
        found += _candidates(paragraph, hit, event_dates, sentence, clause, shared, clause_hits, setting)
        framing = [] if recalled is not None else _framing(clause_hits, hit, setting)
        for other in _sequenced(clause_hits, hit, event_dates, lexicon) + framing:
            found += _candidates(paragraph, other, event_dates, sentence, clause, [], clause_hits, None)
        before = event_dates
        shared = shared if WHEN.match(text, clause[0]) else [(clause[0], hit.start)]
    found = _told_before(found, reported, lexicon)
    _remember(found, reported, lexicon)
    return found


def _told_before(found: list[Candidate], reported: ReportedGatherings, lexicon: EventLexicon) -> list[Candidate]:
    """The sentence's events less the gatherings the document has already reported."""
    kept = []
    for candidate in found:
        kind = candidate.hit.trigger.type
        if kind in lexicon.gatherings and candidate.date.precision == "day":
            taking_part = frozenset(entity for entity, _ in candidate.roles)
            if reported.repeats(kind, candidate.date, taking_part):
                continue
            reported.tell(kind, candidate.date, taking_part)
        kept.append(candidate)
    return kept


def _borrowable(
    index: ParagraphIndex, body: Span, earlier: TemporalExpression | None, published: str | None
) -> TemporalExpression | None:
    """An earlier sentence's date that this sentence may take: never, for a sentence in the past
    tense, one after the publication ("talks are due in May 2026. The ministers met ..." does
    not date the meeting to May 2026); where the publication date cannot order them, never one
    the earlier sentence speaks of in the future tense."""
    text = index.paragraph.text
    if earlier is None or not _past(text, body):
        return earlier
    told = text[index.sentence_start(earlier.start_char) : body[0]]
    return None if is_future(told, earlier.value, published) else earlier


def _borrowable_date(text: str, body: Span, date: EventDate, published: str | None) -> EventDate | None:
    """As `_borrowable`, for the date of an event reported before."""
    return date if not _past(text, body) or not is_future("", date.start, published) else None


def _past(text: str, body: Span) -> bool:
    """A sentence that speaks of what was done: no future or scheduling words."""
    return FUTURE.search(text, body[0], body[1]) is None


def _recalled(
    paragraph: ParagraphInput,
    body: Span,
    frame: Hit | None,
    reported: ReportedGatherings,
    lexicon: EventLexicon,
    dated: bool,
) -> EventDate | None:
    """The date of an already reported gathering the sentence's frame points back at ("during
    the visit", "during the Bucharest Summit"); that frame is then no new event."""
    if frame is None or frame.trigger.type not in lexicon.gatherings:
        return None
    return reported.recall(frame, location(paragraph.text, frame, body, body, paragraph.mentions), dated)


def _remember(found: list[Candidate], reported: ReportedGatherings, lexicon: EventLexicon) -> None:
    for candidate in found:
        reported.note(candidate.date, candidate.paragraph.text[candidate.clause[0] : candidate.clause[1]])
        if candidate.hit.trigger.type in lexicon.gatherings:
            place = location(
                candidate.paragraph.text,
                candidate.hit,
                candidate.clause,
                candidate.sentence,
                candidate.paragraph.mentions,
            )
            reported.remember(candidate.hit.trigger.type, place, candidate.date)


def _clause_frame(text: str, clause: Span, frame: EventDate | None, before: list[EventDate]) -> EventDate | None:
    """The date a clause takes when it gives none: the sentence's frame, except in what was
    said; in a clause opened by ", when" or ", where" the date of the event just before it
    ("became a member on Friday, when it deposited ...", "at a conference on 5 April, where
    donors pledged ..."), and so in a clause opened by "and" in the same
    tense ("met in Brussels on Monday and approved a plan")."""
    if WHEN.match(text, clause[0]) is not None and before:
        return before[0]
    if frame is None and before and COORDINATED.match(text, clause[0]) is not None:
        return before[0] if before[0].source == "publication" or _past(text, clause) else None
    return None if is_reported(text, clause) else frame


def _coordinated_date(
    text: str, clause: Span, following: list[Span], dates: list[TemporalExpression]
) -> EventDate | None:
    """A clause with no date, followed by one joined with "and" that has one in the same tense,
    happened then too: "signed an agreement and held talks in May 2023"."""
    if not following or COORDINATED.match(text, following[0][0]) is None:
        return None
    later = within(dates, following[0])
    if not later or _past(text, clause) != _past(text, following[0]):
        return None
    return expression_date(later[0])


def _recalled_frame(
    text: str, clauses: list[Span], clause: Span, frame_hit: Hit, recalled: EventDate, default: EventDate | None
) -> EventDate | None:
    """ "It was stressed that during the visit, the two sides reviewed ...": a gathering recalled
    inside what was said dates that clause, and not the saying before it."""
    home = next((c for c in clauses if c[0] <= frame_hit.start < c[1]), None)
    if home is None or not is_reported(text, home):
        return default
    if clause == home:
        return recalled
    return None if clause[0] < home[0] else default


def _framing(hits: list[Hit], head: Hit, frame: Hit | None) -> list[Hit]:
    """The gathering at which the clause's event happened is an event of its own: "at the
    summit in Madrid, the Allies decided" reports a summit and a decision; "review the plan at a
    meeting" one meeting, since the review is that meeting."""
    if frame is None or frame is head or frame not in hits or frame.definite:
        return []
    return [] if frame.trigger.type == head.trigger.type else [frame]


def _after_dateline(text: str, sentence: Span) -> Span:
    """The sentence without a news dateline ("TBILISI, Georgia, March 25, 2019 — ", a wire's
    "LONDON (Reuters) - " or "KYIV (Agency / Wire - 3rd May, 2024) "), whose place, agency and
    date say where and when the story was filed, not who did what."""
    if sentence[0] != 0:
        return sentence
    found = WIRE_DATELINE.match(text, sentence[0], sentence[1]) or DATELINE.match(text, sentence[0], sentence[1])
    if found is None or not (found.group("place").isupper() or any(c.isdigit() for c in found.group())):
        return sentence
    return found.end(), sentence[1]


def _choose(
    paragraph: ParagraphInput,
    clause: Span,
    hits: list[Hit],
    expressions: list[TemporalExpression],
    frame: EventDate | None,
    lexicon: EventLexicon,
    is_lead: bool,
) -> tuple[Hit, list[EventDate]] | None:
    """The best-ranked trigger of the clause that can be dated, and its date(s). A gathering
    that frames another kind of event ("at the Riga Summit, the Alliance decided"), a means
    ("by inviting") and a back-reference ("the exercise") come last; an everyday speech verb
    ("said") needs a date of its own clause."""
    framed = any(h.trigger.type not in lexicon.gatherings for h in hits)
    setting: list[EventDate] | None = None
    quotes = _quotations(paragraph.text, clause) if QUOTE_MARKS.search(paragraph.text, clause[0], clause[1]) else []
    for hit in sorted(hits, key=lambda h: _priority(h, framed, lexicon)):
        quote = next((q for q in quotes if q[0] < hit.start < q[1]), None) if quotes else None
        if quote is not None:
            found = clause_dates(paragraph.text, hit, within(expressions, quote))
            if found and not _decided_content(paragraph, clause, hit, found):
                return hit, found
            continue
        found = clause_dates(paragraph.text, hit, expressions)
        named = None if found else name_year(paragraph.text, hit)
        found = found if named is None else [named]
        if not found and expressions:
            setting = _setting_dates(paragraph.text, hits, expressions) if setting is None else setting
            found = setting
        if not found and frame is not None and hit.trigger.form != "speech":
            found = [frame]
        if not found and _dated_by_publication(paragraph, clause, hit, lexicon, is_lead):
            found = [publication_date(paragraph.published_date)]
        if found and not _decided_content(paragraph, clause, hit, found):
            return hit, found
    return None


def _quotations(text: str, clause: Span) -> list[Span]:
    """The spans of the clause's text inside quotation marks; a quotation open at the clause's
    start (its marks in another clause) is not seen."""
    return [found.span() for found in QUOTATION.finditer(text, clause[0], clause[1])]


def _setting_dates(text: str, hits: list[Hit], expressions: list[TemporalExpression]) -> list[EventDate]:
    """The date of a new gathering that frames the clause ("reaffirmed at their summit in Brussels
    last July"): what was done there happened then, whatever the distance to the verb."""
    for hit in hits:
        if hit.setting and not hit.sequenced and not hit.definite:
            after = [e for e in expressions if e.start_char >= hit.end]
            if after:
                return clause_dates(text, hit, after)
    return []


def _decided_content(paragraph: ParagraphInput, clause: Span, hit: Hit, found: list[EventDate]) -> bool:
    """What was decided or said, told in the future ("agreed that Georgia will become a member
    ... in April 2008"), when the clause's date is before the publication: the date is the
    deciding's, and the future act has not been reported as done. The gathering that frames
    the clause ("at the Bucharest Summit") is where the deciding happened, an event all the same."""
    text, published = paragraph.text, paragraph.published_date
    own_words = max(clause[0], text.rfind(",", clause[0], hit.start) + 1)
    if hit.setting or not is_reported(text, clause) or FUTURE.search(text, own_words, hit.start) is None:
        return False
    return all(date.source == "text" and _before(date.start, published) for date in found)


def _before(date: str | None, published: str | None) -> bool:
    return (
        date is not None
        and published is not None
        and not is_future("", date, published)
        and (date[: len(published)] != published[: len(date)])
    )


def _priority(hit: Hit, framed: bool, lexicon: EventLexicon) -> tuple[bool, int, bool, int]:
    """Sort key: demoted triggers last, then by rank, verbs before nouns, then reading order."""
    demoted = hit.means or hit.definite or (hit.setting and framed)
    return demoted, lexicon.rank[hit.trigger.type], not hit.is_verb, hit.start


def _sequenced(hits: list[Hit], head: Hit, event_dates: list[EventDate], lexicon: EventLexicon) -> list[Hit]:
    """Gatherings the clause places before or after its event ("said on Monday after a meeting
    of the council"): events of their own on the same text date."""
    if any(date.source != "text" for date in event_dates):
        return []
    kinds = lexicon.gatherings - {head.trigger.type}
    return [h for h in hits if h is not head and h.sequenced and not h.definite and h.trigger.type in kinds]


def _dated_by_publication(
    paragraph: ParagraphInput, clause: Span, hit: Hit, lexicon: EventLexicon, is_lead: bool
) -> bool:
    """The lead's own news event, or a statement reported with its speaker's name; never
    something done habitually ("the council meets every month"). The habit search runs last,
    only for a trigger that could otherwise be dated so: most are neither."""
    if is_lead and hit.trigger.type in lexicon.gatherings and hit.new:
        return not _habitual(paragraph.text, clause)
    if paragraph.published_date is None or hit.trigger.type != "statement":
        return False
    return not _habitual(paragraph.text, clause) and reported_statement(paragraph.text, clause, hit, paragraph.mentions)


def _habitual(text: str, clause: Span) -> bool:
    return HABITUAL.search(text, clause[0], clause[1]) is not None


def _candidates(
    paragraph: ParagraphInput,
    hit: Hit,
    event_dates: list[EventDate],
    sentence: Span,
    clause: Span,
    shared: list[Span],
    clause_hits: list[Hit],
    frame: Hit | None,
) -> list[Candidate]:
    """One candidate per date; a clause opened by "and" shares the subject of the clause before."""
    text = paragraph.text
    shares = COORDINATED.match(text, clause[0]) is not None or _verb_after_comma(text, clause, hit)
    scopes = (shared if shares else []) + [_scope(hit, clause, sentence)]
    subject = shared[0] if shared and shares else None
    verbs = tuple(h.start for h in clause_hits if h.is_verb)
    roles = participants(text, hit, scopes, paragraph.mentions, verbs)
    parties = {date.party: _party(paragraph, date.party) for date in event_dates if date.party is not None}
    return [
        Candidate(paragraph, hit, date, sentence, clause, _for_party(roles, parties, date.party), frame, subject)
        for date in event_dates
    ]


def _verb_after_comma(text: str, clause: Span, hit: Hit) -> bool:
    """A clause that opens with a comma and its verb ("Stoltenberg, who visited Moldova in
    2019, said on Monday ...") has the subject of the clause before it."""
    return hit.is_verb and BARE_COMMA.fullmatch(text, clause[0], hit.start) is not None


def _scope(hit: Hit, clause: Span, sentence: Span) -> Span:
    """Where the participants are named: a gathering before or after the clause's event names
    them in its own phrase; a speech verb in its clause and in what was said."""
    if hit.sequenced and hit.frame_start is not None:
        return hit.frame_start, clause[1]
    return (clause[0], sentence[1]) if hit.trigger.form in ("speech", "formal") else clause


def _party(paragraph: ParagraphInput, offset: int) -> str | None:
    """The entity named right before a bracketed date: "Montenegro (December 2009)"."""
    for mention in paragraph.mentions:
        if mention.end <= offset and paragraph.text[mention.end : offset].strip() == "":
            return mention.entity_id
    return None


def _for_party(
    roles: list[tuple[str, str]], parties: dict[int, str | None], party: int | None
) -> list[tuple[str, str]]:
    others = {entity for offset, entity in parties.items() if offset != party}
    return [(entity, role) for entity, role in roles if entity not in others]


def _without_absorbed(candidates: list[Candidate], lexicon: EventLexicon) -> list[Candidate]:
    """Statements dated only by the publication are what was said at the lead's own news
    event, when the paragraph reports one ("made the statement during a press conference")."""
    own_news = any(c.date.source == "publication" and c.hit.trigger.type in lexicon.gatherings for c in candidates)
    return [
        c for c in candidates if not (own_news and c.date.source == "publication" and c.hit.trigger.type == "statement")
    ]


def _event_row(paragraph: ParagraphInput, candidate: Candidate, entities: EntityIndex) -> Row:
    text, hit, date, sentence = paragraph.text, candidate.hit, candidate.date, candidate.sentence
    place = location(text, hit, candidate.clause, sentence, paragraph.mentions)
    expression = date.expression
    return {
        "id": stable_id("event", paragraph.id, sentence[0], sentence[1], hit.trigger.type, hit.start, date.party),
        "name": _name(paragraph, candidate, place, entities),
        "type": hit.trigger.type,
        "start_date": date.start,
        "end_date": date.end,
        "date_precision": date.precision,
        "location_entity_id": place,
        "paragraph_id": paragraph.id,
        "start_char": sentence[0],
        "end_char": sentence[1],
        "document_id": paragraph.document_id,
        "modality": modality(_tense_words(text, hit, candidate.clause), date, paragraph.published_date),
        "date_expression_id": None if expression is None else _expression_id(paragraph, expression),
        "date_source": date.source,
    }


def _tense_words(text: str, hit: Hit, clause: Span) -> str:
    """The words whose tense is the event's: the clause, or for a speech verb the words up to
    it, since what was said ("the programme is to create synergy") has its own tense."""
    end = hit.end if hit.trigger.form in ("speech", "formal") else clause[1]
    return text[clause[0] : end]


def _expression_id(paragraph: ParagraphInput, expression: TemporalExpression) -> str:
    """The id the temporal_expressions row of this expression has."""
    return stable_id("date", paragraph.id, expression.start_char, expression.end_char)


def _name(paragraph: ParagraphInput, candidate: Candidate, place: str | None, entities: EntityIndex) -> str:
    """The event's name, told from its clause; a clause opened by "and" shares the subject
    named before it ("the President took office and reaffirmed ..."). A gathering the text
    names ("the Bucharest Summit") takes a place only from its own clause."""
    text, mentions = paragraph.text, paragraph.mentions
    frame = None if candidate.frame is None else proper_name(text, candidate.frame, mentions, entities)
    own = proper_name(text, candidate.hit, mentions, entities)
    if own is not None:
        place = location(text, candidate.hit, candidate.clause, candidate.clause, mentions)
    clause = candidate.clause
    told = (candidate.sentence[0], clause[1]) if COORDINATED.match(text, clause[0]) else clause
    return event_name(
        text, candidate.hit, candidate.roles, place, frame, entities, own, told, mentions, candidate.subject
    )
