"""One-to-one matching of gold items to predicted items by span.

Greedy by overlap: the pair sharing the most characters is matched first, and neither
item is matched again, so two predictions of one gold event count once and one prediction
never covers two gold events. Ties go to the pair the stricter test (`prefer`) accepts
(an event with the right date, a quote with the right speaker), then to reading order,
so "matched and right" never loses to an arbitrary pairing and results are deterministic.
"""

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class Spanned(Protocol):
    """Anything with a document span."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


G = TypeVar("G", bound=Spanned)
P = TypeVar("P", bound=Spanned)


def overlap(a: Spanned, b: Spanned) -> int:
    """Characters the two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def same_span(a: Spanned, b: Spanned) -> bool:
    """True when the spans are identical."""
    return a.start == b.start and a.end == b.end


def match(
    gold: Sequence[G],
    predicted: Sequence[P],
    agrees: Callable[[G, P], bool],
    exact: bool = False,
    prefer: Callable[[G, P], bool] | None = None,
) -> list[tuple[G, P]]:
    """Matched pairs: spans equal (`exact`) or overlapping, and `agrees` true."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = overlap(g, p)
            if (same_span(g, p) if exact else shared > 0) and agrees(g, p):
                preferred = prefer is not None and prefer(g, p)
                candidates.append((-shared, not preferred, gi, pi))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs
