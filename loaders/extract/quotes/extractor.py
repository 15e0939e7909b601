"""Find direct quotations in a paragraph and the person or organization that said them.

A quotation is the words inside “…”, „…“, «…», ‘…’ or "…" of at least three words. Two-word
ones ("“valuable contributions”") and title-like ones (“Rearming NATO – Innovation,
Acceleration, Support”, or any after "so-called", "theme", "titled") are scare quotes
or names, kept only when a reporting verb in their sentence attributes them to someone, as
the partial quotations of reported speech are. A single quoted word ("an “upgrade”") is a
term being flagged, and a quoted amount ("“about ten” drones") a figure being hedged: never
a quotation.

The speaker is read by quote_attribution and, for titles and pronouns ("the prime
minister", "he"), by speaker_bridges. A quotation whose speaker cannot be found is still
kept, with no speaker and attribution "unresolved".

Speakers come from the paragraph's mentions, so run this after every other kind of
mention (gazetteer, new entities) has been added to the paragraph.
"""

import re
from typing import Any

from eastflank.loaders.extract.quotes.attribution import Attribution, attribute, reporting_verbs, speaker_ref
from eastflank.loaders.extract.quotes.marks import QuotedSpan
from eastflank.loaders.extract.quotes.paragraph_view import ParagraphView
from eastflank.loaders.extract.quotes.speakers.bridges import (
    BridgeScope,
    DocumentVoices,
    Spoken,
    previous_subject,
    resolve_ref,
    sentences_back,
)
from eastflank.loaders.extract.quotes.speakers.phrases import SpeakerRef, subject_mentions, surnames
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, ParagraphInput
from eastflank.loaders.extract.word_lists import WordLists, default_word_lists
from eastflank.loaders.ids import stable_id

QUOTE_MARKS = re.compile(r'[“„«"‘]')
MIN_WORDS = 3
MIN_ATTRIBUTED_WORDS = 2
WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
TITLE_MARKER = re.compile(
    r"(?:so-called|dubbed|titled|entitled|named|nicknamed|codenamed|known as|theme|slogan|motto|hashtag|headline|term|word|phrase|banner)"
    r"[\s,:]*$",
    re.IGNORECASE,
)
QUANTITY_WORDS = frozenset(
    [
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "over",
        "under",
        "roughly",
        "approximately",
        "more",
        "less",
        "than",
        "fewer",
        "up",
        "to",
        "at",
        "least",
        "most",
        "a",
        "an",
        "few",
        "several",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "percent",
        "per",
        "cent",
        "half",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
    ]
)
FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "the", "of", "for", "in", "on", "at", "to", "by", "with", "from", "or", "as", "vs"]
)


def extract_quotes(
    paragraph: ParagraphInput,
    entities: EntityIndex,
    previous_paragraph: ParagraphInput | None = None,
    word_lists: WordLists | None = None,
    voices: DocumentVoices | None = None,
) -> list[dict[str, Any]]:
    """Quote rows (the `quotes` table's columns) for one paragraph, in text order.

    `previous_paragraph` is the paragraph before it in the document, for a paragraph that is
    only a quotation introduced at the end of the one before ("... General Vlad stated:").
    `word_lists` defaults to the curated lists in seeds/reference/lexicon/. `voices`, shared by
    the paragraphs of one article, remembers the author of the text quoted last, for a later
    "according to the document".
    """
    if QUOTE_MARKS.search(paragraph.text) is None:
        return []
    words = default_word_lists() if word_lists is None else word_lists
    view = ParagraphView.of(paragraph)
    people = surnames([paragraph] + ([previous_paragraph] if previous_paragraph is not None else []), entities)
    remembered = DocumentVoices() if voices is None else voices
    scope = BridgeScope(
        view,
        previous_paragraph,
        words,
        entities,
        lambda before: last_speaker(before, 0, len(before.text), words, entities, people, voices=remembered),
        voices=remembered,
    )
    rows = []
    for quote in view.quotes:
        attribution = attribute(quote, view, words, people)
        if quote.end > quote.start and _is_quotation(view, quote, attribution):
            speaker = _speaker(quote, attribution, scope, people)
            if speaker is not None:
                scope.spoken.append(Spoken(quote.start, speaker.entity_id, speaker.entity_type))
            rows.append(_row(paragraph, quote, speaker, attribution))
    return rows


def _is_quotation(view: ParagraphView, quote: QuotedSpan, attribution: Attribution) -> bool:
    inner = view.text[quote.start : quote.end]
    count = len(WORD.findall(inner))
    if _is_quantity(inner):
        return False
    if attribution.by_verb:
        return count >= MIN_ATTRIBUTED_WORDS
    return count >= MIN_WORDS and not _is_title_like(view, quote, inner)


