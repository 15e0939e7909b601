"""The tagger on a whole text, as JSON lines or as TimeML: what `eastflank dates` prints.

A text is cut into paragraphs the way the loader cuts an article (every non-blank line) and
tagged as one document, so relative dates anchor on the dates before them. TimeML output
tags each expression inline with its TIMEX3 type and value and splits a range into the
TIMEX3s TimeML gives it ("2009-2010" is two).
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from eastflank.loaders.extract.dates import PartialDate, TemporalExpression, tag_document

LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Found:
    """An expression and where its paragraph starts in the whole text."""

    offset: int
    expression: TemporalExpression

    @property
    def start(self) -> int:
        return self.offset + self.expression.start_char

    @property
    def end(self) -> int:
        return self.offset + self.expression.end_char


def paragraphs_of(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every non-blank line, trimmed."""
    found = []
    for match in LINE.finditer(text):
        line = match.group()
        if line.strip() == "":
            continue
        start = match.start() + len(line) - len(line.lstrip())
        found.append((start, line.strip()))
    return found


def tag_text(text: str, anchor: PartialDate | None) -> list[Found]:
    """Every expression in the text, with offsets into the whole text."""
    paragraphs = paragraphs_of(text)
    tagged = tag_document([line for _, line in paragraphs], anchor)
    return [Found(offset, e) for (offset, _), expressions in zip(paragraphs, tagged, strict=True) for e in expressions]


def as_json_lines(found: list[Found]) -> str:
    """One JSON object per expression: span, words, TIMEX3 type and value, ISO value, precision, anchor and,
    for a range, the TIMEX3s it holds."""
    return "".join(json.dumps(_record(item), ensure_ascii=False) + "\n" for item in found)


def _record(item: Found) -> dict[str, object]:
    """A range has no TIMEX3 value of its own; its `parts` are the TIMEX3s TimeML tags in it."""
    e = item.expression
    parts = [
        {"start": item.offset + part.start_char, "end": item.offset + part.end_char, "text": part.text,
         "type": part.timex_type, "value": part.timex_value}
        for part in e.timex_parts
    ]  # fmt: skip
    return {
        "start": item.start, "end": item.end, "text": e.text, "type": e.timex_type, "value": e.timex_value,
        "iso_value": e.value, "iso_end_value": e.end_value, "kind": e.kind, "precision": e.precision,
        "anchor": e.anchor, "anchor_value": e.anchor_value, "parts": parts,
    }  # fmt: skip


def as_timeml(text: str, found: list[Found]) -> str:
    """The text with inline <TIMEX3 tid="t1" type="DATE" value="...">...</TIMEX3> tags, XML-escaped."""
    pieces, position = [], 0
    for number, (start, end, timex_type, value) in enumerate(_timexes(found), 1):
        pieces.append(escape(text[position:start]))
        attributes = f'tid="t{number}" type={quoteattr(timex_type)} value={quoteattr(value)}'
        pieces.append(f"<TIMEX3 {attributes}>{escape(text[start:end])}</TIMEX3>")
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def _timexes(found: list[Found]) -> Iterator[tuple[int, int, str, str]]:
    for item in found:
        e = item.expression
        if e.timex_parts:
            for part in e.timex_parts:
                yield item.offset + part.start_char, item.offset + part.end_char, part.timex_type, part.timex_value
        else:
            yield item.start, item.end, e.timex_type, e.timex_value or e.value
