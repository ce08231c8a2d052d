"""The chat coordinator: the open conversation, and turns from Enter to the reply's end.

It owns the conversation and the current ``ReplyRun``, and delegates the rest to parts
that each own one thing: ``ServerAccess`` (settings, profiles, the key), ``HistorySync``
(saving, never silently), ``MessageActions`` (edit, regenerate, continue, delete, versions)
and ``Ledger`` (usage, cost). Widgets draw what its signals carry and refresh what they
show of its state on ``changed`` (``ui/changes.py``); it runs on the UI thread."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from chatdesk.core.attachments import Attachment
from chatdesk.core.i18n import tr
from chatdesk.core.ledger import Ledger
from chatdesk.core.messages import (
    Conversation,
    ConversationSnapshot,
    Message,
    MessageSnapshot,
    MessageStatus,
    Role,
    title_from,
)
from chatdesk.core.params import Params
from chatdesk.core.settings import Settings
from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import KeyStore
from chatdesk.ui import tool_steps, turn_end
from chatdesk.ui.background import requests_pool
from chatdesk.ui.changes import Changes
from chatdesk.ui.history_sync import OPEN_TAIL, WRITES_WAIT_MS, HistorySync
from chatdesk.ui.message_actions import MessageActions
from chatdesk.ui.reply_run import REPAINT_INTERVAL_MS, Ended, Kind, ReplyRun
from chatdesk.ui.request_builder import RequestBuilder
from chatdesk.ui.server_access import ClientFactory, ClientOptions, KeyState, ServerAccess
from chatdesk.ui.storage_runner import StorageRunner
from chatdesk.ui.tool_runner import Approver, ToolRunner, ToolSource
from chatdesk.ui.turn_end import Retried

__all__ = ["ChatController", "ClientOptions", "KeyState", "Retried"]

log = logging.getLogger(__name__)


class ChatController(QObject):
    # Conversation rendering
    message_added = Signal(object)  # MessageSnapshot of a message sent
    reply_started = Signal(str)  # uid of the reply
    reply_text = Signal(str)  # text appended to the streaming reply (coalesced)
    reply_ended = Signal(object)  # MessageStatus of a reply (each tool step's too)
    turn_ended = Signal(object)  # MessageStatus of the turn's last reply, after all its steps
    last_message_removed = Signal()
    conversation_cleared = Signal()
    conversation_loaded = Signal(object)  # ConversationSnapshot, to render whole
    history_changed = Signal()  # a stored conversation was created or updated
    jump_requested = Signal(str)  # message uid to scroll to
    older_loaded = Signal(object)  # tuple[MessageSnapshot, ...] of a tail-only conversation
    editing_changed = Signal(object)  # uid of the message being edited, None when none
    reply_rebuilt = Signal(object)  # MessageSnapshot of a reply with reasoning, built again
    tool_calls_started = Signal(object)  # tuple[str, ...]: ids of the calls now running
    context_start_changed = Signal(str, int)  # first message sent ("" = all), turns left out
    attachments_returned = Signal(object)  # tuple[Attachment, ...] back to the prompt
    # State: widgets that show it refresh on ``changed`` and read it here
    changed = Signal(object)  # Changes
    progress_text = Signal(str)
    error_raised = Signal(object)  # ChatError
    error_cleared = Signal()
    retry_notice = Signal(str)
    prompt_returned = Signal(str)
    settings_requested = Signal()
    keyring_failed = Signal(str)

    def __init__(
        self,
        config: ConfigStore,
        keystore: KeyStore,
        client_options: ClientOptions | None = None,
        history: StorageRunner | None = None,
        make_client: ClientFactory | None = None,
    ) -> None:
        super().__init__()
        self.servers = ServerAccess(config, keystore, client_options, make_client)
        self.sync = HistorySync(history)
        self.actions = MessageActions(self)
        self.ledger = Ledger()
        self.conversation = Conversation()
        self._run: ReplyRun | None = None
        self.tools: ToolSource | None = None
        """Where tools come from (the MCP servers); None: no tools are offered."""
        self.approve: Approver | None = None
        """Asks the user about each tool call (the window sets it)."""
        self._repaint_ms = REPAINT_INTERVAL_MS
        self.usage_line = ""
        """The status bar's usage and cost (``Changes.USAGE``)."""
        self.requests = RequestBuilder(self.servers, self.ledger)
        s = self.servers
        s.ready_changed.connect(lambda: self.changed.emit(Changes.READY))
        s.settings_changed.connect(lambda: self.changed.emit(Changes.SETTINGS))
        s.settings_requested.connect(self.settings_requested)
        s.keyring_failed.connect(self.keyring_failed)
        s.error_raised.connect(self.error_raised)
        self.sync.changed.connect(self.history_changed)
        self.sync.changed.connect(lambda: self.changed.emit(Changes.CONVERSATION))
        self.sync.failed.connect(self.error_raised)
        self.actions.editing_changed.connect(self.editing_changed)
        self.requests.context_start_changed.connect(self.context_start_changed)

    @property
    def settings(self) -> Settings:
        return self.servers.settings

    @property
    def history(self) -> StorageRunner | None:
        return self.sync.runner

    @history.setter
    def history(self, runner: StorageRunner | None) -> None:
        self.sync.runner = runner

    @property
    def ready(self) -> bool:
        return self.servers.ready

    @property
    def busy(self) -> bool:
        return self._run is not None

    @property
    def run(self) -> ReplyRun | None:
        """The turn being answered, if any (tests watch its worker)."""
        return self._run

    def start(self) -> None:
        self.servers.start()

    def set_repaint_interval(self, ms: int) -> None:
        self._repaint_ms = ms

    def switch_profile(self, profile_id: str) -> None:
        """Use another server profile; a reply still streaming from the old one stops."""
        if profile_id != self.settings.active_id:
            self.stop()
            self.servers.switch_profile(profile_id)

    def set_conversation_settings(self, system_prompt: str, params: Params) -> None:
        """This conversation's own system prompt and parameters (saved with it)."""
        conv = self.conversation
        conv.system_prompt = system_prompt
        conv.params = params
        if self.sync.is_stored(conv):
            self.sync.save_conversation(conv)
        self.requests.forget_context(known_empty=False)

    # -- conversations --------------------------------------------------------------

    def new_conversation(self) -> None:
        self.stop()
        self.conversation = Conversation()
        self.requests.forget_context(known_empty=True)
        self.conversation_cleared.emit()
        self.changed.emit(Changes.CONVERSATION)
        self.error_cleared.emit()
        turn_end.show_usage(self)

    def load_conversation(self, conversation: Conversation) -> None:
        """Show a conversation from the history and continue it, on its own server and model."""
        self.stop()
        self.actions.cancel_editing()
        self.conversation = conversation
        self.sync.mark_stored(conversation)
        self.requests.forget_context(known_empty=True)
        known = {p.id for p in self.settings.profiles}
        if conversation.profile in known:
            self.switch_profile(conversation.profile)
        if conversation.model:
            self.servers.set_model(conversation.model)
        self.sync.restore_unsaved(conversation)
        self.error_cleared.emit()
        self.conversation_loaded.emit(ConversationSnapshot.of(conversation))
        self.changed.emit(Changes.CONVERSATION)
        turn_end.show_usage(self)
        self.sync.remember_open(conversation.uid)

    def reload(self) -> None:
        """Read the open conversation again (after version changes) and show it."""
        if self.history is None:
            self.conversation_loaded.emit(ConversationSnapshot.of(self.conversation))
            return
        uid = self.conversation.uid
        self.sync.read(
            lambda s: s.load_conversation(uid, tail=OPEN_TAIL),
            lambda conv: self.load_conversation(conv) if conv is not None else None,  # type: ignore[arg-type]
        )

    def with_full_conversation(self, then: Callable[[], None]) -> None:
        """Load the older messages a tail-only open left in the history, then call ``then``."""
        conv = self.conversation
        if not conv.unloaded_before or self.history is None:
            then()
            return
        uid, count = conv.uid, conv.unloaded_before

        def loaded(older: object) -> None:
            if self.conversation is not conv:
                return
            if conv.unloaded_before and isinstance(older, list):
                conv.messages[:0] = older
                conv.unloaded_before = 0
                self.older_loaded.emit(tuple(MessageSnapshot.of(m) for m in older))
            then()

        self.sync.read(lambda s: s.load_older(uid, count), loaded)

    def jump_to(self, message_uid: str) -> None:
        """Show a message of the open conversation, loading older ones if needed."""
        if any(m.uid == message_uid for m in self.conversation.messages):
            self.jump_requested.emit(message_uid)
        else:
            self.with_full_conversation(lambda: self.jump_requested.emit(message_uid))

    def history_unavailable(self) -> None:
        """The history could not be opened: this session's conversations stay in memory."""
        self.sync.runner = None

    def stored_elsewhere(
        self,
        uid: str,
        *,
        title: str | None = None,
        pinned: bool | None = None,
        project: str | None = None,
    ) -> None:
        """The sidebar renamed, pinned or moved a conversation: the open one keeps in step
        (moved before its first save, it is saved into that project)."""
        conv = self.conversation
        if uid != conv.uid:
            return
        conv.title = conv.title if title is None else title
        conv.pinned = conv.pinned if pinned is None else pinned
        conv.project = conv.project if project is None else project

    def drop_last(self) -> Message:
        """Take the last message out of the conversation and the view (not the history)."""
        message = self.conversation.pop_last()
        self.last_message_removed.emit()
        return message

    def send(self, text: str, attachments: tuple[Attachment, ...] = ()) -> bool:
        """Add the user's message and ask for a reply (False: nothing was sent). The
        history's writes wait for the reply's first words, not to delay them."""
        release = self.sync.hold(WRITES_WAIT_MS)
        asked = self.ask(text, attachments)
        if asked is None:
            release()
            return False
        self.request_reply(asked, told=True, begun=release)
        return True

    def ask(
        self, text: str, attachments: tuple[Attachment, ...] = (), *, shown: bool = True
    ) -> Kind | None:
        """Add the user's message (saved; ``shown`` in the view) without asking for a reply
        yet; the kind of turn it starts, or None when nothing was added."""
        if (not text.strip() and not attachments) or self.busy or not self.ready:
            return None
        self.error_cleared.emit()
        self.sync.forget_error()
        self.sync.save_again()
        conv = self.conversation
        now = time.time()
        kind = Kind.NEW
        edited = self.actions.take_edit()
        if edited is not None:
            # Resending an edited message: the old one and its replies stay as a version.
            kind = Kind.BRANCH
            index = next((i for i, m in enumerate(conv.messages) if m.uid == edited), None)
            while index is not None and len(conv.messages) > index:
                self.drop_last()
        if not conv.messages and not conv.title:
            conv.title = title_from(text or (attachments[0].name if attachments else ""))
            conv.created = now
        conv.updated = now
        conv.model = self.settings.active.model
        conv.profile = self.settings.active_id
        message = conv.add(Message(Role.USER, text, created=now, attachments=attachments))
        self.sync.save_question(conv, message, now)
        if shown:
            self.message_added.emit(MessageSnapshot.of(message))
        return kind

    def retry(self, prompt_text: str = "") -> Retried:
        """Ask again after a failure (see ``turn_end.retry``): says what it did."""
        return turn_end.retry(self, prompt_text)

    def request_reply(
        self,
        kind: Kind,
        continuing: Message | None = None,
        *,
        told: bool = False,
        begun: Callable[[], None] = lambda: None,
    ) -> None:
        """Start a turn: a reply (new, another version, or more of ``continuing``).
        ``told``: the history's library was just told about this turn (``ask``).
        ``begun`` is called (maybe more than once) at the first words or the end."""
        self.error_cleared.emit()
        conv = self.conversation
        if continuing is not None:
            reply = conv.add(continuing)
            reply.status = MessageStatus.STREAMING
        else:
            reply = conv.add(
                Message(
                    Role.ASSISTANT, "", MessageStatus.STREAMING, model=self.settings.active.model
                )
            )
            self.sync.add_replies(conv.uid, [reply], time.time(), told=told)
        tools = None
        if self.tools is not None and self.approve is not None:
            tools = ToolRunner(self.tools, self.approve)
        run = ReplyRun(
            reply,
            kind,
            lambda: self.requests.build(self.conversation, kind, self.tools),
            tools,
            self.settings.prefs.tool_steps,
            repaint_ms=self._repaint_ms,
        )
        if tools is not None:
            tools.setParent(run)
            tool_steps.follow(self, run)
        run.text.connect(self.reply_text)
        run.progress.connect(self.progress_text)
        run.notice.connect(self.retry_notice)
        run.checkpoint.connect(self.sync.save_partial)
        run.key_resolved.connect(self.servers.apply_lookup)
        run.model_chosen.connect(self._on_model_chosen)
        run.ended.connect(lambda ended: self._on_ended(run, ended))
        # Before the request's thread starts: a connect then does not wait for the GIL.
        run.text.connect(lambda _: begun())
        run.ended.connect(lambda _: begun())
        self._run = run
        self.reply_started.emit(reply.uid)
        if continuing is not None:
            self.reply_text.emit(continuing.content)
        self.changed.emit(Changes.BUSY)
        if conv.unloaded_before:
            # The request carries the whole conversation: fetch the part left in the history
            # (a read the held writes would hold up).
            begun()
            self.progress_text.emit(tr("Loading the conversation…"))
            self.with_full_conversation(lambda: run.start() if run.active else None)
        else:
            run.start()

    def stop(self) -> None:
        """End the reply now; the partial text stays, marked as stopped. Stopped before
        the first word, the turn is taken back and its text returned to the prompt."""
        if self._run is not None:
            self._run.stop()

    def _on_ended(self, run: ReplyRun, ended: Ended) -> None:
        if self._run is run:
            self._run = None
        run.deleteLater()
        turn_end.finish(self, run, ended)

    def _on_model_chosen(self, model: str) -> None:
        """The server offers only ``model``: use it for this reply and from now on."""
        old = self.settings.active.model
        self.conversation.model = model
        self.servers.set_model(model)
        if self.sync.is_stored(self.conversation):
            self.sync.save_conversation(self.conversation)
        if self._run is not None:
            self._run.model_note = " · " + tr(
                "{old} is not on this server: using its only model, {model}"
            ).format(old=old, model=model)

    def shutdown(self) -> None:
        """Stop any reply and wait briefly for its request to close (at quit)."""
        self.stop()
        requests_pool().waitForDone(1000)
