"""The lexicon of words that make a capitalised phrase an organization, programme or event name."""

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from eastflank.loaders.extract.lexicon import LEXICON_DIR, plain_strings, read_optional_section, read_section

ORGANIZATIONS_FILE = LEXICON_DIR / "organizations.yml"
SECTIONS = ("heads", "generic", "programme_heads", "event_heads")


@dataclass(frozen=True)
class OrganizationWords:
    """Head words by what they make a name, and the words many countries' bodies share."""

    heads: frozenset[str]
    generic: frozenset[str]
    programme_heads: frozenset[str]
    event_heads: frozenset[str]
    people_groups: frozenset[str] = frozenset()

    @cached_property
    def name_enders(self) -> frozenset[str]:
        """Head and generic words: capitalised words that end a person's name ("General Staff").
        Made once, not once per paragraph."""
        return self.heads | self.generic


def load_organization_words(path: Path = ORGANIZATIONS_FILE) -> OrganizationWords:
    """Read organizations.yml; every section must be a list of words."""
    words = {key: frozenset(plain_strings(path, read_section(path, key), key)) for key in SECTIONS}
    groups = frozenset(plain_strings(path, read_optional_section(path, "people_groups"), "people_groups"))
    return OrganizationWords(words["heads"], words["generic"], words["programme_heads"], words["event_heads"], groups)
