from pathlib import Path

import pytest

from eastflank.loaders.errors import CorpusError
from eastflank.loaders.ingest.read import normalise_text, read_article


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nBody one.\rBody two.\r\n".encode("utf-8"))
    got = read_article(path)
    assert got == "Title\n\nBody one.\nBody two.\n", got


def test_normalise_text_keeps_plain_text() -> None:
    assert normalise_text("a\nb") == "a\nb"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_unreadable_articles_name_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError) as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value), str(caught.value)
