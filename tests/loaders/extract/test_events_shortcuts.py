"""The event extractor's CPU shortcuts give what the slower code they replace gave.

Each shortcut is checked against the code it replaced (kept here as the reference), on
generated text, so a change to either side that makes them disagree fails here.
"""

import re
import sys
from dataclasses import fields, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.events.extractor import HABITUAL, _dated_by_publication
from eastflank.loaders.extract.events.lexicon import WORD, EventLexicon, load_event_lexicon
from eastflank.loaders.extract.events.sentence_view import narrowed
from eastflank.loaders.extract.events.statements import reported_statement
from eastflank.loaders.extract.events.triggers import Hit, find_hits, lowercase_in_place, openings
from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput

LEXICON = load_event_lexicon()
WORDS = [
    "The", "the", "a", "ministry", "Ministry", "stated", "said", "announced", "statement", "council", "meets",
    "met", "held", "press", "conference", "summit", "Summit", "SUMMIT", "meeting", "exercise", "every", "each",
    "month", "year", "week", "regularly", "Annually", "usually", "often", "NATO", "Moldova", "Riga", "Prague",
    "in", "at", "that", "will", "not", "didn't", "could", "by", "Ummit", "ummit", "agreed", "to",
]  # fmt: skip
"""Words of trigger forms, habit phrases, names and summit cities, so generated sentences hit every branch."""
NAMES = {"NATO": "organization", "Moldova": "country", "Riga": "location"}
SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "-", "’", "'", "\u0130", "\u017f"])
OPENINGS = st.sampled_from(["", "", "NATO stated ", "The Ministry of Defence announced ", "Moldova said "])
"""A named speaker before a speech verb, so generated statements reach the publication-date rule."""
sentences = st.tuples(OPENINGS, st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), min_size=1, max_size=18)).map(
    lambda parts: parts[0] + "".join(word + gap for word, gap in parts[1])
)


def _paragraph(text: str, published: str | None) -> ParagraphInput:
    mentions = tuple(
        sorted(
            (
                MentionSpan(m.start(), m.end(), name.lower(), kind, name)
                for name, kind in NAMES.items()
                for m in re.finditer(rf"(?<!\w){name}(?!\w)", text)
            ),
            key=lambda m: m.start,
        )
    )
    return ParagraphInput("par-1", "doc-1", 1, text, mentions, published)


def _dated_by_publication_before(
    paragraph: ParagraphInput, clause: tuple[int, int], hit: Hit, lexicon: EventLexicon, is_lead: bool
) -> bool:
    """extractor._dated_by_publication as it was: the habit search first, for every trigger."""
    if HABITUAL.search(paragraph.text, clause[0], clause[1]) is not None:
        return False
    if is_lead and hit.trigger.type in lexicon.gatherings and hit.new:
        return True
    known = paragraph.published_date is not None
    return (
        known
        and hit.trigger.type == "statement"
        and reported_statement(paragraph.text, clause, hit, paragraph.mentions)
    )


@settings(max_examples=300, deadline=None)
@given(sentences, st.booleans(), st.sampled_from([None, "2024-05-10"]))
def test_the_habit_search_run_last_decides_as_when_run_first(text: str, is_lead: bool, published: str | None) -> None:
    paragraph = _paragraph(text, published)
    clause = (0, len(text))
    for hit in find_hits(text, 0, len(text), LEXICON, paragraph.mentions):
        expected = _dated_by_publication_before(paragraph, clause, hit, LEXICON, is_lead)
        assert _dated_by_publication(paragraph, clause, hit, LEXICON, is_lead) == expected, (text, hit)


def test_the_habit_check_still_applies_to_a_lead_gathering() -> None:
    text = "The council held a meeting every month."
    paragraph = _paragraph(text, "2024-05-10")
    hits = find_hits(text, 0, len(text), LEXICON, paragraph.mentions)
    assert hits and hits[-1].trigger.type in LEXICON.gatherings
    assert not _dated_by_publication(paragraph, (0, len(text)), hits[-1], LEXICON, True)
    held = "The council held a meeting in Riga."
    held_hits = find_hits(held, 0, len(held), LEXICON, _paragraph(held, "2024-05-10").mentions)
    assert _dated_by_publication(_paragraph(held, "2024-05-10"), (0, len(held)), held_hits[-1], LEXICON, True)


@settings(max_examples=300, deadline=None)
@given(sentences, st.data())
def test_a_summit_name_is_only_found_where_its_word_occurs(text: str, data: st.DataObject) -> None:
    """dates.frame_date searches for a named summit only where "ummit" occurs in the sentence."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if LEXICON.summit_pattern.search(text, start, end) is not None:
        assert text.find("ummit", start, end) >= 0


@settings(max_examples=300, deadline=None)
@given(sentences, st.data())
def test_the_lowercased_words_are_the_lowercased_word_spans(text: str, data: st.DataObject) -> None:
    """One `finditer` in `openings` gives what a `findall` there and a `finditer` in `find_hits`
    gave, and find_hits reads a word's lowercase form from it instead of cutting it out again."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    opened = openings(text, start, end, LEXICON)
    if opened is not None:
        spans = list(map(re.Match.span, WORD.finditer(text, start, end)))
        assert opened.spans == spans
        assert opened.lowered == list(map(str.lower, WORD.findall(text, start, end)))
        assert opened.lowered == [text[a:b].lower() for a, b in spans]


@given(
    st.text(max_size=30),
    st.text(max_size=5),
    st.integers(0, 99),
    st.lists(st.integers(0, 20), max_size=3),
    st.none() | st.text(max_size=10),
)
def test_a_narrowed_paragraph_is_what_replace_gives(
    text: str, document: str, position: int, starts: list[int], published: str | None
) -> None:
    values = {
        "id": "par-" + document,
        "document_id": document,
        "position": position,
        "text": text,
        "mentions": (MentionSpan(0, 1, "x", "country", "X"),),
        "published_date": published,
    }
    assert set(values) == {field.name for field in fields(ParagraphInput)}, "narrowed() must copy every field"
    paragraph = ParagraphInput(**values)
    mentions = tuple(MentionSpan(s, s + 2, f"e{s}", "organization", "AB") for s in starts)
    assert narrowed(paragraph, mentions) == replace(paragraph, mentions=mentions)


@settings(max_examples=300, deadline=None)
@given(sentences, st.data())
def test_words_read_from_the_lowered_paragraph_are_the_lowered_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lowered = lowercase_in_place(text)
    fast = openings(text, start, end, LEXICON, lowered)
    slow = openings(text, start, end, LEXICON)
    assert (fast is None) == (slow is None)
    if fast is not None and slow is not None:
        assert (fast.lowered, fast.indices, fast.spans) == (slow.lowered, slow.indices, slow.spans)


def test_lowering_keeps_every_character_a_word_character_or_not() -> None:
    """Why a word of the lowered paragraph lies where the word does: over all of Unicode, a
    character that lowers to one character is a word character exactly when its lowercase is."""
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) == 1:
            assert (word.match(char) is None) == (word.match(lower) is None), hex(code)


@pytest.mark.parametrize("text", ["İstanbul summit", "ΟΔΟΣ.Α meeting"])
def test_a_paragraph_that_lowers_out_of_place_is_read_word_by_word(text: str) -> None:
    assert lowercase_in_place(text) is None
