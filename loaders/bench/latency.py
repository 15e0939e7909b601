"""Latency figures from a list of request times: p50, p95 and max, in milliseconds."""

import statistics
from dataclasses import dataclass


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


@dataclass(frozen=True)
class Latency:
    """p50, p95 and max of some request times, in milliseconds."""

    p50_ms: float
    p95_ms: float
    max_ms: float

    @classmethod
    def of(cls, seconds: list[float]) -> "Latency":
        """The figures of request times given in seconds."""
        return cls(
            round(1000 * statistics.median(seconds), 1),
            round(1000 * percentile(seconds, 0.95), 1),
            round(1000 * max(seconds), 1),
        )
