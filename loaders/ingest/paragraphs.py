"""Split a document into paragraphs with exact offsets, and say what each one is.

A paragraph is a run of lines: one line, or the lines of a hard-wrapped paragraph joined by
`reflow`. Its text is always `documents.text[start_char:end_char]`, newlines included, so
every fact's offsets point into the stored article exactly; the extractor reads the newlines
inside a paragraph as spaces (`flat_text`), which keeps the offsets and the facts the same as
for the unwrapped text.
"""

import re
from dataclasses import dataclass

from eastflank.loaders.ingest.boilerplate import ChromePhrases, chrome_reasons
from eastflank.loaders.ingest.reflow import paragraph_groups

LINE = re.compile(r"[^\n]+")
SENTENCE_END = re.compile(r"[.!?:;…\"”’)\]]$")
HEADING_MAX_WORDS = 12


@dataclass(frozen=True)
class ParagraphSpan:
    """A paragraph's text and where it sits in the document text."""

    position: int
    text: str
    start_char: int
    end_char: int
    is_boilerplate: bool
    kind: str
    boilerplate_reason: str | None = None

    @property
    def flat_text(self) -> str:
        """The text with the newlines of a wrapped paragraph read as spaces: same length, same offsets."""
        return self.text.replace("\n", " ")


def split_paragraphs(text: str, chrome: ChromePhrases) -> list[ParagraphSpan]:
    """Non-blank lines, trimmed, joined where a paragraph was hard-wrapped; offsets slice back exactly."""
    spans = [span for span in (_trimmed(match) for match in LINE.finditer(text)) if span is not None]
    lines = [text[start:end] for start, end in spans]
    reasons = chrome_reasons(lines, [start for start, _ in spans], len(text), chrome)
    title = next((index for index, reason in enumerate(reasons) if reason is None), None)
    groups = paragraph_groups(text, spans, [reason is not None for reason in reasons], title)
    paragraphs = []
    for position, group in enumerate(groups):
        start, end = spans[group[0]][0], spans[group[-1]][1]
        reason = reasons[group[0]]
        kind = _kind(text[start:end], reason is not None, group[0] == title and len(groups) > 1)
        paragraphs.append(ParagraphSpan(position, text[start:end], start, end, reason is not None, kind, reason))
    return paragraphs


def _trimmed(match: re.Match[str]) -> tuple[int, int] | None:
    line = match.group()
    if line.strip() == "":
        return None
    start = match.start() + len(line) - len(line.lstrip())
    end = match.end() - (len(line) - len(line.rstrip()))
    return start, end


def _kind(text: str, is_chrome: bool, is_title: bool) -> str:
    if is_chrome:
        return "boilerplate"
    looks_like_heading = len(text.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(text)
    if is_title and (looks_like_heading or len(text) < 200):
        return "title"
    return "heading" if looks_like_heading else "body"
