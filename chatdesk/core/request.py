"""Building Chat Completions request bodies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chatdesk.core.attachments import IMAGE, with_files
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.params import context_length, fit_to_context
from chatdesk.core.settings import Settings
from chatdesk.core.usage import IMAGE_TOKENS, PER_MESSAGE_OVERHEAD, estimate_text_tokens

#: Tokens kept free for the reply when the user set no max_tokens.
DEFAULT_REPLY_RESERVE = 1024


@dataclass(frozen=True)
class Plan:
    payload: dict[str, Any]
    left_out: int
    """How many of the oldest turns were left out to fit the model's context."""


def _reserve(conversation: Conversation, limit: int) -> int:
    return conversation.params.max_tokens or min(DEFAULT_REPLY_RESERVE, limit // 4)


def plan_request(conversation: Conversation, settings: Settings, scale: float = 1.0) -> Plan:
    """The request body, the conversation's own settings over the global ones, trimmed to fit.

    The conversation's system prompt (else the global one) always goes first; the oldest
    turns are left out only when the model's context length is known.
    """
    system_prompt = conversation.system_prompt or settings.prefs.system_prompt
    messages = conversation.api_messages(system_prompt)
    system = [m for m in messages if m["role"] == Role.SYSTEM.value][:1] if system_prompt else []
    turns = messages[len(system) :]
    params = conversation.params
    left_out = 0
    limit = context_length(settings.active.model, settings.prefs.context_lengths)
    if limit:
        left_out = fit_to_context(system, turns, limit, _reserve(conversation, limit), scale)
    payload: dict[str, Any] = {
        "model": settings.active.model,
        "messages": system + turns[left_out:],
    }
    stop = dict.fromkeys((*settings.active.stop, *settings.prefs.stop))  # in order, once
    if stop:
        payload["stop"] = list(stop)[:4]
    payload.update(params.to_payload())
    if settings.prefs.stream:
        payload["stream"] = True
        payload["stream_options"] = {"include_usage": True}
    return Plan(payload, left_out)


def build_chat_payload(conversation: Conversation, settings: Settings) -> dict[str, Any]:
    """The JSON body for ``POST /chat/completions`` (see ``plan_request``)."""
    return plan_request(conversation, settings).payload


def _message_tokens(message: Message) -> int:
    """Estimated tokens of one turn as sent, without encoding its images."""
    images = sum(1 for a in message.attachments if a.kind == IMAGE)
    text = with_files(message.content, message.attachments)
    return estimate_text_tokens(text) + IMAGE_TOKENS * images + PER_MESSAGE_OVERHEAD


def context_tokens(conversation: Conversation, settings: Settings, scale: float = 1.0) -> int:
    """Estimated prompt tokens of the next request: how long the conversation is now.

    The same selection as ``plan_request`` (system prompt, turns that fit the model's
    context), counted without building the payload, so it is cheap to show after every
    reply. Turns still only in the history (a tail-only open) are not counted.
    """
    system_prompt = conversation.system_prompt or settings.prefs.system_prompt
    system = estimate_text_tokens(system_prompt) + PER_MESSAGE_OVERHEAD
    fixed = system if system_prompt.strip() else 0
    turns = [_message_tokens(m) for m in conversation.sendable()]
    total = float(sum(turns))
    limit = context_length(settings.active.model, settings.prefs.context_lengths)
    if limit:
        budget = limit - _reserve(conversation, limit) - fixed * scale
        for dropped in range(len(turns) - 1):
            if total * scale <= budget:
                break
            total -= turns[dropped]
    return round((fixed + total) * scale)
