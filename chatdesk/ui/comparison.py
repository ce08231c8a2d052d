"""One question, answered by 2–4 profile/model pairs at once: a ``ReplyRun`` per column.

The question joins the open conversation like any other; each column's reply is stored
as a version of the same turn (a sibling in the history), so nothing is lost. Choosing a
column continues the conversation with that reply: the others stay reachable as
``‹ n/m ›`` versions. Every column's usage counts in the conversation's totals.

Four columns streaming at once must not freeze the window. Rendering a column's new text
and painting it costs a few ms; four columns' repaints falling in the same turn of the
event loop added up to 10–15 ms stalls. So the columns take turns (``Pacer``): one column
is rendered per frame, each about 30 times a second as in the main view.

Each column's end is announced once (``announcer``), naming the column and its model:
a screen reader user hears each reply finish, stop or fail, never a token.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from chatdesk.core.i18n import number, tr
from chatdesk.core.messages import Message, MessageStatus, Role
from chatdesk.core.pricing import format_cost
from chatdesk.core.profiles import Profile
from chatdesk.core.settings import Settings
from chatdesk.core.usage import Usage, estimate_usage, format_usage
from chatdesk.ui.a11y_announce import Announcer, column_ended
from chatdesk.ui.controller import ChatController
from chatdesk.ui.history_sync import WRITES_WAIT_MS
from chatdesk.ui.reply_run import REPAINT_INTERVAL_MS, Ended, Kind, ReplyRun

if TYPE_CHECKING:
    from chatdesk.services.chat_request import ChatRequest

MAX_COLUMNS = 4
#: One column's text is rendered per frame: the columns take turns.
FRAME_MS = REPAINT_INTERVAL_MS // MAX_COLUMNS


@dataclass(frozen=True)
class Target:
    profile: Profile
    model: str

    @property
    def label(self) -> str:
        return f"{self.model} · {self.profile.name}"


def _made(request: ChatRequest) -> Callable[[], ChatRequest]:
    return lambda: request


class Pacer:
    """Text waiting to be shown, per column, handed out one column at a time.

    ``next`` gives the waiting column shown longest ago, once at least a repaint
    interval (less a frame) has passed since it was last shown: called once a frame, it
    spreads the columns' repaints over the frames instead of piling them into one."""

    def __init__(self, columns: int, interval: float = REPAINT_INTERVAL_MS / 1000) -> None:
        self._waiting = [""] * columns
        self._shown_at = [float("-inf")] * columns
        self._gap = interval - FRAME_MS / 1000

    @property
    def waiting(self) -> bool:
        return any(self._waiting)

    def add(self, column: int, text: str) -> None:
        self._waiting[column] += text

    def take(self, column: int) -> str:
        """All of ``column``'s waiting text, now (its reply ends)."""
        text, self._waiting[column] = self._waiting[column], ""
        return text

    def next(self, now: float) -> tuple[int, str] | None:
        """The column to show this frame and its text, or None (nothing is due)."""
        due = [
            c
            for c, text in enumerate(self._waiting)
            if text and now - self._shown_at[c] >= self._gap
        ]
        if not due:
            return None
        column = min(due, key=lambda c: self._shown_at[c])
        self._shown_at[column] = now
        return column, self.take(column)


