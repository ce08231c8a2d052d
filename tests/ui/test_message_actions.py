"""Rendering and message actions through the real window: versions, continue, copy, speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.services.storage import DB_NAME, HistoryStore
from chatdesk.ui.changes import MessageVerb
from devkit.fake_server import FakeOpenAI, Stream
from tests.ui.conftest import MakeWindow, opened_settings, send

MD_REPLY = [
    "Here is **bold** and a table:\n\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n",
    "```python\nprint('hi')\n```\n\n",
    "<script>alert(1)</script> done",
]


def ctrl(key: Qt.Key, extra: Qt.KeyboardModifier | None = None) -> tuple[Qt.Key, object]:
    mods = Qt.KeyboardModifier.ControlModifier
    return key, mods | extra if extra is not None else mods


def test_reply_renders_markdown_and_code_copies(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=MD_REPLY))
    window = make_window()
    send(qtbot, window, "Format something")
    text = window.view.toPlainText()
    assert "**" not in text and "bold" in text
    assert "<script>alert(1)</script> done" in text  # shown as text, not run
    assert "print('hi')" in text and "python" in text
    uid = window.view.message_uids[-1]
    key = next(k for k in window.view.code_keys if k.startswith(uid))
    window.view.anchorClicked.emit(QUrl(f"chatdesk-copy:{key}"))
    assert QApplication.clipboard().text() == "print('hi')"


def test_ctrl_shift_c_copies_the_last_reply_as_markdown(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=MD_REPLY))
    window = make_window()
    send(qtbot, window, "Hi")
    qtbot.keyClick(window, *ctrl(Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier))
    assert QApplication.clipboard().text() == "".join(MD_REPLY)


def test_regenerate_keeps_both_versions_and_switches(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["First answer"]), Stream(chunks=["Second answer"]))
    window = make_window()
    send(qtbot, window, "Question")
    qtbot.keyClick(window, *ctrl(Qt.Key.Key_R))
    qtbot.waitUntil(lambda: "‹ 2/2 ›" in window.view.toPlainText(), timeout=5000)
    assert window.view.message_texts == ["Question", "Second answer"]
    assert [m["content"] for m in server.chat_requests[1].body["messages"]] == ["Question"]
    qtbot.keyClick(window, *ctrl(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier))
    qtbot.waitUntil(lambda: window.view.message_texts == ["Question", "First answer"])
    assert "‹ 1/2 ›" in window.view.toPlainText()
    qtbot.keyClick(window, *ctrl(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier))
    qtbot.waitUntil(lambda: window.view.message_texts == ["Question", "Second answer"])


def test_regenerate_tells_the_library_while_the_new_version_streams(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """The sidebar's count and age change as the new version starts, not at its end."""
    server.enqueue(Stream(chunks=["First answer"]), Stream(stall_after=1))
    window = make_window()
    send(qtbot, window, "Question")
    qtbot.wait(300)  # the first turn's refresh is over
    with qtbot.waitSignal(window.controller.history_changed, timeout=3000):
        qtbot.keyClick(window, *ctrl(Qt.Key.Key_R))
    assert window.controller.busy  # told while the new version is still streaming
    window.controller.stop()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)


def test_up_edits_the_last_message_and_resending_makes_a_branch(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["Paris."]), Stream(chunks=["Rome."]))
    window = make_window()
    send(qtbot, window, "Capital of France?")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Up)
    assert window.prompt.toPlainText() == "Capital of France?"
    assert "Editing a message" in window.banner.message.text()
    window.prompt.selectAll()
    qtbot.keyClicks(window.prompt, "Capital of Italy?")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy)
    qtbot.waitUntil(lambda: "‹ 2/2 ›" in window.view.toPlainText(), timeout=5000)
    assert window.view.message_texts == ["Capital of Italy?", "Rome."]
    assert [m["content"] for m in server.chat_requests[1].body["messages"]] == ["Capital of Italy?"]
    # The first version is still there, with its own reply.
    first_user = window.view.message_uids[0]
    window.view.action_requested.emit(MessageVerb.PREV, first_user)
    qtbot.waitUntil(lambda: window.view.message_texts == ["Capital of France?", "Paris."])


