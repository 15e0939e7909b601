"""The corpus metadata file is read strictly: each mistake names the file, the line and the fix."""

from pathlib import Path

import pytest

from eastflank.loaders.errors import MetadataError
from eastflank.loaders.ingest.metadata import ArticleMetadata, load_metadata


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "metadata.yml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(MetadataError) as caught:
        load_metadata(path)
    return str(caught.value)


def test_an_absent_file_means_no_metadata(tmp_path: Path) -> None:
    assert load_metadata(tmp_path / "metadata.yml") == {}


def test_a_good_entry_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "articles:\n  - file: a.txt\n    title: A\n    published_date: 2024-03-15\n")
    got = load_metadata(path)
    assert got == {"a.txt": ArticleMetadata(title="A", published_date="2024-03-15")}, got
    assert got["a.txt"].published_precision == "day"


def test_bad_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "articles:\n  - file: a.txt\n    title: [unclosed\n  - file: b.txt\n")
    got = error_of(path)
    assert got.startswith(f"{path}:4: is not valid YAML ("), got
    assert got.endswith("). Fix: correct the YAML syntax"), got


def test_an_entry_without_a_file_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "articles:\n  - file: a.txt\n  - title: Orphan\n")
    got = error_of(path)
    assert got == f"{path}:3: has an entry without `file:`. Fix: give every entry the article's file name", got


def test_an_unknown_field_names_the_entry_and_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "articles:\n  - file: a.txt\n    titel: Typo\n")
    got = error_of(path)
    assert got.startswith(f"{path}:2: entry 'a.txt' has unknown fields ['titel']. Fix: use only ["), got


def test_a_date_that_is_not_iso_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "articles:\n  - file: a.txt\n    published_date: 15 March 2024\n")
    got = error_of(path)
    assert got == (
        f"{path}:2: entry 'a.txt' has published_date '15 March 2024'. "
        "Fix: quote an ISO date: '2024', '2024-03' or '2024-03-15'"
    ), got


def test_a_file_without_articles_list_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "- file: a.txt\n")
    got = error_of(path)
    assert got == f"{path}: has no list under `articles:`. Fix: write `articles:` followed by one entry per file", got
