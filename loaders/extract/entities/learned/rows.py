"""Run the new-entity rules over one document and write `entities` and `mentions` rows.

What a document defines holds only within it: an acronym defined once ("... Office
(NLO)") marks every other "NLO" in the same article; a generic body named once with its
country ("Moldova's Ministry of Defence") is meant by the bare "Ministry of Defence" later;
a surname alone ("Vlad said") is the one person of the article with that surname, and is
left alone when two share it. Nothing carries over to another document, so two articles'
"General Vlad" never merge by accident.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eastflank.loaders.extract.entities.learned.rules import NewEntity, find_new_entities
from eastflank.loaders.extract.text.name_tokens import Token, is_name_word
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan, ParagraphInput
from eastflank.loaders.extract.text.span_index import SpanIndex
from eastflank.loaders.extract.text.words import word_set
from eastflank.loaders.extract.word_lists import WordLists
from eastflank.loaders.ids import stable_id

SURNAME_METHOD = "surname_rule"
WORD_BEFORE = re.compile(r"([\w’'\-]+)\s+$")
WORD_AFTER = re.compile(r"\s+([\w’'\-]+)")


@dataclass(frozen=True)
class Found:
    """A span naming an entity, with the rule that found it."""

    start: int
    end: int
    entity_id: str
    entity_type: str
    method: str


@dataclass
class NewEntityRows:
    """Rows for the `entities` and `mentions` tables from one document."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _DocumentNames:
    acronyms: dict[str, tuple[str, str]] = field(default_factory=dict)
    bare: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    surnames: dict[str, tuple[str, str] | None] = field(default_factory=dict)


def extract_new_entities(paragraphs: Sequence[ParagraphInput], known: EntityIndex, words: WordLists) -> NewEntityRows:
    """New entities and every mention of them (and surname mentions of known people) in one document."""
    found = [(p, find_new_entities(p, known, words)) for p in paragraphs]
    names = _document_names(found, known)
    rows = NewEntityRows()
    for paragraph, records in found:
        spans = [Found(r.start, r.end, r.entity_id, r.type, r.method) for r in records]
        spans += _later_mentions(paragraph, spans, names, words)
        rows.mentions += [_mention_row(paragraph, s) for s in sorted(spans, key=lambda s: s.start)]
    rows.entities = merge_entity_rows(
        _entity_row(r) for _, records in found for r in _defining_first(records) if not r.is_reference
    )
    return rows


def merge_entity_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per id, the first seen (documents in order give the same rows on every build)."""
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        merged.setdefault(row["id"], row)
    return list(merged.values())


def with_new_mentions(
    paragraph: ParagraphInput, mention_rows: list[dict[str, Any]], types: dict[str, str]
) -> ParagraphInput:
    """The paragraph with the new mentions added, so quote speakers can be new people too."""
    extra = tuple(
        MentionSpan(r["start_char"], r["end_char"], r["entity_id"], types.get(r["entity_id"], "person"), r["text"])
        for r in mention_rows
        if r["paragraph_id"] == paragraph.id
    )
    mentions = tuple(sorted(paragraph.mentions + extra, key=lambda m: (m.start, m.end)))
    return ParagraphInput(
        paragraph.id, paragraph.document_id, paragraph.position, paragraph.text, mentions, paragraph.published_date
    )


def _defining_first(records: list[NewEntity]) -> list[NewEntity]:
    """An entity's row comes from the rule that found its name, not from its acronym."""
    return sorted(records, key=lambda r: r.acronym is not None)


def _document_names(found: list[tuple[ParagraphInput, list[NewEntity]]], known: EntityIndex) -> _DocumentNames:
    names = _DocumentNames()
    for paragraph, records in found:
        for record in records:
            target = (record.entity_id, record.type)
            if record.acronym is not None:
                names.acronyms.setdefault(record.acronym, target)
            if record.bare_is_generic:
                _claim(names.bare, record.text, target)
            if record.type == "person":
                _claim(names.surnames, record.name.split()[-1], target)
        for mention in paragraph.mentions:
            info = known.get(mention.entity_id)
            if mention.entity_type == "person" and info is not None and len(info.name.split()) > 1:
                _claim(names.surnames, info.name.split()[-1], (mention.entity_id, "person"))
    return names


