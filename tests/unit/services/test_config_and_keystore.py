"""Settings file and keystore behaviour, without Qt."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import keyring

from chatdesk.core.pricing import Price
from chatdesk.core.settings import LEGACY_KEYS, NetworkSettings, Prefs, Profile, Settings
from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import SERVICE, KeyringUnavailable, KeyStore
from tests.support.memory_keyring import MemoryKeyring, NoKeyring


def test_settings_round_trip_and_no_leftover_temp_files(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "cfg" / "settings.json")
    assert store.load() == Settings()
    assert not store.path.exists()  # nothing to migrate: loading writes nothing
    settings = Settings().with_active(base_url="http://localhost:11434/v1", model="llama3")
    settings = settings.with_prefs(stream=False)
    store.save(settings)
    store.save_geometry(b"\x01\x02geometry")
    assert store.load() == settings
    assert store.load_geometry() == b"\x01\x02geometry"
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]


def test_an_old_settings_file_migrates_once_into_its_profiles(tmp_path: Path) -> None:
    """Version 1 kept the active server's fields at the top level and the key hints as
    sets of keyring entries; each now lands in its profile, and the file is rewritten."""
    path = tmp_path / "settings.json"
    old = {
        "base_url": "https://llm.example/v1/",
        "model": "big-model",
        "api_style": "azure",
        "api_version": "2024-10-21",
        "proxy": "socks5h://proxy.example:1080",
        "proxy_user": "alice",
        "ca_bundle": "/etc/ca.pem",
        "verify_tls": False,
        "system_prompt": "Be brief",
        "stream": False,
        "theme": "dark",
        "stop": ["USER:"],
        "context_lengths": {"big-model": 8000},
        "prices": {"big-model": [1, 2]},
        "presets": {"Terse": {"system_prompt": "Short.", "params": {}}},
        "keyless_servers": ["http://localhost:11434/v1"],
        "keyring_servers": ["https://llm.example/v1"],
        "profiles": [
            # The active profile's own fields were stale: the top level won.
            {"id": "work", "name": "Work", "key_id": "https://llm.example/v1",
             "base_url": "https://stale.example/v1", "model": "stale"},
            {"id": "home", "name": "Home", "key_id": "http://localhost:11434/v1",
             "base_url": "http://localhost:11434/v1", "model": "llama3.2",
             "proxy": "http://home-proxy:3128", "verify_tls": True},
        ],
        "active_profile": "work",
        "window_geometry": "AQI=",
    }  # fmt: skip
    path.write_text(json.dumps(old))
    store = ConfigStore(path)
    settings = store.load()

    work = Profile(
        "work",
        "Work",
        "https://llm.example/v1",
        base_url="https://llm.example/v1",
        model="big-model",
        api_style="azure",
        api_version="2024-10-21",
        network=NetworkSettings("socks5h://proxy.example:1080", "alice", "/etc/ca.pem", False),
        needs_key=True,
        has_saved_key=True,
    )
    home = Profile(
        "home",
        "Home",
        "http://localhost:11434/v1",
        base_url="http://localhost:11434/v1",
        model="llama3.2",
        network=NetworkSettings(proxy="http://home-proxy:3128"),
        needs_key=False,
        has_saved_key=False,
    )
    assert settings.profiles == (work, home)
    assert settings.active is settings.profiles[0]
    assert settings.prefs == Prefs(
        system_prompt="Be brief",
        stream=False,
        stop=("USER:",),
        prices={"big-model": Price(1.0, 2.0)},
        context_lengths={"big-model": 8000},
        presets={"Terse": {"system_prompt": "Short.", "params": {}}},
        theme="dark",
    )

    # Migrated once: the file is in the new shape already, the old keys are gone, the
    # window's geometry is kept.
    data = json.loads(path.read_text())
    assert data["version"] == 2
    assert not set(LEGACY_KEYS) & set(data)
    assert store.load_geometry() == b"\x01\x02"
    assert store.load() == settings
    store.save(settings.with_profile("home", model="qwen"))
    again = store.load()
    assert again.find("home") == replace(home, model="qwen")
    assert again.active == work and again.prefs == settings.prefs


def test_a_file_from_before_profiles_makes_the_first_profile(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"base_url": "http://127.0.0.1:8080/v1", "model": "m",
                                "keyless_servers": ["http://127.0.0.1:8080/v1"]}))  # fmt: skip
    (first,) = ConfigStore(path).load().profiles
    # Keys saved before profiles existed are under the base URL: the profile keeps it.
    assert first == Profile(
        "default",
        "Default",
        "http://127.0.0.1:8080/v1",
        base_url="http://127.0.0.1:8080/v1",
        model="m",
        needs_key=False,
    )


def test_corrupt_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert ConfigStore(path).load() == Settings()
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
