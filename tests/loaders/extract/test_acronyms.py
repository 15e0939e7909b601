"""Acronym definitions in both shapes, checked letter by letter (Schwartz-Hearst)."""

import pytest

from eastflank.loaders.extract.facts.acronyms import find_acronym_definitions, matches_acronym


def definitions(text: str) -> list[tuple[str, str, bool]]:
    return [(d.acronym, text[d.long_start : d.long_end], d.verified) for d in find_acronym_definitions(text)]


@pytest.mark.parametrize(
    ("acronym", "long_form", "want"),
    [
        ("IPAP", "Individual Partnership Action Plan", True),
        ("PfP", "Partnership for Peace", True),
        ("SEECP", "South-East European Cooperation Process", True),
        ("MApN", "Romanian Ministry of National Defense", False),
        ("NLO", "Liaison Office", False),
    ],
)
def test_schwartz_hearst_match(acronym: str, long_form: str, want: bool) -> None:
    assert matches_acronym(acronym, long_form) is want


def test_long_form_before_the_brackets_is_the_shortest_that_matches() -> None:
    text = "Moldova and the NATO Military Liaison Office (MLO) agreed with the Ministry of Foreign Affairs and European Integration (MFAEI)."
    got = definitions(text)
    assert got == [
        ("MLO", "Military Liaison Office", True),
        ("MFAEI", "Ministry of Foreign Affairs and European Integration", True),
    ], got


def test_an_acronym_from_another_language_is_kept_unverified() -> None:
    got = definitions("The Romanian Ministry of National Defense (MApN) said so.")
    assert got == [("MApN", "Romanian Ministry of National Defense", False)], got


def test_acronym_before_its_long_form() -> None:
    got = definitions("Loans come through the SAFE (Security Action for Europe) instrument.")
    assert got == [("SAFE", "Security Action for Europe", True)], got


def test_years_words_and_lowercase_asides_are_not_definitions() -> None:
    text = "At the Riga Summit (2006) the Alliance (then 26 states) met NATO (the alliance) and the Council (Mr Popa)."
    got = definitions(text)
    assert got == [], got
