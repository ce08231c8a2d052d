"""Secret env and header values: in the OS keyring, with only a reference in mcp.json.

A value the user marks as secret is stored through ``KeyStore`` (service ``chatdesk``) under
``mcp:<server>:env:<NAME>`` or ``mcp:<server>:headers:<Name>``, and the file gets
``{"keyring": "mcp:<server>:env:<NAME>"}`` in its place. The hub resolves references when it
starts a server, on its own thread (the keyring can be slow). A reference written by hand
may name any entry.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from chatdesk.core.i18n import tr
from chatdesk.services.keystore import KeyringUnavailable, KeyStore
from chatdesk.services.mcp.config import (
    McpConfigError,
    SecretRef,
    ServerEntry,
    Value,
    load,
    update_servers,
)


class SecretPlace(enum.Enum):
    ENV = "env"
    HEADERS = "headers"


class MissingSecret(Exception):
    """A referenced secret cannot be read: not in the keyring, or the keyring is unusable."""


def secret_ref(server: str, place: SecretPlace, key: str) -> str:
    return f"mcp:{server}:{place.value}:{key}"


def resolve(values: Mapping[str, Value], secret: Callable[[str], str]) -> dict[str, str]:
    """``values`` with every reference replaced by the secret it names.

    Raises ``MissingSecret`` naming the value (never the secret)."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if not isinstance(value, SecretRef):
            out[key] = value
            continue
        try:
            found = secret(value.ref)
        except KeyringUnavailable as exc:
            first = str(exc).split(". ")[0].rstrip(".")
            raise MissingSecret(
                tr('"{name}" is kept in the system keyring, but: {problem}').format(
                    name=key, problem=first
                )
            ) from None
        if not found:
            raise MissingSecret(
                tr(
                    '"{name}" should be in the system keyring (as {entry}) but is not there; '
                    "enter it again in Settings > Tools"
                ).format(name=key, entry=value.ref)
            )
        out[key] = found
    return out


def references(entry: ServerEntry) -> list[str]:
    """The keyring entries ``entry`` refers to."""
    values = [*entry.env.values(), *entry.headers.values()]
    return [v.ref for v in values if isinstance(v, SecretRef)]


def store_secret(
    path: Path,
    server: str,
    place: SecretPlace,
    key: str,
    value: str,
    keystore: KeyStore | None = None,
) -> SecretRef:
    """Put ``value`` in the keyring and write a reference to it as ``server``'s env (or
    header) ``key`` in mcp.json. Raises ``KeyringUnavailable`` (nothing written to the file)
    or ``McpConfigError``. Call it off the UI thread: the keyring may take a while."""
    ref = keep_secret(server, place, key, value, keystore)

    def change(servers: dict[str, Any]) -> None:
        raw = servers.get(server)
        if not isinstance(raw, dict):
            raise McpConfigError(
                tr('There is no server called "{name}" in mcp.json').format(name=server)
            )
        values = raw.get(place.value, {})
        if not isinstance(values, dict):
            raise McpConfigError(
                tr('Server "{name}": "{key}" must be an object').format(
                    name=server, key=place.value
                )
            )
        servers[server] = {**raw, place.value: {**values, key: ref.to_json()}}

    update_servers(path, change)
    return ref


def keep_secret(
    server: str, place: SecretPlace, key: str, value: str, keystore: KeyStore | None = None
) -> SecretRef:
    """Put ``value`` in the keyring only, and return the reference to write (``with_secret``).
    Raises ``KeyringUnavailable``."""
    ref = SecretRef(secret_ref(server, place, key))
    (keystore or KeyStore()).store(ref.ref, value)
    return ref


def with_secret(entry: ServerEntry, place: SecretPlace, key: str, ref: SecretRef) -> ServerEntry:
    """``entry`` with ``key`` referring to ``ref`` (for a UI that edits an entry before saving
    it whole with ``config.put_server``)."""
    if place is SecretPlace.ENV:
        return replace(entry, env={**entry.env, key: ref})
    return replace(entry, headers={**entry.headers, key: ref})


def forget_unreferenced(path: Path, entry: ServerEntry, keystore: KeyStore | None = None) -> None:
    """Delete the keyring entries ``entry`` referred to that chatdesk made (``mcp:…``, under
    this or an earlier name) and that no server in ``path`` refers to now (after the server
    was removed, renamed or edited). A reference written by hand to some other entry, or one
    still shared, is left alone. Raises ``KeyringUnavailable``."""
    still = {ref for server in load(path).servers for ref in references(server)}
    store = keystore or KeyStore()
    for ref in references(entry):
        if ref.startswith("mcp:") and ref not in still:
            store.delete(ref)
