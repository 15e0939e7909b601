"""The scanner's shortcuts find what running every rule's own gate test and pattern in turn finds.

`GateIndex` replaces one substring test per gate with one automaton pass per text, and
`Scanner` replaces the per-rule loop that built its lookups per match; these tests compare
both with the algorithm they replace, on texts generated from the gate words themselves,
mixed with cased forms, look-alike letters and date-like tokens written for these tests.
"""

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.dates import RULES, SCANNER, PartialDate
from eastflank.loaders.extract.dates.reading import Candidate, Gate, Meaning, Rule, fixed, folded
from eastflank.loaders.extract.dates.scanner import GateIndex, Scanner

RuleByRule = Callable[..., list[tuple[Candidate, int]]]

ANCHOR = PartialDate(2025, 3, 14)
GATES = list(SCANNER.gates.bits)
GATE_WORDS = sorted({word for gate in GATES for word in gate.words})
LOOKALIKES = ["\u0130", "\u0131", "\u017f", "\u212a", "Σ", "ß", "’", "-", ".", ",", " ", "\n"]
TOKENS = [
    "In", "May", "MAY", "may", "the", "The", "last", "LAST", "year", "years", "ago", "week", "weekend",
    "5", "23", "1999", "2024", "2020s", "a.m.", "p.m.", "noon", "Q3", "H1", "first", "half", "quarter",
    "nineteen", "eighty", "every", "twice", "now", "recently", "Monday", "Christmas", "New Year", "earlier",
    "later", "until", "between", "and", "to", "of", "a", "an", "three", "days", "today", "tomorrow", "spring",
    "this evening", "last night", "tonight", "every week", "each Tuesday", "twice a year", "annually", "for years",
    "in recent weeks", "the third quarter", "fiscal second-quarter", "biannually", "ten times a day",
]  # fmt: skip


def cased_variants(word: str) -> st.SearchStrategy[str]:
    """The word in other cases, and with the letters `re.IGNORECASE` also matches to i, s and k."""
    forms = [word, word.lower(), word.upper(), word.title(), word.swapcase()]
    look_alikes = [word.replace("i", "\u0131"), word.replace("i", "\u0130"), word.replace("s", "\u017f"),
                   word.upper().replace("K", "\u212a")]  # fmt: skip
    return st.sampled_from(forms + look_alikes)


TEXT_PIECES = st.one_of(
    st.sampled_from(GATE_WORDS).flatmap(cased_variants),
    st.sampled_from(TOKENS).flatmap(cased_variants),
    st.sampled_from(LOOKALIKES),
    st.text(max_size=3),
)
TEXTS = st.lists(TEXT_PIECES, max_size=30).flatmap(
    lambda pieces: st.lists(
        st.sampled_from([" ", "", ", ", "-", ". "]), min_size=len(pieces), max_size=len(pieces)
    ).map(lambda joins: "".join(piece + join for piece, join in zip(pieces, joins, strict=True)))
)


def opened_one_by_one(index: GateIndex, text: str) -> int:
    """The replaced algorithm: each gate's own substring tests."""
    lowered = text.lower()
    return sum(bit for gate, bit in index.bits.items() if gate.opens(text, lowered))


def outcome(scan: Callable[[], list[tuple[Candidate, int]]]) -> object:
    """What a scan gives, or the error it stops on (a reader once failed on look-alike letters: "ye\u017fterday"
    matched a rule but was no key of its table)."""
    try:
        return comparable(scan())
    except KeyError as error:
        return ("KeyError", str(error))


def comparable(found: list[tuple[Candidate, int]]) -> list[tuple[object, ...]]:
    """Candidates by their fields, readings by what they mean on an anchor (their functions differ by identity)."""
    return [
        (c.start, c.end, c.bare_year, c.timex_type, c.part_spans, c.fallback, c.reading.anchoring,
         c.reading.resolve(ANCHOR), c.reading.resolve(None), position)
        for c, position in found
    ]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_one_pass_opens_the_gates_each_gate_opens(text: str) -> None:
    assert SCANNER.gates.open_gates(text) == opened_one_by_one(SCANNER.gates, text)


