"""Split a document into paragraphs with exact offsets, and say what each one is."""

import re
from dataclasses import dataclass

from eastflank.loaders.ingest.boilerplate import ChromePhrases, flag_chrome

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


def split_paragraphs(text: str, chrome: ChromePhrases) -> list[ParagraphSpan]:
    """Each non-blank line, trimmed, is a paragraph; offsets slice back to it exactly."""
    spans = [_trimmed(match) for match in LINE.finditer(text)]
    spans = [span for span in spans if span is not None]
    lines = [text[start:end] for start, end in spans]
    chrome_flags = flag_chrome(lines, [start for start, _ in spans], len(text), chrome)
    return [
        ParagraphSpan(position, line, start, end, is_chrome, _kind(position, line, is_chrome, len(lines)))
        for position, (line, (start, end), is_chrome) in enumerate(zip(lines, spans, chrome_flags))
    ]


def _trimmed(match: re.Match[str]) -> tuple[int, int] | None:
    line = match.group()
    if line.strip() == "":
        return None
    start = match.start() + len(line) - len(line.lstrip())
    end = match.end() - (len(line) - len(line.rstrip()))
    return start, end


def _kind(position: int, line: str, is_chrome: bool, count: int) -> str:
    if is_chrome:
        return "boilerplate"
    looks_like_heading = len(line.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(line)
    if position == 0 and count > 1 and (looks_like_heading or len(line) < 200):
        return "title"
    return "heading" if looks_like_heading else "body"
