"""Every way a document reaches the tray, driven as a user would, ends in the request as
its extracted text under page markers: dropped on the prompt, pasted from the clipboard,
picked through Attach…. A document of several pages in the tray can have other pages
chosen from its chip's menu, and a text file's chip says which encoding it was read in;
when detection guessed wrong, its menu reads it again in the encoding the user names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from chatdesk.core.attachments import DOCUMENT_MIME
from chatdesk.ui.document_dialogs import PageRangeDialog
from chatdesk.ui.main_window import MainWindow
from devkit.documents import docx_paragraph, make_docx, make_pdf
from devkit.fake_server import FakeOpenAI, Raw
from tests.ui.conftest import MakeWindow, send

PDF_PAGES = ["Quarterly report\nRevenue grew by twelve percent", "Costs fell in the second half"]
PDF_TEXT = (
    "PDF, 2 pages.\n\n--- Page 1 ---\n\nQuarterly report\nRevenue grew by twelve percent\n\n"
    "--- Page 2 ---\n\nCosts fell in the second half"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def last_content(server: FakeOpenAI) -> str:
    content = server.chat_requests[-1].body["messages"][-1]["content"]
    return content if isinstance(content, str) else content[0]["text"]


def chips(window: MainWindow) -> list[QPushButton]:
    return window.tray.findChildren(QPushButton, "attachmentChip")


def in_tray_then_sent(qtbot: QtBot, window: MainWindow, name: str, question: str) -> None:
    """The document shows as a chip; once the tray lets it go, Enter sends it."""
    qtbot.waitUntil(lambda: [a.name for a in window.tray.pending] == [name], timeout=10000)
    assert window.tray.pending[0].mime == DOCUMENT_MIME
    qtbot.waitUntil(lambda: any(c.text().startswith(f"{name} · ~") for c in chips(window)))
    assert window.tray.isVisible()
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=5000)
    send(qtbot, window, question)


def test_a_pdf_dropped_on_the_prompt_is_sent_as_its_text(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "report.pdf", make_pdf(PDF_PAGES))
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    target = window.prompt.viewport()  # where a drag over a text edit lands
    at = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        at.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        at,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted() and window.prompt.toPlainText() == ""
    in_tray_then_sent(qtbot, window, "report.pdf", "Summarise")
    assert last_content(server) == f"File: report.pdf\n```\n{PDF_TEXT}\n```\n\nSummarise"


def test_a_docx_pasted_from_the_clipboard_is_sent_as_its_text(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    docx = write(
        tmp_path,
        "notes.docx",
        make_docx([docx_paragraph("Ship on Friday"), docx_paragraph("Second page of notes")]),
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(docx))])
    QApplication.clipboard().setMimeData(mime)
    window = make_window()
    window.prompt.setFocus()
    qtbot.keyClick(window.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.prompt.toPlainText() == ""
    in_tray_then_sent(qtbot, window, "notes.docx", "What is due?")
    assert last_content(server) == (
        "File: notes.docx\n```\nWord document, 2 pages.\n\n--- Page 1 ---\n\nShip on Friday\n\n"
        "--- Page 2 ---\n\nSecond page of notes\n```\n\nWhat is due?"
    )


def test_a_pdf_picked_through_attach_is_sent_as_its_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pdf = write(tmp_path, "report.pdf", make_pdf(PDF_PAGES))
    asked: list[str] = []

    def picker(*args: object) -> tuple[list[str], str]:  # the OS file picker
        asked.append(str(args[3]))  # the filters offered
        return [str(pdf)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(picker))
    window = make_window()
    qtbot.mouseClick(window.attach_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "*.pdf" in asked[0]
    in_tray_then_sent(qtbot, window, "report.pdf", "Summarise")
    assert last_content(server) == f"File: report.pdf\n```\n{PDF_TEXT}\n```\n\nSummarise"


def chip_menu(qtbot: QtBot, chip: QPushButton) -> QMenu:
    """The chip's menu, opened from the keyboard: the chip takes focus, Shift+F10."""
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    qtbot.keyClick(chip, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_other_pages_of_a_document_in_the_tray_can_be_chosen(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    pages = [f"Chapter {n}\nText only page {n} holds" for n in range(1, 6)]
    pdf = write(tmp_path, "book.pdf", make_pdf(pages))
    window = make_window()
    window.tray.attach_paths([str(pdf)])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=10000)
    assert "--- Page 5 ---" in window.tray.pending[0].text  # small: all of it, no question
    chip = chips(window)[0]
    assert chip.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable from the keyboard
    menu = chip_menu(qtbot, chip)
    names = [a.text() for a in menu.actions()]
    assert names == ["Choose pages…", "Remove book.pdf"]
    choose = menu.actions()[0]
    assert isinstance(choose, QAction)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    if menu.activeAction() is not choose:
        menu.setActiveAction(choose)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    asked = dialog()
    assert isinstance(asked, PageRangeDialog)
    assert asked.windowTitle() == "book.pdf"
    assert asked.summary.text().startswith("book.pdf: PDF, 5 pages, ")
    assert (asked.first.value(), asked.last.value()) == (1, 5)  # what goes now
    assert window.tray.not_ready() == "Answer the question about the attached document first."
    asked.first.setValue(2)
    asked.last.setValue(3)
    assert asked.estimate.text().startswith("To send")
    qtbot.mouseClick(asked.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "--- Page 1 ---" not in window.tray.pending[0].text)
    assert [a.name for a in window.tray.pending] == ["book.pdf"]
    send(qtbot, window, "What do pages 2 and 3 say?")
    assert last_content(server) == (
        "File: book.pdf\n```\nPDF, 5 pages; only pages 2–3 are included.\n\n"
        "--- Page 2 ---\n\nChapter 2\nText only page 2 holds\n\n"
        "--- Page 3 ---\n\nChapter 3\nText only page 3 holds\n```\n\nWhat do pages 2 and 3 say?"
    )


def dialog() -> PageRangeDialog | None:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PageRangeDialog) and w.isVisible()
    ]
    return found[0] if found else None


