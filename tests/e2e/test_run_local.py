"""``bash scripts/run.sh --local`` as a new user runs it: no key, a local model server
started and stopped with chatdesk. Driven with xdotool on Xvfb; the model server is the
one ``scripts/e2e-setup.sh`` built (.venv-server)."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import MODEL, SERVER_PYTHON, _missing
from tests.e2e.harness import ARTIFACTS, ROOT, desktop, have_desktop_tools, stop, wait_for

pytestmark = pytest.mark.e2e


def replies(history: Path) -> list[tuple[str, str]]:
    """(content, status) of every stored reply."""
    if not history.exists():
        return []
    try:
        db = sqlite3.connect(f"file:{history}?mode=ro", uri=True, timeout=5)
        rows = db.execute(
            "SELECT content, status FROM messages WHERE role = 'assistant' ORDER BY id"
        ).fetchall()
        db.close()
    except sqlite3.Error:
        return []
    return [(r[0], r[1]) for r in rows]


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_run_local_chats_without_a_key_and_stops_the_server_at_quit(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    missing = have_desktop_tools()
    if missing:
        _missing(f"end-to-end tools missing: {', '.join(missing)}")
    if not SERVER_PYTHON.exists() or not MODEL.exists():
        _missing(f"no model server: {SERVER_PYTHON} or {MODEL} is missing")
    artifacts = ARTIFACTS / request.node.name
    with desktop(tmp_path, artifacts) as desk:
        sandbox = desk.home / ".local" / "share" / "chatdesk-local"
        log = (artifacts / "run-local.log").open("ab")
        run = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run.sh"), "--local"],
            env={**desk.env, "QT_QPA_PLATFORM": "xcb"},
            stdout=log,
            stderr=log,
            cwd=str(desk.home),
        )
        port = 0
        try:
            desk.main_window(timeout=240)
            desk.screenshot("run-local-started")
            asked = desk.xdotool(
                "search", "--onlyvisible", "--name", "^chatdesk settings$", check=False
            )
            assert asked == "", "a key was asked for"
            settings = json.loads((sandbox / "settings.json").read_text())
            assert settings["active_profile"] == "local"
            local = next(p for p in settings["profiles"] if p["id"] == "local")
            assert local["name"] == "Local" and local["needs_key"] is False
            assert local["stop"] == ["USER:"]
            port = int(local["base_url"].rsplit(":", 1)[1].split("/")[0])
            assert answers(port)

            desk.type("Hello! Who are you?")
            desk.key("Return")
            done = wait_for(
                lambda: [r for r in replies(sandbox / "history.sqlite3") if r[1] == "complete"],
                120,
                "a complete reply from the local model",
            )
            assert done[0][0].strip()
            desk.screenshot("run-local-reply")
            assert not (desk.home / ".local" / "share" / "chatdesk").exists()  # a folder apart

            desk.key("ctrl+q")
            assert run.wait(60) == 0
            wait_for(lambda: not answers(port), 20, "the model server to stop")
        finally:
            stop(run)
            log.close()
