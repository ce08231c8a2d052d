"""Running the real chatdesk in a child process against a loopback server."""

from __future__ import annotations

import json
import os
from pathlib import Path

from devkit.fake_server import FakeOpenAI

ROOT = Path(__file__).resolve().parents[2]


def app_env(home: Path, server: FakeOpenAI, key: str, **extra: str) -> dict[str, str]:
    """The environment of a chatdesk whose data lives in ``home``, set up to talk to
    ``server`` with ``key`` (no key dialog opens)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(
        json.dumps({"base_url": server.base_url, "model": "test-model"})
    )
    return {
        **os.environ,
        "CHATDESK_HOME": str(home),
        "OPENAI_API_KEY": key,
        "PYTHONPATH": str(ROOT),
        **extra,
    }
