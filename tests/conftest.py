"""Shared fixtures. Qt must be told to run headless before anything imports it."""

from __future__ import annotations

import os

# The README's test command runs the GUI tests on a real X server (xcb under Xvfb); a quick
# local run without a display falls back to offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from devkit.fake_server import FakeOpenAI
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own CHATDESK_HOME and no key or base URL from the environment."""
    home = tmp_path / "chatdesk-home"
    monkeypatch.setenv("CHATDESK_HOME", str(home))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring backend; the real Secret Service has its own test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as srv:
        yield srv
