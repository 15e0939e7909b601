"""What every per-paragraph extractor receives: the paragraph, its mentions and the entities.

Extractors are pure functions of a `ParagraphInput` (and the shared `EntityIndex`), so
they can be tested on a sentence written inline and run anywhere.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MentionSpan:
    """An entity mention inside the paragraph (offsets in the paragraph text)."""

    start: int
    end: int
    entity_id: str
    entity_type: str
    text: str


@dataclass(frozen=True)
class ParagraphInput:
    """One non-boilerplate paragraph with the mentions already found in it."""

    id: str
    document_id: str
    position: int
    text: str
    mentions: tuple[MentionSpan, ...] = ()
    published_date: str | None = None


@dataclass(frozen=True)
class Office:
    """A post a person held, from the reference data: "Secretary General" of "nato", 2014-2024."""

    title: str
    organization: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class EntityInfo:
    """Name and type of an entity, for resolving speakers, participants and labels; for a
    person, the posts held, so "the NATO Secretary General's report" of 2019 finds its author."""

    id: str
    name: str
    type: str
    offices: tuple[Office, ...] = ()


@dataclass
class EntityIndex:
    """Every known entity by id."""

    entities: dict[str, EntityInfo] = field(default_factory=dict)

    def get(self, entity_id: str) -> EntityInfo | None:
        """The entity, or None when the id is unknown."""
        return self.entities.get(entity_id)
