"""A paragraph prepared for quote attribution: its sentences, quotations and candidate speakers.

People and organisations speak. A country speaks only as the subject of a reporting verb
with no person or organisation beside it ("Moldovan officials said", "Russia claimed").
"""

from dataclasses import dataclass

from eastflank.loaders.extract.paragraph_input import MentionSpan, ParagraphInput
from eastflank.loaders.extract.quote_marks import QuotedSpan, quoted_spans
from eastflank.loaders.extract.sentences import sentence_at, sentence_spans

SPEAKER_TYPES = ("person", "organization")
REPORTING_TYPES = ("person", "organization", "country")


@dataclass(frozen=True)
class ParagraphView:
    """The paragraph with what every attribution rule looks up."""

    paragraph: ParagraphInput
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[QuotedSpan, ...]
    mentions: tuple[MentionSpan, ...]

    @classmethod
    def of(cls, paragraph: ParagraphInput) -> "ParagraphView":
        """Split the paragraph once; mentions sorted by position."""
        sentences = tuple(sentence_spans(paragraph.text)) or ((0, len(paragraph.text)),)
        mentions = tuple(sorted(paragraph.mentions, key=lambda m: (m.start, -m.end)))
        return cls(paragraph, sentences, tuple(quoted_spans(paragraph.text)), mentions)

    @property
    def text(self) -> str:
        """The paragraph text."""
        return self.paragraph.text

    def speakers_in(self, start: int, end: int, types: tuple[str, ...] = SPEAKER_TYPES) -> list[MentionSpan]:
        """Mentions of the given types (people and organisations) lying wholly in [start, end)."""
        return [m for m in self.mentions if start <= m.start and m.end <= end and m.entity_type in types]

    def mention_at(self, offset: int) -> MentionSpan | None:
        """The mention covering a character offset, if any."""
        return next((m for m in self.mentions if m.start <= offset < m.end), None)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding an offset."""
        return sentence_at(list(self.sentences), offset)

    def in_quote(self, offset: int) -> bool:
        """True for an offset inside quotation marks (the words quoted)."""
        return any(q.start <= offset < q.end for q in self.quotes)
