"""Find acronym definitions, "Full Name (ACR)" and "ACR (Full Name)", for the document's aliases.

The long form is checked against the acronym with Schwartz and Hearst's rule (PSB 2003):
every letter of the acronym appears in the long form in order, and the first at the start
of a word; the shortest such long form is taken. "Individual Partnership Action Plan (IPAP)" passes. An acronym in another
language ("Romanian Ministry of National Defense (MApN)", from Ministerul Apărării
Naționale) fails it, and is still taken in the first shape when the name before it is a
known entity or an organization name, since the brackets right after a name define it.
"""

import re
from dataclasses import dataclass

from eastflank.loaders.extract.text.capitalised_runs import Run, capitalised_runs
from eastflank.loaders.extract.text.name_tokens import SENTENCE_OPENERS

IN_BRACKETS_AFTER = re.compile(r"\((?P<acronym>[A-Z][A-Za-z0-9&\-]{1,11})\)")
# The capital is matched before the lookbehind checks the character ahead of it, so the
# regex engine skips from capital to capital instead of trying every offset.
BEFORE_BRACKETS = re.compile(r"(?P<acronym>[A-Z](?<![\w-][A-Z])[A-Za-z0-9&\-]{1,11})\s\((?P<long>[^()]{3,120})\)")
MIN_CAPITALS = 2


@dataclass(frozen=True)
class AcronymDefinition:
    """An acronym and the long form it stands for (offsets in the paragraph text)."""

    acronym: str
    acronym_start: int
    long_start: int
    long_end: int
    verified: bool


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Both shapes of definition, in text order."""
    if "(" not in text:
        return []  # both shapes need a bracket: most paragraphs have none
    after = list(IN_BRACKETS_AFTER.finditer(text))
    ends = {_end_before_space(text, m.start()) for m in after}
    runs = capitalised_runs(text, lambda stretch: stretch.end() in ends) if after else []
    found = [d for m in after if (d := _long_before(text, m, runs)) is not None]
    found += [d for m in BEFORE_BRACKETS.finditer(text) if (d := _long_inside(text, m)) is not None]
    return sorted(found, key=lambda d: d.acronym_start)


def is_acronym_shaped(word: str) -> bool:
    """Two capitals or more and not a number: "NATO", "PfP", "MApN"; not "Mr" or "2024"."""
    return sum(c.isupper() for c in word) >= MIN_CAPITALS and not word.isdigit()


def matches_acronym(acronym: str, long_form: str) -> bool:
    """Schwartz-Hearst: the acronym's letters occur in order, the first at the start of a word."""
    short = [c.lower() for c in acronym if c.isalnum()]
    long = long_form.lower()
    position = len(long) - 1
    for index in range(len(short) - 1, -1, -1):
        while position >= 0 and (
            long[position] != short[index] or (index == 0 and position > 0 and long[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def _long_before(text: str, match: re.Match[str], runs: list[Run]) -> AcronymDefinition | None:
    acronym = match.group("acronym")
    end = _end_before_space(text, match.start())
    ending = [r for r in runs if r.end == end]
    if not is_acronym_shaped(acronym) or end == match.start() or not ending:
        return None
    words = list(ending[0].words)
    while words and words[0].text in SENTENCE_OPENERS:
        words = words[1:]
    for first in range(len(words) - 1, -1, -1):
        if words[first].is_capitalised and words[first].text[0].lower() == acronym[0].lower():
            long_form = text[words[first].start : end]
            if matches_acronym(acronym, long_form):
                return AcronymDefinition(acronym, match.start("acronym"), words[first].start, end, True)
    return AcronymDefinition(acronym, match.start("acronym"), words[0].start, end, False) if words else None


def _end_before_space(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _long_inside(text: str, match: re.Match[str]) -> AcronymDefinition | None:
    acronym, long_form = match.group("acronym"), match.group("long").strip()
    content = [w for w in long_form.split() if w.lower() not in ("of", "for", "and", "the", "on", "&")]
    capitalised = bool(content) and all(w[:1].isupper() for w in content)
    if not (is_acronym_shaped(acronym) and capitalised and matches_acronym(acronym, long_form)):
        return None
    start = match.start("long") + (len(match.group("long")) - len(match.group("long").lstrip()))
    return AcronymDefinition(acronym, match.start("acronym"), start, start + len(long_form), True)
