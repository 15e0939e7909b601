"""The lexicon of words that make a capitalised phrase an organisation, programme or event name."""

from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.extract.lexicon import LEXICON_DIR, plain_strings, read_optional_section, read_section

ORGANISATIONS_FILE = LEXICON_DIR / "organisations.yml"
SECTIONS = ("heads", "generic", "programme_heads", "event_heads")


@dataclass(frozen=True)
class OrganisationWords:
    """Head words by what they make a name, and the words many countries' bodies share."""

    heads: frozenset[str]
    generic: frozenset[str]
    programme_heads: frozenset[str]
    event_heads: frozenset[str]
    people_groups: frozenset[str] = frozenset()


def load_organisation_words(path: Path = ORGANISATIONS_FILE) -> OrganisationWords:
    """Read organisations.yml; every section must be a list of words."""
    words = {key: frozenset(plain_strings(path, read_section(path, key), key)) for key in SECTIONS}
    groups = frozenset(plain_strings(path, read_optional_section(path, "people_groups"), "people_groups"))
    return OrganisationWords(words["heads"], words["generic"], words["programme_heads"], words["event_heads"], groups)
