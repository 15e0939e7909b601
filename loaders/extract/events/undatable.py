"""Sentences whose triggers no rule can date, told apart before the sentence is cut into clauses.

Two sentences in three that hold a trigger give no event, mostly because nothing dates it:
no date expression, no summit, no "at the same time", no gathering reported before, and not
the lead's news event or a statement dated by the publication. Cutting such a sentence into
clauses, framing and ranking its triggers took more CPU than finding them. Each test here
is one way `extractor._sentence_events` could still find a date; a sentence that passes none
gives no event, so it is passed over with the same result (tests/loaders/extract/
test_events_undatable.py runs both paths on generated sentences).
"""

from eastflank.loaders.extract.events.dates import CO_TEMPORAL, CO_TEMPORAL_CUES, name_year
from eastflank.loaders.extract.events.lexicon import EventLexicon
from eastflank.loaders.extract.events.recall import ReportedGatherings
from eastflank.loaders.extract.events.sentence_view import ParagraphIndex
from eastflank.loaders.extract.events.triggers import Hit, Openings

Span = tuple[int, int]


def undatable(
    index: ParagraphIndex,
    body: Span,
    hits: list[Hit],
    lexicon: EventLexicon,
    is_lead: bool,
    reported: ReportedGatherings,
) -> bool:
    """True when no trigger of the sentence body can be dated, so it gives no event.

    The cheap tests run first; the regex searches only for a sentence that passes them.
    """
    published = index.paragraph.published_date
    if any(_dated_alone(hit, lexicon, is_lead, published) for hit in hits) or _may_recall(hits, reported, lexicon):
        return False
    text = index.paragraph.text
    return _undated_body(index, body, reported) and all(name_year(text, hit) is None for hit in hits)


def undatable_words(
    index: ParagraphIndex,
    body: Span,
    opened: Openings,
    lexicon: EventLexicon,
    is_lead: bool,
    reported: ReportedGatherings,
) -> bool:
    """`undatable` asked before the triggers are found, from the words that open a trigger
    form: a sentence holding no word that can open a statement form (or a gathering form,
    where one may be the lead's or recall one reported before), in a paragraph holding no
    "19" or "20" (so no year in a name), skips the trigger search too."""
    words = [opened.lowered[at] for at in opened.indices]
    if index.paragraph.published_date is not None and not lexicon.statement_openers.isdisjoint(words):
        return False
    if (is_lead or reported.last or reported.by_place) and not lexicon.gathering_openers.isdisjoint(words):
        return False
    return not index.may_name_a_year and _undated_body(index, body, reported)


def _undated_body(index: ParagraphIndex, body: Span, reported: ReportedGatherings) -> bool:
    """No date expression in the body, no summit that frames it, no "at the same time" that
    borrows an earlier date."""
    text = index.paragraph.text
    if index.has_date_within(body) or text.find("ummit", body[0], body[1]) >= 0:
        return False
    borrows = reported.latest is not None or index.last_date_before(body[0]) is not None
    return not borrows or not _continues_time(index, body)


def _continues_time(index: ParagraphIndex, body: Span) -> bool:
    """True where CO_TEMPORAL ("at the same time") occurs in the body. Every phrase of it
    holds a cue in lowercase, so where the lowered paragraph keeps its offsets and holds none
    of the two letters the case-blind regex takes for "i" and "s" without lowering to them,
    a body without a cue is not searched."""
    lowered = index.lowered_text
    cued = (
        lowered is None or index.has_odd_case_letters or any(lowered.find(cue, *body) >= 0 for cue in CO_TEMPORAL_CUES)
    )
    if not cued:
        return False
    return CO_TEMPORAL.search(index.paragraph.text, body[0], body[1]) is not None


def _dated_alone(hit: Hit, lexicon: EventLexicon, is_lead: bool, published: str | None) -> bool:
    """A trigger the publication date may date: the lead's new gathering, or any statement
    in an article with a publication date (whether its speaker is named is not asked here)."""
    kind = hit.trigger.type
    return (is_lead and kind in lexicon.gatherings and hit.new) or (published is not None and kind == "statement")


def _may_recall(hits: list[Hit], reported: ReportedGatherings, lexicon: EventLexicon) -> bool:
    """True when the sentence's frame is a gathering the document may already have dated
    ("during the visit", "during the Bucharest Summit")."""
    frame = next((h for h in hits if h.setting and not h.sequenced), None)
    if frame is None or frame.trigger.type not in lexicon.gatherings:
        return False
    return bool(reported.by_place) if frame.named else frame.trigger.type in reported.last
