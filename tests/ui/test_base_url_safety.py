"""The settings dialog and start-up never use a base URL that would leak the key."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from devkit.fake_server import FakeOpenAI
from tests.ui.conftest import KEY, MakeWindow, opened_settings, send


def test_a_base_url_with_credentials_is_refused_in_the_dialog(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    window = make_window()
    dialog = opened_settings(qtbot, window)
    dialog.base_url_edit.setText(server.base_url.replace("http://", "http://alice:fake-url-pw@"))
    assert dialog.url_warning.isVisible() and "API key" in dialog.url_warning.text()
    dialog.test_button.click()
    assert "API key field" in dialog.result_label.text()
    dialog.buttons.buttons()[0].click()
    assert dialog.isVisible()
    assert "API key field" in dialog.result_label.text()
    dialog.reject()
    assert server.requests == []
    assert window.controller.settings.active.base_url == server.base_url
    assert "fake-url-pw" not in (isolated_env / "settings.json").read_text()


def test_credentials_in_a_saved_base_url_are_never_sent_or_saved_again(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    with_credentials = server.base_url.replace("http://", "http://alice:fake-url-pw@")
    window = make_window(settings={"base_url": with_credentials})
    assert window.controller.settings.active.base_url == server.base_url
    send(qtbot, window, "Hi")
    assert server.chat_requests[0].headers["Authorization"] == f"Bearer {KEY}"
    dialog = opened_settings(qtbot, window)
    dialog.buttons.buttons()[0].click()
    qtbot.waitUntil(lambda: "fake-url-pw" not in (isolated_env / "settings.json").read_text())


def test_a_name_that_only_looks_local_gets_the_unencrypted_warning(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    dialog = opened_settings(qtbot, window)
    dialog.base_url_edit.setText("http://127.0.0.1:8080/v1")
    assert not dialog.url_warning.isVisible()
    dialog.base_url_edit.setText("http://127.attacker.example/v1")
    assert dialog.url_warning.isVisible() and "unencrypted" in dialog.url_warning.text()
    dialog.reject()
