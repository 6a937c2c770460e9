"""Statistics for comparing two runs: paired bootstrap confidence intervals and Cohen's kappa."""

from __future__ import annotations

import random
from collections.abc import Sequence


def mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def bootstrap_ci(xs: Sequence[float], resamples: int = 2000, level: float = 0.95, seed: int = 7) -> tuple[float, float]:
    """Percentile bootstrap interval for the mean of `xs` (for paired differences, pass the differences)."""
    if not xs:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(xs)
    means = sorted(sum(rng.choices(xs, k=n)) / n for _ in range(resamples))
    lo = means[int((1 - level) / 2 * resamples)]
    hi = means[min(resamples - 1, int((1 + level) / 2 * resamples))]
    return (lo, hi)


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Agreement of two labellings beyond chance; 1 is perfect, 0 is chance (and 1.0 when both never vary)."""
    n = len(a)
    if n == 0:
        return 1.0
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    labels = set(a) | set(b)
    expected = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)
