"""Building Chat Completions request bodies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chatdesk.core.messages import Conversation, Role
from chatdesk.core.params import context_length, fit_to_context
from chatdesk.core.settings import Settings

#: Tokens kept free for the reply when the user set no max_tokens.
DEFAULT_REPLY_RESERVE = 1024


@dataclass(frozen=True)
class Plan:
    payload: dict[str, Any]
    left_out: int
    """How many of the oldest turns were left out to fit the model's context."""


def plan_request(conversation: Conversation, settings: Settings, scale: float = 1.0) -> Plan:
    """The request body, the conversation's own settings over the global ones, trimmed to fit.

    The conversation's system prompt (else the global one) always goes first; the oldest
    turns are left out only when the model's context length is known.
    """
    system_prompt = conversation.system_prompt or settings.system_prompt
    messages = conversation.api_messages(system_prompt)
    system = [m for m in messages if m["role"] == Role.SYSTEM.value][:1] if system_prompt else []
    turns = messages[len(system) :]
    params = conversation.params
    left_out = 0
    limit = context_length(settings.model, settings.context_lengths)
    if limit:
        reserve = params.max_tokens or min(DEFAULT_REPLY_RESERVE, limit // 4)
        left_out = fit_to_context(system, turns, limit, reserve, scale)
    payload: dict[str, Any] = {"model": settings.model, "messages": system + turns[left_out:]}
    if settings.stop:
        payload["stop"] = list(settings.stop)
    payload.update(params.to_payload())
    if settings.stream:
        payload["stream"] = True
        payload["stream_options"] = {"include_usage": True}
    return Plan(payload, left_out)


def build_chat_payload(conversation: Conversation, settings: Settings) -> dict[str, Any]:
    """The JSON body for ``POST /chat/completions`` (see ``plan_request``)."""
    return plan_request(conversation, settings).payload
