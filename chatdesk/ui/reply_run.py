"""One user turn's requests: the reply being written, its request, timers and usage.

A ``ReplyRun`` is made per turn and thrown away after it. It owns everything that lives
only while a reply is written: the request (and so the socket), the text not yet shown,
the retry countdown, the periodic save, timings and the usage the server reported. It
ends exactly once, with an ``Ended`` that says how; events from its request after that
are ignored by the run itself, so nobody has to ask "is this still the current request?".

A turn may take several requests in a row: when a reply asks for tools, that reply is
finished, its calls run through the ``ToolRunner`` (the user approving each), their
results are reported, and a new reply is requested with them — up to a step limit.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from chatdesk.core import tools as toolkit
from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import number, tr
from chatdesk.core.messages import Message, MessageStatus, Role
from chatdesk.core.stream import (
    Done,
    FinishReason,
    ReasoningDelta,
    Retrying,
    TextDelta,
    UsageReport,
)
from chatdesk.core.tools import DEFAULT_STEP_LIMIT, CallBuilder, ToolCall, ToolCallDelta
from chatdesk.core.usage import Usage
from chatdesk.ui.background import Task, stream_in_background

if TYPE_CHECKING:
    from chatdesk.services.chat_request import ChatRequest
    from chatdesk.ui.tool_runner import ToolRunner

#: ~30 repaints a second while streaming.
REPAINT_INTERVAL_MS = 33
#: A streaming reply is saved this often, so a crash loses at most this much text.
CHECKPOINT_MS = 1000


class Kind(enum.Enum):
    """What the turn is, decided when it starts and carried to its end."""

    NEW = "new"
    """A new reply to the last user message."""
    BRANCH = "branch"
    """A new version of an existing reply (regenerate, or an edited question)."""
    CONTINUE = "continue"
    """More text appended to a stopped or cut-off reply."""


@dataclass(frozen=True)
class Ended:
    """How a run ended; sent once."""

    status: MessageStatus
    error: ChatError | None = None
    usage: Usage | None = None
    """What the server reported for the last request (None: nothing reported)."""
    taken_back: bool = False
    """Nothing arrived: the turn should be undone and its question handed back."""


class ReplyRun(QObject):
    text = Signal(str)  # reply text not shown yet (coalesced to the repaint interval)
    progress = Signal(str)  # the status bar's progress words
    notice = Signal(str)  # the retry countdown ("" clears it)
    checkpoint = Signal(str, str)  # uid, content: save the partial reply
    key_resolved = Signal(object)  # KeyLookup read by the request
    model_chosen = Signal(str)  # the server's only model replaced a placeholder
    # A reply that asked for tools, its usage (or None), and whether its calls run now
    # (False: the step limit ends the turn).
    step_ended = Signal(object, object, bool)
    tool_result = Signal(object)  # CallOutcome of one call, as it ends
    step_started = Signal(object)  # the next reply of the turn (a Message), after tools
    ended = Signal(object)  # Ended, exactly once

    def __init__(
        self,
        reply: Message,
        kind: Kind,
        make_request: Callable[[], ChatRequest],
        tools: ToolRunner | None = None,
        step_limit: int = DEFAULT_STEP_LIMIT,
        repaint_ms: int = REPAINT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reply = reply
        self.kind = kind
        self._make_request = make_request
        self._tools = tools
        self.step_limit = step_limit
        self.step = 1
        """Requests made so far in this turn (each tool round adds one)."""
        self._calls = CallBuilder()
        self._in_tools = False
        self.step_usage: dict[str, Usage] = {}
        """What each reply of the turn counted (uid -> usage), as each is counted."""
        if tools is not None:
            tools.result.connect(self._on_tool_result)
            tools.finished.connect(self._after_tools)
        self._request: ChatRequest | None = None
        self._task: Task | None = None
        self._done = False  # the current request's stream ended with Done
        self.sent: list[dict[str, object]] = []
        """The messages the last request sent (usage estimates are made from them)."""
        self._ended = False
        self._pending = ""
        self._usage: Usage | None = None
        self.deltas = 0
        self.started_at = time.monotonic()
        """When the current request started (each tool round starts a new one)."""
        self.turn_started_at = self.started_at
        self.first_token_at = 0.0
        self.model_note = ""
        """Said when the reply ends: the model was replaced."""
        self._flush_timer = self._timer(repaint_ms, self._flush, single=True)
        self._countdown = self._timer(1000, self._tick)
        self._countdown_left = 0
        self._countdown_of: tuple[str, int, int] = ("", 0, 0)  # reason, try, tries
        self._save_timer = self._timer(CHECKPOINT_MS, self._checkpoint)

    def _timer(self, ms: int, slot: Callable[[], None], single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    @property
    def request(self) -> ChatRequest | None:
        """The request being made (its socket closes on ``stop``)."""
        return self._request

    @property
    def active(self) -> bool:
        return not self._ended

    @property
    def turn_usage(self) -> Usage | None:
        """What the turn's steps counted together (None: nothing yet)."""
        usages = list(self.step_usage.values())
        return sum(usages[1:], usages[0]) if usages else None

    def counted(self, reply: Message, usage: Usage | None) -> None:
        """``reply``'s usage was counted: it is added to the turn's total."""
        if usage is not None:
            self.step_usage[reply.uid] = usage

    def start(self, hold: threading.Event | None = None) -> None:
        """Send the first request (with ``hold``: once it is set, see
        ``stream_in_background``)."""
        self._save_timer.start()
        self._launch(self._make_request(), hold)

    def _launch(self, request: ChatRequest, hold: threading.Event | None = None) -> None:
        self._request = request
        self._done = False
        self._calls = CallBuilder()
        self.sent = request.sent_messages
        # A notice left from before (a retry's, files not read yet) goes as the request
        # starts, before its thread runs: a signal then costs nothing (see
        # ``_quiet_countdown``).
        self.notice.emit("")
        self.progress.emit(tr("Waiting for the server…"))
        self._task = stream_in_background(
            request.events,
            self._on_event,
            self._on_stream_end,
            self._on_failed,
            request.cancel,
            hold=hold,
        )

    def stop(self) -> None:
        """End now: the socket is closed, the partial text stays (stopped)."""
        if self._ended:
            return
        if self._in_tools and self._tools is not None:
            self._ended = True  # the cancelled calls' results come first, then the end
            self._tools.cancel()
            self._end(Ended(MessageStatus.STOPPED))
            return
        if self._task is not None:
            self._task.cancel()
        if not self.reply.content and not self._pending and self.step == 1:
            self._end(Ended(MessageStatus.STOPPED, taken_back=True))
        else:
            self._end(Ended(MessageStatus.STOPPED, usage=self._usage))

    # -- the request's events (on the UI thread, in order) -----------------------------

    def _on_event(self, event: object) -> None:
        # Imported once, not per event: thousands of events stream through here, and a
        # function-level import costs a trip through PySide6's import hook each time.
        if self._ended:
            return
        if isinstance(event, TextDelta):
            self._on_delta(event.text)
        elif isinstance(event, ReasoningDelta):
            self._on_reasoning(event.text)
        elif isinstance(event, UsageReport):
            self._usage = event.usage
        elif isinstance(event, FinishReason):
            self.reply.finish_reason = event.reason
        elif isinstance(event, Retrying):
            self._on_retrying(event)
        elif isinstance(event, Done):
            self._done = True
        elif isinstance(event, ToolCallDelta):
            try:
                self._calls.add(event)
            except ValueError as exc:
                if self._task is not None:
                    self._task.cancel()
                self._on_failed(
                    ChatError(
                        ErrorKind.MALFORMED,
                        tr("The model's reply: {problem}.").format(problem=exc),
                    )
                )
        else:
            self._on_request_event(event)

    def _on_request_event(self, event: object) -> None:
        """The request's own few events (once per request, so importing here is cheap):
        the HTTP layer loads after the first paint."""
        from chatdesk.services.chat_request import KeyRead, ModelReplaced

        if isinstance(event, KeyRead):
            self.key_resolved.emit(event.lookup)
        elif isinstance(event, ModelReplaced):
            self.reply.model = event.model
            self.model_chosen.emit(event.model)

    def _quiet_countdown(self) -> None:
        """Clear a retry's notice, if one was said (a signal costs when replies start)."""
        self._countdown.stop()
        if self._countdown_of[1]:
            self._countdown_of = ("", 0, 0)
            self.notice.emit("")

    def _on_reasoning(self, text: str) -> None:
        self.reply.reasoning += text
        if not self.deltas:
            self._quiet_countdown()
            self.progress.emit(tr("Reasoning… %Ln word(s)", "", len(self.reply.reasoning.split())))

    def _on_delta(self, text: str) -> None:
        if not self.deltas:
            self.first_token_at = time.monotonic()
            self._quiet_countdown()
        self.deltas += 1
        self.reply.content += text
        self._pending += text
        if not self._flush_timer.isActive():
            if self._flush_timer.interval() == 0:
                self._flush()
            else:
                self._flush_timer.start()

    def _flush(self) -> None:
        if self._pending:
            text, self._pending = self._pending, ""
            self.text.emit(text)
        if not self._ended and self.deltas:
            elapsed = time.monotonic() - self.first_token_at
            if elapsed > 0.2:
                text = tr("Receiving… %Ln token(s) · {rate} tokens/s", "", self.deltas).format(
                    rate=number(self.deltas / elapsed)
                )
            else:
                text = tr("Receiving… %Ln token(s)", "", self.deltas)
            self.progress.emit(text)

    def _on_retrying(self, event: Retrying) -> None:
        self._countdown_left = max(1, round(event.delay))
        self._countdown_of = (event.reason, event.attempt, event.max_attempts)
        self._countdown.start()
        self._say_countdown()

    def _tick(self) -> None:
        self._countdown_left -= 1
        if self._countdown_left <= 0:
            self._countdown.stop()
        self._say_countdown()

    def _say_countdown(self) -> None:
        left = max(0, self._countdown_left)
        reason, attempt, attempts = self._countdown_of
        if left:
            text = tr("{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…")
        else:
            text = tr("{reason}: retrying (try {attempt} of {attempts}) now…")
        self.notice.emit(
            text.format(reason=reason, attempt=attempt, attempts=attempts, seconds=left)
        )

    def _checkpoint(self) -> None:
        if self.reply.content:
            self.checkpoint.emit(self.reply.uid, self.reply.content)

    def _on_stream_end(self) -> None:
        if self._ended:
            return
        if not self._done:  # the stream ended without Done: it was cancelled
            self._end(Ended(MessageStatus.STOPPED, usage=self._usage))
            return
        calls = self._calls.calls()
        request = self._request
        if calls and self._tools is not None and request is not None and request.toolbox:
            self._tool_step(calls)
            return
        self._end(Ended(MessageStatus.COMPLETE, usage=self._usage))

    # -- tool steps ---------------------------------------------------------------------

    def _tool_step(self, calls: tuple[ToolCall, ...]) -> None:
        """The reply asked for tools: it is finished; its calls run; then the turn goes on."""
        self._flush()
        self.reply.tool_calls = calls
        self._finish_reply(MessageStatus.COMPLETE)
        goes_on = self.step < self.step_limit
        self.step_ended.emit(self.reply, self._usage, goes_on)
        if not goes_on:
            self.model_note += " · " + tr(
                "stopped after %Ln steps (the limit in Settings)", "", self.step
            )
            self._end(Ended(MessageStatus.COMPLETE))
            return
        self._in_tools = True
        assert self._tools is not None and self._request is not None
        self._tools.run(calls, self._request.toolbox)

    def _on_tool_result(self, outcome: object) -> None:
        self.tool_result.emit(outcome)

    def _after_tools(self) -> None:
        self._in_tools = False
        if self._ended:
            return
        self.reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING, model=self.reply.model)
        self.step += 1
        self.deltas, self._usage, self._pending = 0, None, ""
        self.first_token_at, self.started_at = 0.0, time.monotonic()
        self.step_started.emit(self.reply)
        self._launch(self._make_request())

    def _on_failed(self, failure: Exception) -> None:
        if self._ended:
            return
        error = (
            failure
            if isinstance(failure, ChatError)
            else ChatError(ErrorKind.INTERNAL, str(failure))
        )
        if self._request is not None and self._request.toolbox:
            error = toolkit.tools_refused(error)
        if self.reply.content or self._pending or self.step > 1:
            self._end(Ended(MessageStatus.INCOMPLETE, error, self._usage))
        else:  # nothing arrived: the turn is taken back and the question returned
            self._end(Ended(MessageStatus.ERROR, error, taken_back=True))

    def _end(self, ended: Ended) -> None:
        self._ended = True
        self._flush_timer.stop()
        self._save_timer.stop()
        self._countdown.stop()
        self.notice.emit("")
        self._flush()
        if self.reply.status is MessageStatus.STREAMING:
            self._finish_reply(ended.status)
        self.ended.emit(ended)

    def _finish_reply(self, status: MessageStatus) -> None:
        self.reply.status = status
        self.reply.duration_ms = (time.monotonic() - self.started_at) * 1000
        if self.first_token_at:
            self.reply.ttft_ms = (self.first_token_at - self.started_at) * 1000
