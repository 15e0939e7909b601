"""A paragraph prepared for quote attribution: its sentences, quotations and candidate speakers.

People and organizations speak. A country speaks only as the subject of a reporting verb
with no person or organization beside it ("Moldovan officials said", "Russia claimed").
Every lookup is by bisection, so a long paragraph costs no more per quotation than a short one.
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from eastflank.loaders.extract.quotes.marks import QuotedSpan, quoted_spans
from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput
from eastflank.loaders.extract.text.sentences import sentence_spans
from eastflank.loaders.extract.text.span_index import ByPosition

SPEAKER_TYPES = ("person", "organization")
REPORTING_TYPES = ("person", "organization", "country")


@dataclass(frozen=True)
class ParagraphView:
    """The paragraph with what every attribution rule looks up."""

    paragraph: ParagraphInput
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[QuotedSpan, ...]
    mention_index: ByPosition[MentionSpan]
    quote_index: ByPosition[QuotedSpan]
    sentence_starts: tuple[int, ...]
    quote_opens: tuple[int, ...]
    quote_ends: tuple[int, ...]

    @classmethod
    def of(cls, paragraph: ParagraphInput) -> "ParagraphView":
        """Split the paragraph once and index its mentions and quotations."""
        sentences = tuple(sentence_spans(paragraph.text)) or ((0, len(paragraph.text)),)
        quotes = tuple(quoted_spans(paragraph.text))
        return cls(
            paragraph,
            sentences,
            quotes,
            ByPosition(paragraph.mentions),
            ByPosition(quotes),
            tuple(start for start, _ in sentences),
            tuple(q.open_at for q in quotes),
            tuple(q.outer_end for q in quotes),
        )

    @property
    def text(self) -> str:
        """The paragraph text."""
        return self.paragraph.text

    @property
    def mentions(self) -> list[MentionSpan]:
        """Every mention, in order."""
        return self.mention_index.items

    def speakers_in(self, start: int, end: int, types: tuple[str, ...] = SPEAKER_TYPES) -> list[MentionSpan]:
        """Mentions of the given types (people and organizations) lying wholly in [start, end)."""
        return [m for m in self.mention_index.within(start, end) if m.entity_type in types]

    def mention_at(self, offset: int) -> MentionSpan | None:
        """The mention covering a character offset, if any."""
        return self.mention_index.covering(offset)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding an offset (the last one for an offset past the text)."""
        return self.sentences[self.sentence_index(offset)]

    def sentence_index(self, offset: int) -> int:
        """The position in `sentences` of the sentence holding an offset."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def next_quote_open(self, offset: int) -> int:
        """Where the first quotation opening at or after the offset opens (the text's end if none)."""
        index = bisect_left(self.quote_opens, offset)
        return self.quote_opens[index] if index < len(self.quote_opens) else len(self.text)

    def last_quote_end(self, start: int, end: int) -> int | None:
        """The last closing-mark end in [start, end], if any."""
        index = bisect_right(self.quote_ends, end) - 1
        return self.quote_ends[index] if index >= 0 and self.quote_ends[index] >= start else None

    def in_quote(self, offset: int) -> bool:
        """True for an offset inside quotation marks (the words quoted)."""
        quote = self.quote_index.covering(offset)
        return quote is not None and quote.start <= offset
