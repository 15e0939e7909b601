"""CITATION.cff at the top level is valid CFF 1.2.0 and agrees with the package and the datapackage.

The checks follow the CFF 1.2.0 schema's rules for the keys used here (required keys,
`authors` as persons or entities, `type` and `license` values); cffconvert is not a
dependency, so its schema is not run.
"""

import re
import tomllib
from datetime import date

import yaml

from eastflank.loaders.paths import PROJECT_ROOT
from eastflank.loaders.publish.citation import AUTHORS
from eastflank.loaders.publish.datapackage import LICENSES
from eastflank.loaders.publish.datasette_metadata import TITLE

CFF_KEYS = {
    "abstract",
    "authors",
    "cff-version",
    "commit",
    "contact",
    "date-released",
    "doi",
    "identifiers",
    "keywords",
    "license",
    "license-url",
    "message",
    "preferred-citation",
    "references",
    "repository",
    "repository-artifact",
    "repository-code",
    "title",
    "type",
    "url",
    "version",
}
"""Every top-level key CFF 1.2.0 allows (its schema sets additionalProperties: false)."""
PERSON_KEYS = {
    "family-names",
    "given-names",
    "name-particle",
    "name-suffix",
    "affiliation",
    "email",
    "orcid",
    "website",
    "alias",
}
ENTITY_KEYS = {"name", "email", "website", "date-start", "date-end", "location", "city", "country", "orcid", "alias"}


def citation() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def test_required_keys_and_only_known_keys() -> None:
    cff = citation()
    assert {"cff-version", "message", "title", "authors"} <= set(cff), sorted(cff)
    assert set(cff) <= CFF_KEYS, sorted(set(cff) - CFF_KEYS)
    assert cff["cff-version"] == "1.2.0", cff["cff-version"]
    assert isinstance(cff["message"], str) and cff["message"].strip(), cff["message"]


def test_authors_are_persons_or_entities() -> None:
    for author in citation()["authors"]:
        assert isinstance(author, dict) and author, author
        is_entity = "name" in author and set(author) <= ENTITY_KEYS
        is_person = set(author) <= PERSON_KEYS and ("family-names" in author or "given-names" in author)
        assert is_entity or is_person, author


def test_values_have_the_types_cff_requires() -> None:
    cff = citation()
    assert cff.get("type", "software") in {"dataset", "software"}, cff["type"]
    assert re.fullmatch(r"[A-Za-z0-9.+-]+", cff["license"]), cff["license"]
    assert all(isinstance(word, str) for word in cff.get("keywords", [])), cff["keywords"]
    for key in ("url", "repository-code"):
        assert cff[key].startswith("https://"), cff[key]
    if "date-released" in cff:
        assert isinstance(cff["date-released"], date), cff["date-released"]


def test_agrees_with_the_project_and_the_datapackage() -> None:
    cff = citation()
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert cff["version"] == project["version"], (cff["version"], project["version"])
    assert (cff["title"], cff["license"]) == (TITLE, LICENSES[0]["name"]), cff
    assert cff["authors"] == [{"name": AUTHORS}], cff["authors"]
