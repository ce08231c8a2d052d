"""The controller owns the conversation and the chat state; widgets only render what it says.

Everything here runs on the UI thread. Slow work goes to ``ChatWorker`` (HTTP)
or ``run_in_background`` (disk, keyring), and results come back as signals.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from chatdesk.core.attachments import Attachment
from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.messages import Conversation, Message, MessageStatus, Role, new_uid, title_from
from chatdesk.core.params import Params
from chatdesk.core.pricing import Price, charges, format_cost, price_for
from chatdesk.core.providers import PROVIDERS, Provider
from chatdesk.core.request import context_tokens
from chatdesk.core.settings import (
    DEFAULT_MODEL,
    Profile,
    Settings,
    normalize_base_url,
    proxy_secret_id,
)
from chatdesk.core.usage import Usage, estimate_usage, format_count, format_usage
from chatdesk.services import logs
from chatdesk.services.config import ConfigStore, default_base_url
from chatdesk.services.keystore import KeyLookup, KeyringUnavailable, KeyStore
from chatdesk.ui.background import run_in_background
from chatdesk.ui.storage_runner import StorageRunner

if TYPE_CHECKING:
    # The chat machinery (HTTP client, SSE, worker thread) loads on first use, after the
    # window is shown; see ``_client`` and ``_request_reply``.
    from chatdesk.core.stream import Retrying
    from chatdesk.services.http_client import ChatClient
    from chatdesk.services.storage import HistoryStore
    from chatdesk.ui.worker import ChatWorker

log = logging.getLogger(__name__)

#: ~30 repaints a second while streaming.
REPAINT_INTERVAL_MS = 33
#: Sent (not shown) after a partial reply to have the model carry on.
CONTINUE_PROMPT = "Continue exactly where your last message stopped, without repeating anything."
#: Models nobody picked (the default, the presets' placeholders): checked against the
#: server's ``/models`` on a profile's first use. A model the user typed is trusted, since
#: Azure deployments and Ollama tags are rightly missing from ``/models``.
PLACEHOLDER_MODELS = frozenset({DEFAULT_MODEL, *(p.model for p in PROVIDERS if p.model)})


@dataclass(frozen=True)
class KeyState:
    """What the settings dialog needs to know about the key, without the key's origin leaking."""

    key: str
    source: str
    """"keyring", "environment", "session" or "none"."""
    keyring_available: bool
    keyring_problem: str


@dataclass(frozen=True)
class ClientOptions:
    """Timeouts and retry pacing; tests shorten them."""

    connect_timeout: float = 10.0
    read_timeout: float = 120.0
    max_attempts: int = 3
    backoff_base: float = 1.0


