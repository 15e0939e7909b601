"""Build an extractor's input from a hand-written paragraph: the text, the names in it, a date.

Mentions are found by plain whole-word search for the names given (longest first), and
dates by the real temporal tagger, so a test states only the sentence and what it names.
"""

import re
from collections.abc import Callable

import pytest

from eastflank.loaders.extract.dates import PartialDate, TemporalExpression, tag_dates
from eastflank.loaders.extract.events.lexicon import EventLexicon, load_event_lexicon
from eastflank.loaders.extract.text.paragraph_input import (
    EntityIndex,
    EntityInfo,
    MentionSpan,
    ParagraphInput,
)

Names = dict[str, tuple[str, str]]
Built = tuple[ParagraphInput, list[TemporalExpression], EntityIndex]
ParagraphFactory = Callable[..., Built]


def find_mentions(text: str, names: Names) -> tuple[MentionSpan, ...]:
    """Every whole-word occurrence of each name, longest names first, without overlaps."""
    taken: list[MentionSpan] = []
    for name in sorted(names, key=len, reverse=True):
        entity_id, entity_type = names[name]
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(m.start < match.end() and match.start() < m.end for m in taken):
                taken.append(MentionSpan(match.start(), match.end(), entity_id, entity_type, name))
    return tuple(sorted(taken, key=lambda m: m.start))


def build_paragraph(
    text: str, names: Names | None = None, published: str | None = "2024-05-10", position: int = 1
) -> Built:
    """The paragraph, its dates and an entity index naming each entity by its first name given."""
    names = names or {}
    publication = None if published is None else PartialDate.parse(published)
    paragraph = ParagraphInput(f"par-{position}", "doc-1", position, text, find_mentions(text, names), published)
    index = EntityIndex({})
    for name, (entity_id, entity_type) in names.items():
        index.entities.setdefault(entity_id, EntityInfo(entity_id, name, entity_type))
    return paragraph, tag_dates(text, publication), index


@pytest.fixture
def make_paragraph() -> ParagraphFactory:
    """`make_paragraph(text, names, published)` -> (paragraph, dates, entities)."""
    return build_paragraph


@pytest.fixture(scope="session")
def lexicon() -> EventLexicon:
    """The event trigger lexicon from seeds/reference, read once for every event test."""
    return load_event_lexicon()
