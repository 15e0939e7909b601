"""The lexicon of person titles and roles, and a matcher that finds them in text.

Titles do two jobs: a title before capitalised words marks them as a person's name
("General Ion Vasile"), and a title standing alone refers back to a person named earlier
("the prime minister", "explained the president's advisor").
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, cast

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.lexicon import LEXICON_DIR, checked_entry, read_section, strings
from eastflank.loaders.extract.text.phrase_matcher import PhraseMatcher, is_capitals
from eastflank.loaders.ingest.yaml_lines import line_of

TITLES_FILE = LEXICON_DIR / "titles.yml"
TitleKind = Literal["office", "rank", "role", "honorific", "group"]
TITLE_KINDS: tuple[TitleKind, ...] = ("office", "rank", "role", "honorific", "group")


@dataclass(frozen=True)
class Title:
    """One title: its canonical form, its kind and every way it is written."""

    title: str
    kind: TitleKind
    forms: tuple[str, ...]


@dataclass(frozen=True)
class TitleMatch:
    """A title found in text (offsets in that text)."""

    start: int
    end: int
    title: Title


class Titles:
    """Every title, matched longest first; forms in capitals only match in capitals."""

    def __init__(self, titles: list[Title]) -> None:
        self.titles = tuple(titles)
        self._by_form: dict[str, Title] = {}
        for title in titles:
            for form in title.forms:
                self._by_form[_key(form)] = title
        self._matcher = PhraseMatcher([form for title in titles for form in title.forms])

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TitleMatch]:
        """Non-overlapping titles in text[start:end], leftmost and then longest first."""
        if start == 0 and end is None:
            return list(self._find_all(text))
        return self._find(text, start, end)

    @lru_cache(maxsize=64)  # noqa: B019 -- one Titles per build, held for its whole life anyway
    def _find_all(self, text: str) -> tuple[TitleMatch, ...]:
        """The titles of a whole paragraph, which the people and the surname rules both ask for."""
        return tuple(self._find(text, 0, None))

    def _find(self, text: str, start: int, end: int | None) -> list[TitleMatch]:
        return [m for m in map(self._title_match, self._matcher.find(text, start, end)) if m is not None]

    def match_at(self, text: str, position: int) -> TitleMatch | None:
        """The longest title starting exactly at `position`, if any."""
        match = self._matcher.match_at(text, position)
        return None if match is None else self._title_match(match)

    def lookup(self, words: str) -> Title | None:
        """The title written exactly as `words` (case as the lexicon allows), if any."""
        return self._by_form.get(_key(words))

    def _title_match(self, match: re.Match[str]) -> TitleMatch | None:
        title = self._by_form.get(_key(match.group()))
        return None if title is None else TitleMatch(match.start(), match.end(), title)


def load_titles(path: Path = TITLES_FILE) -> Titles:
    """Read titles.yml; an unknown kind or a form listed under two titles stops the build."""
    titles = []
    seen: dict[str, str] = {}
    for raw in read_section(path, "titles"):
        entry = checked_entry(path, raw, ("title", "kind", "forms"), ())
        if entry["kind"] not in TITLE_KINDS:
            raise ReferenceDataError(
                path,
                f"title {entry['title']!r} has unknown kind {entry['kind']!r}",
                f"use one of {', '.join(TITLE_KINDS)}",
                line_of(entry),
            )
        title = Title(str(entry["title"]), cast(TitleKind, entry["kind"]), strings(path, entry, "forms"))
        for form in title.forms:
            if seen.setdefault(_key(form), title.title) != title.title:
                raise ReferenceDataError(
                    path,
                    f"form {form!r} is listed under {seen[_key(form)]!r} and {title.title!r}",
                    "keep each form under one title",
                    line_of(entry),
                )
        titles.append(title)
    return Titles(titles)


@lru_cache(maxsize=4096)
def _key(form: str) -> str:
    """Capitals-only forms (PM, MP) keep their case; the rest fold, with ’ read as '. Kept for
    the forms seen last: every title found in the text is looked up by it, and the same few
    forms recur in article after article."""
    form = re.sub(r"\s+", " ", form.replace("’", "'"))
    return form if is_capitals(form) else form.casefold()
