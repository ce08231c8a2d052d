"""What the user does to messages from the window: copy, edit, delete, versions, the
reasoning toggle, saving one as a prompt — by link, menu or shortcut.

Decisions stay with the controller's ``MessageActions``; this only reads the window's
widgets (the prompt box, the banner) and asks before deleting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from chatdesk.core.i18n import tr
from chatdesk.core.messages import ConversationSnapshot
from chatdesk.ui.changes import MessageVerb
from chatdesk.ui.confirm import confirm

if TYPE_CHECKING:
    from chatdesk.ui.main_window import MainWindow


class MessageCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def copy(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self._window.notice(tr("Copied to the clipboard"))

    def copy_last_reply(self) -> None:
        reply = self._window.controller.actions.last_reply()
        if reply is not None:
            self.copy(reply.content)

    def edit_last_message(self) -> None:
        last = self._window.controller.actions.last_user_message()
        if last is not None:
            self.on_action(MessageVerb.EDIT, last.uid)

    def delete_last_message(self) -> None:
        last = self._window.controller.conversation.last()
        if last is not None:
            self.on_action(MessageVerb.DELETE, last.uid)

    def switch_last_version(self, step: int) -> None:
        branches = self._window.controller.conversation.branches
        for msg in reversed(self._window.controller.conversation.messages):
            if msg.uid in branches:
                self._window.controller.actions.switch_version(msg.uid, step)
                return

    def on_action(self, verb: MessageVerb, uid: str) -> None:
        c = self._window.controller
        msg = c.actions.find(uid)
        if msg is None:
            return
        if verb is MessageVerb.COPY:
            self.copy(msg.content)
        elif verb is MessageVerb.EDIT:
            text = c.actions.start_editing(uid)
            if text is not None:
                self._window.prompt.setPlainText(text)
                self._window.prompt.moveCursor(self._window.prompt.textCursor().MoveOperation.End)
                self._window.prompt.setFocus()
        elif verb is MessageVerb.DELETE:
            if confirm(
                self._window,
                tr("Delete message"),
                tr("Delete this message? The rest of the conversation stays."),
            ):
                c.actions.delete_message(uid)
        elif verb is MessageVerb.REASONING:
            shown = self._window.view.expanded_reasoning
            shown.symmetric_difference_update({uid})
            self._window.show_conversation(ConversationSnapshot.of(c.conversation))
            self._window.view.jump_to(uid)
            self._window.view.setExtraSelections([])
        elif verb in (MessageVerb.PREV, MessageVerb.NEXT):
            c.actions.switch_version(uid, -1 if verb is MessageVerb.PREV else 1)
        elif verb is MessageVerb.PROMPT:
            from chatdesk.ui.prompt_library import open_library

            open_library(self._window, new_text=msg.content)

    def on_editing(self, uid: str | None) -> None:
        if uid is not None:
            self._window.banner.show_notice(
                tr(
                    "Editing a message: Enter sends it as a new version (the old one stays, "
                    "‹ › switches); Esc cancels."
                )
            )
        else:
            self._window.banner.show_notice("")
