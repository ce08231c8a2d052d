"""Turning Chat Completions payloads (streamed chunks or whole replies) into events.

JSON may carry lone UTF-16 surrogates (``"\\ud83d"``), and a server may split one
emoji's two halves across two chunks. Python keeps such a string, but it cannot be
encoded to UTF-8, so it could never be saved. ``parse_chunk`` leaves a half at the
very edge of a delta for ``join_surrogates`` to pair with the next delta; every
other lone half becomes U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from chatdesk.core.errors import ChatError, ErrorKind, error_from_stream_object
from chatdesk.core.i18n import tr
from chatdesk.core.tools import ToolCallDelta
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


StreamEvent = (
    TextDelta | ReasoningDelta | ToolCallDelta | UsageReport | FinishReason | Done | Retrying
)


_SURROGATE = re.compile("[\ud800-\udfff]")
_HIGH = re.compile("[\ud800-\udbff]")
_LOW = re.compile("[\udc00-\udfff]")
REPLACEMENT = "\ufffd"


def fix_surrogates(text: str) -> str:
    """``text`` with surrogate pairs joined into one character and lone halves as U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _fix_inner(text: str) -> str:
    """Like ``fix_surrogates``, but a lone half at either edge is kept for the next delta."""
    if _SURROGATE.search(text) is None:
        return text
    head = text[0] if _LOW.fullmatch(text[0]) else ""
    tail = text[-1] if len(text) > len(head) and _HIGH.fullmatch(text[-1]) else ""
    middle = text[len(head) : len(text) - len(tail)]
    return head + fix_surrogates(middle) + tail


def join_surrogates(events: Iterable[StreamEvent]) -> Iterator[StreamEvent]:
    """The events with surrogate halves split across deltas joined, and lone ones replaced.

    Reply text and reasoning are joined separately; a half still waiting when the stream
    ends (or says ``[DONE]``) becomes U+FFFD.
    """
    waiting: dict[type[TextDelta] | type[ReasoningDelta], str] = {}

    def flush() -> Iterator[StreamEvent]:
        for kind, half in list(waiting.items()):
            if half:
                yield kind(REPLACEMENT)
        waiting.clear()

    for event in events:
        if isinstance(event, TextDelta | ReasoningDelta):
            kind = type(event)
            text = waiting.pop(kind, "") + event.text
            if text and _HIGH.fullmatch(text[-1]):
                waiting[kind], text = text[-1], text[:-1]
            text = fix_surrogates(text)
            if text:
                yield kind(text)
        elif isinstance(event, Done):
            yield from flush()
            yield event
        else:
            yield event
    yield from flush()


def _reasoning(part: Mapping[str, Any]) -> str:
    """DeepSeek and llama.cpp send ``reasoning_content``; OpenRouter sends ``reasoning``."""
    for key in ("reasoning_content", "reasoning"):
        value = part.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _tool_call_deltas(calls: object) -> list[ToolCallDelta]:
    """``tool_calls`` pieces (streamed, with ``index``) or whole calls (without). Lone
    surrogate halves are replaced at once: a call's pieces are not joined like text."""
    fix = fix_surrogates
    if not isinstance(calls, list):
        return []
    out: list[ToolCallDelta] = []
    for position, call in enumerate(calls):
        if not isinstance(call, Mapping):
            continue
        index = call.get("index", position)
        function = call.get("function")
        function = function if isinstance(function, Mapping) else {}
        ident, name, arguments = call.get("id"), function.get("name"), function.get("arguments")
        out.append(
            ToolCallDelta(
                index if isinstance(index, int) and 0 <= index < 1024 else position,
                fix(ident) if isinstance(ident, str) else "",
                fix(name) if isinstance(name, str) else "",
                fix(arguments) if isinstance(arguments, str) else "",
            )
        )
    return out


def _malformed(problem: str) -> ChatError:
    """``problem`` (one sentence) and where to look."""
    return ChatError(
        ErrorKind.MALFORMED,
        tr("{problem} Check that the base URL points at an OpenAI-compatible API.").format(
            problem=problem
        ),
    )


def empty_reply() -> ChatError:
    """A 200 with nothing in it (llama.cpp answers a too-long prompt this way)."""
    return ChatError(
        ErrorKind.EMPTY,
        tr(
            "The server answered but sent nothing. If the conversation is long, it may not "
            "fit the model's context: start a new one or shorten it."
        ),
    )


def _load(text: str, *, streamed: bool) -> dict[str, Any]:
    """A JSON object from the server (a streamed event or a whole reply), or the error it
    carries."""
    try:
        obj: Any = json.loads(text)
    except ValueError:
        raise _malformed(
            tr("A streamed event is not JSON.") if streamed else tr("The reply is not JSON.")
        ) from None
    if not isinstance(obj, dict):
        raise _malformed(
            tr("A streamed event is an unexpected JSON value.")
            if streamed
            else tr("The reply is an unexpected JSON value.")
        )
    # ``"error": null`` (or empty) in an ordinary chunk says there is no error.
    if obj.get("error") not in (None, False, "", {}, []):
        raise error_from_stream_object(obj)
    return obj


def _events(
    part: object,
    text: object,
    choice: Mapping[str, Any],
    obj: Mapping[str, Any],
    fix: Callable[[str], str],
) -> list[StreamEvent]:
    """What one chunk or reply says: reasoning, text, finish reason and usage, in order."""
    events: list[StreamEvent] = []
    if isinstance(part, Mapping) and (thinking := _reasoning(part)):
        events.append(ReasoningDelta(fix(thinking)))
    if isinstance(text, str) and text:
        events.append(TextDelta(fix(text)))
    if isinstance(part, Mapping):
        events.extend(_tool_call_deltas(part.get("tool_calls")))
    reason = choice.get("finish_reason")
    if isinstance(reason, str) and reason:
        events.append(FinishReason(fix_surrogates(reason)))
    usage = obj.get("usage")
    if isinstance(usage, Mapping) and (parsed := Usage.from_api(usage)) is not None:
        events.append(UsageReport(parsed))
    return events


def parse_chunk(data: str) -> list[StreamEvent]:
    """Events from one SSE ``data`` payload of a streamed completion."""
    if data.strip() == "[DONE]":
        return [Done()]
    obj = _load(data, streamed=True)
    choices = obj.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else {}
    choice: Mapping[str, Any] = first if isinstance(first, Mapping) else {}
    delta = choice.get("delta") or {}
    # Old-style servers stream ``text`` instead of a ``delta``.
    text = delta.get("content") if isinstance(delta, Mapping) else None
    if not delta:
        text = choice.get("text")
    return _events(delta, text, choice, obj, _fix_inner)


def parse_completion(body: bytes) -> list[StreamEvent]:
    """Events from a whole (non-streamed) completion body."""
    text = body.decode("utf-8", errors="replace").strip()
    if not text:
        raise empty_reply()
    obj = _load(text, streamed=False)
    choices = obj.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
        raise _malformed(tr("The reply has no choices."))
    choice = choices[0]
    message = choice.get("message")
    content = message.get("content") if isinstance(message, Mapping) else choice.get("text")
    return [*_events(message, content, choice, obj, fix_surrogates), Done()]
