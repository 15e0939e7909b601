"""Find sums of money in a paragraph and read their value and ISO 4217 currency.

A number is money only with a currency beside it: a symbol or code before it ("€16.7
billion", "USD 40 million", "$1.5bn"), or a currency word or code after it ("40 million
euros", "2.5 billion lei"). So years, percentages and durations ("45 years") never match.
Ranges ("€40-50 million") and continental decimals ("1,5 million") are skipped rather than
read wrong. The span is the amount alone, without "up to" or "more than".
"""

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from eastflank.loaders.extract.facts.currencies import Currencies
from eastflank.loaders.extract.text.case_folding import folded
from eastflank.loaders.extract.text.paragraph_input import ParagraphInput
from eastflank.loaders.extract.text.words import word_set
from eastflank.loaders.ids import stable_id

SCALES = {
    "thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "m": 6,
    "billion": 9, "bn": 9, "bln": 9, "b": 9, "trillion": 12, "tn": 12,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50,
}  # fmt: skip
DIGITS = r"(?<![\d.,])(?P<{0}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?(?![.,]?\d))"
# A scale word may follow after a space or hyphen; single letters only when attached ("€40m").
SCALE = r"(?:[ \-](?P<{0}>(?i:thousand|million|billion|trillion|mln|bln|bn|mn|tn))|(?P<{1}>m|bn|mn|b|k|tn))(?![\w])"
NOT_RANGE = r"(?!\s?[-–]\s?[\d€$£])"
YEAR_CONTEXT = re.compile(r"\b(?:in|since|by|until|of|from|to|during)\s+$", re.IGNORECASE)


def extract_amounts(paragraph: ParagraphInput, currencies: Currencies) -> list[dict[str, Any]]:
    """Amount rows (the `amounts` table's columns) for one paragraph, in text order."""
    if not _names_a_currency(paragraph.text, currencies):
        return []
    rows = []
    for match in _pattern(currencies).finditer(paragraph.text):
        if not _is_year(paragraph.text, match):
            rows.append(_row(paragraph, match, _value(match), currencies.code_for(_currency_form(match))))
    return rows


def _names_a_currency(text: str, currencies: Currencies) -> bool:
    """A fast test that lets most paragraphs skip the amount pattern: no symbol, code or
    currency word, no amount."""
    symbols, codes, words = _hints(currencies)
    if any(symbol in text for symbol in symbols):
        return True
    found = word_set(text)
    return not codes.isdisjoint(found) or not words.isdisjoint(map(str.casefold, found))


@lru_cache(maxsize=8)
def _hints(currencies: Currencies) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Symbols, codes, and the last word of each currency word ("lei" of "Moldovan lei")."""
    nouns = frozenset(word.split()[-1] for word in currencies.words)
    return frozenset(currencies.symbols), frozenset(currencies.codes), nouns


@lru_cache(maxsize=8)
def _pattern(currencies: Currencies) -> re.Pattern[str]:
    before = _alternation([*currencies.symbols, *currencies.codes])
    codes = _alternation(currencies.codes)
    words = _alternation(currencies.words)
    number_words = _alternation(NUMBER_WORDS)
    prefix = rf"(?<![A-Za-z])(?P<cur_a>{before})\s?{DIGITS.format('num_a')}(?:{SCALE.format('scale_a', 'abbr_a')})?{NOT_RANGE}"
    suffix_scale = rf"(?:{SCALE.format('scale_b', 'abbr_b')})"
    after = rf"\s(?:(?P<code_b>{codes})(?![A-Za-z])|(?i:(?P<word_b>{words}))(?![\w]))"
    suffix = rf"(?<![-–])(?<![-–] ){DIGITS.format('num_b')}{suffix_scale}?{after}"
    worded = rf"(?<![\w-])(?<![Hh]alf )(?<![Qq]uarter )(?i:(?P<num_c>{number_words}))[ \-](?P<scale_c>(?i:thousand|million|billion|trillion))(?:\s(?:(?P<code_c>{codes})(?![A-Za-z])|(?i:(?P<word_c>{words}))(?![\w])))"
    return re.compile(f"{prefix}|{suffix}|{worded}")


def _alternation(forms: object) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))  # type: ignore[call-overload]


def _value(match: re.Match[str]) -> float:
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    number = groups.get("num_a") or groups.get("num_b")
    amount = Decimal(number.replace(",", "")) if number is not None else Decimal(NUMBER_WORDS[folded(groups["num_c"])])
    scale = next((groups[g] for g in ("scale_a", "abbr_a", "scale_b", "abbr_b", "scale_c") if g in groups), None)
    exponent = 0 if scale is None else SCALES[folded(scale)]
    return float(amount.scaleb(exponent))


def _currency_form(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(groups[name] for name in ("cur_a", "code_b", "word_b", "code_c", "word_c") if groups[name] is not None)


def _is_year(text: str, match: re.Match[str]) -> bool:
    """A bare 19xx/20xx after "in", "since" ... is a year followed by a currency word ("in 2025 euros")."""
    number = match.group("num_b")
    if number is None or match.group("scale_b") or match.group("abbr_b"):
        return False
    is_year_shaped = re.fullmatch(r"(19|20)\d\d", number) is not None
    return is_year_shaped and YEAR_CONTEXT.search(text, max(0, match.start() - 12), match.start()) is not None


def _row(paragraph: ParagraphInput, match: re.Match[str], value: float, currency: str) -> dict[str, Any]:
    start, end = match.span()
    return {
        "id": stable_id("amount", paragraph.id, start, end),
        "paragraph_id": paragraph.id,
        "document_id": paragraph.document_id,
        "text": paragraph.text[start:end],
        "value": value,
        "currency": currency,
        "start_char": start,
        "end_char": end,
    }
