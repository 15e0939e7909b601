"""The lexicon of reporting verbs ("said", "stressed", "according to") and a matcher for them,
with the nouns for texts that speak for their author ("the document reads")."""

import re
from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.extract.lexicon import (
    LEXICON_DIR,
    checked_entry,
    plain_strings,
    read_optional_section,
    read_section,
    strings,
)
from eastflank.loaders.extract.text.phrase_matcher import PhraseMatcher

SPEECH_VERBS_FILE = LEXICON_DIR / "speech_verbs.yml"


@dataclass(frozen=True)
class VerbHit:
    """A reporting verb (or a phrase like "according to") found in text."""

    start: int
    end: int
    form: str
    is_phrase: bool
    noun_too: bool
    after_quote_only: bool


class SpeechVerbs:
    """Every reporting form, matched as whole words in any case."""

    def __init__(
        self,
        forms: dict[str, str],
        noun_forms: set[str],
        after_quote_only: set[str],
        phrases: tuple[str, ...],
        documents: tuple[str, ...] = (),
    ) -> None:
        self.forms = forms
        self.noun_forms = frozenset(noun_forms)
        self.after_quote_only = frozenset(after_quote_only)
        self.phrases = frozenset(p.casefold() for p in phrases)
        self._matcher = PhraseMatcher([*forms, *self.phrases])
        self.documents = PhraseMatcher(list(documents)) if documents else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[VerbHit]:
        """Reporting forms in text[start:end], in order."""
        return [self._hit(m) for m in self._matcher.find(text, start, end)]

    def find_documents(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """Nouns for texts that speak ("the report", "a press release") in text[start:end], in order."""
        return [] if self.documents is None else self.documents.find(text, start, end)

    def _hit(self, match: re.Match[str]) -> VerbHit:
        form = re.sub(r"\s+", " ", match.group()).casefold()
        return VerbHit(
            match.start(),
            match.end(),
            form,
            form in self.phrases,
            form in self.noun_forms,
            form in self.after_quote_only,
        )


def load_speech_verbs(path: Path = SPEECH_VERBS_FILE) -> SpeechVerbs:
    """Read speech_verbs.yml: verbs, phrases before a speaker and the nouns for speaking texts."""
    forms: dict[str, str] = {}
    noun_forms: set[str] = set()
    after_only: set[str] = set()
    for raw in read_section(path, "verbs"):
        entry = checked_entry(path, raw, ("lemma", "forms"), ("noun_forms", "after_quote_only"))
        entry_forms = [form.casefold() for form in strings(path, entry, "forms")]
        forms.update((form, str(entry["lemma"])) for form in entry_forms)
        noun_forms.update(form.casefold() for form in strings(path, entry, "noun_forms"))
        if entry.get("after_quote_only") is True:
            after_only.update(entry_forms)
    phrases = plain_strings(path, read_optional_section(path, "phrases_before_speaker"), "phrases_before_speaker")
    documents = plain_strings(path, read_optional_section(path, "documents"), "documents")
    return SpeechVerbs(forms, noun_forms, after_only, phrases, documents)
