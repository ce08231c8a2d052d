"""One server of mcp.json: its fields, how an entry is read, and what makes it unusable.

``parse_entry`` never raises: a malformed entry comes back with ``problem`` set, naming the
entry and what is wrong with it, and is not started. ``config`` reads and writes whole files.
"""

from __future__ import annotations

import enum
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from chatdesk.core.i18n import tr
from chatdesk.core.settings import is_loopback_host

DEFAULT_TIMEOUT = 60.0
"""Seconds a tool call may take unless the entry's ``timeout`` says otherwise."""
MAX_TIMEOUT = 24 * 3600.0
SECRET_KEY = "keyring"
"""An env or header value ``{"keyring": "<name>"}`` is kept in the OS keyring."""

_TYPES = {
    "stdio": "stdio",
    "http": "http",
    "streamable-http": "streamable-http",
    "streamablehttp": "streamable-http",
    "streamable_http": "streamable-http",
    "sse": "sse",
}
_KNOWN = {"command", "args", "env", "cwd", "url", "serverUrl", "headers", "type"}
_KNOWN |= {"disabled", "timeout", "alwaysAllow"}


class McpConfigError(Exception):
    """mcp.json cannot be used or changed as asked; the message says why, in a user's words."""


class TransportKind(enum.Enum):
    STDIO = "stdio"
    HTTP = "http"
    """Streamable HTTP, falling back to SSE for older servers (no ``type``, or ``"http"``)."""
    STREAMABLE_HTTP = "streamable-http"
    """Streamable HTTP only."""
    SSE = "sse"
    """The older HTTP+SSE transport only."""


@dataclass(frozen=True)
class SecretRef:
    """A value kept in the OS keyring; mcp.json holds ``{"keyring": ref}``."""

    ref: str

    def to_json(self) -> dict[str, str]:
        return {SECRET_KEY: self.ref}


Value = str | SecretRef


