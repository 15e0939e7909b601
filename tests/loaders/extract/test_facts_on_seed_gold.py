"""Quotes, amounts, citations and new entities against the hand-annotated seed articles.

The paragraphs carry the gold mentions (an oracle gazetteer), so these tests measure the
rules themselves, not the reference data's coverage. Offsets are compared in document
coordinates, as the gold files give them.
"""

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from eastflank.loaders.evaluate.gold import GoldDocument, load_gold
from eastflank.loaders.extract.entities.gazetteer import Gazetteer
from eastflank.loaders.extract.entities.learned.rows import extract_new_entities
from eastflank.loaders.extract.entities.learned.rules import CONFIDENCE
from eastflank.loaders.extract.facts.amounts import extract_amounts
from eastflank.loaders.extract.facts.citations import extract_citations
from eastflank.loaders.extract.quotes.extractor import extract_quotes
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput
from eastflank.loaders.extract.word_lists import default_word_lists
from eastflank.loaders.ingest.boilerplate import load_chrome_phrases
from eastflank.loaders.ingest.paragraphs import split_paragraphs
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import GOLD_DIR, REFERENCE_DIR

SEED_GOLD = sorted((GOLD_DIR / "seeds").glob("*.yml"))
CHROME = load_chrome_phrases(REFERENCE_DIR / "boilerplate.yml")
ALL_TYPES = ("person", "organization", "country", "location", "programme")


@dataclass(frozen=True)
class Article:
    """A gold article split as the build splits it, with gold mentions of the chosen types."""

    gold: GoldDocument
    paragraphs: tuple[tuple[int, ParagraphInput], ...]
    entities: EntityIndex


def article(path: Path, types: tuple[str, ...] = ALL_TYPES) -> Article:
    gold = load_gold(path)
    mentions = [m for m in gold.mentions if m.type in types]
    paragraphs = []
    for span in split_paragraphs(gold.text, CHROME):
        if not span.is_boilerplate:
            inside = tuple(
                MentionSpan(m.start - span.start_char, m.end - span.start_char, m.entity, m.type, m.text)
                for m in mentions
                if span.start_char <= m.start and m.end <= span.end_char
            )
            paragraphs.append(
                (span.start_char, ParagraphInput(f"p{span.position}", "d", span.position, span.text, inside))
            )
    entities = EntityIndex({m.entity: EntityInfo(m.entity, m.entity, m.type) for m in mentions})
    return Article(gold, tuple(paragraphs), entities)


@pytest.mark.parametrize("path", SEED_GOLD, ids=lambda p: p.stem)
def test_every_seed_quote_with_its_speaker(path: Path) -> None:
    seed = article(path)
    got = set()
    previous = None
    for offset, paragraph in seed.paragraphs:
        for row in extract_quotes(paragraph, seed.entities, previous):
            got.add((offset + row["start_char"], offset + row["end_char"], row["speaker_entity_id"]))
        previous = paragraph
    want = {(q.start, q.end, q.speaker) for q in seed.gold.quotes}
    assert got == want, sorted(got ^ want, key=str)


@pytest.mark.parametrize("path", SEED_GOLD, ids=lambda p: p.stem)
def test_every_seed_amount(path: Path) -> None:
    seed = article(path)
    currencies = default_word_lists().currencies
    got = {
        (offset + r["start_char"], offset + r["end_char"], r["text"], r["value"], r["currency"])
        for offset, paragraph in seed.paragraphs
        for r in extract_amounts(paragraph, currencies)
    }
    want = {(a.start, a.end, a.text, a.value, a.currency) for a in seed.gold.amounts}
    assert got == want, sorted(got ^ want, key=str)


@pytest.mark.parametrize("path", SEED_GOLD, ids=lambda p: p.stem)
def test_every_seed_citation(path: Path) -> None:
    seed = article(path)
    gazetteer = _gold_gazetteer(seed.gold)
    got = {
        (offset + r["start_char"], offset + r["end_char"], r["text"], r["label"], r["entity_id"])
        for offset, paragraph in seed.paragraphs
        for r in extract_citations(paragraph, gazetteer)
    }
    want = {(c.start, c.end, c.text, c.label, c.entity) for c in seed.gold.citations}
    assert got == want, sorted(got ^ want, key=str)


def _gold_gazetteer(gold: GoldDocument) -> Gazetteer:
    """Every gold surface form as an alias of its entity (id = canonical name)."""
    forms: dict[str, set[str]] = {}
    claimed: set[str] = set()
    for mention in gold.mentions:
        if mention.text not in claimed:
            claimed.add(mention.text)
            forms.setdefault(mention.entity, set()).add(mention.text)
    types = {m.entity: m.type for m in gold.mentions}
    return Gazetteer([ReferenceEntity(id=e, name=e, type=types[e], aliases=tuple(sorted(f))) for e, f in forms.items()])


def test_rule_confidence_is_the_precision_measured_on_the_seeds() -> None:
    """With only countries and places known, every person and organization must come from the
    rules; a new mention is right when a gold mention of its type ends where it ends (its
    qualifier, "Romanian" in "Romanian Ministry ...", is left to the gazetteer) and, for a
    person, starts where it starts. Confidence = rule-of-succession estimate (k+1)/(n+2),
    rounded down to two decimals, which keeps a rule measured on few names below 1."""
    counts: Counter[tuple[str, bool]] = Counter()
    for path in SEED_GOLD:
        seed = article(path, ("country", "location"))
        rows = extract_new_entities([p for _, p in seed.paragraphs], seed.entities, default_word_lists())
        types = {e["id"]: e["type"] for e in rows.entities}
        offsets = {p.id: offset for offset, p in seed.paragraphs}
        for m in rows.mentions:
            start, end = offsets[m["paragraph_id"]] + m["start_char"], offsets[m["paragraph_id"]] + m["end_char"]
            kind = types.get(m["entity_id"], "")
            right = any(
                g.end == end and g.type == kind and (g.start == start or (kind == "organization" and g.start < start))
                for g in seed.gold.mentions
            )
            counts[(m["method"], right)] += 1
    measured = {
        rule: math.floor(100 * (counts[(rule, True)] + 1) / (counts[(rule, True)] + counts[(rule, False)] + 2)) / 100
        for rule in CONFIDENCE
    }
    assert measured == CONFIDENCE, (measured, sorted(counts.items()))
