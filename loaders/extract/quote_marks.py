"""Find the stretches of a paragraph that sit between quotation marks.

Pairs are “…”, „…“ (or „…”), «…» and straight "…". Single quotes are left out: ’ is
also the apostrophe ("Moldova’s"), so it cannot tell where a quotation ends. An opening
mark never closed in the paragraph runs to its end, as news style leaves a quotation that
goes on into the next paragraph open.
"""

from dataclasses import dataclass

CLOSERS = {"“": "”", "„": "“”", "«": "»", '"': '"'}
OPEN_AFTER = " \t([{—–-/:;,"


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
    spans = []
    position = 0
    while (open_at := _next_opening(text, position)) is not None:
        close_at = _closing(text, open_at)
        spans.append(_span(text, open_at, close_at))
        if close_at is None:
            break
        position = close_at + 1
    return spans


def _next_opening(text: str, position: int) -> int | None:
    for index in range(position, len(text)):
        mark = text[index]
        if mark in CLOSERS and (mark != '"' or _opens_straight(text, index)):
            return index
    return None


def _opens_straight(text: str, index: int) -> bool:
    before_ok = index == 0 or text[index - 1] in OPEN_AFTER
    return before_ok and index + 1 < len(text) and not text[index + 1].isspace()


def _closing(text: str, open_at: int) -> int | None:
    closers = CLOSERS[text[open_at]]
    for index in range(open_at + 1, len(text)):
        if text[index] in closers:
            return index
    return None


def _span(text: str, open_at: int, close_at: int | None) -> QuotedSpan:
    start = open_at + 1
    end = len(text) if close_at is None else close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(open_at, close_at, start, end)


def inside_any(spans: list[QuotedSpan], start: int, end: int) -> bool:
    """True when [start, end) lies within the marks of one of the spans."""
    return any(span.open_at < start and end <= span.outer_end for span in spans)
