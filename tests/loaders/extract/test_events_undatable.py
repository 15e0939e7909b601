"""Passing over a sentence no rule can date gives the rows the full rules give.

`undatable` and `undatable_words` let `_sentence_events` return early; each test here runs
the extractor with both shortcuts and with both switched off, on generated paragraphs read
in order (so gatherings reported before can be recalled), and compares every row.
"""

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.dates import tag_document
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.events import extractor
from eastflank.loaders.extract.events.dates import CO_TEMPORAL
from eastflank.loaders.extract.events.extractor import Row, extract_events
from eastflank.loaders.extract.events.lexicon import load_event_lexicon
from eastflank.loaders.extract.events.recall import ReportedGatherings
from eastflank.loaders.extract.events.sentence_view import ODD_CASE_LETTERS, ParagraphIndex
from eastflank.loaders.extract.events.undatable import _continues_time
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput

LEXICON = load_event_lexicon()
PHRASES = [
    "The ministers", "NATO", "Moldova", "said", "stated", "met", "held", "a meeting", "the meeting", "the visit",
    "his visit", "visited", "Riga", "in Riga", "at the Riga Summit", "an exercise", "Iron Shield 2021", "signed",
    "an agreement", "agreed that", "will", "on Monday", "in May 2023", "last year", "at the same time",
    "simultaneously", "during the summit", "the conference", "a press conference", "and", ",", "that", "not",
    "approved", "decided", "after a meeting", "in 2019", "talks",
]  # fmt: skip
"""Triggers of every kind, dates, frames, summits, years in names and "at the same time"."""
NAMES = {"NATO": ("nato", "organization"), "Moldova": ("md", "country"), "Riga": ("riga", "location")}
ENTITIES = EntityIndex({key: EntityInfo(key, name, kind) for name, (key, kind) in NAMES.items()})
sentence = st.lists(st.sampled_from(PHRASES), min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")
paragraph_text = st.lists(sentence, min_size=1, max_size=3).map(" ".join)


def _mentions(text: str) -> tuple[MentionSpan, ...]:
    found = []
    for name, (key, kind) in NAMES.items():
        at = text.find(name)
        while at >= 0:
            found.append(MentionSpan(at, at + len(name), key, kind, name))
            at = text.find(name, at + 1)
    return tuple(sorted(found, key=lambda m: m.start))


def _rows(texts: list[str], published: str | None, lead: int) -> list[tuple[list[Row], list[Row]]]:
    anchor = None if published is None else PartialDate.parse(published)
    dates = tag_document(texts, anchor)
    reported = ReportedGatherings()
    rows: list[tuple[list[Row], list[Row]]] = []
    for number, (text, found) in enumerate(zip(texts, dates, strict=True)):
        paragraph = ParagraphInput(f"par-{number}", "doc", number, text, _mentions(text), published)
        rows.append(extract_events(paragraph, found, ENTITIES, LEXICON, number < lead, reported))
    return rows


@settings(max_examples=200, deadline=None)
@given(st.lists(paragraph_text, min_size=1, max_size=3), st.sampled_from([None, "2023-05-10"]), st.integers(0, 2))
def test_the_shortcuts_give_the_rows_of_the_full_rules(texts: list[str], published: str | None, lead: int) -> None:
    fast = _rows(texts, published, lead)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extractor, "undatable", lambda *args: False)
        patch.setattr(extractor, "undatable_words", lambda *args: False)
        full = _rows(texts, published, lead)
    assert fast == full


def test_an_undated_sentence_is_passed_over_and_a_dated_one_is_not() -> None:
    """The shortcut does fire: an undated meeting outside the lead gives no event, a dated one does."""
    assert _rows(["The ministers held a meeting in Riga."], None, 0) == [([], [])]
    events, _ = _rows(["The ministers held a meeting in Riga on Monday."], "2023-05-10", 0)[0]
    assert [event["type"] for event in events] == ["meeting"]


@pytest.mark.parametrize(
    "texts",
    [
        ["The ministers visited Riga on Monday.", "During the visit, NATO signed an agreement."],
        ["NATO held a meeting in Riga on Monday.", "At the same time, Moldova signed an agreement."],
        ["NATO held an exercise called Iron Shield 2021.", "Moldova approved the plan at the Riga Summit."],
    ],
)
def test_a_sentence_dated_by_what_came_before_is_not_passed_over(texts: list[str]) -> None:
    """Recall of a gathering, "at the same time", a year in a name and a summit date events in
    sentences that give no date expression of their own."""
    fast = _rows(texts, "2023-05-10", 0)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extractor, "undatable", lambda *args: False)
        patch.setattr(extractor, "undatable_words", lambda *args: False)
        assert fast == _rows(texts, "2023-05-10", 0)
    assert all(events for events, _ in fast), fast


def test_the_case_blind_letters_of_the_same_time_phrases_lower_to_themselves() -> None:
    """Why a body whose lowercase holds no cue is not searched: over all of Unicode, a
    character the case-blind CO_TEMPORAL takes for one of its letters lowers to that letter,
    lowers to more than one character (the paragraph is then searched), or is one of
    ODD_CASE_LETTERS."""
    letters = set(CO_TEMPORAL.pattern.replace(r"\b", "")) & set(string.ascii_lowercase)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for letter in letters:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert char.lower() == letter or len(char.lower()) > 1 or char in ODD_CASE_LETTERS, hex(code)


CASES = st.sampled_from(["at the same time", "AT THE SAME TIME", "Simultaneously", "ſimultaneously", "at that tıme"])
TEXT = st.lists(st.sampled_from(["NATO met.", "In Riga,", "the ministers", "İ", "Σ"]) | CASES, max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data())
def test_the_cue_test_agrees_with_the_same_time_search(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    index = ParagraphIndex(ParagraphInput("par", "doc", 0, text), [])
    assert _continues_time(index, (start, end)) == (CO_TEMPORAL.search(text, start, end) is not None)
