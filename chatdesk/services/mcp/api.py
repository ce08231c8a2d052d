"""What the MCP hub hands to the rest of chatdesk: plain frozen values, no SDK types.

The UI and the tool-calling loop see only these, so neither depends on the MCP SDK (its
types change between protocol revisions) and every value can cross threads safely.
"""

from __future__ import annotations

import enum
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Protocol


class ServerState(enum.Enum):
    DISABLED = "disabled"
    """``"disabled": true`` in mcp.json: not started."""
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"
    """Could not start, or stopped on its own; ``detail`` says why."""


@dataclass(frozen=True)
class ToolSpec:
    server: str
    name: str
    description: str
    input_schema: dict[str, Any]
    """The tool's JSON Schema for its arguments, as the server sent it."""


@dataclass(frozen=True)
class PromptArgument:
    name: str
    description: str = ""
    required: bool = False


@dataclass(frozen=True)
class PromptSpec:
    """A prompt a server offers (MCP ``prompts/list``); every text capped and cleaned."""

    server: str
    name: str
    """What ``prompts/get`` is asked for."""
    title: str
    """What the user reads: the server's title, else its name."""
    description: str = ""
    arguments: tuple[PromptArgument, ...] = ()


class PromptFailure(enum.Enum):
    """Why a prompt's text could not be got (the UI words it)."""

    NOT_RUNNING = "not_running"
    """No such server, or it is off, failed or stopped; ``detail`` says why, if known."""
    TIMEOUT = "timeout"
    """No answer within ``seconds``."""
    REFUSED = "refused"
    """The server answered with an error; ``detail`` is its message."""


@dataclass(frozen=True)
class PromptText:
    """A prompt's messages as one text (``prompts/get``), or why there is none."""

    text: str = ""
    """The messages' text, in order, a blank line between them: cleaned and capped."""
    failure: PromptFailure | None = None
    detail: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class ServerStatus:
    name: str
    state: ServerState
    tools: int = 0
    """How many tools the server offers (READY only)."""
    detail: str = ""
    """FAILED: why (the HTTP error, or the server's message and the tail of its stderr);
    READY: the server's own name and version, when it gave them."""


@dataclass(frozen=True)
class ToolResult:
    text: str
    """What the tool returned, as text: capped (``RESULT_CAP`` bytes), control characters
    removed, non-text content (images, audio, binary resources) described in brackets."""
    is_error: bool


# -- events, called on the hub thread ------------------------------------------------------


@dataclass(frozen=True)
class StatusChanged:
    status: ServerStatus


@dataclass(frozen=True)
class ServerRemoved:
    """``server`` left the statuses: removed from mcp.json, or stopped for a restart."""

    server: str


@dataclass(frozen=True)
class ToolsChanged:
    """``McpHub.tools()`` may have changed: a server became ready or stopped, or changed its
    tool list."""

    server: str = ""
    """The server whose tools changed (empty: several)."""


@dataclass(frozen=True)
class PromptsChanged:
    """``McpHub.prompts()`` may have changed for ``server``."""

    server: str = ""


@dataclass(frozen=True)
class Progress:
    call_id: str
    progress: float
    total: float | None
    message: str


# -- requests the servers make of the user -------------------------------------------------


@dataclass(frozen=True)
class SamplingMessage:
    role: str
    """``"user"`` or ``"assistant"``."""
    text: str
    """The message as text; non-text content is described in brackets."""


@dataclass(frozen=True)
class SamplingRequest:
    """A server asks the user's model for a completion (MCP ``sampling/createMessage``)."""

    messages: tuple[SamplingMessage, ...]
    max_tokens: int
    system_prompt: str = ""
    temperature: float | None = None
    stop_sequences: tuple[str, ...] = ()
    model_hints: tuple[str, ...] = ()
    """Model names the server would prefer, best first (advice only)."""


@dataclass(frozen=True)
class SamplingReply:
    text: str
    model: str
    """The model that wrote ``text``."""
    stop_reason: str = "endTurn"
    """``"endTurn"``, ``"stopSequence"`` or ``"maxTokens"``."""


class McpHandlers(Protocol):
    """Answers server-initiated requests. Each method is called on the hub thread and must
    return at once; the server's request waits until the future is resolved (the UI resolves it
    after asking the user). While it waits, the timeouts of that server's calls are paused. If
    the call is cancelled meanwhile, the future is cancelled: close the dialog."""

    def elicit(
        self, server: str, message: str, schema: dict[str, Any]
    ) -> Future[dict[str, Any] | None]:
        """The user's answers (matching ``schema``, a flat JSON Schema object), or ``None``
        when the user declined."""
        ...

    def sample(self, server: str, request: SamplingRequest) -> Future[SamplingReply | None]:
        """The model's reply, or ``None`` when the user declined."""
        ...

    def open_url(self, server: str, message: str, url: str) -> Future[bool | None]:
        """URL-mode elicitation: True when the user chose to open ``url`` (an http(s)
        address already checked) in the browser, False when they declined."""
        ...


@dataclass(frozen=True)
class RemoteNetwork:
    """How remote (HTTP) servers are reached. Without one, the system's proxy variables
    (``HTTPS_PROXY``, ``NO_PROXY``) and ``SSL_CERT_FILE`` apply."""

    proxy: str = ""
    """A proxy URL, with its credentials if any; empty: the system's."""
    verify: bool | str = True
    """False: do not check certificates; a path: a PEM file of extra trusted CAs."""
