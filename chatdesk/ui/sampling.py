"""An MCP server asks the user's model to write something (sampling): ask first, then send.

The dialog shows which server asks, what will be sent (as plain text) and to which
profile and model; only **Allow** sends it, with the open conversation's profile and
model. What it costs is counted in the open conversation's totals, like a reply.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from chatdesk.core.errors import ChatError
from chatdesk.core.i18n import decimal, tr
from chatdesk.core.usage import Usage
from chatdesk.ui.background import run_in_background
from chatdesk.ui.elicitation import close_when_cancelled
from chatdesk.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from chatdesk.services.mcp.api import SamplingRequest
    from chatdesk.ui.controller import ChatController

#: The most a server may ask the model to write, whatever it asks for.
MAX_SAMPLING_TOKENS = 4096


def payload_for(request: SamplingRequest, model: str) -> dict[str, Any]:
    """The chat request a sampling request becomes (not streamed)."""
    messages: list[dict[str, str]] = []
    if request.system_prompt:
        messages.append({"role": "system", "content": request.system_prompt})
    messages += [{"role": m.role, "content": m.text} for m in request.messages]
    payload: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "max_tokens": max(1, min(request.max_tokens, MAX_SAMPLING_TOKENS)),
    }
    if request.temperature is not None:
        payload["temperature"] = request.temperature
    if request.stop_sequences:
        payload["stop"] = list(request.stop_sequences[:4])
    return payload


def shown_text(payload: dict[str, Any]) -> str:
    """What the user approves: every message sent, the server's system prompt first."""
    messages = payload["messages"]
    return "\n\n".join(f"[{m['role']}] {m['content']}" for m in messages)[:20_000]


def limits(payload: dict[str, Any]) -> str:
    """How long the reply may be and how it is sampled, as sent."""
    tokens = int(payload["max_tokens"])
    if "temperature" in payload:
        text = tr("It may write up to %Ln token(s), at temperature {temperature}.", "", tokens)
        return text.format(temperature=decimal(payload["temperature"]))
    return tr("It may write up to %Ln token(s).", "", tokens)


class SamplingDialog(QDialog):
    def __init__(
        self,
        server: str,
        shown: str,
        model: str,
        profile: str,
        parent: QWidget | None,
        limits: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sampling")
        self.setWindowTitle(tr("Let a tool use your model?"))
        text = QPlainTextEdit(shown)
        text.setReadOnly(True)
        text.setAccessibleName(tr("What will be sent"))
        buttons = QDialogButtonBox()
        allow = buttons.addButton(tr("&Allow"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("&Decline"), QDialogButtonBox.ButtonRole.RejectRole)
        allow.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        asks = tr("{server} asks {model} on {profile} to write a reply to:")
        layout.addWidget(PlainLabel(asks.format(server=server[:60], model=model, profile=profile)))
        layout.addWidget(text)
        self.limits = PlainLabel(limits)
        self.limits.setObjectName("samplingLimits")
        layout.addWidget(self.limits)
        layout.addWidget(buttons)
        self.resize(560, 400)


def ask(chat: ChatController, server: str, request: SamplingRequest, future: Future[Any]) -> None:
    """Ask the user; if allowed, send the request and answer ``future`` with the reply."""
    from PySide6.QtWidgets import QApplication

    settings = chat.settings
    profile, model = settings.active, settings.active.model
    payload = payload_for(request, model)
    dialog = SamplingDialog(
        server,
        shown_text(payload),
        model,
        profile.name,
        QApplication.activeWindow(),
        limits(payload),
    )

    def closed(result: int) -> None:
        dialog.deleteLater()
        if future.done():
            return
        if not result:
            future.set_result(None)
            return
        _send(chat, payload, future)

    dialog.finished.connect(closed)
    close_when_cancelled(dialog, future)
    dialog.open()


def _send(chat: ChatController, payload: dict[str, Any], future: Future[Any]) -> None:
    from chatdesk.core.stream import TextDelta, UsageReport
    from chatdesk.services.mcp.api import SamplingReply

    servers = chat.servers
    client = servers.client(servers.settings.active, servers.key or "")
    model = str(payload["model"])

    def run() -> tuple[str, Usage | None]:
        text, usage = [], None
        for event in client.stream_chat(payload):
            if isinstance(event, TextDelta):
                text.append(event.text)
            elif isinstance(event, UsageReport):
                usage = event.usage
        return "".join(text), usage

    def done(result: tuple[str, Usage | None]) -> None:
        text, usage = result
        if usage is not None:
            conv = chat.conversation
            conv.total_usage = conv.total_usage + usage
            conv.usage_by_model[model] = conv.usage_by_model.get(model, Usage()) + usage
        if not future.done():
            future.set_result(SamplingReply(text, model))

    def failed(error: Exception) -> None:
        if not future.done():
            future.set_result(None)
        if isinstance(error, ChatError):
            chat.error_raised.emit(error)  # the user allowed it: they hear why it failed

    run_in_background(run, done, failed)
