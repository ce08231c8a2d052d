"""First run, the settings dialog, and where the key does (and never does) go."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from chatdesk.services import logs
from devkit.fake_server import FakeOpenAI, Raw
from tests.support.memory_keyring import MemoryKeyring, NoKeyring
from tests.ui.conftest import KEY, MakeWindow, opened_settings, send, startup_save_landed


def files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_first_run_asks_for_the_key_and_enter_saves_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    memory_keyring: MemoryKeyring,
    isolated_env: Path,
) -> None:
    window = make_window(key=None)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.key_edit.hasFocus)  # once the dialog is the active window
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    qtbot.keyClicks(dialog.key_edit, "fake-typed-by-user")
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: ("chatdesk", server.base_url) in memory_keyring.entries)
    assert memory_keyring.entries[("chatdesk", server.base_url)] == "fake-typed-by-user"
    send(qtbot, window, "Hi")
    assert server.chat_requests[0].headers["Authorization"] == "Bearer fake-typed-by-user"
    assert files_containing(isolated_env, "fake-typed-by-user") == []


def test_show_toggle_reveals_the_key(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.key_edit.text() == KEY
    dialog.show_key.click()
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Normal
    dialog.reject()


def test_empty_key_for_a_local_server_sends_no_header_and_stops_asking(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    window = make_window(key=None)
    # The dialog opens once the keyring has been read, off the UI thread.
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=5000)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    send(qtbot, window, "Hi")
    assert "Authorization" not in server.chat_requests[0].headers
    qtbot.waitUntil(lambda: '"needs_key": false' in (isolated_env / "settings.json").read_text())
    second = make_window(key=None)
    assert second.settings_dialog is None


def test_environment_key_is_used_but_never_stored(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    isolated_env: Path,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "fake-from-env-42")
    # The environment's key belongs to the environment's server (issue 9: never to others).
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    window = make_window(key=None)
    assert window.settings_dialog is None
    send(qtbot, window, "Hi")
    assert server.chat_requests[0].headers["Authorization"] == "Bearer fake-from-env-42"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None
    assert "OPENAI_API_KEY" in dialog.key_note.text()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert memory_keyring.entries == {}
    assert files_containing(isolated_env, "fake-from-env-42") == []


def test_openai_base_url_overrides_the_default(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    isolated_env: Path,
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url + "/")
    isolated_env.mkdir(parents=True, exist_ok=True)
    (isolated_env / "settings.json").write_text("{}")
    window = make_window()
    assert window.controller.settings.active.base_url == server.base_url


def test_no_keyring_says_so_and_uses_the_key_for_this_session_only(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    keyring.set_keyring(NoKeyring())
    window = make_window(key=None)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "no keyring" in dialog.key_note.text()
    assert "this session only" in dialog.key_note.text()
    save = dialog.buttons.buttons()[0]
    assert save.text() == "Use for this session"
    qtbot.keyClicks(dialog.key_edit, "fake-session-only-77")
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    send(qtbot, window, "Hi")
    assert server.chat_requests[0].headers["Authorization"] == "Bearer fake-session-only-77"
    assert window.view.message_texts[-1] == "Hello from the test server."
    assert files_containing(isolated_env, "fake-session-only-77") == []


def test_keyring_refusing_to_store_is_reported(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window = make_window()

    def refuse(service: str, user: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    window.controller.servers.apply_settings(window.controller.settings, "fake-new-but-locked")
    qtbot.waitUntil(lambda: bool(warnings))
    assert "locked" in warnings[0]
    send(qtbot, window, "Hi")
    assert server.chat_requests[0].headers["Authorization"] == "Bearer fake-new-but-locked"


def test_refresh_fills_models_and_test_connection_reports(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    dialog = opened_settings(qtbot, window)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model_combo.count() == 2)
    assert [dialog.model_combo.itemText(i) for i in range(2)] == ["other-model", "test-model"]
    assert dialog.model_combo.currentText() == "test-model"
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text())
    assert server.requests[-1].headers["Authorization"] == f"Bearer {KEY}"
    server.enqueue(Raw(401, {"error": {"message": "Invalid token"}}))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Invalid token" in dialog.result_label.text())
    dialog.model_combo.setEditText("other-model")
    dialog.stream_check.setChecked(False)
    dialog.buttons.buttons()[0].click()
    send(qtbot, window, "Hi")
    body = server.chat_requests[0].body
    assert body["model"] == "other-model" and "stream" not in body
    assert window.model_label.text() == "other-model"


def test_test_connection_uses_the_settings_on_screen_not_the_saved_ones(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 10: it used the saved API style, proxy, CA file and TLS setting."""
    from PySide6.QtWidgets import QMessageBox

    from tests.support.proxies import HttpProxy, self_signed

    ca, cert, key = self_signed(tmp_path)
    proxy = HttpProxy(user="carol", password="fake-proxy-pw-5")
    try:
        window = make_window()
        dialog = opened_settings(qtbot, window)
        azure = dialog.provider_combo.findData("Azure OpenAI")
        dialog.provider_combo.setCurrentIndex(azure)
        dialog.provider_combo.activated.emit(azure)
        deployment = f"{server.base_url}/openai/deployments/chat4"
        dialog.base_url_edit.setText(deployment)
        dialog.proxy_edit.setText(f"http://127.0.0.1:{proxy.port}")
        dialog.proxy_user_edit.setText("carol")
        dialog.proxy_password_edit.setText("fake-proxy-pw-5")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text())
        models = f"{deployment}/models?api-version=2024-10-21"
        assert proxy.seen == [f"GET {models}"]
        assert server.requests[-1].headers["api-key"] == KEY
        assert "Authorization" not in server.requests[-1].headers

        with FakeOpenAI(tls=(cert, key)) as tls:
            custom = dialog.provider_combo.findData("Custom")
            dialog.provider_combo.setCurrentIndex(custom)
            dialog.provider_combo.activated.emit(custom)  # the OpenAI style again
            dialog.base_url_edit.setText(tls.base_url)
            dialog.proxy_edit.setText("")
            dialog.proxy_user_edit.setText("")
            dialog.ca_edit.setText(ca)
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text())
            assert tls.requests[-1].headers["Authorization"] == f"Bearer {KEY}"
            dialog.ca_edit.setText("")
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "certificate" in dialog.result_label.text())
            monkeypatch.setattr(
                QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes
            )
            dialog.verify_check.click()
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text())
            assert len(tls.requests) == 2
        dialog.reject()
        assert window.controller.settings.active.api_style == "openai"  # nothing was saved
        assert window.controller.settings.active.network.verify_tls
    finally:
        proxy.close()