def _is_quantity(inner: str) -> bool:
    """A quoted amount ("about ten", "some 300 troops") is a figure being hedged, not words said:
    every word is a number or a word of approximation, but for at most one noun."""
    words = [w.casefold() for w in WORD.findall(inner)]
    counted = [w for w in words if w in QUANTITY_WORDS or w.replace(",", "").isdigit()]
    return len(counted) >= max(1, len(words) - 1) and any(w not in ("a", "an", "up", "to", "at") for w in counted)


def _is_title_like(view: ParagraphView, quote: QuotedSpan, inner: str) -> bool:
    """A name or slogan: after "so-called", "theme" ..., or every content word capitalised."""
    if TITLE_MARKER.search(view.text, max(0, quote.open_at - 30), quote.open_at) is not None:
        return True
    content = [w for w in WORD.findall(inner) if w.casefold() not in FUNCTION_WORDS and not w.isdigit()]
    is_sentence = re.search(r"[.!?]\W*$", inner) is not None
    return len(content) >= 2 and all(w[0].isupper() for w in content) and not is_sentence


def _speaker(
    quote: QuotedSpan, attribution: Attribution, scope: BridgeScope, people: dict[str, str | None]
) -> Spoken | None:
    if attribution.ref is not None:
        return resolve_ref(attribution.ref, quote.open_at, scope)
    if attribution.where == "previous_sentence":
        if scope.spoken and scope.spoken[-1].position < quote.open_at:
            return scope.spoken[-1]
        back = sentences_back(scope.view, quote.open_at)
        start = back[-1][0] if back else 0
        spoke = last_speaker(
            scope.view, start, quote.open_at, scope.lexicon, scope.entities, people, voices=scope.voices
        )
        return spoke if spoke is not None else previous_subject(quote.open_at, scope)
    if attribution.where == "previous_paragraph" and scope.previous is not None:
        start, end = scope.previous.sentences[-1]
        spoke = last_speaker(
            scope.previous, start, end, scope.lexicon, scope.entities, people, colon_subject=True, voices=scope.voices
        )
        return spoke if spoke is not None else _introduced(quote, scope)
    return None


def _introduced(quote: QuotedSpan, scope: BridgeScope) -> Spoken | None:
    """A paragraph that is only a quotation, after a paragraph whose last sentence has a person
    as its subject ("The minister opened the session."), quotes that person."""
    if scope.previous is None or WORD.search(scope.view.text, quote.outer_end) is not None:
        return None
    start, end = scope.previous.sentences[-1]
    subjects = subject_mentions(scope.previous, start, end, scope.lexicon)
    persons = [m for m in subjects if m.entity_type == "person"]
    return Spoken(quote.open_at, persons[0].entity_id, "person") if persons else None


def last_speaker(
    view: ParagraphView,
    start: int,
    end: int,
    lexicon: WordLists,
    entities: EntityIndex,
    people: dict[str, str | None],
    colon_subject: bool = False,
    voices: DocumentVoices | None = None,
) -> Spoken | None:
    """The speaker of the last reporting clause in [start, end) that names one; a clause whose
    subject is a pronoun ("Both agree") refers to an earlier one, so the search goes on.
    With `colon_subject`, a stretch ending in a colon with no reporting verb gives its subject."""
    scope = BridgeScope(view, None, lexicon, entities, voices=DocumentVoices() if voices is None else voices)
    deferred: tuple[SpeakerRef, int] | None = None
    for verb in reversed(reporting_verbs(view, start, end, lexicon)):
        ref = speaker_ref(verb, view.sentence_of(verb.start)[0], view, lexicon, people)
        if ref is not None and ref.pronoun is not None:
            deferred = deferred or (ref, verb.start)
        elif ref is not None and (found := resolve_ref(ref, verb.start, scope)) is not None:
            return found
    if deferred is not None:
        return resolve_ref(*deferred, scope)
    if colon_subject and view.text[start:end].rstrip().endswith(":"):
        subjects = subject_mentions(view, start, end, lexicon)
        return Spoken(start, subjects[0].entity_id, subjects[0].entity_type) if subjects else None
    return None


def _row(
    paragraph: ParagraphInput, quote: QuotedSpan, speaker: Spoken | None, attribution: Attribution
) -> dict[str, Any]:
    return {
        "id": stable_id("quote", paragraph.id, quote.start, quote.end),
        "paragraph_id": paragraph.id,
        "speaker_entity_id": None if speaker is None else speaker.entity_id,
        "text": paragraph.text[quote.start : quote.end],
        "start_char": quote.start,
        "end_char": quote.end,
        "document_id": paragraph.document_id,
        "attribution": attribution.where if speaker is not None else "unresolved",
    }
