"""Building Chat Completions request bodies."""

from __future__ import annotations

from typing import Any

from chatdesk.core.messages import Conversation
from chatdesk.core.settings import Settings


def build_chat_payload(conversation: Conversation, settings: Settings) -> dict[str, Any]:
    """The JSON body for ``POST /chat/completions`` for the whole conversation."""
    payload: dict[str, Any] = {
        "model": settings.model,
        "messages": conversation.api_messages(settings.system_prompt),
    }
    if settings.stop:
        payload["stop"] = list(settings.stop)
    if settings.stream:
        payload["stream"] = True
        payload["stream_options"] = {"include_usage": True}
    return payload
