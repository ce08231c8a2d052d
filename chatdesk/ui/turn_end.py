"""The end of a turn: the reply saved, usage counted, the view told, the busy state left;
and Retry, which decides from how the last turn ended.

Whatever happens in the bookkeeping, the reply is saved and the window leaves its busy
state: a failure there is logged with its traceback and skipped.
"""

from __future__ import annotations

import enum
import logging
import time
from typing import Protocol

from PySide6.QtCore import SignalInstance

from chatdesk.core.i18n import number, tr
from chatdesk.core.ledger import Ledger
from chatdesk.core.messages import Conversation, Message, MessageSnapshot, MessageStatus, Role
from chatdesk.core.settings import Settings
from chatdesk.ui.changes import Changes
from chatdesk.ui.history_sync import HistorySync
from chatdesk.ui.reply_run import Ended, Kind, ReplyRun

log = logging.getLogger(__name__)


class Retried(enum.Enum):
    """What Retry did (the prompt box is cleared only when its text was sent)."""

    NOTHING = "nothing"
    REPLY_REPLACED = "reply replaced"
    ASKED_AGAIN = "asked again"
    PROMPT_SENT = "prompt sent"


class Chat(Protocol):
    """What ending a turn needs of the chat controller."""

    conversation: Conversation
    sync: HistorySync
    ledger: Ledger
    reply_ended: SignalInstance
    turn_ended: SignalInstance
    reply_rebuilt: SignalInstance
    changed: SignalInstance
    error_raised: SignalInstance
    progress_text: SignalInstance
    usage_line: str
    prompt_returned: SignalInstance
    attachments_returned: SignalInstance

    @property
    def settings(self) -> Settings: ...

    @property
    def busy(self) -> bool: ...

    def drop_last(self) -> Message: ...

    def send(self, text: str) -> bool: ...

    def request_reply(self, kind: Kind) -> None: ...

    def reload(self) -> None: ...


def finish(chat: Chat, run: ReplyRun, ended: Ended) -> None:
    reply, status = run.reply, ended.status
    try:
        _account(chat, run, ended)
    except Exception:
        log.exception("bookkeeping for a finished reply failed; the reply is saved anyway")
    finally:
        chat.sync.save_reply(reply)
        _save_length(chat)
        if run.kind is Kind.BRANCH and status is not MessageStatus.ERROR:
            chat.reload()  # shows the new ‹ n/n › version switcher
        chat.reply_ended.emit(status)
        chat.turn_ended.emit(status)
        if reply.reasoning:
            chat.reply_rebuilt.emit(MessageSnapshot.of(reply))
        chat.changed.emit(Changes.BUSY)
        if ended.taken_back:
            _take_back_turn(chat)
        if ended.error is not None:
            chat.error_raised.emit(ended.error)


def show_usage(chat: Chat, last: object = None, model: str = "", steps: int = 1) -> None:
    from chatdesk.core.usage import Usage

    usage = last if isinstance(last, Usage) else None
    line = chat.ledger.status_line(chat.conversation, chat.settings, usage, model, steps)
    chat.usage_line = line
    chat.changed.emit(Changes.USAGE)


def retry(chat: Chat, prompt_text: str = "") -> Retried:
    """Ask again after a failure: a broken or stopped reply is replaced, a question
    left unanswered is asked again; otherwise ``prompt_text`` (what the failed request
    handed back to the prompt box) is sent. Says which, so the prompt box is cleared
    only when its text was sent."""
    if chat.busy:
        return Retried.NOTHING
    last = chat.conversation.last()
    if last is not None and last.role is Role.ASSISTANT:
        if last.status is not MessageStatus.COMPLETE:
            chat.sync.delete([chat.drop_last().uid])
            chat.request_reply(Kind.NEW)
            return Retried.REPLY_REPLACED
    elif last is not None and last.role is Role.USER:
        chat.request_reply(Kind.NEW)
        return Retried.ASKED_AGAIN
    return Retried.PROMPT_SENT if chat.send(prompt_text) else Retried.NOTHING


def _account(chat: Chat, run: ReplyRun, ended: Ended) -> None:
    """Usage, totals and the status bar for a finished turn (every step counted)."""
    reply = run.reply
    model = reply.model or chat.settings.active.model
    usage = chat.ledger.record(chat.conversation, reply, ended.usage, run.sent, model)
    run.counted(reply, usage)
    if ended.status is MessageStatus.COMPLETE:
        elapsed = time.monotonic() - run.turn_started_at
        if run.step > 1:
            text = tr("Reply finished in {seconds} s · %Ln step(s)", "", run.step)
        else:
            text = tr("Reply finished in {seconds} s")
        chat.progress_text.emit(text.format(seconds=number(elapsed, 1)) + run.model_note)
    elif ended.status is MessageStatus.STOPPED:
        chat.progress_text.emit(tr("Stopped"))
    else:
        chat.progress_text.emit("")
    show_usage(chat, run.turn_usage, model, run.step)  # the turn: every step's usage


def _save_length(chat: Chat) -> None:
    """Store how long the conversation is now, for the sidebar (a failure is logged)."""
    conv = chat.conversation
    if not conv.messages or not chat.sync.is_stored(conv):
        return
    try:
        conv.length_tokens = chat.ledger.length(conv, chat.settings)
    except Exception:
        log.exception("measuring the conversation failed; its length stays as it was")
    chat.sync.save_conversation(conv)


def _take_back_turn(chat: Chat) -> None:
    """Remove the empty reply and the user message it answered; return that text."""
    removed = [chat.drop_last().uid]
    last = chat.conversation.last()
    if last is not None and last.role is Role.USER:
        removed.append(chat.drop_last().uid)
        chat.prompt_returned.emit(last.content)
        if last.attachments:
            chat.attachments_returned.emit(last.attachments)
    chat.sync.delete(removed)
