"""The curated word lists load, and a bad entry stops the build at its file and line."""

from pathlib import Path

import pytest

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.entities.learned.organization_words import load_organization_words
from eastflank.loaders.extract.entities.titles import load_titles
from eastflank.loaders.extract.facts.currencies import load_currencies
from eastflank.loaders.extract.quotes.speech_verbs import load_speech_verbs
from eastflank.loaders.extract.word_lists import load_word_lists


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_curated_lists_load() -> None:
    lists = load_word_lists()
    assert lists.currencies.code_for("€") == "EUR", lists.currencies.symbols
    assert lists.currencies.code_for("Moldovan lei") == "MDL"
    assert lists.verbs.forms["emphasised"] == "emphasize"
    assert "Ministry" in lists.organizations.heads and "Forum" in lists.organizations.event_heads
    assert [m.title.title for m in lists.titles.find("NATO Deputy Secretary General Mircea Geoana")] == [
        "Deputy Secretary General"
    ]


def test_a_currency_form_under_two_codes_names_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, "currencies.yml", "currencies:\n  - code: RON\n    words: [lei]\n  - code: MDL\n    words: [lei]\n"
    )
    with pytest.raises(ReferenceDataError) as caught:
        load_currencies(path)
    assert caught.value.line == 4 and "'lei' of MDL is also listed under RON" in str(caught.value), str(caught.value)


def test_a_bad_iso_code_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "currencies.yml", "currencies:\n  - code: Euro\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_currencies(path)
    assert caught.value.line == 2 and "'Euro' is not an ISO 4217 code" in str(caught.value), str(caught.value)


def test_an_unknown_field_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "speech_verbs.yml", "verbs:\n  - lemma: say\n    forms: [said]\n    tense: past\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_speech_verbs(path)
    assert caught.value.line == 2 and "unknown fields ['tense']" in str(caught.value), str(caught.value)


def test_an_unknown_title_kind_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "titles.yml", "titles:\n  - title: General\n    kind: army\n    forms: [General]\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_titles(path)
    assert caught.value.line == 2 and "unknown kind 'army'" in str(caught.value), str(caught.value)


def test_a_title_form_under_two_titles_is_an_error(tmp_path: Path) -> None:
    text = "titles:\n  - title: General\n    kind: rank\n    forms: [Gen.]\n  - title: Generalissimo\n    kind: rank\n    forms: [gen.]\n"
    with pytest.raises(ReferenceDataError) as caught:
        load_titles(write(tmp_path, "titles.yml", text))
    assert caught.value.line == 5 and "'gen.' is listed under 'General' and 'Generalissimo'" in str(caught.value), str(
        caught.value
    )


def test_a_missing_section_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "organizations.yml", "heads: [Office]\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_organization_words(path)
    assert "has no list under `generic:`" in str(caught.value), str(caught.value)