def test_a_text_file_s_chip_says_which_encoding_it_was_read_in(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    greek = "Η Αθήνα είναι η πρωτεύουσα και η μεγαλύτερη πόλη της Ελλάδας.\n"
    note = write(tmp_path, "athens.txt", greek.encode("iso-8859-7"))
    plain = write(tmp_path, "plain.txt", "Καλημέρα\n".encode())
    window = make_window()
    window.tray.attach_paths([str(note), str(plain)])
    qtbot.waitUntil(lambda: len(chips(window)) == 2, timeout=10000)
    assert window.tray.pending[0].text == greek
    first, second = (chip.toolTip() for chip in chips(window))
    assert "Read as ISO-8859-7" in first and "Remove athens.txt" in first
    assert "Read as" not in second  # UTF-8 is unremarkable
    menu = chip_menu(qtbot, chips(window)[0])
    assert [a.text() for a in menu.actions()] == ["Read &as", "Remove athens.txt"]  # no pages
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    menu = chip_menu(qtbot, chips(window)[1])
    assert [a.text() for a in menu.actions()] == ["Remove plain.txt"]  # UTF-8: nothing to fix
    menu.close()


POLISH = "Dzień dobry, jak się masz? Łódź jest ładna.\n"
"""Windows-1250, which detection takes for Windows-1252: "Dzieñ dobry, jak siê masz?"."""


def read_as(qtbot: QtBot, menu: QMenu, wanted: str) -> list[str]:
    """Read as → ``wanted``, from the keyboard: the submenu's mnemonic, Down to the entry,
    Return. Answers the entries that were checked."""
    qtbot.keyClick(menu, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, menu))
    submenu = QApplication.activePopupWidget()
    assert isinstance(submenu, QMenu)
    checked = [a.text() for a in submenu.actions() if a.isChecked()]
    target = next(a for a in submenu.actions() if a.text() == wanted)
    for _ in submenu.actions():
        if submenu.activeAction() is target:
            break
        qtbot.keyClick(submenu, Qt.Key.Key_Down)
    assert submenu.activeAction() is target
    qtbot.keyClick(submenu, Qt.Key.Key_Return)
    return checked


def test_a_text_file_read_in_the_wrong_encoding_can_be_read_in_the_right_one(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    paths = [
        write(tmp_path, "before.txt", b"First file\n"),
        write(tmp_path, "notes.txt", POLISH.encode("cp1250")),
        write(tmp_path, "after.txt", b"Last file\n"),
    ]
    window = make_window()
    window.tray.attach_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: len(chips(window)) == 3, timeout=10000)
    guessed = window.tray.pending[1]
    assert guessed.text == POLISH.encode("cp1250").decode("cp1252")  # detection guessed wrong
    assert "Read as Windows-1252" in chips(window)[1].toolTip()
    menu = chip_menu(qtbot, chips(window)[1])
    checked = read_as(qtbot, menu, "Central European (Windows-1250)")
    assert checked == ["Western (Windows-1252)"]
    qtbot.waitUntil(lambda: window.tray.pending[1].text == POLISH, timeout=10000)
    assert [a.name for a in window.tray.pending] == ["before.txt", "notes.txt", "after.txt"]
    assert window.tray.pending[0].text == "First file\n"
    qtbot.waitUntil(lambda: len(chips(window)) == 3)
    assert "Read as Windows-1250" in chips(window)[1].toolTip()
    menu = chip_menu(qtbot, chips(window)[1])
    submenu = menu.actions()[0].menu()
    assert isinstance(submenu, QMenu)
    assert [a.text() for a in submenu.actions() if a.isChecked()] == [
        "Central European (Windows-1250)"
    ]
    menu.close()
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=5000)
    send(qtbot, window, "Translate the notes")
    assert f"File: notes.txt\n```\n{POLISH}```" in last_content(server)
    assert guessed.text not in last_content(server)


