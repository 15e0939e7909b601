"""Rules that recognise site chrome in scraped articles, on any site, and say which rule fired.

Scrapers keep navigation crumbs ("Home / Security / ..."), section heads of link lists
("Similar Articles", "Most Popular"), stamps, bylines, captions, calls to follow the site and
truncated teasers of other articles. A line is chrome by its own shape (`chrome_shapes`), by
a short curated list of whole-line phrases in `seeds/reference/boilerplate.yml`, or by where
it stands: a line that repeats the title (a navigation link, maybe wrapped over two lines), a
one-to-three-word section label above the title, and everything after a footer marker in
the second half of a page.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.ingest.chrome_shapes import content, is_stamp, shape_reason
from eastflank.loaders.ingest.yaml_lines import load_yaml

FOOTER_START_FRACTION = 0.5
PHRASE_MAX_LENGTH = 80
CATEGORY_MAX_WORDS = 3
TITLE_REPEAT_SLACK = 40
SENTENCE_END = re.compile(r"[.!?…\"”’]$")


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


def line_reason(line: str, chrome: ChromePhrases) -> str | None:
    """Why the line is chrome by itself (a curated phrase or a shape), or None."""
    if _is_phrase(content(line), chrome.phrases):
        return "phrase"
    return shape_reason(line)


def is_footer_marker(line: str, chrome: ChromePhrases) -> bool:
    """True for a line after which the rest of the page is footer (related links, stamps)."""
    stripped = content(line)
    return _is_phrase(stripped, chrome.footer_markers) or is_stamp(stripped)


def chrome_reasons(lines: list[str], offsets: list[int], text_length: int, chrome: ChromePhrases) -> list[str | None]:
    """One reason per line (None for the article's own lines): its shape, its place, or the footer."""
    reasons = [line_reason(line, chrome) for line in lines]
    _mark_category_and_title_repeats(lines, reasons)
    footer_floor = text_length * FOOTER_START_FRACTION
    for index, (line, offset) in enumerate(zip(lines, offsets, strict=True)):
        if offset >= footer_floor and is_footer_marker(line, chrome):
            return reasons[:index] + [reason or "footer" for reason in reasons[index:]]
    return reasons


def _mark_category_and_title_repeats(lines: list[str], reasons: list[str | None]) -> None:
    """A short label above the title is the page's section; later lines that repeat the title are links to it."""
    text_lines = [index for index, reason in enumerate(reasons) if reason is None]
    if len(text_lines) < 2:
        return
    first, second = text_lines[0], text_lines[1]
    if _is_label(lines[first]) and _is_heading_like(lines[second]):
        reasons[first] = "category"
        first, text_lines = second, text_lines[1:]
    title = _key(lines[first])
    if title == "":
        return
    for this, after in zip(text_lines[1:], [*text_lines[2:], None][: len(text_lines) - 1], strict=True):
        if reasons[this] is None and _repeats(lines[this], title):
            reasons[this] = "title_repeat"
        elif after == this + 1 and reasons[this] is None and _repeats(f"{lines[this]} {lines[after]}", title):
            reasons[this] = reasons[after] = "title_repeat"


def _is_label(line: str) -> bool:
    stripped = content(line)
    return len(stripped.split()) <= CATEGORY_MAX_WORDS and SENTENCE_END.search(stripped) is None


def _is_heading_like(line: str) -> bool:
    stripped = content(line)
    return SENTENCE_END.search(stripped) is None or stripped[:1].islower()


def _repeats(line: str, title_key: str) -> bool:
    """The title again, maybe with a word or two of navigation around it, never a sentence."""
    stripped = content(line)
    if SENTENCE_END.search(stripped) is not None or len(stripped) > len(title_key) + TITLE_REPEAT_SLACK:
        return False
    return f" {title_key} " in f" {_key(stripped)} "
