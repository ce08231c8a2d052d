"""mcp.json: the files users already have, malformed ones, and writing back."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from chatdesk.services.mcp import config
from chatdesk.services.mcp.config import (
    DEFAULT_TIMEOUT,
    McpConfigError,
    SecretRef,
    ServerEntry,
    TransportKind,
)
from chatdesk.services.paths import AppPaths

CLAUDE_DESKTOP = {
    "mcpServers": {
        "filesystem": {
            "command": "npx",
            "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"],
        },
        "github": {
            "command": "docker",
            "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/x"],
            "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_abc", "PORT": 8080},
        },
    },
    "globalShortcut": "Ctrl+Space",
}


def write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_claude_desktop_file_is_read_unchanged(tmp_path: Path) -> None:
    loaded = config.load(write(tmp_path / "mcp.json", CLAUDE_DESKTOP))
    assert loaded.problem == ""
    fs, gh = loaded.servers
    assert fs == ServerEntry(
        "filesystem",
        TransportKind.STDIO,
        command="npx",
        args=("-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"),
    )
    assert gh.env == {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_abc", "PORT": "8080"}
    assert (gh.timeout, gh.disabled, gh.always_allow) == (DEFAULT_TIMEOUT, False, ())


def test_remote_entries_of_cursor_vs_code_and_windsurf(tmp_path: Path) -> None:
    doc = {
        "inputs": [{"id": "token", "type": "promptString"}],
        "servers": {  # VS Code's key
            "cursor": {"url": "https://mcp.example.com/mcp", "headers": {"X-Key": "k"}},
            "vscode": {"type": "http", "url": "https://api.example.com/mcp"},
            "legacy": {"type": "sse", "url": "https://old.example.com/sse"},
            "strict": {"type": "streamable-http", "url": "https://new.example.com/mcp"},
            "windsurf": {"serverUrl": "https://w.example.com/mcp"},
            "local": {"url": "http://localhost:8000/mcp"},
            "stdio": {"type": "stdio", "command": "uvx", "args": ["mcp-server-time"]},
        },
    }
    loaded = config.load(write(tmp_path / "mcp.json", doc))
    kinds = {s.name: (s.transport, s.url) for s in loaded.servers}
    assert kinds == {
        "cursor": (TransportKind.HTTP, "https://mcp.example.com/mcp"),
        "vscode": (TransportKind.HTTP, "https://api.example.com/mcp"),
        "legacy": (TransportKind.SSE, "https://old.example.com/sse"),
        "strict": (TransportKind.STREAMABLE_HTTP, "https://new.example.com/mcp"),
        "windsurf": (TransportKind.HTTP, "https://w.example.com/mcp"),
        "local": (TransportKind.HTTP, "http://localhost:8000/mcp"),
        "stdio": (TransportKind.STDIO, ""),
    }
    cursor = loaded.get("cursor")
    assert cursor is not None and cursor.headers == {"X-Key": "k"}


def test_chatdesk_keys_and_keyring_references(tmp_path: Path) -> None:
    doc = {
        "mcpServers": {
            "s": {
                "command": "srv",
                "env": {"TOKEN": {"keyring": "mcp:s:env:TOKEN"}},
                "disabled": True,
                "timeout": 5,
                "alwaysAllow": ["read", "list"],
            }
        }
    }
    (entry,) = config.load(write(tmp_path / "mcp.json", doc)).servers
    assert entry.env == {"TOKEN": SecretRef("mcp:s:env:TOKEN")}
    assert (entry.disabled, entry.timeout, entry.always_allow) == (True, 5.0, ("read", "list"))
    assert entry.to_json() == doc["mcpServers"]["s"]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("not an object", "must be an object with a command or a url"),
        ({}, 'needs a "command" (a local server) or a "url" (a remote one)'),
        ({"command": "a", "url": "https://x"}, 'has both a "command" and a "url": keep one'),
        ({"command": "a", "args": "b"}, '"args" must be a list of strings'),
        ({"command": "a", "env": {"K": {"secret": 1}}}, 'env "K" must be a string or {"keyring"'),
        ({"command": "a", "env": {"K": True}}, 'env "K" must be a string'),
        ({"command": "a", "timeout": "10"}, '"timeout" must be a number of seconds'),
        ({"command": "a", "timeout": -1}, '"timeout" must be more than 0'),
        ({"command": "a", "disabled": "yes"}, '"disabled" must be true or false'),
        ({"command": "a", "type": "websocket"}, '"type" must be "stdio", "http"'),
        ({"command": "a", "type": "sse"}, 'has "type": "sse" but no "url"'),
        ({"url": "http://mcp.example.com/mcp"}, "must use https://"),
        ({"url": "http://127.attacker.example/mcp"}, "must use https://"),
        ({"url": "ws://localhost/mcp"}, '"url" must start with https://'),
        ({"url": "https://x", "headers": ["a"]}, '"headers" must be an object'),
    ],
)
def test_a_malformed_entry_names_itself_and_the_others_still_work(
    tmp_path: Path, raw: object, problem: str
) -> None:
    doc = {"mcpServers": {"good": {"command": "ok"}, "broken": raw}}
    loaded = config.load(write(tmp_path / "mcp.json", doc))
    good, broken = loaded.servers
    assert good.problem == ""
    assert broken.problem.startswith(f'Server "broken": {problem}')


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{ nope", "mcp.json is not valid JSON: Expecting property name"),
        ("[1, 2]", 'mcp.json must be a JSON object with an "mcpServers" object in it'),
        ('{"mcpServers": []}', '"mcpServers" in mcp.json must be an object of servers by name'),
    ],
)
def test_a_malformed_file_is_one_clear_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(text, encoding="utf-8")
    loaded = config.load(path)
    assert loaded.servers == () and loaded.problem.startswith(problem)
    with pytest.raises(McpConfigError, match=r"mcp\.json"):
        config.put_server(path, ServerEntry("x", command="y"))
    assert path.read_text(encoding="utf-8") == text  # never overwritten


def test_missing_or_empty_file_is_no_servers(tmp_path: Path) -> None:
    assert config.load(tmp_path / "none.json") == config.McpConfig()
    assert config.load(write(tmp_path / "empty.json", {})) == config.McpConfig()


def test_the_file_is_in_chatdesks_config_folder(tmp_path: Path) -> None:
    assert (
        config.config_path(AppPaths(tmp_path / "c", tmp_path / "d")) == tmp_path / "c" / "mcp.json"
    )


def test_writing_keeps_what_chatdesk_does_not_know_atomically_and_privately(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path / "mcp.json",
        CLAUDE_DESKTOP
        | {
            "mcpServers": {
                "a": {"command": "a", "envFile": "${workspaceFolder}/.env"},
                "b": {"command": "b"},
                "c": {"command": "c"},
            }
        },
    )
    entry = config.load(path).get("b")
    assert entry is not None
    config.put_server(path, ServerEntry("b2", command="bb", args=("--x",), timeout=30), "b")
    config.put_server(
        path, ServerEntry("d", transport=TransportKind.SSE, url="https://d.example/sse")
    )
    config.set_disabled(path, "a", True)
    config.set_always_allow(path, "c", "read")
    config.set_always_allow(path, "c", "write")
    config.set_always_allow(path, "c", "read", allow=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["globalShortcut"] == "Ctrl+Space"
    assert doc["mcpServers"] == {
        "a": {"command": "a", "envFile": "${workspaceFolder}/.env", "disabled": True},
        "b2": {"command": "bb", "args": ["--x"], "timeout": 30},
        "c": {"command": "c", "alwaysAllow": ["write"]},
        "d": {"type": "sse", "url": "https://d.example/sse"},
    }
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["mcp.json"]  # no temporary file left
    kept = config.load(path).get("a")
    assert kept is not None and kept.extra == {"envFile": "${workspaceFolder}/.env"}

    with pytest.raises(McpConfigError, match='already a server called "c"'):
        config.put_server(path, ServerEntry("c", command="x"), "d")
    with pytest.raises(McpConfigError, match='no server called "zz"'):
        config.set_disabled(path, "zz", True)
    config.remove_server(path, "a")
    config.set_disabled(path, "c", False)
    assert list(json.loads(path.read_text(encoding="utf-8"))["mcpServers"]) == ["b2", "c", "d"]


def test_a_vs_code_file_is_written_back_under_its_own_key(tmp_path: Path) -> None:
    path = write(tmp_path / "mcp.json", {"servers": {"x": {"type": "http", "url": "https://x"}}})
    config.set_always_allow(path, "x", "t")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc == {"servers": {"x": {"type": "http", "url": "https://x", "alwaysAllow": ["t"]}}}


def test_a_new_file_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "mcp.json"
    config.put_server(path, ServerEntry("t", command="mcp-server-time"))
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "mcpServers": {"t": {"command": "mcp-server-time"}}
    }
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_launch_key_ignores_what_applies_without_a_restart() -> None:
    entry = ServerEntry("s", command="x", env={"A": "1"})
    same = ServerEntry("s", command="x", env={"A": "1"}, timeout=9, always_allow=("t",))
    assert entry.launch_key() == same.launch_key()
    assert entry.launch_key() != ServerEntry("s", command="x", env={"A": "2"}).launch_key()
