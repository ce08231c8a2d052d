"""What a tool round does to the open conversation: the reply that asked, each result,
and the reply that follows, shown and saved in order.

``ReplyRun`` decides when a round happens; this keeps the conversation, the history and
the view in step with it, so a stopped or crashed turn still reads (and is sent back)
as calls, each with its result.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import SignalInstance

from chatdesk.core.i18n import tr
from chatdesk.core.ledger import Ledger
from chatdesk.core.messages import Conversation, Message, MessageSnapshot, Role, ToolRun
from chatdesk.core.settings import Settings
from chatdesk.core.tools import CallOutcome
from chatdesk.core.usage import Usage
from chatdesk.ui.history_sync import HistorySync
from chatdesk.ui.reply_run import ReplyRun


class Chat(Protocol):
    """What a tool round needs of the chat controller."""

    conversation: Conversation
    sync: HistorySync
    ledger: Ledger
    message_added: SignalInstance
    tool_calls_started: SignalInstance
    reply_started: SignalInstance
    reply_ended: SignalInstance
    reply_rebuilt: SignalInstance
    progress_text: SignalInstance

    @property
    def settings(self) -> Settings: ...


def follow(chat: Chat, run: ReplyRun) -> None:
    """Keep ``chat`` in step with ``run``'s tool rounds."""

    def step_ended(reply: Message, usage: Usage | None, goes_on: bool) -> None:
        model = reply.model or chat.settings.active.model
        counted = chat.ledger.record(chat.conversation, reply, usage, run.sent, model)
        run.counted(reply, counted)  # added to the turn's total
        chat.sync.save_reply(reply)
        chat.reply_ended.emit(reply.status)
        chat.reply_rebuilt.emit(MessageSnapshot.of(reply))  # now with its calls listed
        if not goes_on:  # the step limit ends the turn
            return
        calls = len(reply.tool_calls)
        figures = chat.ledger.figures(counted, model, chat.settings) if counted else ""
        if figures:
            text = tr("Step {step} ({figures}): %Ln tool call(s)…", "", calls)
        else:
            text = tr("Step {step}: %Ln tool call(s)…", "", calls)
        chat.progress_text.emit(text.format(step=run.step, figures=figures))
        chat.tool_calls_started.emit(tuple(call.id for call in reply.tool_calls))

    def tool_result(outcome: CallOutcome) -> None:
        call = outcome.call
        message = chat.conversation.add(
            Message(
                Role.TOOL,
                outcome.text,
                tool_run=ToolRun(
                    call.id,
                    outcome.server or call.name.partition("__")[0],
                    outcome.tool or call.name.partition("__")[2],
                    outcome.state,
                    call.arguments,
                    outcome.duration_ms,
                ),
            )
        )
        chat.sync.add_message(chat.conversation.uid, message, time.time())
        chat.message_added.emit(MessageSnapshot.of(message))

    def step_started(reply: Message) -> None:
        chat.conversation.add(reply)
        chat.sync.add_message(chat.conversation.uid, reply, time.time())
        chat.reply_started.emit(reply.uid)

    run.step_ended.connect(step_ended)
    run.tool_result.connect(tool_result)
    run.step_started.connect(step_started)
