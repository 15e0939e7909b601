"""A synthetic corpus of N articles assembled from the seed sentences, reproducibly.

Each article takes body sentences from the seed articles and swaps every entity name in
them for a random reference entity of the same type, so the text keeps the genre's
shape (and its dates, quotes and amounts) while names vary as they would across a real
corpus. A fixed random seed makes the corpus identical on every run.
"""

import random
import re
from collections import defaultdict
from pathlib import Path

from eastflank.loaders.extract.entities.gazetteer import Gazetteer
from eastflank.loaders.extract.text.sentences import sentence_spans
from eastflank.loaders.ingest.boilerplate import load_chrome_phrases
from eastflank.loaders.ingest.paragraphs import split_paragraphs
from eastflank.loaders.ingest.read import read_article
from eastflank.loaders.ingest.reference import load_reference
from eastflank.loaders.paths import REFERENCE_DIR, SEEDS_DIR

RANDOM_SEED = 20261123
PARAGRAPHS_PER_ARTICLE = (4, 9)
SENTENCES_PER_PARAGRAPH = (2, 5)
SLOT = re.compile(r"\{(\w+)\}")


def seed_sentences(seeds: Path = SEEDS_DIR, reference_dir: Path = REFERENCE_DIR) -> list[str]:
    """Every body sentence of the seed articles, with entity names marked as {type} slots."""
    entities = load_reference(reference_dir)
    gazetteer = Gazetteer(entities)
    types = {entity.id: entity.type for entity in entities}
    chrome = load_chrome_phrases(reference_dir / "boilerplate.yml")
    sentences = []
    for path in sorted(seeds.glob("*.txt")):
        for paragraph in split_paragraphs(read_article(path), chrome):
            if paragraph.kind == "body":
                sentences += [
                    _template(paragraph.text[s:e], gazetteer, types) for s, e in sentence_spans(paragraph.text)
                ]
    return sentences


def _template(sentence: str, gazetteer: Gazetteer, types: dict[str, str]) -> str:
    parts, cursor = [], 0
    for match in gazetteer.find(sentence):
        parts += [_escape(sentence[cursor : match.start]), "{" + types[match.entity_id] + "}"]
        cursor = match.end
    return "".join(parts) + _escape(sentence[cursor:])


def _escape(text: str) -> str:
    return text.replace("{", "(").replace("}", ")")


def names_by_type(reference_dir: Path = REFERENCE_DIR) -> dict[str, list[str]]:
    """Canonical names of the reference entities, grouped by type, in a stable order."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for entity in load_reference(reference_dir):
        grouped[entity.type].append(entity.name)
    return dict(grouped)


def write_corpus(out: Path, count: int, seed: int = RANDOM_SEED) -> Path:
    """Write `count` articles into `out` (created); return the folder."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sentences, names = seed_sentences(), names_by_type()
    for number in range(count):
        (out / f"{number:06d}.txt").write_text(_article(rng, sentences, names), encoding="utf-8")
    return out


def _article(rng: random.Random, sentences: list[str], names: dict[str, list[str]]) -> str:
    paragraphs = [
        " ".join(_fill(rng.choice(sentences), rng, names) for _ in range(rng.randint(*SENTENCES_PER_PARAGRAPH)))
        for _ in range(rng.randint(*PARAGRAPHS_PER_ARTICLE))
    ]
    title = _fill("{country} and {organization} discuss {programme}", rng, names)
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _fill(template: str, rng: random.Random, names: dict[str, list[str]]) -> str:
    return SLOT.sub(lambda slot: rng.choice(names.get(slot.group(1)) or [slot.group(1)]), template)
