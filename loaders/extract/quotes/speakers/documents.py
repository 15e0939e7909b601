"""Read who speaks through a text: "the press release published by NATO said", "reads the
Alliance's backgrounder", "according to the document", "according to it".

The words of a report, statement or press release are its author's. The author is named in
the phrase (after "published by", "issued by", "of", "from"; as a possessor, "NATO's
report"; or as a modifier, "a NATO press release"), or, for a bare "the document" and for an
"it" whose antecedent is such a noun, is the author of the text the article named last.
"""

import re
from dataclasses import dataclass

from eastflank.loaders.extract.quotes.paragraph_view import REPORTING_TYPES, ParagraphView
from eastflank.loaders.extract.text.paragraph_input import MentionSpan
from eastflank.loaders.extract.word_lists import WordLists

AUTHOR_LINK = re.compile(
    r"^\s*(?:(?:\w+\s+){0,2}(?:published|issued|released|prepared|drafted|adopted|signed|written|sent|presented)\s+)?(?:by|of|from)\s+(?:the\s+)?$"
)
MODIFIER_GAP = re.compile(r"^(?:’s|'s|’|')?(?:\s+[\w-]+(?:’s|'s)?){0,3}\s+$")
OPENING = re.compile(r"^\W*(?:(?:the|this|that|its|their|a|an)\s+)(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
AUTHOR_GAP_REACH = 50


@dataclass(frozen=True)
class DocumentPhrase:
    """A phrase headed by a text noun: its author when the phrase names one."""

    author: MentionSpan | None
    possessor_end: int | None


def document_phrase(view: ParagraphView, start: int, end: int, lexicon: WordLists) -> DocumentPhrase | None:
    """The text noun heading [start, end), or None when the phrase is headed by someone else
    ("Stoltenberg, in his annual report" is Stoltenberg's phrase, not the report's)."""
    heads = [h for h in lexicon.verbs.find_documents(view.text, start, end) if not view.in_quote(h.start())]
    if not heads:
        return None
    head = heads[0]
    before = view.speakers_in(start, head.start(), REPORTING_TYPES)
    if any(not _modifies(view.text, m.end, head.start()) for m in before):
        return None
    after = _author_after(view, head.end(), end)
    if after is not None:
        return DocumentPhrase(after, None)
    modifier = _choose(before)
    possessive = re.search(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}$", view.text[start : head.start()])
    possessor_end = None if possessive is None else start + possessive.start()
    return DocumentPhrase(modifier, possessor_end)


def opens_with_document(view: ParagraphView, sentence_start: int, sentence_end: int, lexicon: WordLists) -> bool:
    """True when a sentence's subject is a text noun ("The document underlines ..."), so a
    following "it" refers to that text."""
    heads = lexicon.verbs.find_documents(view.text, sentence_start, min(sentence_end, sentence_start + 60))
    return bool(heads) and OPENING.match(view.text[sentence_start : heads[0].start()]) is not None


def _modifies(text: str, end: int, head_start: int) -> bool:
    """A name just before the noun, at most three words away, modifies or owns it."""
    return MODIFIER_GAP.match(text[end:head_start] or " ") is not None and "," not in text[end:head_start]


def _author_after(view: ParagraphView, head_end: int, end: int) -> MentionSpan | None:
    for mention in view.speakers_in(head_end, end, REPORTING_TYPES):
        if mention.start - head_end > AUTHOR_GAP_REACH:
            return None
        if AUTHOR_LINK.match(view.text[head_end : mention.start]) is not None:
            return mention
    return None


def _choose(mentions: list[MentionSpan]) -> MentionSpan | None:
    """A person before an organization before a country, as in "the NATO Secretary General Jens Stoltenberg's report"."""
    for wanted in REPORTING_TYPES:
        of_type = [m for m in mentions if m.entity_type == wanted]
        if of_type:
            return of_type[-1]
    return None
