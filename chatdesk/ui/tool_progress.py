"""A running tool call's progress, shown in its row of the conversation.

MCP servers report progress (``notifications/progress``) per call; the latest report of
each call is drawn after the call in the reply that asked for it, and dropped once the
call's result arrives. Reports can come many times a second: the rows are rebuilt at most
every ``INTERVAL_MS``, only the replies whose calls changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from chatdesk.core.messages import MessageSnapshot, Role
from chatdesk.ui.conversation_view import ConversationView

INTERVAL_MS = 100
MAX_CHARS = 200


class ToolProgress(QObject):
    def __init__(self, view: ConversationView) -> None:
        super().__init__(view)
        self._view = view
        self._dirty: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._flush)

    def report(self, call_id: str, text: str) -> None:
        """The server's latest word on ``call_id`` (untrusted: one line, capped)."""
        line = " ".join(text.split())
        if len(line) > MAX_CHARS:
            line = line[:MAX_CHARS] + "…"
        self._view.blocks.tool_progress[call_id] = line
        self._mark(call_id)

    def calls_started(self, call_ids: tuple[str, ...]) -> None:
        """These calls run now: each row says so until its first report or its result."""
        for call_id in call_ids:
            self._view.blocks.tool_progress.setdefault(call_id, "")
            self._mark(call_id)

    def result_shown(self, msg: MessageSnapshot) -> None:
        """A tool result arrived: its call's row goes back to what the history keeps."""
        run = msg.tool_run
        if msg.role is not Role.TOOL or run is None:
            return
        if self._view.blocks.tool_progress.pop(run.call_id, None) is not None:
            self._mark(run.call_id)

    def _mark(self, call_id: str) -> None:
        uid = self._view.caller_of(call_id)
        if uid:
            self._dirty.add(uid)
            if not self._timer.isActive():
                self._timer.start()

    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for uid in dirty:
            self._view.rebuild(uid)
