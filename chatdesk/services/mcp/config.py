"""mcp.json: the MCP servers, in the ``mcpServers`` shape of Claude Desktop, Cursor and VS Code.

A user can paste their existing file: stdio entries (``command``, ``args``, ``env``, ``cwd``)
and remote ones (``url``, ``headers``, optional ``type``: ``"http"``, ``"sse"``), under
``mcpServers`` (VS Code's ``servers`` works too). chatdesk adds three optional keys per entry:
``"disabled": true``, ``"timeout": seconds`` and ``"alwaysAllow": [tool names]``. An env or
header value may be ``{"keyring": "<name>"}``: the value itself is in the OS keyring
(``secret_refs.py``). One entry's fields and checks are in ``entries.py``.

Reading never raises for what is in the file: a malformed file gives ``McpConfig.problem``, a
malformed entry an entry with ``problem`` set. Changing the file (``put_server``,
``remove_server``, ``set_disabled``, ``set_always_allow``) reads it, edits its servers object
and writes it all back: keys chatdesk does not know stay, and so does the servers key. A file
that is not valid JSON is never overwritten (``McpConfigError``, saying why). Writes are
atomic (a temporary file renamed over it) and owner-only (0600): the file may hold tokens the
user did not move to the keyring.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chatdesk.core.i18n import tr
from chatdesk.services.mcp.entries import (
    DEFAULT_TIMEOUT,
    SECRET_KEY,
    McpConfigError,
    SecretRef,
    ServerEntry,
    TransportKind,
    Value,
    parse_entry,
    url_problem,
)
from chatdesk.services.paths import AppPaths, private_dir

__all__ = [
    "CONFIG_FILE_NAME",
    "DEFAULT_TIMEOUT",
    "SECRET_KEY",
    "McpConfig",
    "McpConfigError",
    "SecretRef",
    "ServerEntry",
    "TransportKind",
    "Value",
    "config_path",
    "load",
    "parse",
    "parse_entry",
    "put_server",
    "remove_server",
    "set_always_allow",
    "set_disabled",
    "url_problem",
]

CONFIG_FILE_NAME = "mcp.json"
SERVERS_KEYS = ("mcpServers", "servers")
"""Where the servers are: Claude Desktop's and Cursor's key, then VS Code's."""


def config_path(paths: AppPaths) -> Path:
    """mcp.json in chatdesk's config folder (``$CHATDESK_HOME/mcp.json`` when that is set)."""
    return paths.config_dir / CONFIG_FILE_NAME


@dataclass(frozen=True)
class McpConfig:
    servers: tuple[ServerEntry, ...] = ()
    problem: str = ""
    """Why the whole file could not be used (then ``servers`` is empty)."""

    def get(self, name: str) -> ServerEntry | None:
        return next((s for s in self.servers if s.name == name), None)


# -- reading -------------------------------------------------------------------------------


def load(path: Path) -> McpConfig:
    """The servers in ``path``; a missing file is an empty configuration."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return McpConfig()
    except (OSError, UnicodeDecodeError) as exc:
        return McpConfig(problem=_unreadable(path, exc))
    try:
        doc = json.loads(text) if text.strip() else {}
    except ValueError as exc:
        return McpConfig(problem=_not_json(path, exc))
    return parse(doc, path.name)


def parse(doc: Any, source: str = CONFIG_FILE_NAME) -> McpConfig:
    try:
        servers = servers_of(doc, source)
    except McpConfigError as exc:
        return McpConfig(problem=str(exc))
    return McpConfig(tuple(parse_entry(name, raw) for name, raw in servers.items()))


def servers_of(doc: Any, source: str) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise McpConfigError(
            tr('{file} must be a JSON object with an "mcpServers" object in it').format(file=source)
        )
    key = servers_key(doc)
    servers = doc.get(key, {})
    if not isinstance(servers, dict):
        raise McpConfigError(
            tr('"{key}" in {file} must be an object of servers by name').format(
                key=key, file=source
            )
        )
    return servers


def servers_key(doc: Mapping[str, Any]) -> str:
    return next((k for k in SERVERS_KEYS if k in doc), SERVERS_KEYS[0])


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _unreadable(path: Path, exc: BaseException) -> str:
    return tr("{file} could not be read: {reason}").format(file=path.name, reason=_reason(exc))


def _not_json(path: Path, exc: ValueError) -> str:
    return tr("{file} is not valid JSON: {reason}").format(file=path.name, reason=exc)


# -- writing -------------------------------------------------------------------------------


_write_lock = threading.Lock()


def read_document(path: Path) -> dict[str, Any]:
    """The whole file as JSON (a missing one is empty), to change and write back."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise McpConfigError(_unreadable(path, exc)) from None
    try:
        doc = json.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise McpConfigError(_not_json(path, exc)) from None
    servers_of(doc, path.name)
    return dict(doc)


def write_document(path: Path, doc: Mapping[str, Any]) -> None:
    """Write to a temporary file and rename: a crash never leaves half a file. Owner-only."""
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".mcp-", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update_servers(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Read mcp.json, let ``change`` edit its servers object in place, write it back."""
    with _write_lock:
        doc = read_document(path)
        key = servers_key(doc)
        servers = dict(doc.get(key, {}))
        change(servers)
        doc[key] = servers
        write_document(path, doc)


def put_server(path: Path, entry: ServerEntry, old_name: str | None = None) -> None:
    """Add ``entry`` or replace the one called ``old_name`` (or ``entry.name``), in place."""

    def change(servers: dict[str, Any]) -> None:
        previous = old_name or entry.name
        if entry.name != previous and entry.name in servers:
            raise McpConfigError(
                tr('There is already a server called "{name}"').format(name=entry.name)
            )
        items = list(servers.items())
        servers.clear()
        placed = False
        for name, raw in items:
            if name == previous:
                servers[entry.name] = entry.to_json()
                placed = True
            elif name != entry.name:
                servers[name] = raw
        if not placed:
            servers[entry.name] = entry.to_json()

    update_servers(path, change)


def remove_server(path: Path, name: str) -> None:
    update_servers(path, lambda servers: servers.pop(name, None))


def set_disabled(path: Path, name: str, disabled: bool) -> None:
    def change(servers: dict[str, Any]) -> None:
        raw = _raw_entry(servers, name)
        if disabled:
            raw["disabled"] = True
        else:
            raw.pop("disabled", None)

    update_servers(path, change)


def set_always_allow(path: Path, name: str, tool: str, allow: bool = True) -> None:
    """Remember (or forget) that ``tool`` of server ``name`` runs without asking."""

    def change(servers: dict[str, Any]) -> None:
        raw = _raw_entry(servers, name)
        tools = [t for t in raw.get("alwaysAllow", []) if t != tool]
        if allow:
            tools.append(tool)
        if tools:
            raw["alwaysAllow"] = tools
        else:
            raw.pop("alwaysAllow", None)

    update_servers(path, change)


def _raw_entry(servers: dict[str, Any], name: str) -> dict[str, Any]:
    raw = servers.get(name)
    if not isinstance(raw, dict):
        raise McpConfigError(tr('There is no server called "{name}" in mcp.json').format(name=name))
    raw = dict(raw)
    servers[name] = raw
    return raw