@dataclass(frozen=True)
class ServerEntry:
    name: str
    transport: TransportKind = TransportKind.STDIO
    command: str = ""
    args: tuple[str, ...] = ()
    env: Mapping[str, Value] = field(default_factory=dict)
    cwd: str = ""
    url: str = ""
    headers: Mapping[str, Value] = field(default_factory=dict)
    disabled: bool = False
    timeout: float = DEFAULT_TIMEOUT
    always_allow: tuple[str, ...] = ()
    problem: str = ""
    """Why this entry cannot be used, naming it; empty when it is fine."""
    type_name: str = ""
    """The entry's ``type`` as written (kept when the entry is written back)."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Keys chatdesk does not use (VS Code's ``envFile``, comments…), kept on writing."""

    @property
    def is_remote(self) -> bool:
        return self.transport is not TransportKind.STDIO

    def launch_key(self) -> tuple[Any, ...]:
        """What the running server depends on: when it changes, the server is restarted
        (``alwaysAllow`` and ``timeout`` apply without a restart)."""
        return (
            self.transport,
            self.command,
            self.args,
            tuple(sorted(self.env.items(), key=lambda kv: kv[0])),
            self.cwd,
            self.url,
            tuple(sorted(self.headers.items(), key=lambda kv: kv[0])),
            self.problem,
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        type_name = self.type_name
        if not type_name and self.transport in (TransportKind.SSE, TransportKind.STREAMABLE_HTTP):
            type_name = self.transport.value
        if type_name:
            out["type"] = type_name
        if self.is_remote:
            out["url"] = self.url
            if self.headers:
                out["headers"] = _values_json(self.headers)
        else:
            out["command"] = self.command
            if self.args:
                out["args"] = list(self.args)
            if self.env:
                out["env"] = _values_json(self.env)
            if self.cwd:
                out["cwd"] = self.cwd
        if self.disabled:
            out["disabled"] = True
        if self.timeout != DEFAULT_TIMEOUT:
            seconds = float(self.timeout)
            out["timeout"] = int(seconds) if seconds.is_integer() else seconds
        if self.always_allow:
            out["alwaysAllow"] = list(self.always_allow)
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out


def _values_json(values: Mapping[str, Value]) -> dict[str, Any]:
    return {k: v.to_json() if isinstance(v, SecretRef) else v for k, v in values.items()}


class _EntryError(Exception):
    pass


def parse_entry(name: str, raw: Any) -> ServerEntry:
    """One entry; never raises: a malformed one has ``problem`` set and is not started."""
    try:
        return _entry(name, raw)
    except _EntryError as exc:
        disabled = isinstance(raw, dict) and raw.get("disabled") is True
        return ServerEntry(name, problem=entry_problem(name, str(exc)), disabled=disabled)


def entry_problem(name: str, reason: str) -> str:
    """What is wrong with the entry ``name``, naming it."""
    return tr('Server "{name}": {problem}').format(name=name, problem=reason)


def _entry(name: str, raw: Any) -> ServerEntry:
    if not name.strip():
        raise _EntryError(tr("a server needs a name"))
    if not isinstance(raw, dict):
        raise _EntryError(tr("must be an object with a command or a url"))
    type_name = raw.get("type", "")
    if not isinstance(type_name, str) or (type_name and type_name.lower() not in _TYPES):
        raise _EntryError(tr('"type" must be "stdio", "http", "streamable-http" or "sse"'))
    url = raw.get("url", raw.get("serverUrl"))
    command = raw.get("command")
    if url is not None and command is not None:
        raise _EntryError(tr('has both a "command" and a "url": keep one'))
    common: dict[str, Any] = {
        "disabled": _flag(raw, "disabled"),
        "timeout": _timeout(raw),
        "always_allow": _strings(raw, "alwaysAllow"),
        "type_name": type_name,
        "extra": {k: v for k, v in raw.items() if k not in _KNOWN},
    }
    if url is not None:
        if not isinstance(url, str) or not url.strip():
            raise _EntryError(tr('"url" must be a web address'))
        problem = url_problem(url.strip())
        if problem:
            raise _EntryError(problem)
        kind = _TYPES.get(type_name.lower(), "http")
        if kind == "stdio":
            raise _EntryError(tr('has "type": "stdio" but a "url"; use "http" or remove "type"'))
        headers = _values(raw, "headers")
        return ServerEntry(name, TransportKind(kind), url=url.strip(), headers=headers, **common)
    if not isinstance(command, str) or not command.strip():
        raise _EntryError(tr('needs a "command" (a local server) or a "url" (a remote one)'))
    if type_name and _TYPES[type_name.lower()] != "stdio":
        raise _EntryError(tr('has "type": "{type}" but no "url"').format(type=type_name))
    cwd = raw.get("cwd", "")
    if not isinstance(cwd, str):
        raise _EntryError(tr('"cwd" must be a folder path'))
    return ServerEntry(
        name,
        TransportKind.STDIO,
        command=command.strip(),
        args=_strings(raw, "args"),
        env=_values(raw, "env"),
        cwd=os.path.expanduser(cwd) if cwd else "",
        **common,
    )


def url_problem(url: str) -> str:
    """What is wrong with a remote server's address: https only, except to this machine."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return tr('"url" must start with https:// (got "{url}")').format(url=url[:80])
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return tr("must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)")
    return ""


def _flag(raw: dict[str, Any], key: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise _EntryError(tr('"{key}" must be true or false').format(key=key))
    return value


def _timeout(raw: dict[str, Any]) -> float:
    value = raw.get("timeout", DEFAULT_TIMEOUT)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _EntryError(tr('"timeout" must be a number of seconds'))
    if not 0 < value <= MAX_TIMEOUT:
        raise _EntryError(
            tr('"timeout" must be more than 0 and at most %Ln second(s)', "", round(MAX_TIMEOUT))
        )
    return float(value)


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise _EntryError(tr('"{key}" must be a list of strings').format(key=key))
    out: list[str] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise _EntryError(tr('"{key}" must be a list of strings').format(key=key))
        out.append(str(item))
    return tuple(out)


def _values(raw: dict[str, Any], key: str) -> dict[str, Value]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise _EntryError(tr('"{key}" must be an object of names and values').format(key=key))
    out: dict[str, Value] = {}
    for name, item in value.items():
        if isinstance(item, str):
            out[name] = item
        elif isinstance(item, int | float) and not isinstance(item, bool):
            out[name] = str(item)  # Claude Desktop files sometimes carry numbers
        elif (
            isinstance(item, dict)
            and set(item) == {SECRET_KEY}
            and isinstance(item[SECRET_KEY], str)
            and item[SECRET_KEY]
        ):
            out[name] = SecretRef(item[SECRET_KEY])
        else:
            raise _EntryError(
                tr('{key} "{name}" must be a string or {{"keyring": "<name>"}}').format(
                    key=key, name=name
                )
            )
    return out
