"""Every curated word list the extractors read, bundled and loaded once.

The lists live in `seeds/reference/lexicon/`: titles.yml (person titles and roles),
speech_verbs.yml (reporting verbs), organisations.yml (organisation head words) and
currencies.yml (currency symbols, codes and words).
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eastflank.loaders.extract.facts.currencies import Currencies, load_currencies
from eastflank.loaders.extract.lexicon import LEXICON_DIR
from eastflank.loaders.extract.entities.learned.organisation_words import OrganisationWords, load_organisation_words
from eastflank.loaders.extract.quotes.speech_verbs import SpeechVerbs, load_speech_verbs
from eastflank.loaders.extract.entities.titles import Titles, load_titles


@dataclass(frozen=True, eq=False)
class WordLists:
    """Titles, reporting verbs, organisation head words and currencies."""

    titles: Titles
    verbs: SpeechVerbs
    organisations: OrganisationWords
    currencies: Currencies


def load_word_lists(directory: Path = LEXICON_DIR) -> WordLists:
    """Read the four lexicon files from one folder."""
    return WordLists(
        load_titles(directory / "titles.yml"),
        load_speech_verbs(directory / "speech_verbs.yml"),
        load_organisation_words(directory / "organisations.yml"),
        load_currencies(directory / "currencies.yml"),
    )


@lru_cache(maxsize=1)
def default_word_lists() -> WordLists:
    """The project's curated lists, read once per process."""
    return load_word_lists()
