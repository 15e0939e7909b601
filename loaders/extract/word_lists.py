"""Every curated word list the extractors read, bundled and loaded once.

The lists live in `seeds/reference/lexicon/`: titles.yml (person titles and roles),
speech_verbs.yml (reporting verbs), organizations.yml (organization head words) and
currencies.yml (currency symbols, codes and words).
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eastflank.loaders.extract.entities.learned.organization_words import OrganizationWords, load_organization_words
from eastflank.loaders.extract.entities.titles import Titles, load_titles
from eastflank.loaders.extract.facts.currencies import Currencies, load_currencies
from eastflank.loaders.extract.lexicon import LEXICON_DIR
from eastflank.loaders.extract.quotes.speech_verbs import SpeechVerbs, load_speech_verbs


@dataclass(frozen=True, eq=False)
class WordLists:
    """Titles, reporting verbs, organization head words and currencies."""

    titles: Titles
    verbs: SpeechVerbs
    organizations: OrganizationWords
    currencies: Currencies


def load_word_lists(directory: Path = LEXICON_DIR) -> WordLists:
    """Read the four lexicon files from one folder."""
    return WordLists(
        load_titles(directory / "titles.yml"),
        load_speech_verbs(directory / "speech_verbs.yml"),
        load_organization_words(directory / "organizations.yml"),
        load_currencies(directory / "currencies.yml"),
    )


@lru_cache(maxsize=1)
def default_word_lists() -> WordLists:
    """The project's curated lists, read once per process."""
    return load_word_lists()
