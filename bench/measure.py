"""Timing helpers: samples, percentiles, one line of results."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    name: str
    samples_ms: tuple[float, ...]

    def percentile(self, p: float) -> float:
        ordered = sorted(self.samples_ms)
        index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
        return ordered[index]

    def line(self) -> str:
        return (
            f"{self.name}: n={len(self.samples_ms)} "
            f"p50={statistics.median(self.samples_ms):.2f} ms "
            f"p95={self.percentile(95):.2f} ms max={max(self.samples_ms):.2f} ms"
        )


def time_each(name: str, calls: list[Callable[[], object]]) -> Timing:
    """Run every call once, timing each."""
    samples = []
    for call in calls:
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(name, tuple(samples))
