"""The curated event lexicon (seeds/reference/lexicon/event_triggers.yml), read once and checked.

Trigger forms are stored as lowercase word tuples, so the extractor finds them by looking up
runs of words instead of running one long regex alternation over every sentence. A form may
hold "*" for any one word ("became the * member" for "the 30th", "a full", "the newest"), so
one form stands for every ordinal or adjective a report may put there.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.ingest.yaml_lines import LINE_KEY, line_of, load_yaml
from eastflank.loaders.paths import REFERENCE_DIR
from eastflank.schema.vocabularies import EventType

EVENT_LEXICON_FILE = REFERENCE_DIR / "lexicon" / "event_triggers.yml"
EVENT_TYPES = tuple(member.value for member in EventType)
"""The closed vocabulary of event types, defined once in schema/vocabularies.py."""
FORMS = {"nouns": "noun", "verbs": "verb", "speech": "speech", "formal": "formal"}
ENTRY_FIELDS = {"type", "label", "note", LINE_KEY, *FORMS}
SUMMIT_FIELDS = {"city", "year", "note", LINE_KEY}
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
FORM_WORD = re.compile(r"\*|\w+(?:[-'’]\w+)*")
ANY_WORD = "*"
YEAR = re.compile(r"\d{4}")

Words = tuple[str, ...]


@dataclass(frozen=True)
class Trigger:
    """What one trigger form signals: the event type, the noun names are built from, its form.

    form is noun ("a press conference"), verb ("approved"), speech ("said") or formal ("stated").
    """

    type: str
    label: str
    form: str


@dataclass(frozen=True)
class EventLexicon:
    """Every trigger form, the order that picks one event per clause, and the named summits."""

    triggers: dict[Words, Trigger]
    rank: dict[str, int]
    gatherings: frozenset[str]
    summit_years: dict[str, str]

    @cached_property
    def first_words(self) -> dict[str, int]:
        """The first word of every form, with the most words a form starting with it has: a
        word not listed here starts no trigger, so most words are passed over at one lookup."""
        lengths: dict[str, int] = {}
        for form in self.triggers:
            lengths[form[0]] = max(lengths.get(form[0], 0), len(form))
        return lengths

    @cached_property
    def statement_openers(self) -> frozenset[str]:
        """The first words of the statement forms: a sentence without one holds no statement."""
        return frozenset(form[0] for form, trigger in self.triggers.items() if trigger.type == "statement")

    @cached_property
    def gathering_openers(self) -> frozenset[str]:
        """The first words of the gathering forms. No hit changes its type to a gathering or a
        statement: triggers.py only turns an agreement into a decision."""
        return frozenset(form[0] for form, trigger in self.triggers.items() if trigger.type in self.gatherings)

    @cached_property
    def gapped(self) -> dict[str, tuple[Words, ...]]:
        """The forms holding "*", by their first word (which is never "*")."""
        found: dict[str, list[Words]] = {}
        for form in self.triggers:
            if ANY_WORD in form:
                found.setdefault(form[0], []).append(form)
        return {first: tuple(forms) for first, forms in found.items()}

    def trigger(self, words: Words) -> Trigger | None:
        """The trigger of a run of lowercase words: an exact form, else a form with "*" gaps."""
        exact = self.triggers.get(words)
        if exact is not None:
            return exact
        form = self.gapped_form(words)
        return None if form is None else self.triggers[form]

    def gapped_form(self, words: Words) -> Words | None:
        """The form with "*" gaps that a run of lowercase words fills, if any."""
        for form in self.gapped.get(words[0], ()):
            if len(form) == len(words) and all(f in (ANY_WORD, w) for f, w in zip(form, words, strict=True)):
                return form
        return None

    @cached_property
    def summit_pattern(self) -> re.Pattern[str]:
        """ "Riga Summit", "NATO summit in Riga": group `city` (or `city_after`) holds the city."""
        cities = "|".join(re.escape(city) for city in sorted(self.summit_years, key=len, reverse=True))
        return re.compile(rf"\b(?P<city>{cities})\s+[Ss]ummit\b|\bNATO\s+[Ss]ummit\s+in\s+(?P<city_after>{cities})\b")


def words_of(text: str) -> Words:
    """The lowercase words of a phrase, as the matcher compares them ("*" kept as a gap)."""
    return tuple(word.lower() for word in FORM_WORD.findall(text))


def load_event_lexicon(path: Path = EVENT_LEXICON_FILE) -> EventLexicon:
    """Read and check the lexicon file; a broken entry stops the build naming its line."""
    loaded = load_yaml(path, ReferenceDataError)
    if not isinstance(loaded, dict):
        raise ReferenceDataError(
            path, "is not a mapping", "write `rank:`, `gatherings:`, `triggers:` and `named_summits:`"
        )
    return parse_event_lexicon(loaded, path)


def parse_event_lexicon(loaded: dict[str, Any], path: Path) -> EventLexicon:
    """The lexicon from the parsed YAML mapping."""
    rank = _type_list(loaded, "rank", path)
    if sorted(rank) != sorted(EVENT_TYPES):
        raise ReferenceDataError(
            path, f"ranks {rank}, not every event type once", f"list each of {', '.join(EVENT_TYPES)}"
        )
    triggers: dict[Words, Trigger] = {}
    for entry in _entries(loaded, "triggers", path):
        _add_entry(triggers, entry, path)
    summits = {
        str(e["city"]): _year(e, path)
        for e in _entries(loaded, "named_summits", path)
        if _checked(e, SUMMIT_FIELDS, path)
    }
    gatherings = frozenset(_type_list(loaded, "gatherings", path))
    return EventLexicon(triggers, {t: i for i, t in enumerate(rank)}, gatherings, summits)


def _add_entry(triggers: dict[Words, Trigger], entry: dict[str, Any], path: Path) -> None:
    _checked(entry, ENTRY_FIELDS, path)
    if entry.get("type") not in EVENT_TYPES or not isinstance(entry.get("label"), str):
        raise ReferenceDataError(
            path,
            f"has a trigger entry with type {entry.get('type')!r}",
            "give `type:` (an event type) and `label:`",
            line_of(entry),
        )
    for key, form in FORMS.items():
        for phrase in entry.get(key, []):
            words = words_of(str(phrase))
            if words in triggers or not words or words[0] == ANY_WORD:
                raise ReferenceDataError(
                    path,
                    f"lists {phrase!r} twice, empty or opening with '*'",
                    "keep each form in one entry and open it with a word",
                    line_of(entry),
                )
            triggers[words] = Trigger(entry["type"], entry["label"], form)


def _checked(entry: Any, allowed: set[str], path: Path) -> bool:
    if not isinstance(entry, dict):
        raise ReferenceDataError(
            path, f"has an entry that is not a mapping: {entry!r}", "write each entry as a mapping"
        )
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise ReferenceDataError(
            path, f"has unknown fields {unknown}", f"use only {sorted(allowed - {LINE_KEY})}", line_of(entry)
        )
    return True


def _year(entry: dict[str, Any], path: Path) -> str:
    year = str(entry.get("year"))
    if YEAR.fullmatch(year) is None or not entry.get("city"):
        raise ReferenceDataError(
            path,
            f"has a summit without a city or a four-digit year: {entry}",
            "write `{city: Riga, year: '2006'}`",
            line_of(entry),
        )
    return year


def _entries(loaded: dict[str, Any], key: str, path: Path) -> list[Any]:
    value = loaded.get(key)
    if not isinstance(value, list):
        raise ReferenceDataError(path, f"has no list under `{key}:`", f"add `{key}:` with a list")
    return value


def _type_list(loaded: dict[str, Any], key: str, path: Path) -> list[str]:
    types = [str(t) for t in _entries(loaded, key, path)]
    unknown = sorted(set(types) - set(EVENT_TYPES))
    if unknown:
        raise ReferenceDataError(
            path, f"lists unknown event types {unknown} under `{key}:`", f"use only {', '.join(EVENT_TYPES)}"
        )
    return types
