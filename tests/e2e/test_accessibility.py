"""chatdesk as a screen reader meets it: its accessibility tree and events read over the
AT-SPI bus with pyatspi, from outside the app (the way Orca reads it), on a real X display
against the real model.

The reader (``atspi_reader.py``) runs in the system Python, which has ``python3-pyatspi``;
``scripts/setup.sh --dev`` installs it with ``at-spi2-core``.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import API_KEY, _missing
from tests.e2e.harness import ARTIFACTS, Desktop, RecordingProxy, desktop, start_atspi, stop
from tests.e2e.harness import wait_for as wait_until
from tests.e2e.test_desktop import last_reply, start_app

pytestmark = pytest.mark.e2e

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = os.environ.get("CHATDESK_E2E_ATSPI_PYTHON", "/usr/bin/python3")
QUESTION = "Hello! Who are you?"
APP = "chatdesk"


def _need_pyatspi() -> None:
    try:
        found = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60
        ).returncode
    except OSError:
        found = 1
    if found != 0:
        _missing(f"no pyatspi for {SYSTEM_PYTHON} (apt-get install python3-pyatspi at-spi2-core)")


def read_tree(desk: Desktop) -> dict[str, Any] | None:
    out = subprocess.run(
        [SYSTEM_PYTHON, str(READER), "tree", APP],
        env=desk.env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    try:
        return json.loads(out.stdout) if out.stdout.strip() else None
    except ValueError:
        return None


def nodes(tree: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    if tree is None:
        return
    yield tree
    for child in tree.get("children", []):
        yield from nodes(child)


def find(tree: dict[str, Any] | None, role: str, name: str | None = None) -> list[dict[str, Any]]:
    return [
        n
        for n in nodes(tree)
        if n["role"] == role and (name is None or n["name"] == name) and "showing" in n["states"]
    ]


class Listener:
    """The reader's ``listen`` mode: every event line, collected on a thread."""

    def __init__(self, desk: Desktop) -> None:
        self.events: list[dict[str, Any]] = []
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(READER), "listen", APP],
            env=desk.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        threading.Thread(target=self._read, daemon=True).start()
        wait_until(lambda: {"ready": True} in self.events, 30, "the AT-SPI listener")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                self.events.append(json.loads(line))
            except ValueError:
                continue

    def announcements(self) -> list[str]:
        return [e["data"] for e in self.events if e.get("type") == "object:announcement"]


def test_a_screen_reader_reads_the_messages_the_banner_and_the_controls(
    model_server: RecordingProxy,
    app_command: list[str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    _need_pyatspi()
    proxy = model_server
    artifacts = ARTIFACTS / request.node.name.replace("/", "_")
    with desktop(tmp_path, artifacts) as desk:
        start_atspi(desk)
        listener = Listener(desk)
        app = start_app(desk, app_command, proxy, OPENAI_API_KEY="fake-wrong-key")
        try:
            desk.main_window()
            # A wrong key: the banner comes up as an alert, the question goes back.
            desk.type(QUESTION)
            desk.key("Return")
            tree = wait_until(
                lambda: (t := read_tree(desk)) and find(t, "alert") and t, 60, "an alert"
            )
            desk.screenshot("banner-alert")

            def named(tree: dict[str, Any] | None) -> bool:
                return any(
                    "401" in a["name"] or "key" in a["name"].lower() for a in find(tree, "alert")
                )

            # Its name is its title, told through a NameChanged event: allow a reader the time
            # to hear it (once, under load, the first read found the fallback name "Notice").
            if not named(tree):
                tree = wait_until(
                    lambda: (t := read_tree(desk)) and named(t) and t, 20, "the alert's name"
                )
            assert find(tree, "text", "Message"), "the prompt has no name"
            assert find(tree, "push button", "Send"), "Send has no name"
            wait_until(
                lambda: any(
                    "Error:" in said and "401" in said for said in listener.announcements()
                ),
                20,
                "the error announcement",
            )

            # The settings dialog: its fields have names too.
            desk.key("ctrl+comma")
            desk.window("chatdesk settings")
            whole = read_tree(desk)
            (artifacts / "tree-settings.json").write_text(json.dumps(whole, indent=1))
            (dialog,) = [  # titled "chatdesk settings — chatdesk" by Qt
                n for n in find(whole, "dialog") if n["name"].startswith("chatdesk settings")
            ]
            fields = [
                n
                for n in nodes(dialog)
                if n["role"] in ("password text", "text", "spin button")
                and "showing" in n["states"]
            ]
            assert fields and all(f["name"] for f in fields), [f["name"] for f in fields]
            desk.key("ctrl+a")
            desk.type(API_KEY)
            desk.key("Return")
            desk.main_window()
            desk.key("Return")  # the question came back to the prompt: send it again
            reply = wait_until(
                lambda: (r := last_reply(desk)) and r[2] == "complete" and r,
                180,
                "a complete reply from the model",
            )
            finished = wait_until(
                lambda: [a for a in listener.announcements() if a.startswith("Reply finished")],
                20,
                "the reply's announcement",
            )
            assert len(finished) == 1, finished  # once, not per token
            tree = read_tree(desk)
            (artifacts / "tree.json").write_text(json.dumps(tree, indent=1))
            desk.screenshot("reply-read")
            (conversation,) = find(tree, "list", "Conversation")
            items = [c for c in conversation["children"] if c["role"] == "list item"]
            assert [i["name"] for i in items] == ["You", "Assistant"]
            assert items[0]["text"] == QUESTION
            assert items[1]["description"] == "complete"
            said = " ".join(reply[1].split())
            assert " ".join(items[1]["text"].split())[:40] == said[:40]
            assert {"Copy", "Edit", "Delete"} <= set(items[0]["actions"])

            desk.key("ctrl+q")
            assert app.wait(20) == 0
        finally:
            stop(app)
            stop(listener.proc)
