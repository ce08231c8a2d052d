"""What a user can do to messages already sent: edit, regenerate, continue, delete, versions.

Owns one piece of state, the user message being edited. Each action decides whether it
applies, changes the conversation through the chat it is given, and asks for a reply with
the kind of turn it wants (a new version, or more of the same reply), so that intent
travels as a parameter rather than as a flag read later.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.ui.history_sync import HistorySync
from chatdesk.ui.reply_run import Kind


class Chat(Protocol):
    """What the actions need of the chat controller."""

    conversation: Conversation
    sync: HistorySync

    @property
    def busy(self) -> bool: ...

    def drop_last(self) -> Message: ...

    def request_reply(self, kind: Kind, continuing: Message | None = None) -> None: ...

    def reload(self) -> None: ...


class MessageActions(QObject):
    editing_changed = Signal(object)  # uid of the message being edited, None when none

    def __init__(self, chat: Chat) -> None:
        super().__init__()
        self._chat = chat
        self.editing: str | None = None
        """The user message being edited (sending makes it a new version)."""

    def find(self, uid: str) -> Message | None:
        return next((m for m in self._chat.conversation.messages if m.uid == uid), None)

    def last_reply(self) -> Message | None:
        messages = self._chat.conversation.messages
        return next((m for m in reversed(messages) if m.role is Role.ASSISTANT), None)

    def last_user_message(self) -> Message | None:
        messages = self._chat.conversation.messages
        return next((m for m in reversed(messages) if m.role is Role.USER), None)

    def start_editing(self, uid: str) -> str | None:
        """Edit a user message: returns its text for the prompt; sending makes a new version."""
        msg = self.find(uid)
        if msg is None or msg.role is not Role.USER or self._chat.busy:
            return None
        self.editing = uid
        self.editing_changed.emit(uid)
        return msg.content

    def cancel_editing(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.editing_changed.emit(None)

    def take_edit(self) -> str | None:
        """The message being edited, for the send that replaces it (editing ends)."""
        uid, self.editing = self.editing, None
        if uid is not None:
            self.editing_changed.emit(None)
        return uid

    def regenerate(self) -> bool:
        """Ask again for the last reply; the old one stays as another version (‹ 1/2 ›)."""
        chat = self._chat
        last = chat.conversation.last()
        if chat.busy or last is None or last.role is not Role.ASSISTANT:
            return False
        chat.drop_last()
        chat.request_reply(Kind.BRANCH)
        return True

    def continue_reply(self) -> bool:
        """Carry on a stopped, cut-off or length-limited reply, appending to it."""
        chat = self._chat
        last = chat.conversation.last()
        if chat.busy or last is None or last.role is not Role.ASSISTANT or not last.content:
            return False
        if last.status is MessageStatus.COMPLETE and last.finish_reason != "length":
            return False
        chat.drop_last()
        chat.request_reply(Kind.CONTINUE, continuing=last)
        return True

    def delete_message(self, uid: str) -> bool:
        """Delete one message; the messages after it stay."""
        msg = self.find(uid)
        if msg is None or self._chat.busy:
            return False
        messages = self._chat.conversation.messages
        index = messages.index(msg)
        if index + 1 < len(messages):
            messages[index + 1].parent_uid = msg.parent_uid
        del messages[index]
        self._chat.sync.delete([uid])
        self._chat.reload()
        return True

    def switch_version(self, uid: str, step: int) -> None:
        """Show the previous (-1) or next (+1) version of a message and what followed it."""
        chat = self._chat
        if chat.busy:
            return
        conv_uid = chat.conversation.uid
        chat.sync.read(
            lambda s: s.switch_to_sibling(conv_uid, uid, step),
            lambda moved: chat.reload() if moved else None,
        )
