"""The active server and its key: settings, profiles and where the key comes from.

One owner for the settings value and the key of the active profile. The key is read from
the keyring off the UI thread (or by the first request's worker), from ``OPENAI_API_KEY``
only for the server that variable belongs to, and never for a server marked keyless.
Everything is saved in the background; a failure is reported, never silent.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr
from chatdesk.core.messages import new_uid
from chatdesk.core.providers import Provider, new_profile
from chatdesk.core.settings import Profile, Settings, normalize_base_url, proxy_secret_id
from chatdesk.services import logs
from chatdesk.services.config import ConfigStore, default_base_url
from chatdesk.services.http.options import ClientOptions
from chatdesk.services.keystore import KeyLookup, KeyringUnavailable, KeyStore
from chatdesk.ui.background import as_bug, run_in_background
from chatdesk.ui.key_state import KeySource, KeyState

if TYPE_CHECKING:
    # The HTTP client loads on first use, after the window is shown.
    from chatdesk.services.http_client import ChatClient

__all__ = ["ClientFactory", "ClientOptions", "KeySource", "KeyState", "ServerAccess"]

ClientFactory = Callable[[Profile, str, ClientOptions, "Callable[[], str] | None"], "ChatClient"]
"""Makes the client for a profile, its key, the options and the proxy password's reader:
``ChatClient.for_profile`` unless a test gives another."""

log = logging.getLogger(__name__)


class ServerAccess(QObject):
    ready_changed = Signal(bool)
    settings_changed = Signal(object)  # Settings
    settings_requested = Signal()  # a key is needed: open the settings dialog
    keyring_failed = Signal(str)
    error_raised = Signal(object)  # ChatError (settings could not be saved)

    def __init__(
        self,
        config: ConfigStore,
        keystore: KeyStore,
        options: ClientOptions | None = None,
        make_client: ClientFactory | None = None,
    ) -> None:
        super().__init__()
        self._config = config
        self._keystore = keystore
        self._options = options or ClientOptions()
        self._make_client = make_client
        self.settings = Settings()
        self._key: str | None = None  # None: not read from the keyring yet
        self._key_source = KeySource.NONE
        self._keyring = KeyLookup("", True)
        self.ready = False
        self._unread = False
        """The settings file could not be loaded: it is never saved over this session."""

    def start(self) -> None:
        """Load settings off the UI thread; ask for a key when there is none."""
        run_in_background(self._config.load, self._loaded, self._load_failed)

    @property
    def key(self) -> str | None:
        """The active server's key; None when the keyring has not been read yet."""
        return self._key

    def key_reader(self) -> Callable[[], KeyLookup] | None:
        """For a request's worker: reads the key off the UI thread when not known yet."""
        if self._key is not None:
            return None
        keystore, key_id = self._keystore, self.settings.active.key_id
        return lambda: keystore.lookup(key_id)

    def _loaded(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = True
        self.ready_changed.emit(True)
        self.settings_changed.emit(settings)
        self._find_key()

    def env_key(self, profile: Profile | None = None) -> str:
        """``OPENAI_API_KEY``, but only for the server it belongs to (of ``profile``, the
        active one by default).

        That is the base URL ``OPENAI_BASE_URL`` gives (else OpenAI's own), and only
        when the user has not said the server needs no key: the key never goes to
        another profile's server.
        """
        env = os.environ.get("OPENAI_API_KEY", "")
        profile = profile or self.settings.active
        if not env or not profile.needs_key:
            return ""
        return env if profile.base_url == default_base_url() else ""

    def key_for(self, profile: Profile) -> tuple[str, Callable[[], KeyLookup] | None]:
        """Another profile's key as a request needs it (compared side by side): the key if
        known, else a reader for the keyring that a request calls off the UI thread."""
        if profile.id == self.settings.active_id and self._key is not None:
            return self._key, None
        if not profile.needs_key:
            return "", None
        keystore, key_id = self._keystore, profile.key_id
        return "", lambda: keystore.lookup(key_id)

    def _find_key(self) -> None:
        """Know the active server's key: from the hint, the environment, or the keyring."""
        active = self.settings.active
        env = self.env_key()
        if active.has_saved_key:
            return  # the key is read from the keyring by the first request, not at start-up
        if env:
            self._key, self._key_source = env, KeySource.ENVIRONMENT
            logs.add_secret(env)
            return
        if not active.needs_key:
            self._key, self._key_source = "", KeySource.NONE
            return
        # First run for this server: look in the keyring, then ask if it has nothing.
        self.resolve_key(self._ask_for_key_if_missing)

    def _ask_for_key_if_missing(self) -> None:
        if self.needs_key():
            self.settings_requested.emit()

    def _load_failed(self, error: Exception) -> None:
        """Start with the defaults, and say so: the user's servers and preferences are
        missing until the file can be read (a bug is shown as one)."""
        log.error("loading settings failed: %s", error)
        self._unread = True
        self._loaded(Settings())
        self.error_raised.emit(
            as_bug(error)
            or ChatError(
                ErrorKind.SETTINGS,
                tr(
                    "Your settings could not be read ({error}), so chatdesk started with "
                    "the default ones and will not save over them until it restarts. "
                    "Check that settings.json in the config folder is readable."
                ).format(error=error),
            )
        )

    def resolve_key(self, then: Callable[[], None]) -> None:
        """Read the key from the keyring (off the UI thread) if not yet done, then call ``then``."""
        if self._key is not None:
            then()
            return
        keystore, base = self._keystore, self.settings.active.key_id

        def done(lookup: KeyLookup) -> None:
            self.apply_lookup(lookup)
            then()

        run_in_background(lambda: keystore.lookup(base), done)

    def apply_lookup(self, lookup: KeyLookup) -> None:
        """Use what a keyring lookup found (here, or by a worker reading it first)."""
        if self._key is not None:
            return
        self._keyring = lookup
        env = self.env_key()
        if lookup.key:
            self._key, self._key_source = lookup.key, KeySource.KEYRING
        elif env:
            self._key, self._key_source = env, KeySource.ENVIRONMENT
        else:
            self._key, self._key_source = "", KeySource.NONE
        logs.add_secret(self._key)
        active = self.settings.active
        if lookup.available and bool(lookup.key) != active.has_saved_key:
            self._set_keyring_hint(active.key_id, bool(lookup.key))

    def _set_keyring_hint(self, key_id: str, saved: bool) -> None:
        """Note on the profiles using ``key_id`` whether the keyring holds their key."""
        self.settings = self.settings.with_key_entry(key_id, has_saved_key=saved)
        self._save_settings()

    def needs_key(self) -> bool:
        return not self._key and self.settings.active.needs_key

    def key_state(self) -> KeyState:
        """The key and where it came from; call after ``resolve_key``."""
        return KeyState(
            self._key or "", self._key_source, self._keyring.available, self._keyring.problem
        )

    # -- settings -------------------------------------------------------------------

    def _save_settings(self) -> None:
        if self._unread:  # the defaults would replace the user's servers and preferences
            log.warning("settings not saved: the file could not be loaded")
            return
        config, settings = self._config, self.settings
        run_in_background(lambda: config.save(settings), lambda _: None, self._save_failed)

    def save_proxy_password(self, settings: Settings, password: str) -> None:
        """The proxy's password goes to the keyring (never to the settings file)."""
        proxy = settings.active.network.proxy
        if not proxy:
            return
        logs.add_secret(password)
        keystore, user = self._keystore, proxy_secret_id(proxy)
        run_in_background(
            lambda: keystore.store(user, password), lambda _: None, self._store_failed
        )

    def set_model(self, model: str) -> None:
        """Use ``model`` from now on (the picker above the prompt; conversations remember it)."""
        model = model.strip()
        if not model or model == self.settings.active.model:
            return
        self.settings = self.settings.with_active(model=model)
        self.settings_changed.emit(self.settings)
        self._save_settings()

    def save_prefs(self, **changes: object) -> None:
        """Settings that are not a server's (prices, presets, context lengths, tools)."""
        self.settings = self.settings.with_prefs(**changes)
        self.settings_changed.emit(self.settings)
        self._save_settings()

    def remember_context(self, context: int | None, presets: object) -> None:
        """The active model's context length (None: its default) and the presets."""
        prefs = self.settings.prefs
        model = self.settings.active.model.strip().lower()
        lengths = dict(prefs.context_lengths)
        if context is None:
            lengths.pop(model, None)
        else:
            lengths[model] = context
        if lengths != dict(prefs.context_lengths) or presets != prefs.presets:
            self.save_prefs(context_lengths=lengths, presets=presets)

    # -- profiles -------------------------------------------------------------------

    def switch_profile(self, profile_id: str) -> None:
        """Use another server profile: its URL, model, network settings and key."""
        if profile_id == self.settings.active_id:
            return
        self.settings = self.settings.switched(profile_id)
        self._key, self._key_source = None, KeySource.NONE
        self._keyring = KeyLookup("", True)
        self.settings_changed.emit(self.settings)
        self._save_settings()
        self._find_key()

    def add_profile(self, name: str, provider: Provider) -> str:
        """A new profile from a preset, made active (its key is asked for if it needs one)."""
        ident = new_uid()[:8]
        self.settings = self.settings.added(
            new_profile(provider, ident, name, self.settings.active)
        )
        self.switch_profile(ident)
        return ident

    def rename_profile(self, profile_id: str, name: str) -> None:
        name = name.strip()
        if not name:
            return
        self.settings = self.settings.with_profile(profile_id, name=name)
        self.settings_changed.emit(self.settings)
        self._save_settings()

    def delete_profile(self, profile_id: str) -> bool:
        """Remove a profile and its keyring entry; the last profile cannot go."""
        doomed = self.settings.find(profile_id)
        if doomed is None or len(self.settings.profiles) < 2:
            return False
        if self.settings.active_id == profile_id:
            self._key = None
        self.settings = self.settings.without(profile_id)
        if all(p.key_id != doomed.key_id for p in self.settings.profiles):
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
        url = normalize_base_url(settings.active.base_url)
        base = settings.active.key_id  # the keyring entry of the server (profile) being edited
        settings = settings.with_key_entry(base, needs_key=bool(key)).with_active(base_url=url)
        old_key, old_source = self._key or "", self._key_source
        old = self.settings.active
        server_changed = url != old.base_url or base != old.key_id
        self.settings = settings
        self.settings_changed.emit(settings)
        self._save_settings()
        if key == old_key and not server_changed:
            return
        if key and key == os.environ.get("OPENAI_API_KEY") and old_source is KeySource.ENVIRONMENT:
            return  # never copy the environment's key into the keyring unasked
        self._key = key
        self._key_source = KeySource.SESSION
        logs.add_secret(key)
        if not self._keyring.available and key:
            return  # the dialog already said the key is for this session only
        keystore = self._keystore

        def stored(_: object) -> None:
            self._key_source = KeySource.KEYRING if key else KeySource.NONE
            self._set_keyring_hint(base, bool(key))

        run_in_background(lambda: keystore.store(base, key), stored, self._store_failed)

    def _save_failed(self, error: Exception) -> None:
        log.error("saving settings failed: %s", type(error).__name__)
        self.error_raised.emit(
            as_bug(error)
            or ChatError(
                ErrorKind.SETTINGS,
                tr(
                    "Your settings could not be saved ({error}). "
                    "They apply until you quit; check that the config folder is writable."
                ).format(error=type(error).__name__),
            )
        )

    def _store_failed(self, error: Exception) -> None:
        if (bug := as_bug(error)) is not None:  # the keyring is fine: the key stays for now
            self.error_raised.emit(bug)
            return
        problem = str(error) if isinstance(error, KeyringUnavailable) else tr("The keyring failed.")
        self._keyring = KeyLookup("", False, problem)
        self.keyring_failed.emit(problem)

    def fetch_models(
        self,
        profile: Profile,
        key: str,
        on_done: Callable[[list[str]], None],
        on_error: Callable[[ChatError], None],
        *,
        proxy_password: str = "",
    ) -> None:
        """``GET /models`` of ``profile``'s server off the UI thread (for Refresh and Test
        connection: the dialog passes the profile as it is on screen, with the proxy
        password typed there, if any)."""
        client = self.client(profile, key, proxy_password=proxy_password)
        client.max_attempts = 1

        def failed(error: Exception) -> None:
            if isinstance(error, ChatError):
                on_error(error)
                return
            failure = tr("The request failed ({error}).").format(error=type(error).__name__)
            on_error(as_bug(error) or ChatError(ErrorKind.NETWORK, failure))

        run_in_background(client.list_models, on_done, failed)

    def client(self, profile: Profile, key: str, *, proxy_password: str = "") -> ChatClient:
        """A client for ``profile``'s server with ``key``."""
        password = self._proxy_password(profile, proxy_password)
        if self._make_client is not None:
            return self._make_client(profile, key, self._options, password)
        from chatdesk.services.http_client import ChatClient

        return ChatClient.for_profile(profile, key, self._options, proxy_password=password)

    def _proxy_password(self, profile: Profile, typed: str) -> Callable[[], str] | None:
        """The proxy's password: ``typed``, else read from the keyring (the client calls this
        off the UI thread)."""
        net, keystore = profile.network, self._keystore
        if not (net.proxy and net.proxy_user):
            return None
        if typed:
            return lambda: typed
        return lambda: keystore.lookup(proxy_secret_id(net.proxy)).key
