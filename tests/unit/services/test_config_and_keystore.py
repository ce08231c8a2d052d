"""Settings file and keystore behaviour, without Qt."""

from __future__ import annotations

import json
from pathlib import Path

import keyring

from chatdesk.core.settings import Settings
from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import SERVICE, KeyringUnavailable, KeyStore
from tests.support.memory_keyring import MemoryKeyring, NoKeyring


def test_settings_round_trip_and_no_leftover_temp_files(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "cfg" / "settings.json")
    assert store.load() == Settings().synced()
    settings = Settings(base_url="http://localhost:11434/v1", model="llama3", stream=False)
    store.save(settings)
    store.save_geometry(b"\x01\x02geometry")
    assert store.load() == settings.synced()
    assert store.load_geometry() == b"\x01\x02geometry"
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]


def test_corrupt_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert ConfigStore(path).load() == Settings().synced()
    path.write_text(json.dumps({"window_geometry": "!!!not base64"}))
    assert ConfigStore(path).load_geometry() is None


def test_keys_are_per_server_under_the_chatdesk_service(memory_keyring: MemoryKeyring) -> None:
    store = KeyStore()
    store.store("https://api.openai.com/v1/", "fake-openai")
    store.store("http://localhost:8080/v1", "fake-local")
    assert memory_keyring.entries == {
        (SERVICE, "https://api.openai.com/v1"): "fake-openai",
        (SERVICE, "http://localhost:8080/v1"): "fake-local",
    }
    assert store.lookup("https://api.openai.com/v1").key == "fake-openai"
    store.delete("http://localhost:8080/v1")
    store.delete("http://localhost:8080/v1")  # deleting twice is not an error
    assert store.lookup("http://localhost:8080/v1").key == ""


def test_no_keyring_is_reported_not_hidden() -> None:
    keyring.set_keyring(NoKeyring())
    lookup = KeyStore().lookup("https://api.openai.com/v1")
    assert not lookup.available and "session only" in lookup.problem
    try:
        KeyStore().store("https://api.openai.com/v1", "fake-x")
    except KeyringUnavailable as exc:
        assert "fake-x" not in str(exc)
    else:
        raise AssertionError("storing without a keyring must fail loudly")
