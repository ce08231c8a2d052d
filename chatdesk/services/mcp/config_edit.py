"""Changing mcp.json: a server added, replaced, removed, turned off, a tool always allowed.

Every change reads the file, edits its servers object and writes the whole file back:
keys chatdesk does not know stay as they were, and so does the servers key (``mcpServers``,
or VS Code's ``servers``). A file that is not valid JSON is never overwritten
(``McpConfigError``, saying why). Writes are atomic (a temporary file renamed over it) and
owner-only (0600): the file may hold tokens the user did not move to the keyring.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from chatdesk.services.mcp.config import (
    McpConfigError,
    ServerEntry,
    reason,
    servers_key,
    servers_of,
)
from chatdesk.services.paths import private_dir

_write_lock = threading.Lock()


def read_document(path: Path) -> dict[str, Any]:
    """The whole file as JSON (a missing one is empty), to change and write back."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise McpConfigError(f"{path.name} could not be read: {reason(exc)}") from None
    try:
        doc = json.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise McpConfigError(f"{path.name} is not valid JSON: {exc}") from None
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
            raise McpConfigError(f'There is already a server called "{entry.name}"')
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
        raise McpConfigError(f'There is no server called "{name}" in mcp.json')
    raw = dict(raw)
    servers[name] = raw
    return raw
