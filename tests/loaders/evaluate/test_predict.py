"""Predictions come from the real extraction, with spans moved to document offsets."""

from pathlib import Path

from eastflank.loaders.evaluate.gold import load_gold
from eastflank.loaders.evaluate.predict import PredictedRow, default_extractor, document_spans, predict

ARTICLE = "Moldova and NATO\n\nIn 2024 Romania and Moldova signed an agreement in Chisinau.\n"


def test_paragraph_offsets_become_document_offsets() -> None:
    tables = {
        "paragraphs": [{"id": "p0", "start_char": 0}, {"id": "p1", "start_char": 100}],
        "mentions": [
            {"paragraph_id": "p1", "start_char": 5, "end_char": 12},
            {"paragraph_id": "p0", "start_char": 0, "end_char": 4},
        ],
        "entities": [{"id": "x"}],
    }
    got = document_spans(tables)
    want = {"mentions": [PredictedRow(105, 112, tables["mentions"][0]), PredictedRow(0, 4, tables["mentions"][1])]}
    assert got == want, got


def test_real_extraction_spans_slice_the_article(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.yml").write_text(
        "articles:\n  - file: article.txt\n    published_date: '2024-05'\n", encoding="utf-8"
    )
    gold_path = tmp_path / "article.yml"
    gold_path.write_text(
        "source: article.txt\npublication_date: '2024-05'\nmentions: []\nevents: []\nquotes: []\n"
        "programmes: []\namounts: []\ncitations: []\n",
        encoding="utf-8",
    )
    gold = load_gold(gold_path)
    prediction = predict(gold, default_extractor())
    got = [
        (row.start, row.end, row.row["entity_id"])
        for row in prediction.spanned("mentions")
        if row.row["entity_id"] in {"md", "ro"}
    ]
    assert got == [(0, 7, "md"), (26, 33, "ro"), (38, 45, "md")], got
    bad = [
        (row.start, row.end, row.row["text"])
        for row in prediction.spanned("mentions")
        if ARTICLE[row.start : row.end] != row.row["text"]
    ]
    assert bad == [], bad
    got_date = prediction.rows("documents")[0]["published_date"]
    assert got_date == "2024-05", got_date


def test_the_gold_publication_date_is_never_handed_to_the_extractor(tmp_path: Path) -> None:
    """Issue 15: a score measured with the gold's own date would flatter the extractor."""
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    gold_path = tmp_path / "article.yml"
    gold_path.write_text(
        "source: article.txt\npublication_date: '2019-03-04'\nmentions: []\nevents: []\nquotes: []\n"
        "programmes: []\namounts: []\ncitations: []\n",
        encoding="utf-8",
    )
    document = predict(load_gold(gold_path), default_extractor()).rows("documents")[0]
    got = (document["published_date"], document["published_source"])
    assert got == (None, "none"), got
