"""A paragraph seen one sentence at a time: only the mentions and dates of that sentence.

Every event rule looks at the mentions and dates of its own sentence or clause. Handing each
sentence the whole paragraph's lists made every rule scan them all, so a paragraph of
n sentences cost n times n (a megabyte on one line took minutes); found by bisection, each
sentence costs only what it holds.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from eastflank.loaders.extract.dates.model import TemporalExpression
from eastflank.loaders.extract.events.triggers import lowercase_in_place
from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput
from eastflank.loaders.extract.text.span_index import ByPosition

Span = tuple[int, int]
ODD_CASE_LETTERS = ("\u0131", "\u017f")
"""Dotless i and long s."""
SENTENCE_STOP = re.compile(r"[.?!] ")
"""A full stop, question or exclamation mark and the space after it: where a sentence ends."""


@dataclass(frozen=True)
class SentenceView:
    """One sentence's share of a paragraph: the paragraph narrowed to the mentions overlapping
    the sentence, and the date expressions lying in it."""

    paragraph: ParagraphInput
    dates: list[TemporalExpression]


class ParagraphIndex:
    """The paragraph's mentions and dates sorted by position, for cutting out sentences.

    Both are sorted on first use: a paragraph none of whose sentences holds a trigger word
    never asks."""

    def __init__(self, paragraph: ParagraphInput, dates: list[TemporalExpression]) -> None:
        self.paragraph = paragraph
        self._unsorted_dates = dates

    @cached_property
    def _mentions(self) -> ByPosition[MentionSpan]:
        return ByPosition(self.paragraph.mentions)

    @cached_property
    def _dates(self) -> list[TemporalExpression]:
        return sorted(self._unsorted_dates, key=lambda e: e.start_char)

    @cached_property
    def _date_starts(self) -> list[int]:
        return [e.start_char for e in self._dates]

    def mentions(self, span: Span) -> tuple[MentionSpan, ...]:
        """The mentions overlapping the span, in paragraph order."""
        return tuple(self._mentions.overlapping(*span))

    def sentence(self, span: Span, mentions: tuple[MentionSpan, ...] | None = None) -> SentenceView:
        """The mentions overlapping the span (`mentions`, where already cut out) and the dates
        inside it, in paragraph order; asked only for a sentence with a trigger, since
        narrowing the paragraph copies it."""
        mentions = self.mentions(span) if mentions is None else mentions
        low, high = bisect_left(self._date_starts, span[0]), bisect_left(self._date_starts, span[1])
        dates = [e for e in self._dates[low:high] if e.end_char <= span[1]]
        return SentenceView(narrowed(self.paragraph, mentions), dates)

    @cached_property
    def lowered_text(self) -> str | None:
        """The paragraph's text in lowercase, where that keeps every character in place."""
        return lowercase_in_place(self.paragraph.text)

    @cached_property
    def has_odd_case_letters(self) -> bool:
        """True when the paragraph holds "ı" or "ſ", which a case-blind regex matches to "i"
        and "s" though they do not lower to them."""
        text = self.paragraph.text
        return ODD_CASE_LETTERS[0] in text or ODD_CASE_LETTERS[1] in text

    @cached_property
    def may_name_a_year(self) -> bool:
        """True when the paragraph holds "19" or "20", which open every year a name may hold
        ("Iron Shield 2021", dates.NAME_WITH_YEAR_AFTER and _BEFORE); two substring scans, no regex."""
        text = self.paragraph.text
        return "19" in text or "20" in text

    def has_date_within(self, span: Span) -> bool:
        """True when a date expression lies inside the span: the dates `sentence` would give
        for a sentence ending where the span does, without narrowing the paragraph."""
        low, high = bisect_left(self._date_starts, span[0]), bisect_left(self._date_starts, span[1])
        return any(e.end_char <= span[1] for e in self._dates[low:high])

    @cached_property
    def _stops(self) -> list[int]:
        return [match.start() for match in SENTENCE_STOP.finditer(self.paragraph.text)]

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` begins: after the last stop that ends at or before
        it. Found by bisection in the paragraph's stops, found once: searching the text back
        from each offset cost a whole paragraph's length per question, and a megabyte on one
        line, which holds no "?", asked it thousands of times."""
        before = bisect_right(self._stops, offset - 2) - 1
        return self._stops[before] + 2 if before >= 0 else 0

    def last_date_before(self, offset: int) -> TemporalExpression | None:
        """The last date expression that ends at or before the offset ("at the same time")."""
        for index in range(bisect_left(self._date_starts, offset) - 1, -1, -1):
            if self._dates[index].end_char <= offset:
                return self._dates[index]
        return None


def narrowed(paragraph: ParagraphInput, mentions: tuple[MentionSpan, ...]) -> ParagraphInput:
    """The paragraph with only `mentions`: what dataclasses.replace gives, built directly, since
    replace inspects the class's fields on every call and this runs once per sentence with a
    trigger. tests/loaders/extract/test_events_sentence_view.py checks the two agree field by field."""
    return ParagraphInput(
        paragraph.id, paragraph.document_id, paragraph.position, paragraph.text, mentions, paragraph.published_date
    )
