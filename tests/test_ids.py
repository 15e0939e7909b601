from eastflank.loaders.ids import slugify, stable_id


def test_stable_id_is_deterministic_and_sensitive_to_every_part() -> None:
    assert stable_id("paragraph", "abc", 3) == stable_id("paragraph", "abc", 3)
    assert len(stable_id("paragraph", "abc", 3)) == 16
    assert stable_id("paragraph", "abc", 3) != stable_id("paragraph", "abc", 4)
    assert stable_id("paragraph", "ab", "c") != stable_id("paragraph", "a", "bc")
    assert stable_id("mention", "abc", 3) != stable_id("paragraph", "abc", 3)


def test_stable_id_known_value_never_changes() -> None:
    got = stable_id("document", "000_c899c343fc0bd37a")
    assert got == "75459d303dbcc849", got


def test_slugify_drops_diacritics() -> None:
    assert slugify("Nicușor Dan") == "nicusor-dan"
    assert slugify("  Ministry of Foreign Affairs (MFAEI) ") == "ministry-of-foreign-affairs-mfaei"
