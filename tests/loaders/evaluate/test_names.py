"""Predicted entity ids against gold names: canonical name or alias, any case."""

from eastflank.loaders.evaluate.names import reference_index
from eastflank.loaders.ingest.reference import ReferenceEntity

REFERENCE = [
    ReferenceEntity(id="eu", name="European Union", type="organization", aliases=("EU",), demonyms=("European",)),
    ReferenceEntity(id="pfp", name="Partnership for Peace", type="programme", programme={"acronym": "PfP"}),
]


def test_canonical_name_alias_and_acronym_count_in_any_case() -> None:
    index = reference_index(REFERENCE)
    got = [
        index.is_named("eu", "european union"),
        index.is_named("eu", "EU"),
        index.is_named("pfp", "PFP"),
        index.is_named("eu", "European"),
        index.is_named("eu", "Partnership for Peace"),
        index.is_named(None, "EU"),
        index.is_named("eu", None),
        index.is_named("unknown", "EU"),
    ]
    assert got == [True, True, True, False, False, False, False, False], got


def test_types_by_id() -> None:
    index = reference_index(REFERENCE)
    got = [index.type_of("eu"), index.type_of("pfp"), index.type_of("nope"), index.type_of(None)]
    assert got == ["organization", "programme", None, None], got


def test_entities_extraction_adds_are_known_too() -> None:
    index = reference_index(REFERENCE).with_rows(
        [{"id": "mfaei", "name": "Ministry of Foreign Affairs and European Integration", "type": "organization"}],
        [
            {"entity_id": "mfaei", "alias": "MFAEI", "kind": "alias"},
            {"entity_id": "eu", "alias": "the Union", "kind": "context"},
        ],
    )
    got = [
        index.type_of("mfaei"),
        index.is_named("mfaei", "MFAEI"),
        index.is_named("eu", "the union"),
        index.is_named("eu", "EU"),
    ]
    assert got == ["organization", True, False, True], got
