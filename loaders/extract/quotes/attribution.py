"""Decide where a quotation's speaker is named, and read the phrase that names them.

In order, a clause that names no one giving way to the next: a reporting clause right
after the closing mark in the same sentence (“...,” Stoltenberg said / “...,” said X); a
reporting verb earlier in the quotation's sentence (X said: “...” / X stated that Romania
...: “...” / X stressed that the EU must give “...”); for a quotation with no reporting
verb, the subject of its own sentence ("NATO introduced the concept of “One partner, one
plan”"). A quotation that opens its sentence with none of these takes the speaker of an
earlier sentence, or, opening the paragraph, of the previous paragraph's last sentence.
"""

import re
from dataclasses import dataclass

from eastflank.loaders.extract.quotes.marks import QuotedSpan
from eastflank.loaders.extract.quotes.paragraph_view import ParagraphView
from eastflank.loaders.extract.quotes.speakers.phrases import PRONOUNS, SpeakerRef, resolve_phrase, subject_mentions
from eastflank.loaders.extract.quotes.speech_verbs import VerbHit
from eastflank.loaders.extract.word_lists import WordLists

SENTENCE_STOP = re.compile(r"[.!?…]+[”\"’)]*(?=\s|$)")
ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")
CLAUSE_BREAK = re.compile(r"[;:]")
OBJECT_CUT = re.compile(r"[,.;:!?“”\"«»„(]|\s(?:who|which|that|at|during|after|before|while|when|adding|in|on|as|to)\s")
WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
MAX_WORDS_BEFORE_VERB = 10
MAX_WORDS_AFTER_CLOSED_SENTENCE = 2
AFTER_QUOTE_REACH = 40
OBJECT_REACH = 120


@dataclass(frozen=True)
class Attribution:
    """Where the speaker is named, what names them, and whether a reporting verb says so."""

    ref: SpeakerRef | None
    where: str
    by_verb: bool


def attribute(quote: QuotedSpan, view: ParagraphView, lexicon: WordLists, people: dict[str, str | None]) -> Attribution:
    """The attribution of one quotation of the paragraph."""
    after = _after(quote, view, lexicon, people)
    if after is not None and after.ref is not None:
        return after
    before = _before(quote, view, lexicon, people)
    if before is not None and before.ref is not None:
        return before
    return after or before or _without_verb(quote, view, lexicon)


def reporting_verbs(view: ParagraphView, start: int, end: int, lexicon: WordLists) -> list[VerbHit]:
    """Reporting verbs outside quotation marks in [start, end), read as verbs where they could be nouns."""
    return [
        hit
        for hit in lexicon.verbs.find(view.text, start, end)
        if not view.in_quote(hit.start)
        and (not hit.after_quote_only or _just_after_quote(view, hit.start))
        and (not hit.noun_too or _used_as_verb(view, hit, lexicon))
    ]


def speaker_ref(
    verb: VerbHit, floor: int, view: ParagraphView, lexicon: WordLists, people: dict[str, str | None]
) -> SpeakerRef | None:
    """Who a reporting verb's clause names: its subject, or after an inverted verb ("said X") its object."""
    if verb.is_phrase:
        return resolve_phrase(view, verb.end, _object_end(view, verb.end), lexicon, people)
    subject_start = _clause_start(view, floor, verb.start)
    if WORD.search(view.text, subject_start, verb.start) is not None:
        return resolve_phrase(view, subject_start, verb.start, lexicon, people)
    return resolve_phrase(view, verb.end, _object_end(view, verb.end), lexicon, people)


