"""Read one article file into normalised text, refusing what is not UTF-8 text."""

import hashlib
from pathlib import Path

from eastflank.loaders.errors import CorpusError

BOM = "\ufeff"


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
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise CorpusError(path, "looks like a binary file (it contains NUL bytes)", "remove it from the corpus folder")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(
            path,
            f"is not valid UTF-8 (byte {error.start}: {data[error.start:error.start + 1]!r})",
            "re-save the file as UTF-8",
        ) from error
    text = normalise_text(raw)
    if text.strip() == "":
        raise CorpusError(path, "is empty", "remove the file or give it the article's text")
    return text


def text_sha256(text: str) -> str:
    """Hex SHA-256 of the normalised text: equal articles under two names share it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
