"""Say which articles have very long lines, which extraction reads in pieces.

A line is a paragraph, stored whole. A line of tens of thousands of characters is rarely
prose: a page saved without its line breaks, a table or a list flattened onto one line.
Extraction stays linear on it because a stretch without a full stop is cut into pieces for
the rules (see extract/text/sentences.py), so facts that cross a cut are missed: the build
report names the file, so that its owner can restore the line breaks.
"""

from pathlib import Path

from eastflank.loaders.build_warnings import BuildReport

LONG_LINE = "long line"
LONG_LINE_CHARS = 20_000


def long_lines(text: str, limit: int = LONG_LINE_CHARS) -> list[tuple[int, int]]:
    """(line number from 1, length) of each line longer than `limit` characters."""
    found = []
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if end - start > limit:
            found.append((number, end - start))
        start, number = end + 1, number + 1
    return found


def warn_long_lines(path: Path, text: str, report: BuildReport) -> None:
    """One warning naming the file, its longest line and how many lines are over the limit."""
    found = long_lines(text)
    if not found:
        return
    number, length = max(found, key=lambda line: line[1])
    others = f" and {len(found) - 1} more over {LONG_LINE_CHARS:,}" if len(found) > 1 else ""
    report.warn(
        LONG_LINE,
        f"{path}: line {number} is {length:,} characters long{others}; it is stored whole, but extraction "
        "reads text without full stops in pieces, so break the text into paragraphs",
    )
