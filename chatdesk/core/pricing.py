"""What tokens cost: a per-model price table (USD per million tokens), editable by the user.

The defaults are list prices of common models at the time of writing; providers change
them, so the user's own entries (Settings > Prices) always win. A model with no price shows
tokens only, never a made-up cost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from chatdesk.core.usage import Usage


@dataclass(frozen=True)
class Price:
    input_per_million: float
    output_per_million: float

    def cost(self, usage: Usage) -> float:
        return (
            usage.prompt_tokens * self.input_per_million
            + usage.completion_tokens * self.output_per_million
        ) / 1_000_000


DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "gpt-4-turbo": Price(10.00, 30.00),
    "gpt-3.5-turbo": Price(0.50, 1.50),
    "o1": Price(15.00, 60.00),
    "o3-mini": Price(1.10, 4.40),
    "o4-mini": Price(1.10, 4.40),
    "deepseek-chat": Price(0.27, 1.10),
    "deepseek-reasoner": Price(0.55, 2.19),
    "mistral-large-latest": Price(2.00, 6.00),
    "mistral-small-latest": Price(0.20, 0.60),
    "claude-3.5-sonnet": Price(3.00, 15.00),
    "claude-3.5-haiku": Price(0.80, 4.00),
    "llama-3.1-8b-instant": Price(0.05, 0.08),
}


def price_for(model: str, overrides: Mapping[str, Price] | None = None) -> Price | None:
    """The price of ``model``: the user's entry, else a default; ``None`` when unknown.

    Tries the exact id, then without a provider prefix (``openai/gpt-4o``), then the
    longest known prefix (dated snapshots such as ``gpt-4o-mini-2024-07-18``).
    """
    table = {**DEFAULT_PRICES, **(overrides or {})}
    name = model.strip().lower()
    candidates = [name, name.rsplit("/", 1)[-1]]
    for candidate in candidates:
        if candidate in table:
            return table[candidate]
    for candidate in candidates:
        prefixes = [
            k for k in table if candidate.startswith(k + "-") or candidate.startswith(k + ":")
        ]
        if prefixes:
            return table[max(prefixes, key=len)]
    return None


def format_cost(dollars: float) -> str:
    """``$0.0012``, ``$0.42``, ``$12.30``: enough digits to see small replies."""
    if dollars == 0:
        return "$0"
    if dollars < 0.0001:
        return "<$0.0001"
    if dollars < 0.01:
        return f"${dollars:.4f}"
    return f"${dollars:.2f}"


def prices_from_json(data: object) -> dict[str, Price]:
    """User prices from settings: ``{"model": [input, output], …}``; bad entries are skipped."""
    out: dict[str, Price] = {}
    if not isinstance(data, dict):
        return out
    for model, pair in data.items():
        if (
            isinstance(model, str)
            and isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(x, int | float) and not isinstance(x, bool) and x >= 0 for x in pair)
        ):
            out[model.strip().lower()] = Price(float(pair[0]), float(pair[1]))
    return out
