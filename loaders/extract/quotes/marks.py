"""Find the stretches of a paragraph that sit between quotation marks.

Pairs are “…”, „…“ (or „…”), «…», straight "…" and single ‘…’. A single ’ is also the
apostrophe: inside a word ("Moldova’s") it never closes a quotation, and after an s before
a lower-case word ("the Allies’ plan") it closes one only when no other ’ further on can.
Straight single quotes are left out: ' is too often an apostrophe. An opening mark never
closed in the paragraph runs to its end, as news style leaves a quotation that goes on
into the next paragraph open.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

CLOSERS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’"}
SINGLE_CLOSE = re.compile(r"’(?![^\W_])")
PLURAL_POSSESSIVE = re.compile(r"(?<=s)’\s+[a-z]")
# A straight " or a single ‘ opens only at the start or after a space or opening punctuation, before a word.
# Every opening starts with a mark from one class, which lets the regex engine skip to the
# next mark instead of trying every offset; lookbehinds then say which mark it was.
OPENING = re.compile(r'[“„«"‘](?:(?<=[“„«])|(?:(?<=^["‘])|(?<=[\s(\[{—–\-/:;,]["‘]))(?=\S))')


@dataclass(frozen=True)
class QuotedSpan:
    """Offsets of the marks and of the words inside them (end exclusive, marks excluded)."""

    open_at: int
    close_at: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or the inner end when there is none)."""
        return self.end if self.close_at is None else self.close_at + 1


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quotation in text order; nested marks of another kind stay inside the outer one."""
    return list(_quoted_spans(text))


@lru_cache(maxsize=64)
def _quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """Quotes and citations both read a paragraph's quotations; it is scanned once."""
    spans = []
    position = 0
    while (opening := OPENING.search(text, position)) is not None:
        close_at = _closing(text, opening.start())
        spans.append(_span(text, opening.start(), close_at))
        if close_at is None:
            break
        position = close_at + 1
    return tuple(spans)


def _closing(text: str, open_at: int) -> int | None:
    if text[open_at] == "‘":
        return _single_closing(text, open_at)
    found = [at for mark in CLOSERS[text[open_at]] if (at := text.find(mark, open_at + 1)) != -1]
    return min(found) if found else None


def _single_closing(text: str, open_at: int) -> int | None:
    """The first ’ not inside a word and not a plural possessive, else the first possessive-looking one."""
    candidates = [m.start() for m in SINGLE_CLOSE.finditer(text, open_at + 1)]
    plain = [at for at in candidates if PLURAL_POSSESSIVE.match(text, at) is None]
    return plain[0] if plain else (candidates[0] if candidates else None)


def _span(text: str, open_at: int, close_at: int | None) -> QuotedSpan:
    start = open_at + 1
    end = len(text) if close_at is None else close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(open_at, close_at, start, end)
