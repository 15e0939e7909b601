"""Read one article file into normalised text, refusing what is not UTF-8 text."""

import codecs
import hashlib
from pathlib import Path

from eastflank.loaders.errors import CorpusError

BOM = "\ufeff"
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def normalise_text(raw: str) -> str:
    """Drop a leading BOM and turn CRLF / CR line endings into LF.

    Offsets everywhere are into this normalised text, which is what `documents.text`
    stores, so they never drift from the stored text.
    """
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: Path) -> str:
    """The article's normalised text; a clear error for empty, binary or non-UTF-8 files."""
    text = normalise_text(decode_article(path, read_bytes(path)))
    if text.strip() == "":
        raise CorpusError(path, "is empty", "remove the file or give it the article's text")
    return text


def read_bytes(path: Path) -> bytes:
    """The file's bytes; an unreadable file is the user's to fix, not a crash."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise CorpusError(path, f"cannot be read ({error.strerror})", "check that it is a readable file") from error


def decode_article(path: Path, data: bytes) -> str:
    """UTF-8 text; NUL bytes (which PostgreSQL cannot store) mark a binary file."""
    if data.startswith(UTF16_BOMS):
        raise CorpusError(path, "is UTF-16, not UTF-8", "re-save the file as UTF-8")
    if b"\x00" in data:
        raise CorpusError(path, "looks like a binary file (it contains NUL bytes)", "remove it from the corpus folder")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.start + 1]
        raise CorpusError(
            path, f"is not valid UTF-8 (byte {error.start}: {bad!r})", "re-save the file as UTF-8", line
        ) from error


def text_sha256(text: str) -> str:
    """Hex SHA-256 of the normalised text: equal articles under two names share it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
