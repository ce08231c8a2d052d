"""The only module that touches the OS keyring.

Secrets are stored under the service name ``chatdesk``, one entry per server profile:
the entry's user name is the profile's ``key_id`` (``Profile.key_id``), so a key typed
for one server is never sent to another. New profiles use ``profile:<id>``; the first
profile keeps its base URL, the name keys had before profiles existed. A proxy's password
is an entry of its own (``proxy_secret_id``). ``keyring`` is imported on first use: it is
slow to import and start-up must not pay for it.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from chatdesk.core.i18n import tr
from chatdesk.core.settings import normalize_base_url

SERVICE = "chatdesk"

log = logging.getLogger(__name__)


class KeyringUnavailable(Exception):
    """No usable keyring: none installed, locked, or it refused. Never fall back to a file."""


@dataclass(frozen=True)
class KeyLookup:
    key: str
    """The stored key, or an empty string."""
    available: bool
    """False when the keyring could not be used at all."""
    problem: str = ""
    """Why the keyring is unavailable, in words a user can act on."""


def _describe(exc: BaseException) -> str:
    name = type(exc).__name__
    if name == "NoKeyringError":
        return tr(
            "This system has no keyring service (such as GNOME Keyring or KWallet) running. "
            "Your key can be used for this session only; it will not be saved."
        )
    if name == "KeyringLocked":
        return tr("The system keyring is locked. Unlock it, or use the key for this session only.")
    return tr(
        "The system keyring refused the request ({error}). "
        "Your key can be used for this session only; it will not be saved."
    ).format(error=name)


class KeyStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def lookup(self, key_id: str) -> KeyLookup:
        try:
            import keyring

            key = keyring.get_password(self.service, normalize_base_url(key_id))
        except Exception as exc:  # noqa: BLE001 - any backend failure means "unavailable"
            log.warning("keyring unavailable: %s", type(exc).__name__)
            return KeyLookup("", False, _describe(exc))
        return KeyLookup(key or "", True)

    def store(self, key_id: str, key: str) -> None:
        """Save ``key`` as the entry ``key_id``; an empty key deletes the entry."""
        try:
            import keyring
            import keyring.errors

            user = normalize_base_url(key_id)  # the first profile's id is a base URL
            if key:
                keyring.set_password(self.service, user, key)
            else:
                with contextlib.suppress(keyring.errors.PasswordDeleteError):
                    keyring.delete_password(self.service, user)
        except Exception as exc:  # noqa: BLE001 - reported as one clear error
            log.warning("keyring store failed: %s", type(exc).__name__)
            raise KeyringUnavailable(_describe(exc)) from None

    def delete(self, key_id: str) -> None:
        self.store(key_id, "")

    def secret(self, key_id: str) -> str:
        """The value stored as ``key_id`` (empty when there is none), for callers that need it
        or a clear failure: raises ``KeyringUnavailable`` when the keyring cannot be used.
        MCP servers' secret env and header values are read this way (``mcp:<server>:…``)."""
        found = self.lookup(key_id)
        if not found.available:
            raise KeyringUnavailable(found.problem)
        return found.key
