"""Messages and conversations as plain data.

Identity is a client-made ``uid`` so the UI can refer to a message before the
history database has stored it; the database's own integer ids stay inside storage.
"""

from __future__ import annotations

import enum
import os
import time
from dataclasses import dataclass, field, replace
from typing import Any

from chatdesk.core.attachments import IMAGE, Attachment, with_files
from chatdesk.core.i18n import tr
from chatdesk.core.params import Params
from chatdesk.core.tools import MAX_CALLS, CallState, ToolCall
from chatdesk.core.usage import Usage

# Conversation titles are cut to this many characters.
TITLE_LENGTH = 60


def new_uid() -> str:
    return os.urandom(16).hex()  # (not uuid: it loads ``platform`` at start-up)


class Role(enum.StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"
    """A tool call's result, sent back to the model."""


class MessageStatus(enum.StrEnum):
    """Why a message ended; only ``COMPLETE`` replies are whole."""

    COMPLETE = "complete"
    STREAMING = "streaming"
    STOPPED = "stopped"
    INCOMPLETE = "incomplete"
    ERROR = "error"


@dataclass(frozen=True)
class ToolRun:
    """What a tool message records about its call."""

    call_id: str
    server: str
    tool: str
    state: CallState
    arguments: str = ""
    duration_ms: float = 0.0


@dataclass(slots=True)
class Message:
    """One turn. Slotted: a long conversation holds thousands of these."""

    role: Role
    content: str
    status: MessageStatus = MessageStatus.COMPLETE
    finish_reason: str | None = None
    usage: Usage | None = None
    uid: str = field(default_factory=new_uid)
    parent_uid: str | None = None
    model: str = ""
    created: float = field(default_factory=time.time)
    ttft_ms: float | None = None
    """Time to first token, for replies."""
    duration_ms: float | None = None
    reasoning: str = ""
    """The model's thinking, when it sends it apart from the reply (never sent back)."""
    attachments: tuple[Attachment, ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()
    """An assistant message's calls (its content may be empty)."""
    tool_run: ToolRun | None = None
    """A tool message's call: which tool, how it ended, how long it took."""

    def as_api(self) -> dict[str, Any]:
        """The message as the API takes it: text files inlined, images as content parts."""
        if self.role is Role.TOOL and self.tool_run is not None:
            return {
                "role": Role.TOOL.value,
                "tool_call_id": self.tool_run.call_id,
                "content": self.content,
            }
        if self.tool_calls:
            return {
                "role": self.role.value,
                "content": self.content or None,
                "tool_calls": [call.as_api() for call in self.tool_calls],
            }
        text = with_files(self.content, self.attachments)
        images = [a for a in self.attachments if a.kind == IMAGE]
        if not images:
            return {"role": self.role.value, "content": text}
        parts: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
        parts += [{"type": "image_url", "image_url": {"url": a.data_url()}} for a in images]
        return {"role": self.role.value, "content": parts}


@dataclass(frozen=True)
class MessageSnapshot:
    """What a view needs of a message: a copy, never the controller's object."""

    uid: str
    role: Role
    text: str
    status: MessageStatus = MessageStatus.COMPLETE
    branch: tuple[int, int] | None = None
    """(position, count) among sibling versions, when there is more than one."""
    reasoning: str = ""
    attachments: tuple[Attachment, ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()
    tool_run: ToolRun | None = None

    @classmethod
    def of(cls, message: Message, branch: tuple[int, int] | None = None) -> MessageSnapshot:
        return cls(
            message.uid,
            message.role,
            message.content,
            message.status,
            branch,
            message.reasoning,
            message.attachments,
            message.tool_calls,
            message.tool_run,
        )


@dataclass
class Conversation:
    """An ordered list of turns, owned by one controller on the UI thread."""

    messages: list[Message] = field(default_factory=list)
    total_usage: Usage = field(default_factory=Usage)
    uid: str = field(default_factory=new_uid)
    title: str = ""
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    pinned: bool = False
    model: str = ""
    system_prompt: str = ""
    params: Params = field(default_factory=Params)
    """Request parameters set for this conversation (temperature, max tokens, …)."""
    unloaded_before: int = 0
    """Older messages still only in the history (a long conversation opens with its tail)."""
    branches: dict[str, tuple[int, int]] = field(default_factory=dict)
    """For shown messages that have other versions: uid -> (position, count), 1-based."""
    usage_by_model: dict[str, Usage] = field(default_factory=dict)
    """Token totals per model that wrote replies (what prices apply to)."""
    profile: str = ""
    """The server profile the conversation was last used with."""
    current_leaf: str | None = None
    """The last message of the branch shown (exports carry it so imports restore it)."""
    length_tokens: int = 0
    """How long the conversation is: the estimated prompt tokens of its next request, as
    last measured (0: not measured). Unlike ``total_usage`` (every request's tokens, what
    was billed), it does not grow with each reply's whole history."""
    project: str = ""
    """The uid of the project it lives in ("": none; see ``core/projects.py``)."""

    def add(self, message: Message) -> Message:
        last = self.last()
        if message.parent_uid is None and last is not None:
            message.parent_uid = last.uid
        self.messages.append(message)
        return message

    def last(self) -> Message | None:
        return self.messages[-1] if self.messages else None

    def pop_last(self) -> Message:
        return self.messages.pop()

    def api_messages(self, system_prompt: str = "") -> list[dict[str, Any]]:
        """The turns to send: the system prompt first, then every non-empty turn.

        Empty assistant turns (a reply that failed before its first token)
        are left out: servers reject or misread them.
        """
        out: list[dict[str, Any]] = []
        if system_prompt.strip():
            out.append({"role": Role.SYSTEM.value, "content": system_prompt})
        out += [msg.as_api() for msg in self.sendable()]
        return out

    def sendable(self) -> list[Message]:
        """The turns a request carries: all but empty replies (a reply with tool calls is
        not empty), and tool results only after the call that asked for them."""
        answered = {m.tool_run.call_id for m in self.messages if m.role is Role.TOOL and m.tool_run}
        out: list[Message] = []
        asked: set[str] = set()
        for m in self.messages:
            if m.tool_calls:
                kept = tuple(call for call in m.tool_calls if call.id in answered)
                if kept != m.tool_calls:  # a call with no result (stopped): never sent
                    m = replace(m, tool_calls=kept)
            if m.role is Role.ASSISTANT and not m.content and not m.tool_calls:
                continue
            if m.role is Role.TOOL and (m.tool_run is None or m.tool_run.call_id not in asked):
                continue
            asked.update(call.id for call in m.tool_calls)
            out.append(m)
        return out


def title_from(text: str) -> str:
    """A conversation title from its first user message: the first line, shortened."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(line.split())
    if len(line) <= TITLE_LENGTH:
        return line or tr("New conversation")
    cut = line[:TITLE_LENGTH].rsplit(" ", 1)[0] or line[:TITLE_LENGTH]
    return cut.rstrip(" ,.;:") + "…"


def tool_calls_from_json(data: object) -> tuple[ToolCall, ...]:
    """Calls as stored or exported (the API's shape); anything malformed is left out."""
    if not isinstance(data, list):
        return ()
    calls = []
    for item in data[:MAX_CALLS]:
        function = item.get("function") if isinstance(item, dict) else None
        if not isinstance(function, dict):
            continue
        ident, name, arguments = item.get("id"), function.get("name"), function.get("arguments")
        if isinstance(ident, str) and isinstance(name, str) and isinstance(arguments, str):
            calls.append(ToolCall(ident, name, arguments))
    return tuple(calls)


def tool_run_from_json(data: object) -> ToolRun | None:
    """A tool message's record as stored or exported; None when unusable."""
    if not isinstance(data, dict):
        return None
    call_id, server, tool = data.get("call_id"), data.get("server"), data.get("tool")
    if not (isinstance(call_id, str) and isinstance(server, str) and isinstance(tool, str)):
        return None
    raw_state = data.get("state")
    try:
        state = CallState(raw_state) if isinstance(raw_state, str) else CallState.ERROR
    except ValueError:
        state = CallState.ERROR
    arguments = data.get("arguments")
    duration = data.get("duration_ms")
    return ToolRun(
        call_id,
        server,
        tool,
        state,
        arguments if isinstance(arguments, str) else "",
        float(duration) if isinstance(duration, int | float) and 0 <= duration < 1e12 else 0.0,
    )


def tool_run_to_json(run: ToolRun) -> dict[str, Any]:
    return {
        "call_id": run.call_id,
        "server": run.server,
        "tool": run.tool,
        "state": str(run.state),
        "arguments": run.arguments,
        "duration_ms": run.duration_ms,
    }


@dataclass(frozen=True)
class ConversationSnapshot:
    """What a view needs to show a conversation whole: copies, never the controller's
    object, so a later edit of the conversation cannot reach what was drawn."""

    uid: str
    messages: tuple[MessageSnapshot, ...] = ()
    """Each with its place among its versions, where it has more than one."""
    more_in_history: bool = False
    """Older messages are still only in the history (a tail-only open)."""

    @classmethod
    def of(cls, conversation: Conversation) -> ConversationSnapshot:
        branches = conversation.branches
        return cls(
            conversation.uid,
            tuple(MessageSnapshot.of(m, branches.get(m.uid)) for m in conversation.messages),
            conversation.unloaded_before > 0,
        )
