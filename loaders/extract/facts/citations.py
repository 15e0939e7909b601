"""Find bracketed source attributions such as "[NATO Liaison Office]" and what they name.

A bracket is a citation when its label reads like a source (starts with a capital letter,
holds words, at most eight of them) and it closes a sentence: nothing but punctuation
follows it before the next sentence or the paragraph's end, or it follows a sentence's
final stop. That leaves out footnote numbers ("[1]"), editorial marks ("[sic]", "[...]")
and words an editor put into a quotation ("“[The government] will act”"), which sit
inside quotation marks or run on into the sentence.

The label names an entity only when the gazetteer matches the whole label: a label that
merely contains a name ("[NATO Review]") is a publication, not NATO.
"""

import re
from typing import Any

from eastflank.loaders.extract.entities.gazetteer import Gazetteer, Match
from eastflank.loaders.extract.quotes.marks import quoted_spans
from eastflank.loaders.extract.text.paragraph_input import ParagraphInput
from eastflank.loaders.extract.text.span_index import ByPosition
from eastflank.loaders.ids import stable_id

BRACKET = re.compile(r"\[([^\[\]\n]{1,120})\]")
LABEL_CHARS = re.compile(r"[\w’'&.,/()\- ]+")
MAX_LABEL_WORDS = 8
EDITORIAL_MARKS = frozenset({"sic", "sic!", "emphasis added", "citation needed"})
CLOSING_PUNCTUATION = '.,;:!?)”"’'
LOOK_AROUND = 20
AFTER_SENTENCE_STOP = re.compile(r"[.!?…][”\"’]*\s*$")


def extract_citations(paragraph: ParagraphInput, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """Citation rows (the `citations` table's columns) for one paragraph, in text order."""
    text = paragraph.text
    brackets = list(BRACKET.finditer(text))
    if not brackets:
        return []
    quotes = ByPosition(quoted_spans(text))
    rows = []
    for match in brackets:
        label = match.group(1).strip()
        if (
            _is_label(label)
            and _closes_sentence(text, match.start(), match.end())
            and quotes.covering(match.start()) is None
        ):
            rows.append(_row(paragraph, match, label, _label_entity(label, gazetteer, paragraph)))
    return rows


def _is_label(label: str) -> bool:
    words = label.split()
    return (
        label[:1].isalpha()
        and label[:1].isupper()
        and label.casefold() not in EDITORIAL_MARKS
        and LABEL_CHARS.fullmatch(label) is not None
        and 1 <= len(words) <= MAX_LABEL_WORDS
    )


def _closes_sentence(text: str, start: int, end: int) -> bool:
    after = text[end : end + LOOK_AROUND].lstrip(CLOSING_PUNCTUATION)
    at_end = end + LOOK_AROUND >= len(text) and after.strip() == ""
    ends_here = at_end or (after[:1].isspace() and _starts_sentence(after.lstrip()))
    follows_stop = AFTER_SENTENCE_STOP.search(text, max(0, start - LOOK_AROUND), start) is not None
    return ends_here or follows_stop


def _starts_sentence(rest: str) -> bool:
    first = rest[:1]
    return first.isupper() or first.isdigit() or first in '“"[(«„'


def _label_entity(label: str, gazetteer: Gazetteer, paragraph: ParagraphInput) -> str | None:
    """The entity matched over the whole label; a context-only alias counts only when the
    paragraph names that entity another way, as for mentions."""
    named = {mention.entity_id for mention in paragraph.mentions}
    whole = [m for m in gazetteer.find(label) if _covers(label, m) and m.kind != "demonym"]
    accepted = [m for m in whole if m.kind != "context" or m.entity_id in named]
    return accepted[0].entity_id if len(accepted) == 1 else None


def _covers(label: str, match: Match) -> bool:
    article = len("the ") if label.lower().startswith("the ") else 0
    return match.start in (0, article) and match.end == len(label)


def _row(paragraph: ParagraphInput, match: re.Match[str], label: str, entity_id: str | None) -> dict[str, Any]:
    start, end = match.span()
    return {
        "id": stable_id("citation", paragraph.id, start, end),
        "paragraph_id": paragraph.id,
        "document_id": paragraph.document_id,
        "text": paragraph.text[start:end],
        "label": label,
        "entity_id": entity_id,
        "start_char": start,
        "end_char": end,
    }
