"""Turning Chat Completions payloads (streamed chunks or whole replies) into events."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from chatdesk.core.errors import ChatError, ErrorKind, error_from_stream_object
from chatdesk.core.usage import Usage


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class UsageReport:
    usage: Usage


@dataclass(frozen=True)
class FinishReason:
    reason: str


@dataclass(frozen=True)
class Done:
    """``data: [DONE]``: the server says the stream is whole."""


@dataclass(frozen=True)
class ReasoningDelta:
    """Thinking text (``reasoning_content`` / ``reasoning``), shown apart from the reply."""

    text: str


@dataclass(frozen=True)
class Retrying:
    """The client waits ``delay`` seconds before try ``attempt`` of ``max_attempts``."""

    attempt: int
    max_attempts: int
    delay: float
    reason: str


StreamEvent = TextDelta | ReasoningDelta | UsageReport | FinishReason | Done | Retrying


def _reasoning(part: Mapping[str, Any]) -> str:
    """DeepSeek and llama.cpp send ``reasoning_content``; OpenRouter sends ``reasoning``."""
    for key in ("reasoning_content", "reasoning"):
        value = part.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _malformed(detail: str) -> ChatError:
    return ChatError(
        ErrorKind.MALFORMED,
        f"{detail} Check that the base URL points at an OpenAI-compatible API.",
    )


def empty_reply() -> ChatError:
    """A 200 with nothing in it (llama.cpp answers a too-long prompt this way)."""
    return ChatError(
        ErrorKind.EMPTY,
        "The server answered but sent nothing. If the conversation is long, it may not "
        "fit the model's context: start a new one or shorten it.",
    )


def _load(text: str, what: str) -> dict[str, Any]:
    """A JSON object from the server, or the error it carries."""
    try:
        obj: Any = json.loads(text)
    except ValueError:
        raise _malformed(f"{what} is not JSON.") from None
    if not isinstance(obj, dict):
        raise _malformed(f"{what} is an unexpected JSON value.")
    if "error" in obj:
        raise error_from_stream_object(obj)
    return obj


def _events(
    part: object, text: object, choice: Mapping[str, Any], obj: Mapping[str, Any]
) -> list[StreamEvent]:
    """What one chunk or reply says: reasoning, text, finish reason and usage, in order."""
    events: list[StreamEvent] = []
    if isinstance(part, Mapping) and (thinking := _reasoning(part)):
        events.append(ReasoningDelta(thinking))
    if isinstance(text, str) and text:
        events.append(TextDelta(text))
    reason = choice.get("finish_reason")
    if isinstance(reason, str) and reason:
        events.append(FinishReason(reason))
    usage = obj.get("usage")
    if isinstance(usage, Mapping) and (parsed := Usage.from_api(usage)) is not None:
        events.append(UsageReport(parsed))
    return events


def parse_chunk(data: str) -> list[StreamEvent]:
    """Events from one SSE ``data`` payload of a streamed completion."""
    if data.strip() == "[DONE]":
        return [Done()]
    obj = _load(data, "A streamed event")
    choices = obj.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else {}
    choice: Mapping[str, Any] = first if isinstance(first, Mapping) else {}
    delta = choice.get("delta") or {}
    # Old-style servers stream ``text`` instead of a ``delta``.
    text = delta.get("content") if isinstance(delta, Mapping) else None
    if not delta:
        text = choice.get("text")
    return _events(delta, text, choice, obj)


def parse_completion(body: bytes) -> list[StreamEvent]:
    """Events from a whole (non-streamed) completion body."""
    text = body.decode("utf-8", errors="replace").strip()
    if not text:
        raise empty_reply()
    obj = _load(text, "The reply")
    choices = obj.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
        raise _malformed("The reply has no choices.")
    choice = choices[0]
    message = choice.get("message")
    content = message.get("content") if isinstance(message, Mapping) else choice.get("text")
    return [*_events(message, content, choice, obj), Done()]
