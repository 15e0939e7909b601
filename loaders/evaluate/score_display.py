"""Show evaluation rows as a rich table for people, or as JSON for scripts.

Both take the rows `evaluation_scores` publishes, so the command line and the dataset
never disagree.
"""

import json
from enum import StrEnum
from typing import Any

from rich.table import Table

Row = dict[str, Any]
COUNT_COLUMNS = ("gold_count", "predicted_count", "true_positives")
RATIO_COLUMNS = ("precision", "recall", "f1")


class ReportFormat(StrEnum):
    """How `eastflank evaluate` prints its scores."""

    table = "table"
    json = "json"


def ratio(value: float | None) -> str:
    """Three decimals; a dash where the ratio is undefined (nothing to divide by)."""
    return "–" if value is None else f"{value:.3f}"


def score_table(rows: list[Row]) -> Table:
    """Precision, recall, F1 and counts per gold set and kind, narrow enough for 80 columns."""
    table = Table(title="Extraction against gold annotations", caption="P precision, R recall, TP true positives")
    table.add_column("gold set", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    for name in ("P", "R", "F1", "gold", "predicted", "TP"):
        table.add_column(name, justify="right", no_wrap=True)
    for row in rows:
        cells = [ratio(row[column]) for column in RATIO_COLUMNS] + [str(row[column]) for column in COUNT_COLUMNS]
        table.add_row(row["gold_set"], row["kind"], *cells)
    return table


def score_json(rows: list[Row]) -> str:
    """The rows as a JSON array, keys in column order."""
    return json.dumps(rows, indent=2, ensure_ascii=False)
