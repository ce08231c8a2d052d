"""A second launch from a desktop shortcut (``chatdesk --quick``) while chatdesk runs, from
source and from the bundle: it hands over to the running window and exits at once, and
the running window opens the quick-ask window. There must never be a second main window
(the bundle leaves QtNetwork out, so the single-instance socket may not need it).

No model is asked: devkit's FakeOpenAI stands in for the server the window talks to.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from chatdesk.services.logs import LOG_FILE
from chatdesk.services.paths import APP_NAME
from chatdesk.ui import handoff
from chatdesk.ui.quick_ask import TITLE as QUICK_ASK_TITLE
from devkit.fake_server import FakeOpenAI
from tests.e2e.conftest import API_KEY, _missing
from tests.e2e.harness import ARTIFACTS, Desktop, desktop, have_desktop_tools, stop, wait_for

pytestmark = pytest.mark.e2e


def _env(desk: Desktop, server: FakeOpenAI) -> dict[str, str]:
    return {
        **desk.env,
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": API_KEY,
        "QT_QPA_PLATFORM": "xcb",
    }


def _main_windows(desk: Desktop) -> list[str]:
    out = desk.xdotool("search", "--onlyvisible", "--name", f"^{APP_NAME}$", check=False)
    return out.splitlines()


def test_a_second_launch_with_quick_hands_over_to_the_running_window(
    app_command: list[str], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    missing = have_desktop_tools()
    if missing:
        _missing(f"end-to-end tools missing: {', '.join(missing)}")
    artifacts = ARTIFACTS / request.node.name.replace("/", "_")
    with FakeOpenAI() as server, desktop(tmp_path, artifacts) as desk:
        config = desk.home / ".config" / APP_NAME
        config.mkdir(parents=True, exist_ok=True)
        (config / "settings.json").write_text(json.dumps({"model": "test-model"}))
        data_dir = desk.home / ".local" / "share" / APP_NAME
        socket_file = handoff.socket_path(handoff.server_name(data_dir), _env(desk, server))
        log = (desk.artifacts / "app.log").open("ab")
        app = subprocess.Popen(
            app_command, env=_env(desk, server), stdout=log, stderr=log, cwd=str(desk.home)
        )
        try:
            desk.main_window()
            # It listens right after its first paint; from then on a launch is handed over.
            wait_for(socket_file.exists, 30, "the running window to listen")
            second = subprocess.run(
                [*app_command, "--quick"],
                env=_env(desk, server),
                capture_output=True,
                timeout=10,  # a second window would keep running: this fails then
                cwd=str(desk.home),
            )
            assert second.returncode == 0, second.stderr.decode(errors="replace")
            desk.window(QUICK_ASK_TITLE)
            desk.screenshot("second-launch")
            assert len(_main_windows(desk)) == 1
            assert app.poll() is None
            app_log = data_dir / "logs" / LOG_FILE
            wait_for(
                lambda: "a second launch handed over: --quick" in app_log.read_text("utf-8"),
                10,
                "the hand-over in the running window's log",
            )

            desk.main_window()  # no window manager: focus does not return by itself
            desk.key("ctrl+q")
            assert app.wait(20) == 0
            assert not socket_file.exists()  # removed on quitting
        finally:
            stop(app)
            log.close()
