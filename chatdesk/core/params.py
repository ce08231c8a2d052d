"""Per-conversation request parameters: only the ones the user set are sent.

Also the context window: how many tokens a model takes, and which oldest turns to leave
out of a request so it fits (never the system prompt).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from chatdesk.core.i18n import decimal, noop, tr
from chatdesk.core.usage import PER_MESSAGE_OVERHEAD, content_tokens, estimate_text_tokens

# name -> (type, low, high); ``None`` bounds are open.
_LIMITS: dict[str, tuple[type, float | None, float | None]] = {
    "temperature": (float, 0.0, 2.0),
    "top_p": (float, 0.0, 1.0),
    "max_tokens": (int, 1, None),
    "presence_penalty": (float, -2.0, 2.0),
    "frequency_penalty": (float, -2.0, 2.0),
    "seed": (int, None, None),
}
_LABELS = {
    #: A request parameter as an error names it ("temperature must be a number").
    "temperature": noop("temperature"),
    "top_p": noop("top p"),
    "max_tokens": noop("max tokens"),
    "presence_penalty": noop("presence penalty"),
    "frequency_penalty": noop("frequency penalty"),
    "seed": noop("seed"),
}
"""How a refusal names each parameter."""


class InvalidParameter(ValueError):
    """A parameter out of range or of the wrong type; the message says which and why."""


@dataclass(frozen=True)
class Params:
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    seed: int | None = None
    stop: tuple[str, ...] = ()
    tools_off: tuple[str, ...] = ()
    """Tools not offered in this conversation: ``server`` (all its tools) or
    ``server/tool``. Everything else configured and ready is offered."""

    def to_payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("stop", "tools_off") and getattr(self, f.name) is not None
        }
        if self.stop:
            out["stop"] = list(self.stop)
        return out

    def to_json(self) -> dict[str, Any]:
        out = self.to_payload()
        if self.tools_off:
            out["tools_off"] = list(self.tools_off)
        return out

    def offers(self, server: str, tool: str) -> bool:
        """Whether this conversation offers ``tool`` of ``server`` to the model."""
        return server not in self.tools_off and f"{server}/{tool}" not in self.tools_off

    @classmethod
    def from_json(cls, data: object) -> Params:
        """Read stored parameters, skipping anything invalid rather than failing."""
        if not isinstance(data, Mapping):
            return cls()
        values: dict[str, Any] = {}
        for name in _LIMITS:
            if name in data:
                try:
                    values[name] = check(name, data[name])
                except InvalidParameter:
                    continue
        stop = data.get("stop")
        if isinstance(stop, list):
            values["stop"] = tuple(s for s in stop if isinstance(s, str) and s)[:4]
        off = data.get("tools_off")
        if isinstance(off, list):
            values["tools_off"] = tuple(t for t in off if isinstance(t, str) and t)[:500]
        return cls(**values)

    @classmethod
    def parse(cls, texts: Mapping[str, str]) -> Params:
        """From form fields (empty = not set); raises ``InvalidParameter`` with the reason."""
        values: dict[str, Any] = {}
        for name in _LIMITS:
            text = texts.get(name, "").strip()
            if text:
                values[name] = check(name, text)
        stop = texts.get("stop", "")
        values["stop"] = tuple(s.strip() for s in stop.split(",") if s.strip())[:4]
        return cls(**values)


def check(name: str, value: object) -> float | int:
    """``value`` as the number ``name`` takes, or ``InvalidParameter`` saying what is wrong."""
    kind, low, high = _LIMITS[name]
    label = tr(_LABELS[name])
    checked: float | int
    try:
        if isinstance(value, bool):
            raise ValueError
        if kind is int:
            if isinstance(value, float):
                if not value.is_integer():
                    raise ValueError
                checked = int(value)
            else:
                checked = int(str(value).strip())
        else:
            checked = float(value) if isinstance(value, int | float) else float(str(value).strip())
    except (TypeError, ValueError):
        if kind is int:
            problem = tr("{parameter} must be a whole number")
        else:
            problem = tr("{parameter} must be a number")
        raise InvalidParameter(problem.format(parameter=label)) from None
    if not math.isfinite(checked):
        raise InvalidParameter(tr("{parameter} must be a finite number").format(parameter=label))
    if (low is not None and checked < low) or (high is not None and checked > high):
        if high is not None:
            problem = tr("{parameter} must be between {low} and {high}").format(
                parameter=label, low=decimal(low or 0), high=decimal(high)
            )
        else:
            problem = tr("{parameter} must be at least {low}").format(
                parameter=label, low=decimal(low or 0)
            )
        raise InvalidParameter(problem)
    return checked


# -- context window ---------------------------------------------------------------------

# Context lengths (tokens) of common models; the user's own entries win.
DEFAULT_CONTEXT: dict[str, int] = {
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "gpt-4.1": 1_047_576,
    "gpt-4.1-mini": 1_047_576,
    "gpt-4-turbo": 128_000,
    "gpt-3.5-turbo": 16_385,
    "o1": 200_000,
    "o3-mini": 200_000,
    "deepseek-chat": 64_000,
    "deepseek-reasoner": 64_000,
    "mistral-large-latest": 128_000,
    "llama-3.1-8b-instant": 131_072,
}


def context_length(model: str, overrides: Mapping[str, int] | None = None) -> int | None:
    table = {**DEFAULT_CONTEXT, **(overrides or {})}
    name = model.strip().lower()
    for candidate in (name, name.rsplit("/", 1)[-1]):
        if candidate in table:
            return table[candidate]
    prefixes = [k for k in table if name.rsplit("/", 1)[-1].startswith(k + "-")]
    return table[max(prefixes, key=len)] if prefixes else None


def fit_to_context(
    system: Sequence[Mapping[str, Any]],
    turns: Sequence[Mapping[str, Any]],
    limit: int,
    reserve: int,
    scale: float = 1.0,
) -> int:
    """How many of the oldest ``turns`` to leave out so the request fits ``limit`` tokens.

    ``reserve`` is kept free for the reply; ``scale`` corrects the estimate with what the
    server reported for earlier requests. The system messages always stay, and so does
    the newest turn, even when it alone is too long (the server will then say so). An
    assistant message goes together with its ``tool`` results: a request must not start
    with a result whose call was left out (servers refuse it).
    """

    def cost(message: Mapping[str, Any]) -> float:
        return (message_tokens(message) + PER_MESSAGE_OVERHEAD) * scale

    budget = limit - reserve - sum(cost(m) for m in system)
    total = sum(cost(m) for m in turns)
    starts = [i for i, m in enumerate(turns) if i == 0 or m.get("role") != "tool"]
    dropped = 0
    for start in starts[1:]:  # the last group (with the newest turn) always stays
        orphan = turns[dropped].get("role") == "tool"
        if total <= budget and not orphan:
            break
        total -= sum(cost(m) for m in turns[dropped:start])
        dropped = start
    return dropped


def message_tokens(message: Mapping[str, Any]) -> int:
    """Estimated tokens of a message's content and of the tool calls it asks for."""
    tokens = content_tokens(message.get("content") or "")
    calls = message.get("tool_calls")
    for call in calls if isinstance(calls, list) else ():
        function = call.get("function") if isinstance(call, Mapping) else None
        if isinstance(function, Mapping):
            for part in (function.get("name"), function.get("arguments")):
                tokens += estimate_text_tokens(part if isinstance(part, str) else "")
    return tokens