WORDS = st.text(alphabet="abcisDEFİıſKΣσß19 .-", min_size=0, max_size=4)
KINDS = st.sampled_from([{}, {"lowered": True}, {"folded": True}])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=4), KINDS), min_size=1, max_size=6),
    st.text(alphabet="abcdefiksABCDEFİıſKkSsΣσςß19 .-", max_size=40),
)
def test_any_gates_open_as_their_words_say(gates: list[tuple[list[str], dict[str, bool]]], text: str) -> None:
    index = GateIndex(Gate(tuple(words), **kind) for words, kind in gates)
    assert index.open_gates(text) == opened_one_by_one(index, text)


def test_a_gate_named_twice_is_one_gate_and_a_rule_needs_all_its_gates() -> None:
    month, year = Gate(("March",)), Gate(("20",))
    index = GateIndex([month, year, month])
    assert len(index.bits) == 2
    both = index.mask([month, year])
    assert index.open_gates("March 2024") & both == both
    assert index.open_gates("march 2024") & both == index.bits[year]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_scanner_finds_what_each_rule_finds(rule_by_rule: RuleByRule, text: str) -> None:
    assert outcome(lambda: SCANNER.scan(text)) == outcome(lambda: rule_by_rule(RULES, text))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_folded_gates_only_skip_rules_that_would_find_nothing(rule_by_rule: RuleByRule, text: str) -> None:
    """The folded gates were added to rules that ran without them: open or not, the rules find the same."""

    def without_folded_gates(gate: Gate, text: str, lowered: str) -> bool:
        return gate.folded or gate.opens(text, lowered)

    got = outcome(lambda: rule_by_rule(RULES, text))
    assert got == outcome(lambda: rule_by_rule(RULES, text, without_folded_gates)), text


ALL_CHARACTERS = "".join(map(chr, range(0x110000)))


def test_folding_maps_every_character_ignorecase_takes_for_an_ascii_letter() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(f"(?i:{letter})", ALL_CHARACTERS))
        assert {folded(char) for char in matched} == {letter}, (letter, matched)


def test_folded_text_holds_what_lowercasing_loses() -> None:
    text = "TON\u0130GHT, mornın\u0261 ſeconds \u212aEY"
    assert "night" not in text.lower() and "night" in folded(text)
    assert folded("\u017fix wee\u212a") == "six week"
    assert Gate(("night",), folded=True).opens("Ton\u0130ght", "ton\u0130ght".lower())


def test_the_scanner_keeps_date_groups_parts_and_rule_order(rule_by_rule: RuleByRule) -> None:
    rules = [
        Rule(re.compile(r"in (?P<date>(?P<a>\d{4})-(?P<b>\d{4}))"), (Gate(("in",)),), lambda m: fixed(Meaning(ANCHOR)),
             parts=("a", "b")),
        Rule(re.compile(r"\d{4}"), (Gate(("20", "19")),), lambda m: fixed(Meaning(ANCHOR)), bare_year=True),
        Rule(re.compile(r"never"), (Gate(("NEVER",)),), lambda m: fixed(Meaning(ANCHOR))),
    ]  # fmt: skip
    text = "Built in 1999-2004, shut in 2020; never reopened."
    got = comparable(Scanner(rules).scan(text))
    assert got == comparable(rule_by_rule(rules, text)), got
    assert [(start, end, parts, position) for start, end, _, _, parts, *_, position in got] == [
        (9, 18, ((9, 13), (14, 18)), 0),
        (9, 13, (), 1),
        (14, 18, (), 1),
        (28, 32, (), 1),
    ], got


def test_the_shared_scanner_indexes_every_gate_of_every_rule() -> None:
    assert set(SCANNER.gates.bits) == {gate for rule in RULES for gate in rule.gates}
    assert len(SCANNER.gates.bits) == len({id(gate) for rule in RULES for gate in rule.gates})
