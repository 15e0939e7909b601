"""The evaluation rows as a table for people and as JSON for scripts."""

import json

from rich.console import Console

from eastflank.loaders.evaluate.score_display import score_json, score_table

ROWS = [
    {
        "gold_set": "seeds",
        "kind": "mention_entities",
        "precision": 0.9594594594594594,
        "recall": 0.8693877551020408,
        "f1": 0.9122055674518201,
        "gold_count": 245,
        "predicted_count": 222,
        "true_positives": 213,
    },
    {
        "gold_set": "seeds",
        "kind": "events",
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
        "gold_count": 27,
        "predicted_count": 0,
        "true_positives": 0,
    },
]


def test_table_rounds_ratios_and_dashes_undefined_ones() -> None:
    console = Console(record=True, width=80, color_system=None)
    console.print(score_table(ROWS))
    lines = console.export_text().splitlines()
    got = [line for line in lines if "seeds" in line]
    want = [
        "│ seeds    │ mention_entities │ 0.959 │ 0.869 │ 0.912 │  245 │       222 │ 213 │",
        "│ seeds    │ events           │     – │ 0.000 │ 0.000 │   27 │         0 │   0 │",
    ]
    assert got == want, got


def test_json_is_the_rows() -> None:
    got = json.loads(score_json(ROWS))
    assert got == ROWS, got
