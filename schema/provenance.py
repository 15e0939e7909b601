"""The provenance columns every fact carries, defined once: its paragraph and character span.

Each fact table declares them with these factories rather than inheriting them from a
mixin class, because a base class's fields come first in the table: the published column
order (and so every Parquet file's bytes) would change for no reader's benefit. What each
span covers (a mention's words, an event's evidence sentence) is the one thing a table says.
"""

from typing import Any

from sqlmodel import Field


def paragraph_ref(what: str, index: bool = True) -> Any:
    """`paragraph_id`: the paragraph that holds `what`."""
    return Field(foreign_key="paragraphs.id", index=index, description=f"Paragraph holding {what}.")


def span_start(what: str) -> Any:
    """`start_char`: where `what` starts in the paragraph text."""
    return Field(description=f"Offset of the first character of {what} in the paragraph text (0-based).")


def span_end(what: str) -> Any:
    """`end_char`: just past the end of `what` in the paragraph text."""
    return Field(description=f"Offset just past the last character of {what} in the paragraph text (exclusive).")


SPAN_TABLES = ("mentions", "temporal_expressions", "events", "quotes", "amounts", "citations", "programme_facts")
"""The tables whose rows are spans of one paragraph (the columns above)."""
READING_ORDER_VIEW = "_in_reading_order"
"""Each span table has a view `<table>_in_reading_order` (migration 0009): its rows with `reading_order`, the
paragraph's reading_order key, a colon, and start_char zero-padded to six digits, so one article's facts sort
in the order the text states them."""
