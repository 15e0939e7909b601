"""Where a sentence speaks of a programme: by name ("the ITPP") or as "the new programme".

Articles name a programme once and go on with "the new partnership" or "the programme"; a
lifecycle fact stated in such a sentence ("objectives for the years 2025-2028") belongs to
the programme last named before it, in the paragraph or, failing that, earlier in the article.
"""

import re
from dataclasses import dataclass

from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput

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


def programme_refs(paragraph: ParagraphInput, span: tuple[int, int], previous: str | None) -> list[ProgrammeRef]:
    """Programme mentions in the span, and "the new programme" resolved to the last programme
    named before it (`previous` is the last one named in earlier paragraphs)."""
    refs = [ProgrammeRef(m.start, m.end, m.entity_id) for m in _programmes(paragraph.mentions) if _inside(m, span)]
    for match in ANAPHOR.finditer(paragraph.text, span[0], span[1]):
        target = last_programme(paragraph, match.start(), previous)
        if target is not None and not any(r.start <= match.start() < r.end for r in refs):
            refs.append(ProgrammeRef(match.start(), match.end(), target))
    return sorted(refs, key=lambda r: r.start)


def last_programme(paragraph: ParagraphInput, before: int, previous: str | None) -> str | None:
    """The programme named last before an offset of the paragraph, else `previous`."""
    named = [m for m in _programmes(paragraph.mentions) if m.end <= before]
    return named[-1].entity_id if named else previous


def _programmes(mentions: tuple[MentionSpan, ...]) -> list[MentionSpan]:
    return [m for m in mentions if m.entity_type == "programme"]


def _inside(mention: MentionSpan, span: tuple[int, int]) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]
