"""One step's tool calls: ask the user, run each call off the UI thread, report each result.

Calls are taken one at a time, in the order the model gave them: the user is asked
(unless they always allow that tool), the call runs on the tools pool through the
``ToolSource`` (the MCP hub), and its outcome is reported at once so its row appears.
``cancel`` (Stop) answers every call not finished with "cancelled" and tells the source
to cancel the one running, so the turn ends now and the conversation stays valid: every
call the model made gets a result.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from chatdesk.core.tools import (
    CANCELLED_TEXT,
    DENIED_TEXT,
    CallOutcome,
    CallState,
    Tool,
    ToolBox,
    ToolCall,
    bad_arguments,
    unknown_tool,
)
from chatdesk.ui.background import Task, named_pool, run_in_background


class Decision(enum.Enum):
    ALLOW_ONCE = "allow once"
    ALWAYS = "always allow"
    DENY = "deny"


class ToolSource(Protocol):
    """Where tools come from and run (the MCP hub, behind a small adapter)."""

    def tools(self) -> list[Tool]: ...

    def call(self, tool: Tool, arguments: dict[str, object], call_id: str) -> tuple[str, bool]:
        """Run a call (blocking, off the UI thread): its result text and whether it failed."""
        ...

    def cancel(self, call_id: str) -> None: ...

    def always_allowed(self, tool: Tool) -> bool: ...

    def allow_always(self, tool: Tool) -> None: ...


#: Asks the user about one call and answers through the callback (a dialog, in the
#: window); may return a way to take the question away (Stop while it is asked).
Approver = Callable[[Tool, ToolCall, Callable[[Decision], None]], Callable[[], None] | None]


class ToolRunner(QObject):
    result = Signal(object)  # CallOutcome, one per call, as each ends
    finished = Signal()  # every call of the step has an outcome

    def __init__(self, source: ToolSource, approve: Approver, parent: QObject | None = None):
        super().__init__(parent)
        self._source = source
        self._approve = approve
        self._pool = named_pool("tools", 2)
        self._queue: list[ToolCall] = []
        self._box = ToolBox(())
        self._running: tuple[ToolCall, Task] | None = None
        self._asking: ToolCall | None = None
        self._dismiss: Callable[[], None] | None = None
        self._cancelled = False

    def run(self, calls: tuple[ToolCall, ...], box: ToolBox) -> None:
        self._queue = list(calls)
        self._box = box
        self._cancelled = False
        self._next()

    def cancel(self) -> None:
        """Stop: the running call is cancelled, the rest are answered "cancelled"."""
        if self._cancelled:
            return
        self._cancelled = True
        pending = list(self._queue)
        self._queue.clear()
        if self._running is not None:
            call, task = self._running
            self._running = None
            task.cancel()
            self._source.cancel(call.id)
            pending.insert(0, call)
        if self._asking is not None:
            pending.insert(0, self._asking)
            self._asking = None
            dismiss, self._dismiss = self._dismiss, None
            if dismiss is not None:
                dismiss()
        for call in pending:
            self._report(self._outcome(call, CallState.CANCELLED, CANCELLED_TEXT))
        self.finished.emit()

    def _outcome(
        self, call: ToolCall, state: CallState, text: str, started: float = 0.0
    ) -> CallOutcome:
        tool = self._box.find(call.name)
        duration = (time.monotonic() - started) * 1000 if started else 0.0
        return CallOutcome(
            call, state, text, duration, tool.server if tool else "", tool.name if tool else ""
        )

    def _report(self, outcome: CallOutcome) -> None:
        self.result.emit(outcome)

    def _next(self) -> None:
        if self._cancelled:
            return
        if not self._queue:
            self.finished.emit()
            return
        call = self._queue.pop(0)
        tool = self._box.find(call.name)
        if tool is None:
            self._report(unknown_tool(call))
            self._next()
            return
        try:
            arguments = call.parsed_arguments()
        except ValueError as exc:
            self._report(self._outcome(call, CallState.ERROR, bad_arguments(call, str(exc)).text))
            self._next()
            return
        if self._source.always_allowed(tool):
            self._start(call, tool, arguments)
            return
        self._asking = call
        self._dismiss = self._approve(
            tool, call, lambda decision: self._decided(call, tool, arguments, decision)
        )

    def _decided(
        self, call: ToolCall, tool: Tool, arguments: dict[str, object], decision: Decision
    ) -> None:
        if self._cancelled or self._asking is not call:
            return
        self._asking, self._dismiss = None, None
        if decision is Decision.DENY:
            self._report(self._outcome(call, CallState.DENIED, DENIED_TEXT))
            self._next()
            return
        if decision is Decision.ALWAYS:
            self._source.allow_always(tool)
        self._start(call, tool, arguments)

    def _start(self, call: ToolCall, tool: Tool, arguments: dict[str, object]) -> None:
        started = time.monotonic()
        source = self._source

        def done(result: object) -> None:
            if self._running is None or self._running[0] is not call:
                return
            self._running = None
            text, failed = result if isinstance(result, tuple) else (str(result), True)
            state = CallState.ERROR if failed else CallState.DONE
            self._report(self._outcome(call, state, str(text), started))
            self._next()

        def failed(error: Exception) -> None:
            done((f"The tool failed: {error}", True))

        task = run_in_background(
            lambda: source.call(tool, arguments, call.id), done, failed, self._pool
        )
        self._running = (call, task)
