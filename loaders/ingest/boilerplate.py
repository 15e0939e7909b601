"""Rules that recognise site chrome in scraped articles, on any site.

Scrapers keep navigation crumbs ("Home / Security / ..."), section heads of link lists
("Similar Articles", "Most Popular"), update stamps and truncated teasers of other
articles. The rules look at a line's shape, plus a short curated list of chrome phrases
in `seeds/reference/boilerplate.yml`; once a footer marker appears in the second half of
a page, everything after it is the page's footer.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.ingest.yaml_lines import load_yaml

BREADCRUMB = re.compile(r"^(home|homepage|main|start)\s*[/>»›|]|^[^/>»›|.!?]{1,40}(\s[/>»›|]\s[^/>»›|]{1,120}){2,}$", re.IGNORECASE)
UPDATE_STAMP = re.compile(r"^((last\s+)+updated?|updated|published|posted( on)?)\s*(on)?\s*[:\-–]?\s*\S", re.IGNORECASE)
TRUNCATED = re.compile(r"(…|\.\.\.)\s*$")
FOOTER_START_FRACTION = 0.5
PHRASE_MAX_LENGTH = 80


@dataclass(frozen=True)
class ChromePhrases:
    """Whole-line phrases that are chrome; footer markers also end the article body."""

    phrases: frozenset[str]
    footer_markers: frozenset[str]


def load_chrome_phrases(path: Path) -> ChromePhrases:
    """Read the curated phrase lists from boilerplate.yml."""
    loaded = load_yaml(path, ReferenceDataError)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("phrases"), list):
        raise ReferenceDataError(path, "has no list under `phrases:`", "list chrome phrases under `phrases:`")
    markers = loaded.get("footer_markers", [])
    return ChromePhrases(
        phrases=frozenset(_key(str(p)) for p in loaded["phrases"] + markers),
        footer_markers=frozenset(_key(str(m)) for m in markers),
    )


def _key(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line.casefold()).strip()


def _is_phrase(line: str, phrases: frozenset[str]) -> bool:
    """Whole-line phrase lookup; long lines are prose, never a chrome phrase."""
    return len(line) <= PHRASE_MAX_LENGTH and _key(line) in phrases


def is_chrome_line(line: str, chrome: ChromePhrases) -> bool:
    """True for a line that is navigation, a stamp, a link-list head or a teaser."""
    stripped = line.strip()
    return bool(
        _is_phrase(stripped, chrome.phrases)
        or BREADCRUMB.search(stripped)
        or UPDATE_STAMP.search(stripped)
        or TRUNCATED.search(stripped)
    )


def is_footer_marker(line: str, chrome: ChromePhrases) -> bool:
    """True for a line after which the rest of the page is footer (related links, stamps)."""
    stripped = line.strip()
    return _is_phrase(stripped, chrome.footer_markers) or bool(UPDATE_STAMP.search(stripped))


def flag_chrome(lines: list[str], offsets: list[int], text_length: int, chrome: ChromePhrases) -> list[bool]:
    """One flag per line: chrome by its own shape, or as part of the footer."""
    flags = [is_chrome_line(line, chrome) for line in lines]
    footer_floor = text_length * FOOTER_START_FRACTION
    for index, (line, offset) in enumerate(zip(lines, offsets)):
        if offset >= footer_floor and is_footer_marker(line, chrome):
            return flags[:index] + [True] * (len(lines) - index)
    return flags
