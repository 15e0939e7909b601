"""Windows line endings and a BOM are normalised away without shifting any offset.

Offsets index the stored, normalised text; the seeds saved with CRLF and a BOM must build
to exactly the tables the LF seeds give, and every span must slice back to its text.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from eastflank.loaders.build import BuildResult, build
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.table_stats import summed_tables


@pytest.fixture(scope="module")
def windows_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    corpus = tmp_path_factory.mktemp("windows-corpus")
    for path in SEEDS_DIR.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        (corpus / path.name).write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    shutil.copy(SEEDS_DIR / "metadata.yml", corpus / "metadata.yml")
    return build(corpus, tmp_path_factory.mktemp("windows-build") / "dist")


def rows(database: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


def test_stored_text_has_no_bom_and_no_carriage_returns(windows_build: BuildResult) -> None:
    texts = rows(windows_build.out / "eastflank.db", "select text from documents")
    assert len(texts) == 5, len(texts)
    bad = [text[:40] for (text,) in texts if "\r" in text or "\ufeff" in text]
    assert bad == [], bad


def test_paragraphs_and_mentions_slice_exactly(windows_build: BuildResult) -> None:
    database = windows_build.out / "eastflank.db"
    paragraphs = rows(
        database,
        "select p.text, d.text, p.start_char, p.end_char from paragraphs p join documents d on d.id = p.document_id",
    )
    mentions = rows(
        database,
        "select m.text, p.text, m.start_char, m.end_char from mentions m join paragraphs p on p.id = m.paragraph_id",
    )
    assert len(paragraphs) > 40 and len(mentions) > 100, (len(paragraphs), len(mentions))
    bad = [text for text, whole, start, end in paragraphs + mentions if whole[start:end] != text]
    assert bad == [], bad[:3]


@pytest.mark.parametrize("table", [table.name for table in summed_tables()])
def test_every_table_equals_the_lf_build(windows_build: BuildResult, seed_build: BuildResult, table: str) -> None:
    sql = f'select * from "{table}" order by 1, 2'
    got = rows(windows_build.out / "eastflank.db", sql)
    want = rows(seed_build.out / "eastflank.db", sql)
    assert got == want, (table, len(got), len(want))