def test_bad_base_url_is_refused_in_the_dialog(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    dialog = opened_settings(qtbot, window)
    dialog.base_url_edit.setText("localhost:8080")
    dialog.buttons.buttons()[0].click()
    assert dialog.isVisible()
    assert "http://" in dialog.result_label.text()
    dialog.reject()


def test_log_records_requests_but_never_the_key_or_the_text(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    log_dir = isolated_env / "logs"
    logs.setup_logging(log_dir)
    try:
        server.enqueue(Raw(401, {"error": {"message": f"bad key {KEY}"}}))
        window = make_window()
        send(qtbot, window, "secret question text")
        send(qtbot, window, "another secret question")
        logging.getLogger("chatdesk.test").info("leak attempt %s", KEY)
    finally:
        logs.shutdown_logging()
    text = (log_dir / logs.LOG_FILE).read_text()
    assert f"POST {server.base_url}/chat/completions -> 401" in text
    assert f"POST {server.base_url}/chat/completions -> 200" in text
    assert KEY not in text
    assert "secret question" not in text
    assert "leak attempt ***" in text


def test_saved_key_is_read_by_the_first_request_not_at_start_up(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, memory_keyring: MemoryKeyring
) -> None:
    reads: list[str] = []
    original = memory_keyring.get_password

    def counting(service: str, user: str) -> str | None:
        reads.append(user)
        return original(service, user)

    memory_keyring.get_password = counting  # type: ignore[method-assign]
    window = make_window(settings={"keyring_servers": [server.base_url]})
    qtbot.wait(50)
    assert reads == []
    assert window.settings_dialog is None
    send(qtbot, window, "Hi")
    assert reads == [server.base_url]
    assert server.chat_requests[0].headers["Authorization"] == f"Bearer {KEY}"
    send(qtbot, window, "Again")
    assert reads == [server.base_url]


def test_saving_a_key_records_the_hint_but_not_the_key(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    window = make_window()
    window.controller.servers.apply_settings(window.controller.settings, "fake-brand-new-key")
    qtbot.waitUntil(lambda: window.controller.settings.active.has_saved_key, timeout=3000)
    qtbot.waitUntil(lambda: '"has_saved_key": true' in (isolated_env / "settings.json").read_text())
    assert files_containing(isolated_env, "fake-brand-new-key") == []


def test_plain_http_to_another_machine_is_warned_about(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    assert not window.security_label.isVisible()  # http://127.0.0.1 stays on this machine
    dialog = opened_settings(qtbot, window)
    assert not dialog.url_warning.isVisible()
    dialog.base_url_edit.setText("http://192.0.2.10:8080/v1")
    assert dialog.url_warning.isVisible()
    dialog.buttons.buttons()[0].click()
    assert window.security_label.isVisible()
    assert "Unencrypted" in window.security_label.text()
    window.open_settings()
    window.settings_dialog.base_url_edit.setText("https://api.example.com/v1")  # type: ignore[union-attr]
    window.settings_dialog.buttons.buttons()[0].click()  # type: ignore[union-attr]
    assert not window.security_label.isVisible()


def test_choosing_azure_fills_the_fields_and_sends_api_key(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    dialog = opened_settings(qtbot, window)
    assert not dialog.api_version_edit.isVisible()
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData("Azure OpenAI"))
    dialog.provider_combo.activated.emit(dialog.provider_combo.currentIndex())
    assert dialog.api_version_edit.isVisible()
    assert "openai.azure.com" in dialog.base_url_edit.text()
    dialog.base_url_edit.setText(f"{server.base_url}/openai/deployments/chat4")
    dialog.key_edit.setText("azure-key-123")
    dialog.buttons.buttons()[0].click()
    send(qtbot, window, "Hello Azure")
    sent = server.chat_requests[-1]
    assert sent.path.endswith("/openai/deployments/chat4/chat/completions?api-version=2024-10-21")
    assert sent.headers["api-key"] == "azure-key-123"


def test_proxy_with_a_password_in_the_keyring_and_a_warned_tls_off(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    memory_keyring: MemoryKeyring,
    isolated_env: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.support.proxies import HttpProxy

    proxy = HttpProxy(user="carol", password="proxy-pass-9")
    try:
        window = make_window()
        dialog = opened_settings(qtbot, window)
        dialog.proxy_edit.setText(f"http://carol:x@127.0.0.1:{proxy.port}")
        dialog.buttons.buttons()[0].click()
        assert dialog.isVisible() and "own fields" in dialog.result_label.text()
        dialog.proxy_edit.setText(f"http://127.0.0.1:{proxy.port}")
        dialog.proxy_user_edit.setText("carol")
        dialog.proxy_password_edit.setText("proxy-pass-9")
        # Turning certificate checks off needs a confirmation; "No" keeps them on.
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
        dialog.verify_check.click()
        assert dialog.verify_check.isChecked()
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.verify_check.click()
        assert not dialog.verify_check.isChecked()
        dialog.buttons.buttons()[0].click()
        assert "TLS certificate checks are off" in window.security_label.text()
        qtbot.waitUntil(
            lambda: (
                memory_keyring.entries.get(("chatdesk", f"proxy:http://127.0.0.1:{proxy.port}"))
                == "proxy-pass-9"
            )
        )
        send(qtbot, window, "Via the proxy")
        assert window.view.message_texts[-1] == "Hello from the test server."
        assert proxy.seen == [f"POST {server.base_url}/chat/completions"]
        assert files_containing(isolated_env, "proxy-pass-9") == []
    finally:
        proxy.close()


def test_profiles_each_with_its_own_key_picked_per_conversation(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from chatdesk.core.providers import provider_named

    with FakeOpenAI(host="127.0.0.2") as other:
        window = make_window()
        picker = window.picker.profile_picker
        assert [picker.itemText(i) for i in range(picker.count())] == ["Default"]
        send(qtbot, window, "On the first server")
        first_conversation = window.controller.conversation.uid

        # A new profile from the "Custom" preset: settings open to fill in URL and key.
        custom = provider_named("Custom")
        assert custom is not None
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        window.picker.new_profile(custom, name="Lab server")
        dialog = window.settings_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.base_url_edit.setText(other.base_url)
        dialog.key_edit.setText("fake-lab-key")
        dialog.buttons.buttons()[0].click()
        lab = window.controller.settings.active
        assert lab.name == "Lab server"
        qtbot.waitUntil(
            lambda: memory_keyring.entries.get(("chatdesk", lab.key_id)) == "fake-lab-key"
        )
        assert memory_keyring.entries[("chatdesk", server.base_url)] == KEY  # untouched
        send(qtbot, window, "On the lab server")
        assert other.chat_requests[-1].headers["Authorization"] == "Bearer fake-lab-key"

        # Back to the first conversation: its server comes back with it, and its key.
        window.library.open_conversation(first_conversation)
        qtbot.waitUntil(lambda: window.controller.settings.active_id == "default")
        assert picker.currentText() == "Default"
        send(qtbot, window, "First server again")
        assert server.chat_requests[-1].headers["Authorization"] == f"Bearer {KEY}"

        # Deleting a profile deletes its key; the last one cannot be deleted.
        picker.setCurrentIndex(picker.findText("Lab server"))
        picker.activated.emit(picker.currentIndex())
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        window.picker.delete_profile()
        qtbot.waitUntil(lambda: ("chatdesk", lab.key_id) not in memory_keyring.entries)
        assert [picker.itemText(i) for i in range(picker.count())] == ["Default"]
        assert window.controller.servers.delete_profile("default") is False


def test_model_lists_are_kept_per_profile(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.core.providers import provider_named

    window = make_window()
    qtbot.mouseClick(window.picker.models_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.picker.model_picker.count() == 2)
    lm_studio = provider_named("LM Studio")
    assert lm_studio is not None
    window.picker.new_profile(lm_studio, name="Local")  # keyless: no settings dialog
    assert window.picker.model_picker.count() == 0  # another server, not fetched yet
    assert window.picker.model_picker.currentText() == "local-model"
    picker = window.picker.profile_picker
    picker.setCurrentIndex(picker.findText("Default"))
    picker.activated.emit(picker.currentIndex())
    assert window.picker.model_picker.count() == 2  # kept from before, no new request
    assert len([r for r in server.requests if r.path.endswith("/models")]) == 1


def test_a_failed_settings_save_says_so_and_offers_no_retry(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    window = make_window()
    settings_file = isolated_env / "settings.json"
    startup_save_landed(qtbot, isolated_env)  # or it would recreate the file replaced here
    settings_file.unlink()
    settings_file.mkdir()  # nothing can be written there now
    window.controller.servers.set_model("other-model")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    shown = window.banner.message.text()
    assert "settings could not be saved" in shown.lower()
    assert "reply" not in shown.lower()  # not dressed up as a server problem
    assert not window.banner.action_button.isVisible()  # and no Retry that would resend


def test_tool_steps_per_turn_is_in_the_dialogs_tab_order_and_saved(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    import json

    window = make_window()
    dialog = opened_settings(qtbot, window)
    assert dialog.tool_steps.value() == 10  # the default
    assert dialog.tool_steps.accessibleName() == "Tool steps per turn"
    dialog.language_combo.setFocus()
    qtbot.waitUntil(dialog.language_combo.hasFocus)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.tool_steps
    qtbot.keyClick(dialog.tool_steps, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.tool_steps, "3")
    dialog.buttons.buttons()[0].click()  # Save
    assert window.controller.settings.prefs.tool_steps == 3
    settings_file = isolated_env / "settings.json"
    qtbot.waitUntil(lambda: json.loads(settings_file.read_text()).get("tool_steps") == 3)
