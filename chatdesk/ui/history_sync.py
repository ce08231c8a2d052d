"""Keeps the history in step with the open conversation, and never loses a failed save.

Every write is a copy queued on the history's own thread, in order. A failed write is
shown once (not every second while a reply streams), and a finished reply whose save
failed is kept here and saved again with the next message, or put back when its
conversation is opened again.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr
from chatdesk.core.messages import Conversation, Message
from chatdesk.ui.background import as_bug
from chatdesk.ui.storage_runner import StorageRunner

if TYPE_CHECKING:
    from chatdesk.services.storage import HistoryStore

log = logging.getLogger(__name__)

#: Messages read from the history when a conversation opens: the view builds the latest
#: page of them at once, the rest as the user scrolls up.
OPEN_TAIL = 36
#: While a reply starts, the history's writes wait for its first words this long at most.
WRITES_WAIT_MS = 100


class HistorySync(QObject):
    changed = Signal()  # a stored conversation was created or updated
    failed = Signal(object)  # ChatError to show

    def __init__(self, runner: StorageRunner | None) -> None:
        super().__init__()
        self.runner = runner
        self._stored: set[str] = set()
        """Conversations known to be in the history (their row exists or is queued)."""
        self._unsaved: dict[str, Message] = {}
        """Finished replies whose save failed, by uid: kept, shown and saved again later."""
        self._last_error = ""

    def write(
        self, job: Callable[[HistoryStore], object], saved: Callable[[], None] | None = None
    ) -> None:
        """Queue a write (the job holds copies only: nothing mutable is shared)."""
        if self.runner is None:
            return

        def done(_: object) -> None:
            if saved is not None:
                saved()
            self.changed.emit()

        self.runner.submit(job, done, self._failed)

    def hold(self, longest_ms: int) -> Callable[[], None]:
        """Writes asked for from now on wait until the returned ``release`` is called, or
        ``longest_ms`` at most (see ``StorageRunner.hold``)."""
        return self.runner.hold(longest_ms) if self.runner is not None else lambda: None

    def read(self, job: Callable[[HistoryStore], object], then: Callable[[object], None]) -> None:
        if self.runner is not None:
            self.runner.submit(job, then, self._failed)

    def _failed(self, error: Exception) -> None:
        """Shown once until the next message; a bug as an internal error, not as the
        history's problem (the disk is fine, and saving again will not help)."""
        log.error("saving to the history failed: %s", error)
        shown = as_bug(error) or ChatError(
            ErrorKind.STORAGE,
            tr(
                "{error} Nothing is lost yet: this window keeps everything shown, and "
                "chatdesk saves it again with your next message. Copy anything you need "
                "before quitting if this message stays."
            ).format(error=error),
        )
        if shown.message != self._last_error:
            self._last_error = shown.message
            self.failed.emit(shown)

    def forget_error(self) -> None:
        """A new message: a failure that happens again is shown again."""
        self._last_error = ""

    def is_stored(self, conversation: Conversation) -> bool:
        return conversation.uid in self._stored

    def mark_stored(self, conversation: Conversation) -> None:
        """A conversation read from the history: it is there already."""
        self._stored.add(conversation.uid)

    def save_conversation(self, conversation: Conversation) -> None:
        """Its title, settings and totals (not its messages); the first save makes it the
        one reopened at the next start."""
        meta = dataclasses.replace(conversation, messages=[])
        self.write(lambda s: s.save_conversation(meta))
        self._first_save(conversation)

    def save_question(self, conversation: Conversation, question: Message, now: float) -> None:
        """The conversation (as ``save_conversation``) and the question just asked, in
        one job, so the library is told once (a signal costs while replies start)."""
        meta = dataclasses.replace(conversation, messages=[])
        saved = copy.copy(question)
        self.write(lambda s: s.save_question(meta, saved, now))
        self._first_save(conversation)

    def _first_save(self, conversation: Conversation) -> None:
        if conversation.uid not in self._stored and self.runner is not None:
            self._stored.add(conversation.uid)
            self.remember_open(conversation.uid)

    def remember_open(self, uid: str) -> None:
        if self.runner is not None:
            self.runner.submit(lambda s: s.set_state("last_conversation", uid))

    def add_message(self, conversation_uid: str, message: Message, now: float) -> None:
        saved = copy.copy(message)
        self.write(lambda s: s.add_message(conversation_uid, saved, now))

    def add_replies(
        self, conversation_uid: str, replies: list[Message], now: float, *, told: bool
    ) -> None:
        """Rows for replies about to stream, in one transaction.

        ``told``: the library was just told about this turn (its question was saved), and
        the refresh that follows reads these rows too, so it is not told again. Each
        telling is a signal, and a signal sent from the UI thread gives up the
        interpreter lock: while requests are starting it waited ~0.4 ms each, holding up
        the first tokens of compared columns (``bench/compare.py``)."""
        saved = [copy.copy(reply) for reply in replies]

        def job(store: HistoryStore) -> None:
            store.add_messages(conversation_uid, saved, now)

        if not told:
            self.write(job)
        elif self.runner is not None:
            self.runner.submit(job, on_error=self._failed)

    def save_reply(self, final: Message) -> None:
        """Save a finished reply; on failure it is kept and saved again later."""
        final = copy.copy(final)
        self._unsaved[final.uid] = final

        def saved() -> None:
            if self._unsaved.get(final.uid) is final:
                del self._unsaved[final.uid]

        self.write(lambda s: s.update_message(final), saved)

    def save_again(self) -> None:
        """Replies whose save failed: try once more (with the user's next message)."""
        for unsaved in list(self._unsaved.values()):
            self.save_reply(unsaved)

    def save_partial(self, uid: str, content: str) -> None:
        if self.runner is not None:
            self.runner.submit(lambda s: s.update_content(uid, content), on_error=self._failed)

    def delete(self, uids: list[str]) -> None:
        self.write(lambda s: s.delete_messages(uids))

    def restore_unsaved(self, conversation: Conversation) -> None:
        """Put back replies the history missed the last save of."""
        for i, message in enumerate(conversation.messages):
            if (kept := self._unsaved.get(message.uid)) is not None:
                conversation.messages[i] = copy.copy(kept)
