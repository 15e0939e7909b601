"""Everything extraction needs besides the article, loaded once from the reference folder.

One factory builds it for the build, the evaluation and the benchmark alike, so they all
measure the same extraction.
"""

from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.extract.entities.gazetteer import Gazetteer
from eastflank.loaders.extract.entities.offices import offices_of
from eastflank.loaders.extract.events.lexicon import EventLexicon, load_event_lexicon
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo
from eastflank.loaders.extract.word_lists import WordLists, load_word_lists
from eastflank.loaders.ingest.boilerplate import ChromePhrases, load_chrome_phrases
from eastflank.loaders.ingest.reference import ReferenceEntity, load_reference
from eastflank.loaders.paths import REFERENCE_DIR

LEXICON_FOLDER = "lexicon"


@dataclass(frozen=True)
class ExtractionContext:
    """The matcher, the chrome rules, the known entities and the curated lexicons."""

    gazetteer: Gazetteer
    chrome: ChromePhrases
    entities: EntityIndex
    event_lexicon: EventLexicon
    words: WordLists


def make_context(reference: list[ReferenceEntity], reference_dir: Path = REFERENCE_DIR) -> ExtractionContext:
    """The extraction context for already-loaded reference entities."""
    lexicons = reference_dir / LEXICON_FOLDER
    return ExtractionContext(
        gazetteer=Gazetteer(reference),
        chrome=load_chrome_phrases(reference_dir / "boilerplate.yml"),
        entities=EntityIndex({e.id: EntityInfo(e.id, e.name, e.type, offices_of(e)) for e in reference}),
        event_lexicon=load_event_lexicon(lexicons / "event_triggers.yml"),
        words=load_word_lists(lexicons),
    )


def load_context(reference_dir: Path = REFERENCE_DIR) -> tuple[list[ReferenceEntity], ExtractionContext]:
    """Load the reference folder and build the context from it."""
    reference = load_reference(reference_dir)
    return reference, make_context(reference, reference_dir)
