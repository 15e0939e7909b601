"""Split a paragraph into sentences with exact offsets, for evidence spans.

A rule splitter: a sentence ends at . ! ? or … (plus any closing quotes or brackets)
followed by whitespace and a capital, digit or opening quote, unless the word before the
full stop is a known abbreviation (Mr., Gen., Jan., U.S.) or a single initial.

A "sentence" longer than MAX_SENTENCE_CHARS is text without full stops (a list, a table
flattened onto one line, a megabyte with no punctuation); it is cut into pieces at spaces so
that rules working within a sentence stay linear in the paragraph's length. Pieces are exact
slices of the paragraph, so every span still points at the text.
"""

import re
from functools import lru_cache

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "brig",
        "rev",
        "st",
        "sen",
        "rep",
        "gov",
        "pres",
        "amb",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "approx",
        "dept",
        "inc",
        "ltd",
        "co",
    ]
)
ABBREVIATION_WINDOW = 40
"""Only the last few characters before a full stop can hold an abbreviation; looking no
further keeps splitting linear in the paragraph's length."""
MAX_SENTENCE_CHARS = 2_000
"""Far above a real sentence (the longest in the seeds and test articles are under 400)."""
WORD_REVERSED = re.compile(r"[\w.]+")
BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9ĂÂÎȘȚŞŢ])")
"""Written `[.!?…][.!?…]*`, not `[.!?…]+`: a pattern that opens with a character set lets
the regex engine skip straight to the next stop mark (twice as fast over a paragraph)."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; end is exclusive and excludes trailing spaces."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=256)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Events, programme facts and quotes each split the same paragraph; it is split once."""
    spans = []
    start = 0
    for match in BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        spans += _capped(text, start, match.end())
        start = _skip_spaces(text, match.end())
    end = len(text.rstrip())
    if start < end:
        spans += _capped(text, start, end)
    return tuple(spans)


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence text[start:end], cut at the last space before every MAX_SENTENCE_CHARS."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = start + MAX_SENTENCE_CHARS if space == -1 else space
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = _skip_spaces(text, cut)
    return [*pieces, (start, end)]


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span that holds a character offset."""
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return spans[-1]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    token = _word_before(text, dot).lower()
    if not token:
        return False
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _word_before(text: str, dot: int) -> str:
    """The word before a full stop ("" where there is none): the longest run of word
    characters and full stops that ends the window before the dot, or ends right before a
    newline that ends it. It is what a search for `([\\w.]+)$` in the window finds, read
    from the reversed window's start rather than tried at every offset of it
    (tests/loaders/extract/test_sentence_shortcuts.py compares the two)."""
    window = text[max(0, dot - ABBREVIATION_WINDOW) : dot]
    if window.endswith("\n"):
        window = window[:-1]
    found = WORD_REVERSED.match(window[::-1])
    return "" if found is None else found.group()[::-1]


def _skip_spaces(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset
