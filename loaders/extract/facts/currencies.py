"""The currency lexicon: which symbols, codes and words name which ISO 4217 currency.

Where a form sits matters: symbols go before the number ("€16.7 billion"), words after it
("40 million euros"), capitals-only codes on either side ("USD 40 million", "40 million EUR").
"""

import re
from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.lexicon import LEXICON_DIR, checked_entry, read_section, strings
from eastflank.loaders.ingest.yaml_lines import line_of

CURRENCIES_FILE = LEXICON_DIR / "currencies.yml"
ISO_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, eq=False)
class Currencies:
    """Forms to ISO codes; words are keyed casefolded, symbols and codes as written."""

    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]

    def code_for(self, form: str) -> str:
        """The ISO code of a form the amount pattern matched."""
        for table in (self.symbols, self.codes):
            if form in table:
                return table[form]
        return self.words[_word_key(form)]


def load_currencies(path: Path = CURRENCIES_FILE) -> Currencies:
    """Read currencies.yml; a malformed code or a form claimed by two currencies stops the build."""
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    words: dict[str, str] = {}
    for raw in read_section(path, "currencies"):
        entry = checked_entry(path, raw, ("code",), ("symbols", "codes", "words"))
        code = str(entry["code"])
        if ISO_CODE.fullmatch(code) is None:
            raise ReferenceDataError(
                path, f"{code!r} is not an ISO 4217 code", "write three capital letters, e.g. EUR", line_of(entry)
            )
        claims = [(symbols, s) for s in strings(path, entry, "symbols")]
        claims += [(codes, c) for c in (code, *strings(path, entry, "codes"))]
        claims += [(words, _word_key(w)) for w in strings(path, entry, "words")]
        for table, form in claims:
            _claim(path, entry, table, form, code)
    return Currencies(symbols, codes, words)


def _claim(path: Path, entry: dict[str, object], table: dict[str, str], form: str, code: str) -> None:
    owner = table.get(form)
    if owner is not None and owner != code:
        raise ReferenceDataError(
            path,
            f"{form!r} of {code} is also listed under {owner}",
            "keep each form under one currency",
            line_of(entry),
        )
    table[form] = code


def _word_key(word: str) -> str:
    return re.sub(r"\s+", " ", word).casefold()
