"""Secret env and header values: kept in the keyring, referred to from mcp.json."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from chatdesk.services.keystore import SERVICE, KeyringUnavailable, KeyStore
from chatdesk.services.mcp import config
from chatdesk.services.mcp.config import SecretRef, ServerEntry, TransportKind
from chatdesk.services.mcp.secret_refs import (
    MissingSecret,
    SecretPlace,
    forget_unreferenced,
    keep_secret,
    references,
    resolve,
    store_secret,
    with_secret,
)
from tests.support.memory_keyring import MemoryKeyring, NoKeyring


def test_a_value_moves_to_the_keyring_and_the_file_keeps_a_reference(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(
        json.dumps({"mcpServers": {"gh": {"command": "x", "env": {"TOKEN": "ghp_1", "A": "b"}}}}),
        encoding="utf-8",
    )
    ref = store_secret(path, "gh", SecretPlace.ENV, "TOKEN", "ghp_1")
    assert ref == SecretRef("mcp:gh:env:TOKEN")
    assert memory_keyring.entries == {(SERVICE, "mcp:gh:env:TOKEN"): "ghp_1"}
    text = path.read_text(encoding="utf-8")
    assert "ghp_1" not in text
    assert json.loads(text)["mcpServers"]["gh"]["env"] == {
        "TOKEN": {"keyring": "mcp:gh:env:TOKEN"},
        "A": "b",
    }
    entry = config.load(path).get("gh")
    assert entry is not None
    assert resolve(entry.env, KeyStore().secret) == {"TOKEN": "ghp_1", "A": "b"}
    forget_unreferenced(path, entry)  # still in the file: kept
    assert memory_keyring.entries == {(SERVICE, "mcp:gh:env:TOKEN"): "ghp_1"}
    config.remove_server(path, "gh")
    forget_unreferenced(path, entry)
    assert memory_keyring.entries == {}


def test_a_removed_server_leaves_shared_and_hand_written_references_alone(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "mcp.json"
    shared = {"keyring": "mcp:a:env:TOKEN"}
    mine = {"keyring": "work-token"}
    path.write_text(
        json.dumps(
            {
                "mcpServers": {
                    "a": {"command": "x", "env": {"TOKEN": shared, "OWN": mine}},
                    "b": {"command": "y", "env": {"TOKEN": shared}},
                }
            }
        ),
        encoding="utf-8",
    )
    for ref in ("mcp:a:env:TOKEN", "work-token"):
        KeyStore().store(ref, "s3cret")
    entry = config.load(path).get("a")
    assert entry is not None
    config.remove_server(path, "a")
    forget_unreferenced(path, entry)
    assert set(memory_keyring.entries) == {(SERVICE, "mcp:a:env:TOKEN"), (SERVICE, "work-token")}
    still = config.load(path).get("b")
    assert still is not None
    config.remove_server(path, "b")
    forget_unreferenced(path, still)
    assert set(memory_keyring.entries) == {(SERVICE, "work-token")}


def test_headers_of_an_entry_being_edited(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "mcp.json"
    entry = ServerEntry("api", TransportKind.HTTP, url="https://api.example/mcp")
    ref = keep_secret("api", SecretPlace.HEADERS, "Authorization", "Bearer t0k")
    entry = with_secret(entry, SecretPlace.HEADERS, "Authorization", ref)
    config.put_server(path, entry)
    assert json.loads(path.read_text(encoding="utf-8"))["mcpServers"]["api"]["headers"] == {
        "Authorization": {"keyring": "mcp:api:headers:Authorization"}
    }
    assert references(entry) == ["mcp:api:headers:Authorization"]
    assert KeyStore().secret(ref.ref) == "Bearer t0k"


def test_without_a_keyring_nothing_is_written_and_resolving_says_why(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    original = json.dumps({"mcpServers": {"gh": {"command": "x", "env": {"TOKEN": "plain"}}}})
    path.write_text(original, encoding="utf-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(KeyringUnavailable):
            store_secret(path, "gh", SecretPlace.ENV, "TOKEN", "plain")
        assert path.read_text(encoding="utf-8") == original
        with pytest.raises(MissingSecret, match='"TOKEN" is kept in the system keyring, but'):
            resolve({"TOKEN": SecretRef("mcp:gh:env:TOKEN")}, KeyStore().secret)
    finally:
        keyring.set_keyring(previous)


def test_a_missing_secret_is_named_never_shown() -> None:
    with pytest.raises(MissingSecret) as caught:
        resolve({"TOKEN": SecretRef("mcp:gh:env:TOKEN"), "B": "visible"}, lambda ref: "")
    assert str(caught.value) == (
        '"TOKEN" should be in the system keyring (as mcp:gh:env:TOKEN) but is not there; '
        "enter it again in Settings > Tools"
    )


def test_storing_for_a_server_that_is_not_there_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    with pytest.raises(config.McpConfigError, match='no server called "gh"'):
        store_secret(path, "gh", SecretPlace.ENV, "TOKEN", "v")
