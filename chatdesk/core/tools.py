"""Tool calling on Chat Completions: the tools offered, the calls asked for, the results.

Plain data and rules, no I/O. A streamed reply sends its calls in pieces: each piece
names the call's ``index``; its id and name arrive once, its arguments may be split
anywhere. ``CallBuilder`` joins them. Function names must be unique across servers and
match the API's pattern, so each tool is offered as ``<server>__<tool>`` (sanitised and
shortened), and ``ToolBox`` maps the name back.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr

# What the API accepts as a function name.
_NAME = re.compile(r"[^A-Za-z0-9_-]+")
_NAME_MAX = 64
# Caps on what a hostile or broken server can make us hold.
MAX_CALLS = 32
MAX_ARGUMENTS = 256 * 1024
# Steps (requests) one turn may take by default before it is stopped.
DEFAULT_STEP_LIMIT = 10


@dataclass(frozen=True)
class Tool:
    """A tool a server offers."""

    server: str
    name: str
    description: str = ""
    input_schema: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolCall:
    """A call the model asked for; ``arguments`` is the JSON text as the model sent it."""

    id: str
    name: str
    arguments: str

    def as_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }

    def parsed_arguments(self) -> dict[str, Any]:
        """The arguments as an object; ``ValueError`` says why they are unusable."""
        text = self.arguments.strip() or "{}"
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"the arguments are not valid JSON ({exc})") from None
        if not isinstance(value, dict):
            raise ValueError("the arguments are not a JSON object")
        return value


@dataclass(frozen=True)
class ToolCallDelta:
    """One streamed piece of a call."""

    index: int
    id: str = ""
    name: str = ""
    arguments: str = ""


class CallBuilder:
    """Joins streamed pieces into whole calls, by index, within fixed caps."""

    def __init__(self) -> None:
        self._calls: dict[int, list[str]] = {}

    def add(self, delta: ToolCallDelta) -> None:
        if delta.index not in self._calls and len(self._calls) >= MAX_CALLS:
            raise ValueError(
                tr("the model asked for more than %Ln tool call(s) at once", "", MAX_CALLS)
            )
        ident, name, arguments = self._calls.setdefault(delta.index, ["", "", ""])
        if len(arguments) + len(delta.arguments) > MAX_ARGUMENTS:
            raise ValueError(tr("a tool call's arguments are larger than chatdesk accepts"))
        self._calls[delta.index] = [
            ident or delta.id,
            name or delta.name,
            arguments + delta.arguments,
        ]

    def calls(self) -> tuple[ToolCall, ...]:
        """The calls so far, in index order (a call without an id gets one)."""
        return tuple(
            ToolCall(ident or f"call_{index}", name, arguments)
            for index, (ident, name, arguments) in sorted(self._calls.items())
        )

    def __bool__(self) -> bool:
        return bool(self._calls)


def function_name(server: str, tool: str) -> str:
    """``server__tool`` as the API accepts it; long names keep a hash so they stay unique."""
    name = f"{_NAME.sub('_', server)}__{_NAME.sub('_', tool)}"
    if len(name) <= _NAME_MAX:
        return name
    import hashlib  # only for the rare long name: it loads OpenSSL at start-up otherwise

    digest = hashlib.sha1(f"{server}\0{tool}".encode()).hexdigest()[:8]
    return f"{name[: _NAME_MAX - 9]}_{digest}"


class ToolBox:
    """The tools offered in one request, by the function name the model sees."""

    def __init__(self, tools: Iterable[Tool]) -> None:
        self._by_name = {function_name(t.server, t.name): t for t in tools}

    def __bool__(self) -> bool:
        return bool(self._by_name)

    def find(self, name: str) -> Tool | None:
        return self._by_name.get(name)

    def payload(self) -> list[dict[str, Any]]:
        """The request's ``tools`` array."""
        return [
            {
                "type": "function",
                "function": {
                    "name": name,
                    "description": (tool.description or f"{tool.name} ({tool.server})")[:1024],
                    "parameters": dict(tool.input_schema) or {"type": "object", "properties": {}},
                },
            }
            for name, tool in self._by_name.items()
        ]


class CallState(enum.StrEnum):
    """How a tool call ended, shown in its row."""

    DONE = "done"
    ERROR = "error"
    DENIED = "denied"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CallOutcome:
    """What one call gave back to the model, and how it went."""

    call: ToolCall
    state: CallState
    text: str
    duration_ms: float = 0.0
    server: str = ""
    tool: str = ""


DENIED_TEXT = "The user declined to run this tool. Do not try it again unless they ask."
CANCELLED_TEXT = "The user stopped this tool call before it finished."


def unknown_tool(call: ToolCall) -> CallOutcome:
    text = f"There is no tool named {call.name!r}; use one of the tools offered."
    return CallOutcome(call, CallState.ERROR, text)


def bad_arguments(call: ToolCall, problem: str) -> CallOutcome:
    return CallOutcome(call, CallState.ERROR, f"The call was not run: {problem}.")


def tools_refused(error: ChatError) -> ChatError:
    """A request that offered tools failed: a 400 then most likely means the server or
    model takes no tools, so the message says what the user can do about it."""
    if error.kind is not ErrorKind.BAD_REQUEST:
        return error
    return ChatError(
        ErrorKind.BAD_REQUEST,
        tr(
            "{message} The request offered tools, which this server or model may "
            "not take: turn tools off for this conversation (Tools, above the prompt) "
            "or pick another model."
        ).format(message=error.message),
        status=error.status,
    )