def _after(
    quote: QuotedSpan, view: ParagraphView, lexicon: WordLists, people: dict[str, str | None]
) -> Attribution | None:
    if quote.close_at is None:
        return None
    start = quote.outer_end
    verbs = reporting_verbs(view, start, _after_end(quote, view), lexicon)
    if not verbs:
        return None
    words_before = len(WORD.findall(view.text, start, verbs[0].start))
    closed = ENDS_SENTENCE.search(view.text, quote.start, quote.end) is not None
    if words_before > (MAX_WORDS_AFTER_CLOSED_SENTENCE if closed else MAX_WORDS_BEFORE_VERB):
        return None
    return Attribution(speaker_ref(verbs[0], start, view, lexicon, people), "after", True)


def _after_end(quote: QuotedSpan, view: ParagraphView) -> int:
    """The end of the sentence the closing mark sits in, or the next quotation's opening mark."""
    next_open = view.next_quote_open(quote.outer_end)
    stop = SENTENCE_STOP.search(view.text, quote.outer_end, next_open)
    return next_open if stop is None else stop.end()


def _before(
    quote: QuotedSpan, view: ParagraphView, lexicon: WordLists, people: dict[str, str | None]
) -> Attribution | None:
    sentence_start, sentence_end = view.sentence_of(quote.open_at)
    verbs = reporting_verbs(view, sentence_start, quote.open_at, lexicon)
    if not verbs:
        return None
    ref = speaker_ref(verbs[-1], sentence_start, view, lexicon, people)
    tail_end = max(sentence_end, quote.outer_end)
    runs_on = WORD.search(view.text, quote.outer_end, tail_end) is not None
    return Attribution(ref, "inside" if runs_on else "before", True)


def _without_verb(quote: QuotedSpan, view: ParagraphView, lexicon: WordLists) -> Attribution:
    sentence_start = view.sentence_of(quote.open_at)[0]
    if WORD.search(view.text, sentence_start, quote.open_at) is not None:
        subjects = subject_mentions(view, sentence_start, quote.open_at, lexicon)
        persons = [m for m in subjects if m.entity_type == "person"] or subjects
        ref = SpeakerRef(entity_id=persons[0].entity_id) if persons else None
        return Attribution(ref, "inside", False)
    if WORD.search(view.text, 0, quote.open_at) is not None:
        return Attribution(None, "previous_sentence", False)
    return Attribution(None, "previous_paragraph", False)


def _clause_start(view: ParagraphView, floor: int, verb_start: int) -> int:
    """Where the verb's clause begins: after the last ; or : or closing quotation mark."""
    breaks = [floor] + [m.end() for m in CLAUSE_BREAK.finditer(view.text, floor, verb_start)]
    quote_end = view.last_quote_end(floor, verb_start)
    return max(breaks) if quote_end is None else max(*breaks, quote_end)


def _object_end(view: ParagraphView, start: int) -> int:
    """The end of the phrase after an inverted verb ("said NATO Secretary General Jens Stoltenberg")."""
    stop = min(len(view.text), start + OBJECT_REACH)
    cut = OBJECT_CUT.search(view.text, start, stop)
    return stop if cut is None else cut.start()


def _just_after_quote(view: ParagraphView, offset: int) -> bool:
    return view.last_quote_end(offset - AFTER_QUOTE_REACH, offset) is not None


def _used_as_verb(view: ParagraphView, hit: VerbHit, lexicon: WordLists) -> bool:
    """A noun-like form ("states", "notes") is a verb right after a speaker or before "that" / a colon."""
    after = view.text[hit.end : hit.end + 6].lstrip()
    if after.startswith(":") or re.match(r"that\b", after) is not None:
        return True
    window_start = max(0, hit.start - 40)
    before = view.text[window_start : hit.start].rstrip()
    word_end = window_start + len(before)
    word = re.search(r"[\w’'.]+$", before)
    named = view.mention_at(word_end - 1)
    right_after_name = named is not None and named.end == word_end
    is_titled = any(t.end == word_end for t in lexicon.titles.find(view.text, window_start, word_end))
    is_pronoun = word is not None and word.group().casefold() in PRONOUNS
    return right_after_name or is_titled or is_pronoun