class ChatController(QObject):
    # Conversation rendering
    message_added = Signal(str, str, str)  # role, text, uid
    reply_started = Signal(str)  # uid of the reply
    reply_text = Signal(str)  # text appended to the streaming reply (coalesced)
    reply_ended = Signal(str)  # MessageStatus value
    last_message_removed = Signal()
    conversation_cleared = Signal()
    conversation_loaded = Signal(object)  # Conversation, to render whole
    history_changed = Signal()  # a stored conversation was created or updated
    jump_requested = Signal(str)  # message uid to scroll to
    older_loaded = Signal(list)  # list[Message] fetched for a tail-only conversation
    editing_changed = Signal(str)  # uid of the message being edited, "" when none
    reply_reasoning = Signal(str, str, str, str)  # uid, text, status, reasoning of a reply
    context_start_changed = Signal(str, int)  # first message sent ("" = all), turns left out
    attachments_shown = Signal(str, object)  # message uid, tuple[Attachment, ...] to show
    attachments_returned = Signal(object)  # tuple[Attachment, ...] back to the prompt
    # State
    ready_changed = Signal(bool)
    busy_changed = Signal(bool)
    usage_text = Signal(str)
    progress_text = Signal(str)
    error_raised = Signal(object)  # ChatError
    error_cleared = Signal()
    retry_notice = Signal(str)
    prompt_returned = Signal(str)
    settings_requested = Signal()
    settings_changed = Signal(object)  # Settings
    keyring_failed = Signal(str)

    def __init__(
        self,
        config: ConfigStore,
        keystore: KeyStore,
        client_options: ClientOptions | None = None,
        history: StorageRunner | None = None,
    ) -> None:
        super().__init__()
        self.history = history
        self._stored = False  # whether the current conversation is in the history yet
        self._config = config
        self._keystore = keystore
        self._options = client_options or ClientOptions()
        self.settings = Settings()
        self.conversation = Conversation()
        self._key: str | None = None  # None: not read from the keyring yet
        self._key_source = "none"
        self._keyring = KeyLookup("", True)
        self._ready = False
        self._worker: ChatWorker | None = None
        self._retired: set[ChatWorker] = set()
        self._reply: Message | None = None
        self._pending = ""
        self._reply_usage: Usage | None = None
        self._payload_messages: list[dict[str, Any]] = []
        self._deltas = 0
        self._started_at = 0.0
        self._first_token_at = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(REPAINT_INTERVAL_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick_countdown)
        self._countdown_left = 0
        self._countdown_text = ""
        #: A streaming reply is saved this often, so a crash loses at most this much text.
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(1000)
        self._save_timer.timeout.connect(self._save_partial_reply)
        self.editing: str | None = None
        """The user message being edited (sending makes it a new branch)."""
        self._branch_after_reply = False
        self._continuing = False
        self._scale: dict[str, float] = {}
        self._left_out = 0
        self._models_checked: set[str] = set()  # profiles whose model was checked this session
        #: Finished replies whose save failed, by uid: kept, shown and saved again later.
        self._unsaved: dict[str, Message] = {}
        self._history_error = ""  # the storage failure last shown (not repeated every second)
        self._model_note = ""  # said when the reply ends: the model was replaced

    # -- start-up ---------------------------------------------------------------

    def set_repaint_interval(self, ms: int) -> None:
        self._flush_timer.setInterval(ms)

    @property
    def ready(self) -> bool:
        return self._ready

    @property
    def busy(self) -> bool:
        return self._worker is not None or self._reply is not None

    def start(self) -> None:
        """Load settings off the UI thread; ask for a key when there is none."""
        config = self._config
        run_in_background(config.load, self._loaded, self._load_failed)

    def _loaded(self, settings: Settings) -> None:
        self.settings = settings
        self._ready = True
        self.ready_changed.emit(True)
        self.settings_changed.emit(settings)
        self._find_key()

    def _env_key(self) -> str:
        """``OPENAI_API_KEY``, but only for the server it belongs to.

        That is the base URL ``OPENAI_BASE_URL`` gives (else OpenAI's own), and only
        when the user has not said the server needs no key: the key never goes to
        another profile's server.
        """
        env = os.environ.get("OPENAI_API_KEY", "")
        settings = self.settings
        if not env or settings.key_id in settings.keyless_servers:
            return ""
        return env if settings.base_url == default_base_url() else ""

    def _find_key(self) -> None:
        """Know the active server's key: from the hint, the environment, or the keyring."""
        settings = self.settings
        base = settings.key_id
        env = self._env_key()
        if base in settings.keyring_servers:
            return  # the key is read from the keyring by the first request, not at start-up
        if env:
            self._key, self._key_source = env, "environment"
            logs.add_secret(env)
            return
        if base in settings.keyless_servers:
            self._key, self._key_source = "", "none"
            return
        # First run for this server: look in the keyring, then ask if it has nothing.
        self.resolve_key(self._ask_for_key_if_missing)

    def _ask_for_key_if_missing(self) -> None:
        if self.needs_key():
            self.settings_requested.emit()

    def _load_failed(self, error: Exception) -> None:
        log.error("loading settings failed: %s", type(error).__name__)
        self._loaded(Settings())

    def resolve_key(self, then: Callable[[], None]) -> None:
        """Read the key from the keyring (off the UI thread) if not yet done, then call ``then``."""
        if self._key is not None:
            then()
            return
        keystore, base = self._keystore, self.settings.key_id

        def done(lookup: KeyLookup) -> None:
            if self._key is None:
                self._apply_lookup(lookup)
            then()

        run_in_background(lambda: keystore.lookup(base), done)

    def _apply_lookup(self, lookup: KeyLookup) -> None:
        self._keyring = lookup
        env = self._env_key()
        if lookup.key:
            self._key, self._key_source = lookup.key, "keyring"
        elif env:
            self._key, self._key_source = env, "environment"
        else:
            self._key, self._key_source = "", "none"
        logs.add_secret(self._key)
        base = self.settings.key_id
        if lookup.available and bool(lookup.key) != (base in self.settings.keyring_servers):
            self._set_keyring_hint(base, bool(lookup.key))

    def _set_keyring_hint(self, base: str, saved: bool) -> None:
        servers = set(self.settings.keyring_servers)
        if saved:
            servers.add(base)
        else:
            servers.discard(base)
        self.settings = self.settings.with_changes(keyring_servers=frozenset(servers))
        self._save_settings()

    def needs_key(self) -> bool:
        return not self._key and self.settings.key_id not in self.settings.keyless_servers

    def key_state(self) -> KeyState:
        """The key and where it came from; call after ``resolve_key``."""
        return KeyState(
            self._key or "", self._key_source, self._keyring.available, self._keyring.problem
        )

    # -- settings -------------------------------------------------------------------

    def _save_settings(self) -> None:
        config, settings = self._config, self.settings
        run_in_background(lambda: config.save(settings), lambda _: None, self._save_failed)

    def save_proxy_password(self, settings: Settings, password: str) -> None:
        """The proxy's password goes to the keyring (never to the settings file)."""
        if not settings.proxy:
            return
        logs.add_secret(password)
        keystore, user = self._keystore, proxy_secret_id(settings.proxy)
        run_in_background(
            lambda: keystore.store(user, password), lambda _: None, self._store_failed
        )

    def set_model(self, model: str) -> None:
        """Use ``model`` from now on (the picker above the prompt; conversations remember it)."""
        model = model.strip()
        if not model or model == self.settings.model:
            return
        self.settings = self.settings.with_changes(model=model).synced()
        self.settings_changed.emit(self.settings)
        self._save_settings()

    # -- profiles -------------------------------------------------------------------

    def switch_profile(self, profile_id: str) -> None:
        """Use another server profile: its URL, model, network settings and key."""
        if profile_id == self.settings.active_profile:
            return
        self.stop()
        self.settings = self.settings.switched(profile_id)
        self._key, self._key_source = None, "none"
        self._keyring = KeyLookup("", True)
        self.settings_changed.emit(self.settings)
        self._save_settings()
        self._find_key()

    def add_profile(self, name: str, provider: Provider) -> str:
        """A new profile from a preset, made active (its key is asked for if it needs one)."""
        ident = new_uid()[:8]
        profile = Profile(
            ident,
            name,
            f"profile:{ident}",
            base_url=provider.base_url or self.settings.base_url,
            model=provider.model or self.settings.model,
            api_style=provider.api_style,
            api_version=provider.api_version,
        )
        synced = self.settings.synced()
        keyless = set(synced.keyless_servers)
        if not provider.needs_key:
            keyless.add(profile.key_id)
        self.settings = synced.with_changes(
            profiles=(*synced.profiles, profile), keyless_servers=frozenset(keyless)
        )
        self.switch_profile(ident)
        return ident

    def rename_profile(self, profile_id: str, name: str) -> None:
        name = name.strip()
        if not name:
            return
        synced = self.settings.synced()
        profiles = tuple(
            dataclasses.replace(p, name=name) if p.id == profile_id else p for p in synced.profiles
        )
        self.settings = synced.with_changes(profiles=profiles)
        self.settings_changed.emit(self.settings)
        self._save_settings()

    def delete_profile(self, profile_id: str) -> bool:
        """Remove a profile and its keyring entry; the last profile cannot go."""
        synced = self.settings.synced()
        doomed = next((p for p in synced.profiles if p.id == profile_id), None)
        if doomed is None or len(synced.profiles) < 2:
            return False
        rest = tuple(p for p in synced.profiles if p.id != profile_id)
        self.settings = synced.with_changes(profiles=rest)
        if synced.active_profile == profile_id:
            self.settings = self.settings.with_changes(active_profile="")
            self._key = None
            self.settings = self.settings.switched(rest[0].id)
        if all(p.key_id != doomed.key_id for p in rest):
            keystore = self._keystore
            run_in_background(lambda: keystore.delete(doomed.key_id), lambda _: None)
        self.settings_changed.emit(self.settings)
        self._save_settings()
        if self._key is None:
            self._find_key()
        return True

    def apply_settings(self, settings: Settings, key: str) -> None:
        """Use ``settings`` and ``key`` now; save both in the background.

        The key goes to the keyring only; when that fails it stays for this session.
        """
        url = normalize_base_url(settings.base_url)
        base = settings.key_id  # the keyring entry of the server (profile) being edited
        keyless = set(settings.keyless_servers)
        if key:
            keyless.discard(base)
        else:
            keyless.add(base)
        settings = settings.with_changes(base_url=url, keyless_servers=frozenset(keyless)).synced()
        old_key, old_source = self._key or "", self._key_source
        server_changed = url != self.settings.base_url or base != self.settings.key_id
        self.settings = settings
        self.settings_changed.emit(settings)
        self._save_settings()
        if key == old_key and not server_changed:
            return
        if key and key == os.environ.get("OPENAI_API_KEY") and old_source == "environment":
            return  # never copy the environment's key into the keyring unasked
        self._key = key
        self._key_source = "session"
        logs.add_secret(key)
        if not self._keyring.available and key:
            return  # the dialog already said the key is for this session only
        keystore = self._keystore

        def stored(_: object) -> None:
            self._key_source = "keyring" if key else "none"
            self._set_keyring_hint(base, bool(key))

        run_in_background(lambda: keystore.store(base, key), stored, self._store_failed)

    def _save_failed(self, error: Exception) -> None:
        log.error("saving settings failed: %s", type(error).__name__)
        self.error_raised.emit(
            ChatError(
                ErrorKind.MALFORMED,
                f"Your settings could not be saved ({type(error).__name__}). "
                "They apply until you quit; check that the config folder is writable.",
            )
        )

    def _store_failed(self, error: Exception) -> None:
        problem = str(error) if isinstance(error, KeyringUnavailable) else "The keyring failed."
        self._keyring = KeyLookup("", False, problem)
        self.keyring_failed.emit(problem)

    def fetch_models(
        self,
        base_url: str,
        key: str,
        on_done: Callable[[list[str]], None],
        on_error: Callable[[ChatError], None],
    ) -> None:
        """``GET {base_url}/models`` off the UI thread (for Refresh and Test connection)."""
        client = self._client(base_url, key)
        client.max_attempts = 1

        def failed(error: Exception) -> None:
            if isinstance(error, ChatError):
                on_error(error)
            else:
                on_error(
                    ChatError(ErrorKind.NETWORK, f"The request failed ({type(error).__name__}).")
                )

        run_in_background(client.list_models, on_done, failed)

    def _client(self, base_url: str, key: str) -> ChatClient:
        from chatdesk.services.http_client import ChatClient, Network

        o = self._options
        return ChatClient(
            base_url,
            key,
            connect_timeout=o.connect_timeout,
            read_timeout=o.read_timeout,
            max_attempts=o.max_attempts,
            backoff_base=o.backoff_base,
            api_style=self.settings.api_style,
            api_version=self.settings.api_version,
            network=Network(
                proxy=self.settings.proxy,
                proxy_user=self.settings.proxy_user,
                ca_bundle=self.settings.ca_bundle,
                verify_tls=self.settings.verify_tls,
            ),
            proxy_password=self._proxy_password(),
        )

    def _proxy_password(self) -> Callable[[], str] | None:
        """Reads the proxy's password from the keyring; the client calls it off the UI thread."""
        settings, keystore = self.settings, self._keystore
        if not (settings.proxy and settings.proxy_user):
            return None
        return lambda: keystore.lookup(proxy_secret_id(settings.proxy)).key

    # -- chatting ---------------------------------------------------------------------

    def send(self, text: str, attachments: tuple[Attachment, ...] = ()) -> bool:
        """Add the user's message and ask for a reply. False when nothing was sent."""
        if (not text.strip() and not attachments) or self.busy or not self._ready:
            return False
        self.error_cleared.emit()
        self._history_error = ""
        for unsaved in list(self._unsaved.values()):
            self._save_reply(unsaved)
        conv = self.conversation
        now = time.time()
        if self.editing is not None:
            # Resending an edited message: the old one and its replies stay as a branch.
            self._branch_after_reply = True
            index = next(
                (i for i, m in enumerate(conv.messages) if m.uid == self.editing),
                len(conv.messages),
            )
            for _ in range(len(conv.messages) - index):
                conv.pop_last()
                self.last_message_removed.emit()
            self.editing = None
            self.editing_changed.emit("")
        if not conv.messages and not conv.title:
            conv.title = title_from(text or (attachments[0].name if attachments else ""))
            conv.created = now
        conv.updated = now
        conv.model = self.settings.model
        conv.profile = self.settings.active_profile
        message = conv.add(Message(Role.USER, text, created=now, attachments=attachments))
        self._persist_conversation()
        saved, conv_uid = copy.copy(message), conv.uid
        self._persist(lambda s: s.add_message(conv_uid, saved, now))
        self.message_added.emit(Role.USER.value, text, message.uid)
        if attachments:
            self.attachments_shown.emit(message.uid, attachments)
        self._request_reply()
        return True

    # -- history -----------------------------------------------------------------------

    def _persist(
        self, job: Callable[[HistoryStore], object], saved: Callable[[], None] | None = None
    ) -> None:
        """Queue a write on the history thread (copies only: nothing mutable is shared).

        A failed write is never silent: it is shown (``_history_failed``), and what it
        should have saved stays in memory.
        """
        if self.history is None:
            return

        def done(_: object) -> None:
            if saved is not None:
                saved()
            self.history_changed.emit()

        self.history.submit(job, done, self._history_failed)

    def _history_failed(self, error: Exception) -> None:
        log.error("saving to the history failed: %s", error)
        message = (
            f"{error} Nothing is lost yet: this window keeps everything shown, and "
            "chatdesk saves it again with your next message. Copy anything you need "
            "before quitting if this message stays."
        )
        if message != self._history_error:
            self._history_error = message
            self.error_raised.emit(ChatError(ErrorKind.STORAGE, message))

    def _save_reply(self, final: Message) -> None:
        """Save a finished reply; on failure it is kept and saved again later."""
        self._unsaved[final.uid] = final

        def saved() -> None:
            if self._unsaved.get(final.uid) is final:
                del self._unsaved[final.uid]

        self._persist(lambda s: s.update_message(final), saved)

    def _persist_conversation(self) -> None:
        meta = dataclasses.replace(self.conversation, messages=[])
        self._persist(lambda s: s.save_conversation(meta))
        if not self._stored and self.history is not None:
            self._stored = True
            self.history.submit(lambda s: s.set_state("last_conversation", meta.uid))

    def _save_partial_reply(self) -> None:
        reply = self._reply
        if reply is not None and reply.content:
            uid, content = reply.uid, reply.content
            if self.history is not None:
                self.history.submit(
                    lambda s: s.update_content(uid, content), on_error=self._history_failed
                )

    # -- message actions ------------------------------------------------------------------

    def find(self, uid: str) -> Message | None:
        return next((m for m in self.conversation.messages if m.uid == uid), None)

    def last_reply(self) -> Message | None:
        return next(
            (m for m in reversed(self.conversation.messages) if m.role is Role.ASSISTANT), None
        )

    def last_user_message(self) -> Message | None:
        return next((m for m in reversed(self.conversation.messages) if m.role is Role.USER), None)

    def start_editing(self, uid: str) -> str | None:
        """Edit a user message: returns its text for the prompt; sending makes a new branch."""
        msg = self.find(uid)
        if msg is None or msg.role is not Role.USER or self.busy:
            return None
        self.editing = uid
        self.editing_changed.emit(uid)
        return msg.content

    def cancel_editing(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.editing_changed.emit("")

    def regenerate(self) -> bool:
        """Ask again for the last reply; the old one stays as another version (‹ 1/2 ›)."""
        last = self.conversation.last()
        if self.busy or last is None or last.role is not Role.ASSISTANT:
            return False
        self.conversation.pop_last()
        self.last_message_removed.emit()
        self.error_cleared.emit()
        self._branch_after_reply = True
        self._request_reply()
        return True

    def continue_reply(self) -> bool:
        """Carry on a stopped, cut-off or length-limited reply, appending to it."""
        last = self.conversation.last()
        if self.busy or last is None or last.role is not Role.ASSISTANT or not last.content:
            return False
        if last.status is MessageStatus.COMPLETE and last.finish_reason != "length":
            return False
        self.error_cleared.emit()
        self.conversation.pop_last()
        self.last_message_removed.emit()
        self._request_reply(continuing=last)
        return True

    def delete_message(self, uid: str) -> bool:
        """Delete one message; the messages after it stay."""
        msg = self.find(uid)
        if msg is None or self.busy:
            return False
        messages = self.conversation.messages
        index = messages.index(msg)
        if index + 1 < len(messages):
            messages[index + 1].parent_uid = msg.parent_uid
        del messages[index]
        self._persist(lambda s: s.delete_messages([uid]))
        self._reload_from_history()
        return True

    def switch_version(self, uid: str, step: int) -> None:
        """Show the previous (-1) or next (+1) version of a message and what followed it."""
        if self.busy or self.history is None:
            return
        conv_uid = self.conversation.uid
        self.history.submit(
            lambda s: s.switch_to_sibling(conv_uid, uid, step),
            lambda moved: self._reload_from_history() if moved else None,
        )

    def _reload_from_history(self) -> None:
        """Re-read the open conversation (after branch changes) and show it again."""
        if self.history is None:
            self.conversation_loaded.emit(self.conversation)
            return
        from chatdesk.ui.conversation_view import OPEN_TAIL

        uid = self.conversation.uid
        self.history.submit(
            lambda s: s.load_conversation(uid, tail=OPEN_TAIL),
            lambda conv: self.load_conversation(conv) if conv is not None else None,
        )

    def _first_sent_uid(self, left_out: int) -> str:
        """The first message still sent when ``left_out`` turns do not fit ("" when none)."""
        if not left_out:
            return ""
        sent = self.conversation.sendable()
        return sent[left_out].uid if left_out < len(sent) else ""

    def _learn_scale(self, usage: Usage) -> None:
        """Correct future context estimates with what the server counted for this prompt."""
        estimate = estimate_usage(self._payload_messages, "").prompt_tokens
        if estimate > 0 and usage.prompt_tokens > 0:
            ratio = min(4.0, max(0.25, usage.prompt_tokens / estimate))
            model = self.settings.model
            self._scale[model] = 0.5 * self._scale.get(model, 1.0) + 0.5 * ratio

    def set_conversation_settings(self, system_prompt: str, params: Params) -> None:
        """This conversation's own system prompt and parameters (saved with it)."""
        conv = self.conversation
        conv.system_prompt = system_prompt
        conv.params = params
        if self._stored:
            self._persist_conversation()
        self._left_out = -1  # recompute the context marker on the next request

    def _conversation_cost(self) -> str:
        """`` ($0.42)`` for the open conversation; empty when any model's price is unknown."""
        total = 0.0
        for model, usage in self.conversation.usage_by_model.items():
            price = self._price(model or self.settings.model)
            if price is None:
                return ""
            total += price.cost(usage)
        return f" ({format_cost(total)})" if self.conversation.usage_by_model else ""

    def load_conversation(self, conversation: Conversation) -> None:
        """Show a conversation from the history and continue it."""
        self.stop()
        self.cancel_editing()
        self.conversation = conversation
        self._stored = True
        self._left_out = 0
        known = {p.id for p in self.settings.profiles}
        if conversation.profile in known and conversation.profile != self.settings.active_profile:
            self.switch_profile(conversation.profile)  # each conversation keeps its server
        if conversation.model:
            self.set_model(conversation.model)  # … and its model
        for i, message in enumerate(conversation.messages):
            if (kept := self._unsaved.get(message.uid)) is not None:
                conversation.messages[i] = copy.copy(kept)  # the history missed its last save
        self.error_cleared.emit()
        self.conversation_loaded.emit(conversation)
        self._show_usage()
        if self.history is not None:
            uid = conversation.uid
            self.history.submit(lambda s: s.set_state("last_conversation", uid))

    def retry(self, prompt_text: str = "") -> bool:
        """Ask again after a failure.

        A broken or stopped reply is replaced; otherwise ``prompt_text`` (what the
        failed request handed back to the prompt box) is sent.
        """
        if self.busy:
            return False
        last = self.conversation.last()
        if (
            last is not None
            and last.role is Role.ASSISTANT
            and last.status is not MessageStatus.COMPLETE
        ):
            broken = self.conversation.pop_last()
            self._persist(lambda s: s.delete_messages([broken.uid]))
            self.last_message_removed.emit()
            self.error_cleared.emit()
            self._request_reply()
            return True
        if last is not None and last.role is Role.USER:
            self.error_cleared.emit()
            self._request_reply()
            return True
        return self.send(prompt_text)

    def new_conversation(self) -> None:
        self.stop()
        self.conversation = Conversation()
        self._stored = False
        self._left_out = 0
        self.conversation_cleared.emit()
        self.error_cleared.emit()
        self._show_usage()

    def _request_reply(self, continuing: Message | None = None) -> None:
        self._continuing = continuing is not None
        if continuing is not None:
            reply = self.conversation.add(continuing)
            reply.status = MessageStatus.STREAMING
        else:
            reply = self.conversation.add(
                Message(Role.ASSISTANT, "", MessageStatus.STREAMING, model=self.settings.model)
            )
            conv_uid, now = self.conversation.uid, time.time()
            snapshot = copy.copy(reply)
            self._persist(lambda s: s.add_message(conv_uid, snapshot, now))
        self._reply = reply
        self._save_timer.start()
        self._model_note = ""
        self._pending = ""
        self._reply_usage = None
        self._deltas = 0
        self._started_at = time.monotonic()
        self._first_token_at = 0.0
        self.reply_started.emit(reply.uid)
        if continuing is not None:
            self.reply_text.emit(continuing.content)
        self.busy_changed.emit(True)
        if self.conversation.unloaded_before:
            # The request carries the whole conversation: fetch the part left in the history.
            self.progress_text.emit("Loading the conversation…")
            self.with_full_conversation(self._start_worker)
        else:
            self._start_worker()

    def _start_worker(self) -> None:
        from chatdesk.core.request import plan_request
        from chatdesk.ui.worker import ChatWorker

        if self._reply is None or self._worker is not None:
            return  # stopped while the conversation was loading
        model = self.settings.model
        plan = plan_request(self.conversation, self.settings, self._scale.get(model, 1.0))
        payload = plan.payload
        if plan.left_out != self._left_out:
            self._left_out = plan.left_out
            first = self._first_sent_uid(plan.left_out)
            self.context_start_changed.emit(first, plan.left_out)
        if self._continuing:
            payload["messages"].append({"role": "user", "content": CONTINUE_PROMPT})
        self._payload_messages = list(payload["messages"])
        key_id = self.settings.key_id
        keystore = self._keystore
        worker = ChatWorker(
            self._client(self.settings.base_url, self._key or ""),
            payload,
            resolve_key=(lambda: keystore.lookup(key_id)) if self._key is None else None,
            fallback_key=self._env_key(),
            check_model=self._should_check_model(),
        )
        worker.key_resolved.connect(self._on_key_resolved)
        worker.model_chosen.connect(self._on_model_chosen)
        worker.delta.connect(self._on_delta)
        worker.reasoning.connect(self._on_reasoning)
        worker.usage.connect(self._on_usage)
        worker.finish_reason.connect(self._on_finish_reason)
        worker.retrying.connect(self._on_retrying)
        worker.failed.connect(self._on_failed)
        worker.completed.connect(self._on_completed)
        worker.cancelled.connect(self._on_cancelled)
        worker.finished.connect(self._reap)
        self._worker = worker
        self.progress_text.emit("Waiting for the server…")
        worker.start()

    def with_full_conversation(self, then: Callable[[], None]) -> None:
        """Load the older messages a tail-only open left in the history, then call ``then``."""
        conv = self.conversation
        if not conv.unloaded_before or self.history is None:
            then()
            return
        uid, count = conv.uid, conv.unloaded_before

        def loaded(older: list[Message]) -> None:
            if self.conversation is not conv:
                return
            if conv.unloaded_before:
                conv.messages[:0] = older
                conv.unloaded_before = 0
                self.older_loaded.emit(older)
            then()

        self.history.submit(lambda s: s.load_older(uid, count), loaded)

    def jump_to(self, message_uid: str) -> None:
        """Show a message of the open conversation, loading older ones if needed."""
        if any(m.uid == message_uid for m in self.conversation.messages):
            self.jump_requested.emit(message_uid)
        else:
            self.with_full_conversation(lambda: self.jump_requested.emit(message_uid))

    def stop(self) -> None:
        """End the reply now; the partial text stays, marked as stopped.

        Stopped before the first word, the turn is taken back and its text returned
        to the prompt, ready to edit and resend.
        """
        worker = self._worker
        if worker is None and self._reply is None:
            return
        if worker is not None:
            worker.cancel()
        if self._reply is not None and not self._reply.content and not self._pending:
            self._end_reply(MessageStatus.STOPPED, record_usage=False)
            self._take_back_turn()
            return
        self._end_reply(MessageStatus.STOPPED)

    def _reap(self) -> None:
        worker = self.sender()
        if worker in self._retired:  # _end_reply moved it there: it is no longer current
            self._retired.discard(worker)
            worker.deleteLater()

    def _on_cancelled(self) -> None:
        if self._is_current():
            self._end_reply(MessageStatus.STOPPED)

    def _is_current(self) -> bool:
        return self.sender() is self._worker and self._worker is not None

    def _on_key_resolved(self, lookup: KeyLookup) -> None:
        if self._is_current() and self._key is None:
            self._apply_lookup(lookup)

    def _on_reasoning(self, text: str) -> None:
        if not self._is_current() or self._reply is None:
            return
        self._reply.reasoning += text
        if not self._deltas:
            self._countdown.stop()
            self.retry_notice.emit("")
            words = len(self._reply.reasoning.split())
            self.progress_text.emit(f"Reasoning… {words} words")

    def _on_delta(self, text: str) -> None:
        if not self._is_current() or self._reply is None:
            return
        if not self._deltas:
            self._first_token_at = time.monotonic()
            self._countdown.stop()
            self.retry_notice.emit("")
        self._deltas += 1
        self._reply.content += text
        self._pending += text
        if not self._flush_timer.isActive():
            if self._flush_timer.interval() == 0:
                self._flush()
            else:
                self._flush_timer.start()

    def _flush(self) -> None:
        if self._pending:
            text, self._pending = self._pending, ""
            self.reply_text.emit(text)
        if self._worker is not None and self._deltas:
            elapsed = time.monotonic() - self._first_token_at
            rate = f" · {self._deltas / elapsed:.0f} tokens/s" if elapsed > 0.2 else ""
            self.progress_text.emit(f"Receiving… {self._deltas} tokens{rate}")

    def _on_usage(self, usage: Usage) -> None:
        if self._is_current():
            self._reply_usage = usage

    def _on_finish_reason(self, reason: str) -> None:
        if self._is_current() and self._reply is not None:
            self._reply.finish_reason = reason

    def _on_retrying(self, event: Retrying) -> None:
        if not self._is_current():
            return
        self._countdown_left = max(1, round(event.delay))
        self._countdown_text = (
            f"{event.reason}: retrying (try {event.attempt} of {event.max_attempts})"
        )
        self._countdown.start()
        self._emit_countdown()

    def _tick_countdown(self) -> None:
        self._countdown_left -= 1
        if self._countdown_left <= 0:
            self._countdown.stop()
        self._emit_countdown()

    def _emit_countdown(self) -> None:
        left = max(0, self._countdown_left)
        when = f"in {left} s" if left else "now"
        self.retry_notice.emit(f"{self._countdown_text} {when}…")

    def _on_completed(self) -> None:
        if self._is_current():
            self._end_reply(MessageStatus.COMPLETE)

    def _on_failed(self, error: ChatError) -> None:
        if not self._is_current():
            return
        reply = self._reply
        if reply is not None and reply.content:
            self._end_reply(MessageStatus.INCOMPLETE)
            self.error_raised.emit(error)
            return
        # Nothing arrived: take the turn back and give the user their text again.
        self._end_reply(MessageStatus.ERROR, record_usage=False)
        self._take_back_turn()
        self.error_raised.emit(error)

    def _take_back_turn(self) -> None:
        """Remove the empty reply and the user message it answered; return that text."""
        removed = [self.conversation.pop_last().uid]
        self.last_message_removed.emit()
        last = self.conversation.last()
        if last is not None and last.role is Role.USER:
            removed.append(self.conversation.pop_last().uid)
            self.last_message_removed.emit()
            self.prompt_returned.emit(last.content)
            if last.attachments:
                self.attachments_returned.emit(last.attachments)
        self._persist(lambda s: s.delete_messages(removed))

    def _end_reply(self, status: MessageStatus, *, record_usage: bool = True) -> None:
        """Finish the reply: always saved, and the window always leaves its busy state.

        Bookkeeping (timings, usage, prices) that fails is logged with its traceback
        and skipped; it must never keep the reply unsaved or the window busy.
        """
        worker, self._worker = self._worker, None
        if worker is not None:
            self._retired.add(worker)
        self._flush_timer.stop()
        self._save_timer.stop()
        self._countdown.stop()
        reply, self._reply = self._reply, None
        if reply is None:
            self.retry_notice.emit("")
            self._flush()
            return
        reply.status = status
        try:
            self.retry_notice.emit("")
            self._flush()
            self._account(reply, status, record_usage)
        except Exception:
            log.exception("bookkeeping for a finished reply failed; the reply is saved anyway")
        finally:
            self._save_reply(copy.copy(reply))
            branched, self._branch_after_reply = self._branch_after_reply, False
            if branched and status is not MessageStatus.ERROR:
                self._reload_from_history()  # shows the new ‹ n/n › version switcher
            self.reply_ended.emit(status.value)
            if reply.reasoning:
                self.reply_reasoning.emit(reply.uid, reply.content, status.value, reply.reasoning)
            self.busy_changed.emit(False)

    def _account(self, reply: Message, status: MessageStatus, record_usage: bool) -> None:
        """Timings, usage and the status bar for a finished reply.

        Only a complete reply adds its (possibly estimated) tokens to the conversation's
        total; a stopped, cut-off or failed one counts only usage the server reported.
        """
        now = time.monotonic()
        reply.duration_ms = (now - self._started_at) * 1000
        if self._first_token_at:
            reply.ttft_ms = (self._first_token_at - self._started_at) * 1000
        usage = self._reply_usage if record_usage else None
        if usage is None and record_usage and status is MessageStatus.COMPLETE and reply.content:
            usage = estimate_usage(self._payload_messages, reply.content)
        model = reply.model or self.settings.model
        if usage is not None:
            if not usage.estimated:
                self._learn_scale(usage)
            reply.usage = usage
            conv = self.conversation
            conv.total_usage = conv.total_usage + usage
            conv.usage_by_model[model] = conv.usage_by_model.get(model, Usage()) + usage
        if status is MessageStatus.COMPLETE:
            elapsed = now - self._started_at
            self.progress_text.emit(f"Reply finished in {elapsed:.1f} s{self._model_note}")
        elif status is MessageStatus.STOPPED:
            self.progress_text.emit("Stopped")
        else:
            self.progress_text.emit("")
        self._show_usage(usage, model)

    def _price(self, model: str) -> Price | None:
        """The price of ``model`` on the active server (defaults only where they are charged)."""
        return price_for(model, self.settings.prices, self.settings.base_url)

    def _show_usage(self, last: Usage | None = None, model: str = "") -> None:
        """The status bar's usage: the last reply, what the conversation was billed, and
        how long it is now (what the next request sends)."""
        conv = self.conversation
        parts: list[str] = []
        if last is not None:
            price = self._price(model)
            cost = f" ({format_cost(price.cost(last))})" if price else ""
            parts.append(f"Last reply: {format_usage(last)}{cost}")
        if conv.messages:
            parts.append(
                f"Conversation: {format_count(conv.total_usage)} tokens billed"
                f"{self._conversation_cost()}"
            )
            scale = self._scale.get(self.settings.model, 1.0)
            length = context_tokens(conv, self.settings, scale)
            more = "≥ " if conv.unloaded_before else ""
            parts.append(f"next request {more}~{length:,} tokens")
        self.usage_text.emit(" · ".join(parts))

    def _should_check_model(self) -> bool:
        """Check the model against ``/models``: a placeholder, on the profile's first use."""
        settings = self.settings
        if settings.active_profile in self._models_checked:
            return False
        self._models_checked.add(settings.active_profile)
        return (
            settings.model in PLACEHOLDER_MODELS
            and settings.api_style != "azure"
            and not charges(settings.base_url, settings.model)
        )

    def _on_model_chosen(self, model: str) -> None:
        """The server offers only ``model``: use it for this reply and from now on."""
        if not self._is_current():
            return
        old = self.settings.model
        if self._reply is not None:
            self._reply.model = model
        self.conversation.model = model
        self.set_model(model)
        if self._stored:
            self._persist_conversation()
        self._model_note = f" · {old} is not on this server: using its only model, {model}"

    def shutdown(self) -> None:
        """Stop any reply and wait briefly for worker threads to exit (at quit)."""
        self.stop()
        for worker in list(self._retired):
            worker.wait(1000)
