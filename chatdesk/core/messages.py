"""Messages and conversations as plain data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from chatdesk.core.usage import Usage


class Role(enum.StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class MessageStatus(enum.StrEnum):
    """Why a message ended; only ``COMPLETE`` replies are whole."""

    COMPLETE = "complete"
    STREAMING = "streaming"
    STOPPED = "stopped"
    INCOMPLETE = "incomplete"
    ERROR = "error"


@dataclass
class Message:
    role: Role
    content: str
    status: MessageStatus = MessageStatus.COMPLETE
    finish_reason: str | None = None
    usage: Usage | None = None

    def as_api(self) -> dict[str, str]:
        return {"role": self.role.value, "content": self.content}


@dataclass
class Conversation:
    """An ordered list of turns, owned by one controller on the UI thread."""

    messages: list[Message] = field(default_factory=list)
    total_usage: Usage = field(default_factory=Usage)

    def add(self, message: Message) -> Message:
        self.messages.append(message)
        return message

    def last(self) -> Message | None:
        return self.messages[-1] if self.messages else None

    def pop_last(self) -> Message:
        return self.messages.pop()

    def api_messages(self, system_prompt: str = "") -> list[dict[str, str]]:
        """The turns to send: the system prompt first, then every non-empty turn.

        Empty assistant turns (a reply that failed before its first token)
        are left out: servers reject or misread them.
        """
        out: list[dict[str, str]] = []
        if system_prompt.strip():
            out.append({"role": Role.SYSTEM.value, "content": system_prompt})
        for msg in self.messages:
            if msg.role is Role.ASSISTANT and not msg.content:
                continue
            out.append(msg.as_api())
        return out