def _claim(table: dict[str, tuple[str, str] | None], key: str, target: tuple[str, str]) -> None:
    """Two entities under one key make it ambiguous (None) for the rest of the document."""
    table[key] = target if table.get(key, target) == target else None


def _later_mentions(
    paragraph: ParagraphInput, spans: list[Found], names: _DocumentNames, words: WordLists
) -> list[Found]:
    taken = SpanIndex([*((m.start, m.end) for m in paragraph.mentions), *((s.start, s.end) for s in spans)])
    extra: list[Found] = []
    lookups: list[tuple[dict[str, tuple[str, str]] | dict[str, tuple[str, str] | None], str]] = [
        (names.acronyms, "acronym_definition"),
        (names.bare, "organization_rule"),
    ]
    for table, method in lookups:
        for key, target in table.items():
            if key not in paragraph.text:
                continue
            for match in _whole_word(key).finditer(paragraph.text):
                if target is not None and not taken.overlaps(*match.span()):
                    extra.append(Found(match.start(), match.end(), target[0], target[1], method))
                    taken.add(*match.span())
    in_text = word_set(paragraph.text)
    present = {key: target for key, target in names.surnames.items() if target is not None and key in in_text}
    if present:
        title_spans = SpanIndex((t.start, t.end) for t in words.titles.find(paragraph.text))
        extra += _surname_mentions(paragraph.text, present, taken, title_spans)
    return extra


def _surname_mentions(
    text: str, surnames: dict[str, tuple[str, str]], taken: SpanIndex, title_spans: SpanIndex
) -> list[Found]:
    found = []
    for surname, target in surnames.items():
        for match in _whole_surname(surname).finditer(text):
            token = Token(match.group(), match.start(), match.end())
            if taken.overlaps(token.start, token.end) or not is_name_word(token):
                continue
            if not any(_joins_name(text, token, n, title_spans) for n in _neighbours(text, token)):
                found.append(Found(token.start, token.end, target[0], target[1], SURNAME_METHOD))
    return sorted(found, key=lambda f: f.start)


@lru_cache(maxsize=1024)
def _whole_word(key: str) -> re.Pattern[str]:
    """An acronym or bare name as a whole word, compiled once per key rather than per paragraph."""
    return re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])")


@lru_cache(maxsize=1024)
def _whole_surname(surname: str) -> re.Pattern[str]:
    """A surname as a whole word, not after an apostrophe ("O’Neill" holds no "Neill")."""
    return re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])")


def _neighbours(text: str, token: Token) -> list[Token]:
    """The words right before and after a token."""
    before = WORD_BEFORE.search(text, max(0, token.start - 60), token.start)
    after = WORD_AFTER.match(text, token.end)
    return [Token(m.group(1), m.start(1), m.end(1)) for m in (before, after) if m is not None]


def _joins_name(text: str, token: Token, neighbour: Token, title_spans: SpanIndex) -> bool:
    """A capitalised neighbour (not a title) makes the word part of a longer name: "Ana Vlad"."""
    left, right = (neighbour, token) if neighbour.start < token.start else (token, neighbour)
    adjacent = text[left.end : right.start] == " "
    return adjacent and is_name_word(neighbour) and not title_spans.overlaps(neighbour.start, neighbour.end)


def _mention_row(paragraph: ParagraphInput, found: Found) -> dict[str, Any]:
    return {
        "id": stable_id("mention", paragraph.id, found.start, found.end, found.entity_id),
        "paragraph_id": paragraph.id,
        "document_id": paragraph.document_id,
        "entity_id": found.entity_id,
        "text": paragraph.text[found.start : found.end],
        "start_char": found.start,
        "end_char": found.end,
        "method": found.method,
    }


def _entity_row(record: NewEntity) -> dict[str, Any]:
    return {
        "id": record.entity_id,
        "name": record.name,
        "type": record.type,
        "wikidata_id": None,
        "description": record.description,
        "latitude": None,
        "longitude": None,
        "parent_entity_id": record.parent_entity_id,
        "source": "extracted",
        "method": record.method,
        "confidence": record.confidence,
    }
