"""What the next request sends: the planned payload, on the active server, with its key.

Owns two facts about requests already made: how many turns the last one left out (so the
view's "the context starts here" line moves only when that changes) and which profiles
had their placeholder model checked against the server's ``/models`` this session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from chatdesk.core.ledger import Ledger
from chatdesk.core.messages import Conversation
from chatdesk.core.pricing import charges
from chatdesk.core.profiles import ApiStyle
from chatdesk.core.providers import PROVIDERS
from chatdesk.core.settings import DEFAULT_MODEL
from chatdesk.core.tools import ToolBox
from chatdesk.ui.reply_run import Kind
from chatdesk.ui.server_access import ServerAccess

if TYPE_CHECKING:
    from chatdesk.services.chat_request import ChatRequest
    from chatdesk.ui.tool_runner import ToolSource

#: Sent (not shown) after a partial reply to have the model carry on.
CONTINUE_PROMPT = "Continue exactly where your last message stopped, without repeating anything."
#: Models nobody picked (the default, the presets' placeholders): checked against the
#: server's ``/models`` on a profile's first use. A model the user typed is trusted, since
#: Azure deployments and Ollama tags are rightly missing from ``/models``.
PLACEHOLDER_MODELS = frozenset({DEFAULT_MODEL, *(p.model for p in PROVIDERS if p.model)})


class RequestBuilder(QObject):
    context_start_changed = Signal(str, int)  # first message sent ("" = all), turns left out

    def __init__(self, servers: ServerAccess, ledger: Ledger) -> None:
        super().__init__()
        self._servers = servers
        self._ledger = ledger
        self._left_out = 0
        self._models_checked: set[str] = set()

    def forget_context(self, *, known_empty: bool) -> None:
        """Another conversation, or new settings for this one: the marker is recomputed by
        the next request (``known_empty``: nothing is left out yet, no line to remove)."""
        self._left_out = 0 if known_empty else -1

    def build(
        self, conversation: Conversation, kind: Kind, tools: ToolSource | None = None
    ) -> ChatRequest:
        """The request for ``conversation`` as it is now, on the active server, offering
        the ready tools the conversation has not turned off."""
        from chatdesk.core.request import plan_request
        from chatdesk.services.chat_request import ChatRequest

        servers = self._servers
        settings = servers.settings
        plan = plan_request(conversation, settings, self._ledger.scale(settings.active.model))
        payload = plan.payload
        if plan.left_out != self._left_out:
            self._left_out = plan.left_out
            first = _first_sent_uid(conversation, plan.left_out)
            self.context_start_changed.emit(first, plan.left_out)
        if kind is Kind.CONTINUE:
            payload["messages"].append({"role": "user", "content": CONTINUE_PROMPT})
        offered = [
            t
            for t in (tools.tools() if tools else [])
            if conversation.params.offers(t.server, t.name)
        ]
        toolbox = ToolBox(offered)
        if toolbox:
            payload["tools"] = toolbox.payload()
        return ChatRequest(
            servers.client(settings.active, servers.key or ""),
            payload,
            resolve_key=servers.key_reader(),
            fallback_key=servers.env_key(),
            check_model=self._should_check_model(),
            toolbox=toolbox,
        )

    def _should_check_model(self) -> bool:
        """Check the model against ``/models``: a placeholder, on the profile's first use."""
        settings = self._servers.settings
        if settings.active_id in self._models_checked:
            return False
        self._models_checked.add(settings.active_id)
        return (
            settings.active.model in PLACEHOLDER_MODELS
            and settings.active.api_style is not ApiStyle.AZURE
            and not charges(settings.active.base_url, settings.active.model)
        )


def _first_sent_uid(conversation: Conversation, left_out: int) -> str:
    """The first message still sent when ``left_out`` turns do not fit ("" when none)."""
    if not left_out:
        return ""
    sent = conversation.sendable()
    return sent[left_out].uid if left_out < len(sent) else ""
