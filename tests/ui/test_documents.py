"""Documents attached through the real window and sent to the loopback server: a PDF and a
DOCX written by the suite arrive in the request as their extracted text under page
markers; long extractions show progress and can be cancelled; big documents are summed
up and cut to a page range by the user; scanned pages go as images; encrypted PDFs ask for
their password; a failed send gives the document back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from chatdesk.core.attachments import DOCUMENT_MIME
from chatdesk.ui.document_dialogs import PageRangeDialog, PasswordDialog
from devkit.documents import docx_paragraph, make_docx, make_pdf
from devkit.fake_server import FakeOpenAI, Raw
from tests.ui.conftest import MakeWindow, send
from tests.ui.test_document_routes import chip_menu

PDF_PAGES = ["Quarterly report\nRevenue grew by twelve percent", "Costs fell in the second half"]


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def last_content(server: FakeOpenAI) -> str:
    content = server.chat_requests[-1].body["messages"][-1]["content"]
    return content if isinstance(content, str) else content[0]["text"]


def dialog(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def screenshot(name: str) -> None:
    """For a person to look at: artifacts/documents/<name>.png (needs ImageMagick)."""
    folder = Path(__file__).resolve().parents[2] / "artifacts" / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-window", "root", str(folder / f"{name}.png")], check=False)


def test_a_pdf_and_a_docx_arrive_as_extracted_text_with_page_markers(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "report.pdf", make_pdf(PDF_PAGES))
    docx = write(
        tmp_path,
        "notes.docx",
        make_docx(
            [
                docx_paragraph("Meeting notes", "berschrift1") + docx_paragraph("Ship on Friday"),
                docx_paragraph("Second page of notes"),
            ]
        ),
    )
    window = make_window()
    window.tray.attach_paths([pdf, docx])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 2, timeout=10000)
    assert {a.mime for a in window.tray.pending} == {DOCUMENT_MIME}
    chips = [c.text() for c in window.tray.findChildren(QPushButton, "attachmentChip")]
    assert any(c.startswith("report.pdf · ~") and c.endswith("tokens  ✕") for c in chips), chips
    qtbot.wait(50)
    screenshot("tray")
    send(qtbot, window, "Summarise both")
    content = last_content(server)
    assert content == (
        "File: report.pdf\n```\nPDF, 2 pages.\n\n--- Page 1 ---\n\nQuarterly report\n"
        "Revenue grew by twelve percent\n\n--- Page 2 ---\n\nCosts fell in the second half\n```"
        "\n\nFile: notes.docx\n```\nWord document, 2 pages.\n\n--- Page 1 ---\n\n# Meeting notes"
        "\n\nShip on Friday\n\n--- Page 2 ---\n\nSecond page of notes\n```\n\nSummarise both"
    )
    # Stored with the message: the extracted text, not the file.
    stored = window.controller.conversation.messages[0].attachments
    assert [a.name for a in stored] == ["report.pdf", "notes.docx"]
    assert "--- Page 2 ---" in stored[0].text
    # Found by search: a word only the PDF holds leads to the message, named by its file.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.sidebar.search_box, "revenue")
    qtbot.waitUntil(lambda: len(window.sidebar.result_texts()) == 1, timeout=5000)
    result = window.sidebar.result_texts()[0]
    assert "▤ report.pdf · " in result and "<b>Revenue</b>" in result, result


def test_a_long_extraction_shows_progress_and_cancel_stops_it(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    lines = "\n".join(f"Line {i} of a long page with words on it." for i in range(30))
    pdf = write(tmp_path, "long.pdf", make_pdf([f"Page {n}\n{lines}" for n in range(3000)]))
    window = make_window()
    window.tray.attach_paths([pdf])
    bar = None

    def progressing() -> bool:
        nonlocal bar
        bars = window.tray.findChildren(QProgressBar, "extractionProgress")
        bar = bars[0] if bars else None
        return bar is not None and bar.maximum() == 3000 and bar.value() > 200

    qtbot.waitUntil(progressing, timeout=10000)
    assert "Still reading" in window.tray.not_ready()
    screenshot("extracting")
    cancel = window.tray.findChild(QPushButton, "extractionCancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.tray.not_ready() == "" and window.tray.pending == []
    qtbot.waitUntil(lambda: not window.tray.findChildren(QProgressBar, "extractionProgress"))
    qtbot.wait(200)
    assert window.tray.pending == [] and not window.banner.isVisible()


def test_a_big_document_is_summed_up_and_sent_as_the_pages_chosen(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    words = " ".join(["lorem"] * 300)  # ~1,800 characters, ~450 tokens a page
    pdf = write(tmp_path, "thesis.pdf", make_pdf([f"Chapter {n}\n{words}" for n in range(1, 11)]))
    window = make_window()
    window.tray.set_context_source(lambda: 2000)  # one document may take ~1,500 tokens
    window.tray.attach_paths([pdf])
    qtbot.waitUntil(lambda: dialog(PageRangeDialog) is not None, timeout=10000)
    asked = dialog(PageRangeDialog)
    assert isinstance(asked, PageRangeDialog)
    assert asked.summary.text().startswith("thesis.pdf: PDF, 10 pages, ")
    assert "one file may take ~1.5k of the model's 2.0k" in asked.summary.text()
    assert (asked.first.value(), asked.last.value()) == (1, 3)  # the most that fits
    assert window.tray.not_ready() == "Answer the question about the attached document first."
    screenshot("page-range")
    asked.last.setValue(8)
    assert not asked.accept_button.isEnabled() and asked.estimate.text().startswith("Too long")
    asked.first.setValue(7)
    assert asked.accept_button.isEnabled() and asked.estimate.text().startswith("To send")
    qtbot.mouseClick(asked.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1)
    send(qtbot, window, "What do pages 7 and 8 say?")
    content = last_content(server)
    assert content.startswith(
        "File: thesis.pdf\n```\nPDF, 10 pages; only pages 7–8 are included.\n\n--- Page 7 ---\n\n"
        "Chapter 7\n"
    )
    assert "--- Page 8 ---" in content and "--- Page 9 ---" not in content


def test_a_document_over_the_limits_that_cannot_be_split_is_refused(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    page = write(tmp_path, "huge.html", ("<p>" + "word " * 3000 + "</p>").encode())
    window = make_window()
    window.tray.set_context_source(lambda: 2000)
    window.tray.attach_paths([page])
    qtbot.waitUntil(window.banner.isVisible, timeout=10000)
    assert window.banner.message.text() == (
        "huge.html: ~3,753 tokens; the model's context is 2,000 tokens and one file may take "
        "at most ~1,500. It cannot be split by page: attach a smaller part."
    )
    assert window.tray.pending == []


def test_scanned_pages_go_as_images_when_the_user_says_so(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    scan = write(tmp_path, "scan.pdf", make_pdf([None, None, None]))
    window = make_window()
    window.tray.attach_paths([scan])
    qtbot.waitUntil(lambda: dialog(PageRangeDialog) is not None, timeout=10000)
    asked = dialog(PageRangeDialog)
    assert isinstance(asked, PageRangeDialog)
    assert asked.summary.text().startswith("scan.pdf has no text layer: its 3 pages are scanned")
    asked.first.setValue(2)
    qtbot.mouseClick(asked.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.tray.pending) == 2, timeout=10000)
    assert [a.name for a in window.tray.pending] == ["scan page 2.png", "scan page 3.png"]
    send(qtbot, window, "Read these")
    parts = server.chat_requests[-1].body["messages"][-1]["content"]
    assert [p["type"] for p in parts] == ["text", "image_url", "image_url"]
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")


def test_a_scanned_pdf_can_be_declined(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    window.tray.attach_paths([write(tmp_path, "scan.pdf", make_pdf([None]))])
    qtbot.waitUntil(lambda: dialog(PageRangeDialog) is not None, timeout=10000)
    asked = dialog(PageRangeDialog)
    assert isinstance(asked, PageRangeDialog)
    asked.reject()
    assert window.tray.pending == [] and window.tray.not_ready() == ""


def test_an_encrypted_pdf_asks_for_its_password_until_it_opens(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    locked = write(tmp_path, "locked.pdf", make_pdf(["The plan is on page one"], password="pw"))
    window = make_window()
    window.tray.attach_paths([locked])
    qtbot.waitUntil(lambda: dialog(PasswordDialog) is not None, timeout=10000)
    asked = dialog(PasswordDialog)
    assert isinstance(asked, PasswordDialog)
    asked.field.setText("wrong")
    asked.accept()
    qtbot.waitUntil(lambda: dialog(PasswordDialog) not in (None, asked), timeout=10000)
    again = dialog(PasswordDialog)
    assert isinstance(again, PasswordDialog)
    assert again.question.text().startswith("That password did not open it. locked.pdf is")
    again.field.setText("pw")
    again.accept()
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=10000)
    assert "The plan is on page one" in window.tray.pending[0].text


def test_an_encrypted_pdf_without_its_password_is_refused_clearly(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    locked = write(tmp_path, "locked.pdf", make_pdf(["Secret"], password="pw"))
    window = make_window()
    window.tray.attach_paths([locked])
    qtbot.waitUntil(lambda: dialog(PasswordDialog) is not None, timeout=10000)
    asked = dialog(PasswordDialog)
    assert isinstance(asked, PasswordDialog)
    asked.reject()
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.message.text() == "locked.pdf is protected by a password; not attached."


def test_a_document_comes_back_to_the_tray_when_sending_fails(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "report.pdf", make_pdf(PDF_PAGES))
    window = make_window()
    window.tray.attach_paths([pdf])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=10000)
    server.replies.append(Raw(400, {"error": {"message": "model overloaded"}}))
    send(qtbot, window, "Summarise")
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=10000)
    assert window.tray.pending[0].name == "report.pdf"
    assert "--- Page 2 ---" in window.tray.pending[0].text
    assert window.prompt.toPlainText() == "Summarise"
    # Its other pages may still be chosen, as before it was sent.
    chip = window.tray.findChildren(QPushButton, "attachmentChip")[0]
    menu = chip_menu(qtbot, chip)
    assert [a.text() for a in menu.actions()] == ["Choose pages…", "Remove report.pdf"]
    menu.close()


def test_a_legacy_encoded_source_file_is_sent_as_utf8(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    code = "# Prüfung der Größe\nprint('Grüße aus Köln, schöne Tage')\n" * 3
    source = write(tmp_path, "gruss.py", code.encode("cp1252"))
    window = make_window()
    window.tray.attach_paths([source])
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=10000)
    send(qtbot, window, "Explain")
    assert last_content(server) == f"File: gruss.py\n```\n{code.rstrip()}\n```\n\nExplain"
