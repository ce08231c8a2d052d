"""What can reach the attachment tray, driven as a user would: pipes, devices and folders
are refused at once, huge images are refused by their header, file names stay text, and
a pasted file goes only after the tray has shown it."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from chatdesk.ui.attachment_tray import SEEN_AFTER_S
from devkit.fake_server import FakeOpenAI
from tests.ui.conftest import MakeWindow, send


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A real named pipe; afterwards any reader still waiting on it is let go."""
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    yield path
    with contextlib.suppress(OSError):  # ENXIO: nobody is reading, as it should be
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def test_pipes_devices_and_folders_are_refused_at_once(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, fifo: Path
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    note = tmp_path / "note.txt"
    note.write_text("kept")
    window = make_window()
    window.tray.attach_paths([str(fifo), "/dev/zero", str(folder), str(note)])
    # Reading the pipe would wait for a writer forever and /dev/zero never ends.
    qtbot.waitUntil(lambda: [a.name for a in window.tray.pending] == ["note.txt"], timeout=5000)
    message = window.banner.message.text()
    assert "pipe.txt is a pipe; only files can be attached" in message
    assert "zero is a device; only files can be attached" in message
    assert "photos is a folder; only files can be attached" in message
    assert window.tray.not_ready() == ""


def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """8000×8000 decodes to 245 MiB at 32 bits a pixel, however small the file."""
    huge = QImage(8000, 8000, QImage.Format.Format_Mono)  # 8 MB to make, not 245 MiB
    huge.fill(0)
    path = tmp_path / "huge.png"
    assert huge.save(str(path))
    del huge
    assert path.stat().st_size < 1024 * 1024
    window = make_window()
    window.tray.attach_paths([str(path)])
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.tray.pending == []
    assert "huge.png is 8000×8000 pixels (64 megapixels)" in window.banner.message.text()


def chips(window) -> list[QPushButton]:  # type: ignore[no-untyped-def]
    return window.tray.findChildren(QPushButton, "attachmentChip")


def test_file_names_in_the_tray_stay_text(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    name = '<img src="x">a & <b>b.txt'  # no "/" in a file name
    (tmp_path / name).write_text("hi")
    window = make_window()
    window.tray.attach_paths([str(tmp_path / name)])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=5000)
    qtbot.waitUntil(lambda: any(c.isVisible() for c in chips(window)))
    button = next(c for c in chips(window) if c.isVisible())
    # A button takes "&" as a shortcut mark: doubled, it shows as one "&".
    assert button.text().replace("&&", "&") == f"{name}  ✕"
    pos = button.rect().center()
    QApplication.sendEvent(button, QHelpEvent(QEvent.Type.ToolTip, pos, button.mapToGlobal(pos)))
    tip = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "qtooltip_label" and w.isVisible()
    )
    assert isinstance(tip, QLabel)
    doc = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip.text()):
        doc.setHtml(tip.text())
    else:
        doc.setPlainText(tip.text())
    assert doc.toPlainText() == f"Remove {name}"


def test_a_pasted_file_goes_only_after_the_tray_has_shown_it(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    """A web page can put file:// URLs on the clipboard: pasting them and pressing Enter
    at once must not send a file the user never saw."""
    secret = tmp_path / "id_ed25519"
    secret.write_text("fake private key\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(secret))])
    mime.setText("harmless looking text")
    QApplication.clipboard().setMimeData(mime)
    window = make_window()
    window.prompt.setFocus()
    qtbot.keyClicks(window.prompt, "Summarise")
    qtbot.keyClick(window.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    assert not window.controller.busy and server.chat_requests == []
    assert window.prompt.toPlainText() == "Summarise"
    assert "send again" in window.banner.message.text() and window.banner.isVisible()

    # The file shows in the tray; only once it has been on screen does Enter send it.
    qtbot.waitUntil(lambda: [a.name for a in window.tray.pending] == ["id_ed25519"])
    assert window.tray.isVisible()
    shown_at = time.monotonic()
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=5000)
    assert time.monotonic() - shown_at > SEEN_AFTER_S / 2
    send(qtbot, window, "")
    content = server.chat_requests[-1].body["messages"][-1]["content"]
    assert content.startswith("File: id_ed25519\n```\nfake private key\n```\n\nSummarise")
    assert window.tray.pending == [] and not window.banner.isVisible()


def test_a_picked_file_is_not_sent_while_it_is_still_being_read(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("context")
    window = make_window()
    window.tray.attach_paths([str(note)])
    send(qtbot, window, "With the note")
    assert server.chat_requests == [] and window.prompt.toPlainText() == "With the note"
    assert "Still reading" in window.banner.message.text()
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=5000)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy and bool(server.chat_requests))
    assert server.chat_requests[-1].body["messages"][-1]["content"].startswith("File: note.txt")
