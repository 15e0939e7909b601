"""The lexicon of person titles and roles, and a matcher that finds them in text.

Titles do two jobs: a title before capitalised words marks them as a person's name
("General Ion Vasile"), and a title standing alone refers back to a person named earlier
("the prime minister", "explained the president's advisor").
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.lexicon import LEXICON_DIR, checked_entry, read_section, strings
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
        self._pattern = _compile(list(self._by_form))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TitleMatch]:
        """Non-overlapping titles in text[start:end], leftmost and then longest first."""
        stop = len(text) if end is None else end
        return [
            TitleMatch(m.start(), m.end(), self._by_form[_key(m.group())])
            for m in self._pattern.finditer(text, start, stop)
            if _key(m.group()) in self._by_form
        ]

    def lookup(self, words: str) -> Title | None:
        """The title written exactly as `words` (case as the lexicon allows), if any."""
        return self._by_form.get(_key(words))


def load_titles(path: Path = TITLES_FILE) -> Titles:
    """Read titles.yml; an unknown kind or a form listed under two titles stops the build."""
    titles = []
    seen: dict[str, str] = {}
    for raw in read_section(path, "titles"):
        entry = checked_entry(path, raw, ("title", "kind", "forms"), ())
        if entry["kind"] not in TITLE_KINDS:
            raise ReferenceDataError(path, f"title {entry['title']!r} has unknown kind {entry['kind']!r}", f"use one of {', '.join(TITLE_KINDS)}", line_of(entry))
        title = Title(str(entry["title"]), cast(TitleKind, entry["kind"]), strings(path, entry, "forms"))
        for form in title.forms:
            if seen.setdefault(_key(form), title.title) != title.title:
                raise ReferenceDataError(path, f"form {form!r} is listed under {seen[_key(form)]!r} and {title.title!r}", "keep each form under one title", line_of(entry))
        titles.append(title)
    return Titles(titles)


def _key(form: str) -> str:
    """Capitals-only forms (PM, MP) keep their case; the rest fold, with ’ read as '."""
    form = re.sub(r"\s+", " ", form.replace("’", "'"))
    return form if _is_capitals(form) else form.casefold()


def _is_capitals(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _compile(keys: list[str]) -> re.Pattern[str]:
    ordered = sorted(keys, key=len, reverse=True)
    parts = [re.escape(k).replace("'", "['’]").replace(r"\ ", r"\s+") for k in ordered]
    alternatives = [p if _is_capitals(k) else f"(?i:{p})" for k, p in zip(ordered, parts)]
    return re.compile(rf"(?<![\w.])(?:{'|'.join(alternatives)})(?![\w’'-])")
