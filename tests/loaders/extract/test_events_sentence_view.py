"""A sentence's share of a paragraph: its mentions and dates, found by bisection."""

from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.dates import PartialDate, tag_dates
from eastflank.loaders.extract.events.sentence_view import ParagraphIndex
from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput

TEXT = "Poland joined in 1999. Romania and Bulgaria followed in 2004. Both hosted drills in May 2023."


def test_a_sentence_holds_only_its_own_mentions_and_dates() -> None:
    mentions = tuple(
        MentionSpan(TEXT.index(name), TEXT.index(name) + len(name), name.lower(), "country", name)
        for name in ("Poland", "Romania", "Bulgaria")
    )
    paragraph = ParagraphInput("p", "d", 1, TEXT, mentions)
    index = ParagraphIndex(paragraph, tag_dates(TEXT, PartialDate(2024, 1, 1)))
    view = index.sentence((23, 61))
    assert [m.text for m in view.paragraph.mentions] == ["Romania", "Bulgaria"]
    assert [e.text for e in view.dates] == ["2004"]
    assert (view.paragraph.id, view.paragraph.text) == ("p", TEXT)


def test_the_last_date_before_an_offset() -> None:
    index = ParagraphIndex(ParagraphInput("p", "d", 1, TEXT), tag_dates(TEXT, PartialDate(2024, 1, 1)))
    found = index.last_date_before(TEXT.index("Both"))
    assert found is not None and found.text == "2004", found
    assert index.last_date_before(5) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .?!\n", max_size=40), st.data())
def test_a_sentence_starts_after_the_last_stop_that_ends_before_the_offset(text: str, data: st.DataObject) -> None:
    """Bisection in the stops found once gives what searching the text back from the offset for
    each of ". ", "? " and "! " gives."""
    offset = data.draw(st.integers(0, len(text)))
    last = max(text.rfind(mark, 0, offset) for mark in (". ", "? ", "! "))
    index = ParagraphIndex(ParagraphInput("p", "d", 1, text), [])
    assert index.sentence_start(offset) == (last + 2 if last >= 0 else 0)
