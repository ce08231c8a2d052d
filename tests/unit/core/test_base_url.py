"""Base URLs: credentials are refused or dropped, and "this machine" means a loopback address."""

from __future__ import annotations

import json

import pytest

from chatdesk.core.settings import Settings, is_unencrypted_remote, validate_base_url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.attacker.example/v1",
        "http://127.0.0.1.attacker.example/v1",
        "http://localhost.attacker.example/v1",
        "http://attacker.localhost/v1",
        "http://[::2]/v1",
        "http://10.0.0.1/v1",
    ],
)
def test_a_name_that_only_looks_local_is_flagged_as_unencrypted(url: str) -> None:
    assert is_unencrypted_remote(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1",
        "http://127.5.6.7/v1",
        "http://[::1]:8080/v1",
        "http://[::ffff:127.0.0.1]/v1",
        "http://localhost:11434/v1",
        "http://LOCALHOST/v1",
        "https://llm.example/v1",
    ],
)
def test_loopback_addresses_and_https_are_not_flagged(url: str) -> None:
    assert not is_unencrypted_remote(url)


@pytest.mark.parametrize(
    "url", ["https://alice:pw@llm.example/v1", "https://alice@llm.example/v1", "http://:pw@h/v1"]
)
def test_a_base_url_with_credentials_is_refused_with_what_to_do(url: str) -> None:
    problem = validate_base_url(url)
    assert problem is not None
    assert "API key" in problem
    assert "pw" not in problem and "alice" not in problem


def test_credentials_in_loaded_settings_and_profiles_are_dropped() -> None:
    data = {
        "base_url": "https://alice:fake-pw-1@llm.example/v1",
        "keyless_servers": ["http://carol:fake-pw-3@127.0.0.1:8080/v1"],
        "keyring_servers": ["https://alice:fake-pw-1@llm.example/v1"],
        "profiles": [
            {
                "id": "p",
                "name": "Lab",
                "key_id": "https://alice:fake-pw-1@llm.example/v1",
                "base_url": "https://bob:fake-pw-2@other.example:8443/v1",
            },
            {
                "id": "q",
                "name": "Other",
                "key_id": "profile:q",
                "base_url": "https://dave:fake-pw-5@third.example/v1",
            },
        ],
        "active_profile": "p",
    }
    settings = Settings.from_json(data)
    saved = json.dumps(settings.to_json())
    for secret in ("fake-pw-", "alice", "bob", "carol", "dave"):
        assert secret not in saved
    assert settings.active.base_url == "https://llm.example/v1"
    assert settings.active.key_id == "https://llm.example/v1"
    assert settings.active.has_saved_key  # its keyring hint, recorded with credentials
    assert settings.profiles[1].base_url == "https://third.example/v1"


def test_credentials_in_the_default_base_url_are_dropped() -> None:
    """``OPENAI_BASE_URL`` arrives as the default base URL."""
    settings = Settings.from_json({}, "https://u:fake-pw-4@llm.example/v1")
    assert settings.active.base_url == "https://llm.example/v1"
    assert "fake-pw-4" not in json.dumps(settings.to_json())
