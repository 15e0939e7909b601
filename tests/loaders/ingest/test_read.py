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


def test_invalid_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Line one.\nLine two.\nCaf" + b"\xe9 au lait.\n")
    with pytest.raises(CorpusError) as caught:
        read_article(path)
    got = str(caught.value)
    assert got == f"{path}:3: is not valid UTF-8 (byte 23: b'\\xe9'). Fix: re-save the file as UTF-8", got


def test_a_nul_byte_anywhere_marks_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"a" * 100_000 + b"\x00")
    with pytest.raises(CorpusError) as caught:
        read_article(path)
    got = str(caught.value)
    assert got == f"{path}: looks like a binary file (it contains NUL bytes). Fix: remove it from the corpus folder", (
        got
    )


def test_utf16_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("NATO".encode("utf-16"))
    with pytest.raises(CorpusError) as caught:
        read_article(path)
    assert str(caught.value) == f"{path}: is UTF-16, not UTF-8. Fix: re-save the file as UTF-8", str(caught.value)


def test_a_lone_cr_and_a_bom_shift_nothing_but_themselves() -> None:
    raw = "\ufeffA\r\nB\rC\n\r\nD"
    got = normalise_text(raw)
    assert got == "A\nB\nC\n\nD", got