class Comparison(QObject):
    text = Signal(int, str)  # column, text that arrived
    started = Signal(int, str)  # column, reply uid
    stats = Signal(int, str)  # column, time to first token, speed, tokens, cost
    ended = Signal(int, object)  # column, Ended
    begun = Signal()  # every column has its first token or has ended (once)
    finished = Signal()  # every column has ended

    def __init__(self, chat: ChatController, targets: list[Target]) -> None:
        super().__init__()
        if not 2 <= len(targets) <= MAX_COLUMNS:
            raise ValueError(f"compare 2 to {MAX_COLUMNS} models")
        self._chat = chat
        self.targets = targets
        self.runs: list[ReplyRun] = []
        self.replies: list[Message] = []
        self.results: list[Ended | None] = [None] * len(targets)
        self._pacer = Pacer(len(targets))
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._show_next)
        self._release_writes: Callable[[], None] = lambda: None
        self._begun = False
        self.announcer = Announcer(self, self)
        """Says each column's end (what was said is kept in ``announcer.said``)."""

    def start(self, question: str) -> bool:
        """Ask ``question`` in the open conversation; every column starts at once.

        Each request's thread runs Python while it builds and sends its request, so UI
        work left to do once the first has started waits for the interpreter lock (up
        to 5 ms at a time), and the first tokens wait for that work: measured, starting
        four requests one by one kept the UI thread busy for 10 ms. So everything is set
        up first — the replies' saving, the requests, their runs, their threads (held),
        the columns told — and then all four are let go at once, as the UI thread
        returns to its loop. The history's writes (the question, the reply rows) wait
        until every column has its first token or has ended (``WRITES_WAIT_MS`` at
        most): one running meanwhile slowed both the set-up and the requests."""
        hold = threading.Event()
        self._release_writes = self._chat.sync.hold(WRITES_WAIT_MS)
        started = False
        try:
            started = self._set_up(self._chat, question, hold)
            return started
        finally:
            hold.set()
            if not started:
                self._release_writes()

    def _set_up(self, chat: ChatController, question: str, hold: threading.Event) -> bool:
        # The window behind shows the question once a column is chosen (it reloads the
        # conversation then): painting it now took the interpreter lock from the requests.
        if chat.ask(question, shown=False) is None:
            return False
        conv = chat.conversation
        user = conv.messages[-1]
        base = list(conv.messages)
        for column, target in enumerate(self.targets):
            reply = Message(
                Role.ASSISTANT, "", MessageStatus.STREAMING, model=target.model, parent_uid=user.uid
            )
            request = self._request_for(target, base)
            # A column asks no tools, so its run makes this one request.
            run = ReplyRun(reply, Kind.NEW, _made(request), repaint_ms=FRAME_MS)
            run.text.connect(lambda text, c=column: self._arrived(c, text))
            run.ended.connect(lambda ended, c=column: self._ended(c, ended))
            self.runs.append(run)
            self.replies.append(reply)
        chat.sync.add_replies(conv.uid, self.replies, time.time(), told=True)
        for run in self.runs:
            run.start(hold)
        for column, reply in enumerate(self.replies):
            self.started.emit(column, reply.uid)
        return True

    def _arrived(self, column: int, text: str) -> None:
        self._let_writes_go()
        self._pacer.add(column, text)
        if not self._frame.isActive():
            # A first token is shown on the next turn of the event loop, not in this
            # one: the other columns' first tokens, often waiting in the same turn, are
            # received first, and the window is painted after both anyway.
            QTimer.singleShot(0, self, self._show_next)
            self._frame.start()

    def _let_writes_go(self) -> None:
        """Once every column has its first token or has ended, the history's writes go
        and ``begun`` is told."""
        results = self.results
        if self._begun or not all(
            run.first_token_at or results[c] is not None for c, run in enumerate(self.runs)
        ):
            return
        self._begun = True
        self._release_writes()
        self.begun.emit()

    def _show_next(self) -> None:
        """One frame: the column whose turn it is gets its text (and so one repaint)."""
        shown = self._pacer.next(time.monotonic())
        if shown is not None:
            self.text.emit(*shown)
        if not self._pacer.waiting:
            self._frame.stop()

    def _settings_for(self, target: Target) -> Settings:
        settings = self._chat.settings
        chosen = dataclasses.replace(target.profile, model=target.model)
        profiles = tuple(chosen if p.id == chosen.id else p for p in settings.profiles)
        return dataclasses.replace(settings, profiles=profiles, active_id=chosen.id)

    def _request_for(self, target: Target, base: list[Message]) -> ChatRequest:
        """The column's request: the conversation up to the question, on its server."""
        from chatdesk.core.request import plan_request
        from chatdesk.services.chat_request import ChatRequest

        chat = self._chat
        settings = self._settings_for(target)
        conv = dataclasses.replace(chat.conversation, messages=list(base))
        scale = chat.ledger.scale(target.model)
        payload = plan_request(conv, settings, scale).payload
        key, reader = chat.servers.key_for(target.profile)
        return ChatRequest(
            chat.servers.client(settings.active, key),
            payload,
            resolve_key=reader,
            fallback_key=chat.servers.env_key(target.profile),
        )

    def stop(self, column: int | None = None) -> None:
        """Stop one column (or all): what it wrote stays."""
        for index, run in enumerate(self.runs):
            if column is None or index == column:
                run.stop()

    def _ended(self, column: int, ended: Ended) -> None:
        chat, run = self._chat, self.runs[column]
        rest = self._pacer.take(column)
        if rest:
            self.text.emit(column, rest)  # the column ends with all of its text shown
        self.results[column] = ended
        self._let_writes_go()
        reply = run.reply
        usage = ended.usage
        if usage is None and reply.content:
            usage = estimate_usage(run.sent, reply.content)
        target = self.targets[column]
        if usage is not None:
            reply.usage = usage
            conv = chat.conversation
            conv.total_usage = conv.total_usage + usage
            conv.usage_by_model[target.model] = (
                conv.usage_by_model.get(target.model, Usage()) + usage
            )
        chat.sync.save_reply(reply)
        self.stats.emit(column, self._describe(run, usage, target))
        self.ended.emit(column, ended)
        # Said from the window in front (the compare dialog, modal), which has focus.
        speaker = QApplication.activeModalWidget() or QApplication.activeWindow()
        column_ended(
            self.announcer, column, target.model, ended.status, reply.content, ended.error, speaker
        )
        if all(r is not None for r in self.results):
            self.finished.emit()

    def _describe(self, run: ReplyRun, usage: Usage | None, target: Target) -> str:
        parts = []
        if run.first_token_at:
            ms = 1000 * (run.first_token_at - run.started_at)
            parts.append(tr("first token {ms} ms").format(ms=number(ms)))
            elapsed = time.monotonic() - run.first_token_at
            # The server's count when it gave one: a stream event may carry several tokens.
            reported = usage.completion_tokens if usage and not usage.estimated else 0
            tokens = reported or run.deltas
            if elapsed > 0.05 and tokens:
                speed = number(tokens / elapsed)
                parts.append(tr("{speed} tokens/s").format(speed=speed))
        if usage is not None:
            parts.append(format_usage(usage))
            price = self._chat.ledger.price(target.model, self._settings_for(target))
            if price is not None:
                parts.append(format_cost(price.cost(usage)))
        return " · ".join(parts)

    def choose(self, column: int) -> None:
        """Continue the conversation with this column's reply and model; the others stay
        versions."""
        chat, reply, target = self._chat, self.replies[column], self.targets[column]
        conv = chat.conversation
        conv.add(reply)
        # The reload below continues on the conversation's own profile and model.
        conv.model, conv.profile = target.model, target.profile.id
        chat.sync.save_conversation(conv)
        conv_uid, uid = conv.uid, reply.uid
        chat.sync.write(lambda s: s.switch_branch(conv_uid, uid), chat.reload)
