"""The stage timer charges each stage its exclusive time, and `profiled` wraps only inside its block."""

from eastflank.loaders.bench.profile import StageTimer, exporter_label, profiled
from eastflank.loaders.bench.profile_build import StageProfile, extraction_summary
from eastflank.loaders.extract import document
from eastflank.loaders.publish.exporters import EXPORTERS


class Ticks:
    """A clock that moves only when told, so charged times are exact."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_nested_calls_are_taken_out_of_the_outer_stage() -> None:
    ticks = Ticks()
    timer = StageTimer(clock=ticks)

    def inner() -> str:
        ticks.now += 2.0
        return "done"

    def outer() -> str:
        ticks.now += 1.0
        result = timed_inner()
        ticks.now += 0.5
        return result

    timed_inner = timer.wrap("inner", inner)
    got = timer.wrap("outer", outer)()
    assert got == "done", got
    assert timer.seconds == {"inner": 2.0, "outer": 1.5}, timer.seconds


def test_a_generator_is_charged_for_its_items_not_for_what_the_consumer_does() -> None:
    ticks = Ticks()
    timer = StageTimer(clock=ticks)

    def produce() -> object:
        for letter in "ab":
            ticks.now += 3.0
            yield letter

    seen = []
    with timer.charge("consumer"):
        for item in timer.wrap_generator("producer", produce)():
            ticks.now += 10.0
            seen.append(item)
    assert seen == ["a", "b"], seen
    assert timer.seconds == {"producer": 6.0, "consumer": 20.0}, timer.seconds


def test_profiled_wraps_the_extractors_only_inside_the_block() -> None:
    original = document.extract_events
    with profiled(StageTimer()):
        assert document.extract_events is not original
        assert document.extract_events.__wrapped__ is original  # type: ignore[attr-defined]
    assert document.extract_events is original
    assert all("write" not in vars(exporter) for exporter in EXPORTERS), "an exporter kept its wrapper"


def test_exporter_labels_are_words() -> None:
    got = [exporter_label(exporter) for exporter in EXPORTERS]
    assert got[:3] == ["full text index", "parquet files", "duck db file"], got


def test_extraction_alone_sums_the_extractors_only() -> None:
    profile = StageProfile(
        articles=10,
        megabytes=2.0,
        total=9.0,
        seconds={"dates": 1.0, "new entities": 0.5, "extraction: rows and ids": 0.5, "export: parquet files": 4.0},
    )
    assert profile.extraction_seconds == 2.0
    assert extraction_summary(profile).endswith("2.00 s CPU for 2.00 MB, 1.00 MB/s on one core")
