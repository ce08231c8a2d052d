"""What tokens cost: a per-model price table (USD per million tokens), editable by the user.

The defaults are list prices of common models at the time of writing; providers change
them, so the user's own entries (Settings > Prices) always win. A model with no price shows
tokens only, never a made-up cost.

A default price belongs to the servers that charge it: ``gpt-4o-mini`` costs money at
api.openai.com, but a llama.cpp server answering to the same name costs nothing. Given the
server, defaults apply only on their own hosts; the user's prices apply everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from chatdesk.core.i18n import number, tr
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


_OPENAI = ("api.openai.com", ".openai.azure.com", "openrouter.ai")
# The hosts (a leading dot: any subdomain) that charge each default price.
PRICE_HOSTS: dict[str, tuple[str, ...]] = {
    **{m: _OPENAI for m in DEFAULT_PRICES if m.startswith(("gpt-", "o1", "o3", "o4"))},
    "deepseek-chat": ("api.deepseek.com", "openrouter.ai"),
    "deepseek-reasoner": ("api.deepseek.com", "openrouter.ai"),
    "mistral-large-latest": ("api.mistral.ai", "openrouter.ai"),
    "mistral-small-latest": ("api.mistral.ai", "openrouter.ai"),
    "claude-3.5-sonnet": ("openrouter.ai",),
    "claude-3.5-haiku": ("openrouter.ai",),
    "llama-3.1-8b-instant": ("api.groq.com",),
}


def charges(base_url: str, model: str) -> bool:
    """Whether the server at ``base_url`` is one that charges ``model``'s default price."""
    host = (urlsplit(base_url.strip()).hostname or "").lower()
    return bool(host) and any(
        host.endswith(h) if h.startswith(".") else host == h for h in PRICE_HOSTS.get(model, ())
    )


def price_for(
    model: str, overrides: Mapping[str, Price] | None = None, base_url: str | None = None
) -> Price | None:
    """The price of ``model``: the user's entry, else a default; ``None`` when unknown.

    Tries the exact id, then without a provider prefix (``openai/gpt-4o``), then the
    longest known prefix (dated snapshots such as ``gpt-4o-mini-2024-07-18``). With
    ``base_url``, a default price counts only on a server that charges it.
    """
    mine = _lookup(model, dict(overrides or {}))
    if mine is not None:
        return mine[1]
    default = _lookup(model, DEFAULT_PRICES)
    if default is None or (base_url is not None and not charges(base_url, default[0])):
        return None
    return default[1]


def _lookup(model: str, table: Mapping[str, Price]) -> tuple[str, Price] | None:
    """The table entry (its key and price) that ``model`` matches best."""
    name = model.strip().lower()
    candidates = [name, name.rsplit("/", 1)[-1]]
    for candidate in candidates:
        if candidate in table:
            return candidate, table[candidate]
    for candidate in candidates:
        prefixes = [
            k for k in table if candidate.startswith(k + "-") or candidate.startswith(k + ":")
        ]
        if prefixes:
            key = max(prefixes, key=len)
            return key, table[key]
    return None


def format_cost(dollars: float) -> str:
    """``$0.0012``, ``$0.42``, ``$12.30``: enough digits to see small replies."""
    if dollars == 0:
        #: A cost in US dollars.
        return tr("${amount}").format(amount=number(0))
    if dollars < 0.0001:
        #: A cost too small to show: less than $0.0001.
        return tr("<${amount}").format(amount=number(0.0001, 4))
    return tr("${amount}").format(amount=number(dollars, 4 if dollars < 0.01 else 2))


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
