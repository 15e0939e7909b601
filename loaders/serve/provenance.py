"""Which values of a row were inferred rather than read as stated, and how: shown on its row page.

A publication date read off the article's text, a relative date resolved against an anchor,
an event dated by its article's publication and an entity the reference lacks (learned by a
pattern) are all useful and all weaker than a stated fact; a reader must see which is which.
"""

from typing import Any


def provenance_notes(table: str, row: dict[str, Any]) -> list[str]:
    """One sentence per inferred value of the row; none for a row stated as it is."""
    notes = NOTES.get(table)
    return [] if notes is None else notes(row)


def _document(row: dict[str, Any]) -> list[str]:
    if not row.get("published_date_inferred"):
        return []
    if row.get("published_source") == "metadata":  # the corpus's curators inferred it and wrote it down
        return [
            f"published_date {row['published_date']} is inferred: the corpus metadata gives it as worked out "
            "from the article's text, not given by the publisher."
        ]
    return [
        f"published_date {row['published_date']} is inferred (source: {row['published_source']}), "
        "not given by the publisher."
    ]


def _date(row: dict[str, Any]) -> list[str]:
    if row.get("anchor") in (None, "absolute"):
        return []
    anchor_value = row.get("anchor_value") or "unknown"
    if row.get("value") is None:
        return [f"Relative date: “{row['text']}” could not be resolved: its {row['anchor']} anchor is {anchor_value}."]
    return [
        f"Relative date: “{row['text']}” resolved to {row['value']} against its {row['anchor']} anchor ({anchor_value})."
    ]


def _event(row: dict[str, Any]) -> list[str]:
    if row.get("date_source") in (None, "text"):
        return []
    if row.get("start_date") is None:  # the article's date was to date it, and the article has none
        return [
            f"Undated: its clause states no date, and the article it would take its {row['date_source']} date from has none."
        ]
    return [f"Dated from the article's {row['date_source']} date, not from a date in the event's own clause."]


def _entity(row: dict[str, Any]) -> list[str]:
    if row.get("source") in (None, "reference"):
        return []
    return [f"Not in the curated reference: found by the rule “{row['method']}” (confidence {row['confidence']})."]


NOTES = {"documents": _document, "temporal_expressions": _date, "events": _event, "entities": _entity}