def test_an_encoding_the_bytes_are_not_valid_in_leaves_the_file_as_it_was(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    german = "Grüße aus Köln\n"
    note = write(tmp_path, "gruss.txt", german.encode("cp1252"))
    window = make_window()
    window.tray.attach_paths([str(note)])
    qtbot.waitUntil(lambda: len(chips(window)) == 1, timeout=10000)
    before = window.tray.pending[0]
    assert before.text == german
    menu = chip_menu(qtbot, chips(window)[0])
    read_as(qtbot, menu, "Unicode (UTF-8)")
    qtbot.waitUntil(window.banner.isVisible, timeout=10000)
    assert window.banner.message.text() == (
        "gruss.txt is not valid UTF-8 (byte 0xFC at position 3); pick another encoding."
    )
    assert window.tray.pending == [before] and window.tray.pending[0] is before
    qtbot.waitUntil(lambda: len(chips(window)) == 1 and window.tray.not_ready() == "")
    assert "Read as Windows-1252" in chips(window)[0].toolTip()


def test_a_file_removed_while_it_is_read_again_stays_removed(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    paths = [
        write(tmp_path, "notes.txt", POLISH.encode("cp1250")),
        write(tmp_path, "after.txt", b"Last file\n"),
    ]
    window = make_window()
    window.tray.attach_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: len(chips(window)) == 2, timeout=10000)
    menu = chip_menu(qtbot, chips(window)[0])
    read_as(qtbot, menu, "Central European (Windows-1250)")
    chips(window)[0].click()  # ✕, before the file has been read again
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=10000)
    assert [a.name for a in window.tray.pending] == ["after.txt"]


def test_the_last_encoding_chosen_wins_even_before_the_first_is_read(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    note = write(tmp_path, "notes.txt", POLISH.encode("cp1250"))
    window = make_window()
    window.tray.attach_paths([str(note)])
    qtbot.waitUntil(lambda: len(chips(window)) == 1, timeout=10000)
    menu = chip_menu(qtbot, chips(window)[0])
    submenu = menu.actions()[0].menu()
    assert isinstance(submenu, QMenu)
    entries = {a.text(): a for a in submenu.actions()}
    entries["Cyrillic (Windows-1251)"].trigger()  # a slip, corrected at once
    entries["Central European (Windows-1250)"].trigger()
    menu.close()
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=10000)
    assert [a.text for a in window.tray.pending] == [POLISH]


def test_a_csv_back_from_a_failed_send_can_still_be_read_in_another_encoding(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    rows = "Imię;Miasto\nJan;Łódź\nEwa;Kraków\n"
    table = write(tmp_path, "cities.csv", rows.encode("cp1250"))
    window = make_window()
    window.tray.attach_paths([str(table)])
    qtbot.waitUntil(lambda: len(chips(window)) == 1, timeout=10000)
    assert "| Jan | £ódŸ |" in window.tray.pending[0].text  # read as Windows-1252
    server.replies.append(Raw(400, {"error": {"message": "model overloaded"}}))
    qtbot.waitUntil(lambda: window.tray.not_ready() == "", timeout=5000)
    send(qtbot, window, "Which cities?")
    assert len(server.chat_requests) == 1
    qtbot.waitUntil(lambda: len(chips(window)) == 1, timeout=10000)  # back in the tray
    menu = chip_menu(qtbot, chips(window)[0])
    read_as(qtbot, menu, "Central European (Windows-1250)")
    qtbot.waitUntil(lambda: "| Jan | Łódź |" in window.tray.pending[0].text, timeout=10000)
    assert window.tray.pending[0].mime == DOCUMENT_MIME
    assert "Read as Windows-1250" in chips(window)[0].toolTip()
