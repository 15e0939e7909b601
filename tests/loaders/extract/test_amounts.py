"""Amounts: a number is money only with a currency beside it; the span is the amount alone."""

import pytest

from eastflank.loaders.extract.facts.amounts import extract_amounts
from eastflank.loaders.extract.facts.currencies import load_currencies
from eastflank.loaders.extract.text.paragraph_input import ParagraphInput
from eastflank.loaders.ids import stable_id

CURRENCIES = load_currencies()


def amounts(text: str) -> list[tuple[str, float, str]]:
    rows = extract_amounts(ParagraphInput("p1", "d1", 0, text), CURRENCIES)
    for row in rows:
        assert text[row["start_char"] : row["end_char"]] == row["text"], row
    return [(row["text"], row["value"], row["currency"]) for row in rows]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Romania will receive €16.7 billion in loans.", [("€16.7 billion", 16_700_000_000.0, "EUR")]),
        ("Washington pledged $1.5bn for air defence.", [("$1.5bn", 1_500_000_000.0, "USD")]),
        ("The grant is worth USD 40 million.", [("USD 40 million", 40_000_000.0, "USD")]),
        ("Brussels added 40 million euros on Friday.", [("40 million euros", 40_000_000.0, "EUR")]),
        ("The EPF package of €40m arrived.", [("€40m", 40_000_000.0, "EUR")]),
        ("Bucharest budgets 2.5 billion lei for drones.", [("2.5 billion lei", 2_500_000_000.0, "RON")]),
        ("It cost 1,200,000 dollars.", [("1,200,000 dollars", 1_200_000.0, "USD")]),
        ("Chisinau spends 5 million Moldovan lei on radars.", [("5 million Moldovan lei", 5_000_000.0, "MDL")]),
        ("Kyiv received 300 million hryvnias.", [("300 million hryvnias", 300_000_000.0, "UAH")]),
        (
            "London sent £3bn and Tirana 540 million lek.",
            [("£3bn", 3_000_000_000.0, "GBP"), ("540 million lek", 540_000_000.0, "ALL")],
        ),
        ("Sarajevo set aside 12 million KM.", [("12 million KM", 12_000_000.0, "BAM")]),
        (
            "The ministry paid RON 45 million and EUR40m.",
            [("RON 45 million", 45_000_000.0, "RON"), ("EUR40m", 40_000_000.0, "EUR")],
        ),
        (
            "A €20-million package and two billion euros.",
            [("€20-million", 20_000_000.0, "EUR"), ("two billion euros", 2_000_000_000.0, "EUR")],
        ),
        ("Loans go up to €150 billion.", [("€150 billion", 150_000_000_000.0, "EUR")]),
    ],
)
def test_amounts_in_many_wordings(text: str, want: list[tuple[str, float, str]]) -> None:
    got = amounts(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text",
    [
        "Loans of up to 45 years, with a grace period of up to 10 years.",
        "Spending rose 5% in 2025 and will reach 2.5 percent of GDP by 2030.",
        "The brigade has 1,200 soldiers and 40 tanks, 20 km from the border.",
        "A €40-50 million range is not one amount.",
        "Continental decimals such as 1,5 million euros are skipped, not misread.",
        "In 2025 euros were scarce.",
        "Half a billion dollars is not a whole billion.",
    ],
)
def test_years_percentages_durations_ranges_are_not_amounts(text: str) -> None:
    got = amounts(text)
    assert got == [], got


def test_row_has_the_amounts_columns_and_a_stable_id() -> None:
    rows = extract_amounts(ParagraphInput("p1", "d1", 0, "It got $68 million."), CURRENCIES)
    want = [
        {
            "id": stable_id("amount", "p1", 7, 18),
            "paragraph_id": "p1",
            "document_id": "d1",
            "text": "$68 million",
            "value": 68_000_000.0,
            "currency": "USD",
            "start_char": 7,
            "end_char": 18,
        }
    ]
    assert rows == want, rows


def test_scale_words_with_lookalike_letters_are_read_not_raised_on() -> None:
    """`re.IGNORECASE` matches "mıllıon" (dotless i) and "bıllıon" as the scale words; their lookup once raised
    KeyError and stopped the build."""
    assert amounts("The fund holds €3 mıllıon and $2 bıllıon.") == [
        ("€3 mıllıon", 3_000_000.0, "EUR"),
        ("$2 bıllıon", 2_000_000_000.0, "USD"),
    ]
