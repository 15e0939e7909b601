"""Join the lines of a hard-wrapped paragraph back into one paragraph.

Text copied from e-mail, PDF or some news wires breaks every line at a fixed width, so one
paragraph arrives as many lines. A line is joined to the next one when it does not end a
sentence, the next follows it directly (no blank line between), neither is site chrome or a
list item, and either the line is close to the page's wrap width or the next one plainly
continues it (it starts in lower case, or the line ends in a comma or a word like "the").
The joined paragraph keeps its newlines, so its offsets still slice the stored text exactly.
"""

import re
from statistics import median

SENTENCE_END = re.compile(r"[.!?:;…][\"”’)\]]*$")
"""Punctuation that closes a sentence, maybe inside quotes or brackets: `it,”` does not, `it.”` does."""
LIST_ITEM = re.compile(r"^\s*([•·*▪–—-]|\d{1,2}[.)]|[a-z][.)])\s")
OPEN_END = re.compile(
    r"(,|-|\b(the|a|an|of|and|or|to|in|on|at|for|with|by|from|as|that|its|their|his|her))$", re.IGNORECASE
)
WRAP_MIN_LENGTH = 40
WRAP_MAX_LENGTH = 120
WRAPPED_LINES_MIN = 3
NEAR_WIDTH = 0.7
TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
HEADLINE_SHARE = 0.7
"""In a headline most words of four letters or more are capitalised; in a sentence a few names are."""


def paragraph_groups(text: str, lines: list[tuple[int, int]], chrome: list[bool], title: int | None) -> list[list[int]]:
    """Line indexes grouped into paragraphs, in order; a lone line is a group of one.

    `lines` are (start, end) offsets of the trimmed non-blank lines, `chrome` says which are
    site chrome and `title` is the index of the title line, which is never joined.
    """
    joins = _joinable(text, lines, chrome, title)
    width = _wrap_width(text, lines, joins)
    groups: list[list[int]] = []
    for index in range(len(lines)):
        if index > 0 and joins[index - 1] and _joins(text, lines[index - 1], lines[index], width):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _joinable(text: str, lines: list[tuple[int, int]], chrome: list[bool], title: int | None) -> list[bool]:
    """For each line, whether it may run on into the next one at all."""
    return [
        index + 1 < len(lines)
        and index != title
        and not chrome[index]
        and not chrome[index + 1]
        and text.count("\n", end, lines[index + 1][0]) == 1
        and SENTENCE_END.search(text[start:end]) is None
        and LIST_ITEM.match(text[lines[index + 1][0] : lines[index + 1][1]]) is None
        for index, (start, end) in enumerate(lines)
    ]


def _wrap_width(text: str, lines: list[tuple[int, int]], joins: list[bool]) -> float | None:
    """The width the text was wrapped at, when enough lines stop mid-sentence at a similar length."""
    lengths = [
        end - start
        for (start, end), join in zip(lines, joins, strict=True)
        if join and WRAP_MIN_LENGTH <= end - start <= WRAP_MAX_LENGTH
    ]
    if len(lengths) < WRAPPED_LINES_MIN:
        return None
    return float(median(lengths))


def _joins(text: str, line: tuple[int, int], following: tuple[int, int], width: float | None) -> bool:
    current, after = text[line[0] : line[1]], text[following[0] : following[1]]
    if after[:1].islower() or OPEN_END.search(current) is not None:
        return True
    near_width = width is not None and len(current) >= NEAR_WIDTH * width
    return near_width and (not _is_headline(current) or _is_headline(after))


def _is_headline(line: str) -> bool:
    """Whether a line is written in title case, as headlines are and wrapped prose never is.

    A headline as long as the wrap width would otherwise run on into the paragraph under it;
    it still joins a next line in title case, the rest of a headline wrapped in two.
    """
    if not line[:1].isupper():
        return False
    words = [word for word in TITLE_WORD.findall(line) if len(word) >= 4]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= HEADLINE_SHARE * len(words)