def test_continue_a_stopped_reply_appends_to_it(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(
        Stream(chunks=["Once upon", " a time"], stall_after=1), Stream(chunks=[" there was a fox."])
    )
    window = make_window()
    send(qtbot, window, "Tell a story", wait=False)
    qtbot.waitUntil(lambda: window.view.message_texts[-1:] == ["Once upon"])
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, *ctrl(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier))
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert window.view.message_texts == ["Tell a story", "Once upon there was a fox."]
    sent = server.chat_requests[1].body["messages"]
    assert sent[-2] == {"role": "assistant", "content": "Once upon"}
    assert sent[-1]["role"] == "user" and "Continue" in sent[-1]["content"]
    assert window.controller.conversation.messages[-1].status.value == "complete"


def test_delete_a_message_keeps_the_others(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = make_window()
    send(qtbot, window, "one")
    send(qtbot, window, "two")
    second_user = window.view.message_uids[2]
    window.view.action_requested.emit(MessageVerb.DELETE, second_user)
    qtbot.waitUntil(lambda: len(window.view.message_texts) == 3)
    assert window.view.message_texts == [
        "one",
        "Hello from the test server.",
        "Hello from the test server.",
    ]


def test_streaming_never_re_renders_earlier_messages(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    conv = Conversation(title="Long")
    store.save_conversation(conv)
    for i in range(40):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        store.add_message(conv.uid, conv.add(Message(role, f"**message** {i}\n\n- item")), 1.0)
    store.set_state("last_conversation", conv.uid)
    store.close()
    server.enqueue(Stream(chunks=[f"word{i} " for i in range(200)] + ["\n\nend"], delay=0.002))
    window = make_window()
    view = window.view
    from chatdesk.ui.conversation_view import PAGE

    qtbot.waitUntil(lambda: view.built_count == min(40, PAGE))
    window.controller.set_repaint_interval(0)  # every chunk repaints: the worst case
    before = dict(view.render_counts)
    send(qtbot, window, "Go on")
    reply_uid = view.message_uids[-1]
    after = dict(view.render_counts)
    assert {uid: after[uid] for uid in before} == before
    assert after[reply_uid] >= 10  # the reply itself re-rendered its tail as it grew


def test_scrolling_up_during_a_stream_stays_put_with_a_jump_to_latest(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=[f"line {i}\n\n" for i in range(300)], delay=0.005))
    window = make_window()
    window.resize(700, 400)
    send(qtbot, window, "Long please", wait=False)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200)
    bar.setValue(0)
    qtbot.wait(200)
    assert bar.value() == 0
    qtbot.waitUntil(window.view.latest_button.isVisible)
    qtbot.mouseClick(window.view.latest_button, Qt.MouseButton.LeftButton)
    assert bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def test_forcing_the_dark_palette_recolours_the_conversation(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.ui.theme import apply_theme, is_dark

    server.enqueue(Stream(chunks=["```python\nx = 1\n```"]))
    window = make_window()
    send(qtbot, window, "Code")
    try:
        dialog = opened_settings(qtbot, window)
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        dialog.buttons.buttons()[0].click()
        assert is_dark()
        assert window.view.renderer().theme.dark
        assert "#1a1a1a" in window.view.toHtml().lower()
        assert window.controller.settings.prefs.theme == "dark"
    finally:
        apply_theme("system")
    assert not is_dark()


def test_cost_shows_per_reply_conversation_and_in_usage(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window(settings={"prices": {"test-model": [1000, 2000]}})
    send(qtbot, window, "Price me")
    # 11 prompt tokens at $1000/M + 6 completion tokens at $2000/M = $0.023
    assert "($0.02)" in window.usage_label.text()
    assert window.usage_label.text().count("$0.02") == 2  # the reply and the conversation
    window.dialogs.open_usage()
    dialog = window.dialogs.usage_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 6).text() == "$0.02"
    dialog.close()
    window.dialogs.open_prices()
    prices = window.dialogs.prices_dialog
    row = next(
        r for r in range(prices.table.rowCount()) if prices.table.item(r, 0).text() == "test-model"
    )
    prices.table.item(row, 1).setText("0")
    prices.table.item(row, 2).setText("0")
    prices.buttons.buttons()[0].click()
    assert window.controller.settings.prefs.prices["test-model"].input_per_million == 0.0


def test_reasoning_is_shown_apart_collapsed_and_kept(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    server.enqueue(Stream(reasoning=["Let me ", "think about ", "it."], chunks=["The answer."]))
    window = make_window()
    send(qtbot, window, "Think first")
    text = window.view.toPlainText()
    assert "Reasoning (5 words)" in text and "think about" not in text  # collapsed
    assert window.view.message_texts[-1] == "The answer."
    uid = window.view.message_uids[-1]
    window.view.action_requested.emit(MessageVerb.REASONING, uid)
    assert "Let me think about it." in window.view.toPlainText()
    # Reasoning is never sent back to the server, and it is stored with the reply.
    send(qtbot, window, "And then?")
    assert "think about" not in json.dumps(server.chat_requests[-1].body)
    window.controller.shutdown()
    window.library.runner.close()
    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    conv = store.load_conversation(store.list_conversations()[0].uid)
    assert conv is not None and conv.messages[1].reasoning == "Let me think about it."


def test_conversation_settings_presets_and_context_marker(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    # No usage from the server here: its fixed figures would (rightly) rescale the estimates.
    server.default = Stream(usage=None)
    window = make_window()
    window.dialogs.open_conversation_settings()
    dialog = window.dialogs.conversation_dialog
    dialog.edits["temperature"].setText("5")
    dialog.buttons.buttons()[0].click()
    assert dialog.isVisible() and "between 0 and 2" in dialog.error.text()
    dialog.edits["temperature"].setText("0.3")
    dialog.edits["max_tokens"].setText("64")
    dialog.system_edit.setPlainText("You are terse.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Terse", True))
    dialog.save_preset.click()
    dialog.buttons.buttons()[0].click()
    send(qtbot, window, "Hi")
    body = server.chat_requests[-1].body
    assert body["temperature"] == 0.3 and body["max_tokens"] == 64
    assert "top_p" not in body and "seed" not in body
    assert body["messages"][0] == {"role": "system", "content": "You are terse."}
    assert "Terse" in window.controller.settings.prefs.presets

    # A new conversation from the preset starts with its settings.
    window.dialogs.new_from_preset("Terse")
    send(qtbot, window, "Again")
    assert server.chat_requests[-1].body["temperature"] == 0.3
    assert len(server.chat_requests[-1].body["messages"]) == 2

    # A tiny context: the oldest turns are left out, and the view marks where it starts.
    window.dialogs.open_conversation_settings()
    window.dialogs.conversation_dialog.context_edit.setText("300")
    window.dialogs.conversation_dialog.edits["max_tokens"].setText("20")
    window.dialogs.conversation_dialog.buttons.buttons()[0].click()
    for i in range(3):
        send(qtbot, window, f"Message {i} " + "w" * 300)
    sent = server.chat_requests[-1].body["messages"]
    assert sent[0]["role"] == "system" and sent[-1]["content"].startswith("Message 2")
    assert "Again" not in [m["content"] for m in sent]
    assert "no longer fit the model's context" in window.view.toPlainText()


def test_reported_usage_corrects_the_context_estimate(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    # The server counts far more tokens than the estimate: later requests trim sooner.
    server.default = Stream(usage={"prompt_tokens": 4000, "completion_tokens": 6})
    window = make_window(settings={"context_lengths": {"test-model": 2000}})
    send(qtbot, window, "a " * 400)
    send(qtbot, window, "b " * 400)
    assert window.controller.ledger.scale("test-model") > 1.5
    send(qtbot, window, "c " * 400)
    assert not server.chat_requests[-1].body["messages"][0]["content"].startswith("a ")


def test_attached_image_and_file_are_sent_stored_and_shown(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path, isolated_env: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    png = tmp_path / "red.png"
    image.save(str(png))
    code = tmp_path / "main.py"
    code.write_text("print('hello')\n")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\xff\xfe")
    window = make_window()
    window.tray.attach_paths([str(png), str(code), str(junk)])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 2)
    assert "junk.bin is neither an image" in window.banner.message.text()
    assert window.tray.isVisible()
    send(qtbot, window, "Describe these")
    content = server.chat_requests[-1].body["messages"][-1]["content"]
    assert content[0]["text"].startswith("File: main.py\n```\nprint('hello')")
    assert content[1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert not window.tray.isVisible() and window.tray.pending == []
    assert "▤ main.py" in window.view.toPlainText()
    window.controller.shutdown()
    window.library.runner.close()
    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    conv = store.load_conversation(store.list_conversations()[0].uid)
    assert conv is not None
    assert [a.name for a in conv.messages[0].attachments] == ["red.png", "main.py"]
    assert conv.messages[0].attachments[0].data == png.read_bytes()


def test_an_attached_photo_shows_as_a_thumbnail_decoded_to_its_size(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument

    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    photo = tmp_path / "wide.jpg"
    image.save(str(photo))
    window = make_window()
    window.tray.attach_paths([str(photo)])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1)
    send(qtbot, window, "What colour?")
    doc = window.view.document()
    cursor = QTextCursor(doc)
    formats = []
    for at, char in enumerate(doc.toPlainText()):
        if char == "\ufffc":  # where QTextDocument keeps an inline image
            cursor.setPosition(at + 1)
            formats.append(cursor.charFormat().toImageFormat())
    assert [(f.width(), f.height()) for f in formats] == [(240, 120)]
    url = QUrl(formats[0].name())

    def decoded() -> QImage | None:
        found = doc.resource(QTextDocument.ResourceType.ImageResource, url)
        return found if isinstance(found, QImage) and not found.isNull() else None

    qtbot.waitUntil(lambda: decoded() is not None)
    thumb = decoded()
    assert thumb is not None and thumb.width() <= 480 and thumb.height() <= 240
    assert thumb.pixelColor(thumb.width() // 2, thumb.height() // 2).blue() > 200


def test_a_failed_send_gives_the_attachments_back(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    from devkit.fake_server import Raw

    server.enqueue(Raw(400, {"error": {"message": "no vision here"}}))
    note = tmp_path / "note.txt"
    note.write_text("remember")
    window = make_window()
    window.tray.attach_paths([str(note)])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1)
    send(qtbot, window, "Read it")
    assert window.prompt.toPlainText() == "Read it"
    assert [a.name for a in window.tray.pending] == ["note.txt"]


def test_model_picker_lists_models_and_each_conversation_keeps_its_own(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    picker = window.picker.model_picker
    assert picker.currentText() == "test-model"
    qtbot.mouseClick(window.picker.models_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.count() == 2)
    send(qtbot, window, "With the first model")
    first = window.controller.conversation.uid
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    picker.setCurrentIndex(picker.findText("other-model"))
    picker.activated.emit(picker.currentIndex())
    send(qtbot, window, "With the other model")
    assert server.chat_requests[-1].body["model"] == "other-model"
    # Reopening the first conversation brings its model back.
    window.library.open_conversation(first)
    qtbot.waitUntil(lambda: window.controller.conversation.uid == first)
    assert picker.currentText() == "test-model"
    send(qtbot, window, "Back again")
    assert server.chat_requests[-1].body["model"] == "test-model"


def test_a_reply_rebuilt_after_its_reasoning_keeps_its_attachments(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """``rebuild_last`` draws the reply again when it ends (its reasoning collapsed): the
    files attached to it (an imported reply can carry some) must still be shown, as they
    were before Continue."""
    from chatdesk.core.attachments import TEXT, Attachment
    from chatdesk.core.messages import MessageStatus

    notes = Attachment(TEXT, "notes.txt", "text/plain", b"the figures")
    conv = Conversation(title="Imported")
    conv.add(Message(Role.USER, "Summarise the figures"))
    conv.add(
        Message(
            Role.ASSISTANT,
            "The figures",
            MessageStatus.STOPPED,
            reasoning="Read the file first.",
            attachments=(notes,),
        )
    )
    server.enqueue(Stream(chunks=[" add up."]))
    window = make_window()
    window.controller.load_conversation(conv)
    assert "▤ notes.txt" in window.view.toPlainText()
    rebuilt: list[object] = []
    window.controller.reply_rebuilt.connect(rebuilt.append)
    assert window.controller.actions.continue_reply()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    assert rebuilt  # the reply was drawn again at its end
    assert window.view.message_texts[-1] == "The figures add up."
    assert "▤ notes.txt" in window.view.toPlainText()  # still shown after the rebuild
