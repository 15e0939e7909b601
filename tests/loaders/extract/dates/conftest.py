"""The algorithm the date scanner replaced, kept as the reference its shortcuts are compared with."""

from collections.abc import Callable

import pytest

from eastflank.loaders.extract.dates.reading import Candidate, Gate, Rule
from eastflank.loaders.extract.dates.scanner import holds_lookalike


def scanned_rule_by_rule(
    rules: list[Rule], text: str, is_open: Callable[[Gate, str, str], bool] = Gate.opens
) -> list[tuple[Candidate, int]]:
    """The replaced algorithm: every rule in turn, its gates tested, its pattern run, its matches read
    (but a match holding a look-alike letter passed over, as the tagger's policy is since; tested on its own
    in test_lookalike_letters.py)."""
    lowered = text.lower()
    found = []
    for position, rule in enumerate(rules):
        if all(is_open(gate, text, lowered) for gate in rule.gates):
            for match in rule.pattern.finditer(text):
                if holds_lookalike(match.group()):
                    continue
                reading = rule.read(match)
                if reading is not None:
                    span = match.span("date") if "date" in rule.pattern.groupindex else match.span()
                    parts = tuple(match.span(group) for group in rule.parts)
                    candidate = Candidate(*span, reading, rule.bare_year, rule.timex_type, parts)
                    found.append((candidate, position))
    return found


@pytest.fixture(scope="session")
def rule_by_rule() -> Callable[..., list[tuple[Candidate, int]]]:
    """`scanned_rule_by_rule`, for tests in both scanner test modules (a test module is not importable here)."""
    return scanned_rule_by_rule
