"""How to cite the dataset and one of its rows: the words the datapackage, the site and the reader share.

The dataset is cited by title, version and release date (as CITATION.cff at the top level
says); a row adds its table, its stable id and where it is stated, so a reader of the
citation can open the same row in any copy of the same release.
"""

from dataclasses import dataclass

AUTHORS = "The eastflank contributors"
CONTRIBUTORS = [{"title": AUTHORS, "role": "author", "path": "https://github.com/eastflank/eastflank"}]
"""Datapackage `contributors`: the project's people are listed in CITATION.cff and the git history."""


def dataset_citation(title: str, version: str | None, released: str | None, homepage: str) -> str:
    """`Authors (year). Title, version V (released D). Address.` in the order CFF tools print it."""
    year = released[:4] if released else "n.d."
    day = f", released {released[:10]}" if released else ""
    return f"{AUTHORS} ({year}). {title}, version {version or 'unknown'}{day}. {homepage}"


@dataclass(frozen=True)
class RowCitation:
    """What identifies one row of one release: the dataset, the row, and the sentence stating it."""

    dataset: str
    table: str
    row_id: str
    article: str | None = None
    sentence: str | None = None

    def text(self) -> str:
        """The dataset's citation, then `table id`, then the article and the quoted evidence."""
        parts = [f"{self.dataset} Table {self.table}, row {self.row_id}."]
        if self.article is not None:
            parts.append(f"Source article: {self.article}.")
        if self.sentence is not None:
            parts.append(f"Stated in: “{self.sentence}”")
        return " ".join(parts)
