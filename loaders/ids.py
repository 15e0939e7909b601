"""Deterministic ids: the same inputs give the same ids on every build and machine.

Ids hash the fewest raw fields that identify a row, so they survive unrelated changes
(a document's id depends on its file name only, never on its text).
"""

import hashlib
import re
import unicodedata

ID_LENGTH = 16


def stable_id(kind: str, *parts: object) -> str:
    """A 16-hex-digit id from the row kind and its identifying fields."""
    joined = "\x1f".join([kind, *map(str, parts)])
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:ID_LENGTH]


def slugify(name: str) -> str:
    """A lowercase ASCII slug for readable entity ids ("Nicușor Dan" -> "nicusor-dan")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
