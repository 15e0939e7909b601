"""Where a sentence speaks of a programme: by name ("the ITPP") or as "the new programme".

Articles name a programme once and go on with "the new partnership" or "the programme"; a
lifecycle fact stated in such a sentence ("objectives for the years 2025-2028") belongs to
the programme last named before it, in the paragraph or, failing that, earlier in the article.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass

from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput
from eastflank.loaders.extract.text.span_index import ByPosition

ANAPHOR = re.compile(
    r"\bthe\s+(?:new\s+)?(?:cooperation\s+|partnership\s+)?(?:programme|program|partnership|plan|framework)\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ProgrammeRef:
    """A programme named or referred back to in the text."""

    start: int
    end: int
    entity_id: str


class ProgrammeMentions:
    """A paragraph's programme mentions in order, found by position: looking them up per
    sentence by scanning them all made a paragraph of n sentences cost n times n."""

    def __init__(self, paragraph: ParagraphInput) -> None:
        self.text = paragraph.text
        self._index = ByPosition(_programmes(paragraph.mentions))
        self._starts = [m.start for m in self._index.items]

    @property
    def named_any(self) -> bool:
        """Whether the paragraph names a programme at all."""
        return bool(self._starts)

    def refers_back_anywhere(self) -> bool:
        """Whether the paragraph says "the programme" or the like anywhere: without it and
        without a programme named, no sentence of it speaks of one."""
        return ANAPHOR.search(self.text) is not None

    def within(self, span: tuple[int, int]) -> list[MentionSpan]:
        """The mentions lying wholly in the span."""
        return self._index.within(*span)

    def last_before(self, offset: int) -> MentionSpan | None:
        """The last mention (in order) that ends at or before the offset."""
        for index in range(bisect_left(self._starts, offset) - 1, -1, -1):
            if self._index.items[index].end <= offset:
                return self._index.items[index]
        return None


def programme_refs(programmes: ProgrammeMentions, span: tuple[int, int], previous: str | None) -> list[ProgrammeRef]:
    """Programme mentions in the span, and "the new programme" resolved to the last programme
    named before it (`previous` is the last one named in earlier paragraphs)."""
    refs = [ProgrammeRef(m.start, m.end, m.entity_id) for m in programmes.within(span)]
    for match in ANAPHOR.finditer(programmes.text, span[0], span[1]):
        named = programmes.last_before(match.start())
        target = previous if named is None else named.entity_id
        if target is not None and not any(r.start <= match.start() < r.end for r in refs):
            refs.append(ProgrammeRef(match.start(), match.end(), target))
    return sorted(refs, key=lambda r: r.start)


def last_programme(paragraph: ParagraphInput, before: int, previous: str | None) -> str | None:
    """The programme named last before an offset of the paragraph, else `previous`."""
    named = [m for m in _programmes(paragraph.mentions) if m.end <= before]
    return named[-1].entity_id if named else previous


def _programmes(mentions: tuple[MentionSpan, ...]) -> list[MentionSpan]:
    return [m for m in mentions if m.entity_type == "programme"]
