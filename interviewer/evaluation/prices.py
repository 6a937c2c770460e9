"""Model prices in one place, in US dollars per million tokens (input, output); unknown models cost nothing here."""

from __future__ import annotations

from typing import Final

PRICES: Final[dict[str, tuple[float, float]]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}


def estimate_cost(model: str | None, prompt_tokens: int, completion_tokens: int) -> float | None:
    """Estimated dollars, or None when the model is not in the table (local and self-hosted models)."""
    if not model or model not in PRICES:
        return None
    per_in, per_out = PRICES[model]
    return (prompt_tokens * per_in + completion_tokens * per_out) / 1_000_000
