"""Text from MCP servers shows as text in tooltips, and the quick-ask window is as careful
with a reply as the main window: it reads no local file for an image, opens a ``mailto:``
link without its query, and can be used from the keyboard (named prompt, links by Tab).

The MCP servers are real processes: one that fails writing HTML to stderr, and one built
on the official SDK whose tool and prompt argument describe themselves in HTML.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from chatdesk.services.mcp.api import ServerState
from chatdesk.ui.desktop import Desktop
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.mcp_prompts import PromptArguments
from chatdesk.ui.quick_ask import QuickAsk
from devkit.fake_server import FakeOpenAI, Stream
from tests.ui.conftest import MakeWindow
from tests.ui.test_quick_ask import ask, quick_ask
from tests.ui.test_untrusted_text import seen

# /etc/hosts, not /dev/zero: a test run before the fix must fail, not hang.
# A long line, so that the tooltip's tail of it starts with a tag.
STDERR = "<br>" * 150 + '<img src="file:///etc/hosts"> boom'
TOOL_TEXT = '<img src="file:///etc/hosts">Shouts <b>loudly</b>'
ARGUMENT_TEXT = '<img src="file:///etc/hosts">The <i>topic</i>'
SERVER = f"""
from typing import Annotated

from mcp.server import MCPServer
from pydantic import Field

server = MCPServer("html")


@server.tool(description={TOOL_TEXT!r})
def shout(text: str) -> str:
    return text.upper()


@server.prompt(description="About a topic")
def about(topic: Annotated[str, Field(description={ARGUMENT_TEXT!r})]) -> str:
    return topic


server.run()
"""
MAILTO = "mailto:team@example.com?attach=/etc/passwd"
FAILING = f"import sys; sys.stderr.write({STDERR!r} + '\\n'); sys.exit(1)"


@pytest.fixture
def desktops() -> Iterator[list[Desktop]]:
    made: list[Desktop] = []
    yield made
    for desktop in made:
        if desktop._quick is not None:
            desktop._quick.close()


def html_servers(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> MainWindow:
    script = tmp_path / "html_server.py"
    script.write_text(SERVER, encoding="utf-8")
    mcp = {
        "mcpServers": {
            "html": {"command": sys.executable, "args": [str(script)]},
            "broken": {"command": sys.executable, "args": ["-c", FAILING]},
        }
    }
    window = make_window(mcp=mcp)
    tools = window.tools
    assert tools is not None

    def settled() -> bool:
        states = {s.name: s.state for s in tools.statuses()}
        return states.get("broken") is ServerState.FAILED and any(
            t.server == "html" for t in tools.tools()
        )

    qtbot.waitUntil(settled, timeout=30000)
    return window


def menu_action(window: MainWindow, starts: str) -> QAction:
    button = window.tools_button
    assert button is not None
    menu = button.menu()
    menu.aboutToShow.emit()  # what opening the menu does: it is filled then
    return next(a for a in menu.actions() if a.text().strip().startswith(starts))


def test_mcp_server_text_shows_as_text_in_tooltips(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = html_servers(qtbot, make_window, tmp_path)
    failed = menu_action(window, "broken")
    assert seen(failed.toolTip()).endswith('<br><img src="file:///etc/hosts"> boom')
    tool = menu_action(window, "shout")
    assert seen(tool.toolTip()) == TOOL_TEXT

    tools = window.tools
    assert tools is not None
    qtbot.waitUntil(lambda: any(p.name == "about" for p in tools.prompts()), timeout=10000)
    spec = next(p for p in tools.prompts() if p.name == "about")
    dialog = PromptArguments(spec)
    qtbot.addWidget(dialog)
    assert seen(dialog.fields["topic"].toolTip()) == ARGUMENT_TEXT


def test_the_quick_ask_answer_reads_no_local_file(
    qtbot: QtBot, make_window: MakeWindow, desktops: list[Desktop]
) -> None:
    quick = quick_ask(qtbot, make_window(), desktops)
    kind = QTextDocument.ResourceType.ImageResource.value
    assert quick.answer.loadResource(kind, QUrl("file:///etc/hosts")) is None
    assert quick.answer.loadResource(kind, QUrl("/etc/hosts")) is None


def answered_with_a_link(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> QuickAsk:
    server.enqueue(Stream(chunks=[f"Write to [us]({MAILTO})."]))
    window = make_window()
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "Who do I write to?")
    qtbot.waitUntil(
        lambda: not window.controller.busy and "Write to us" in quick.answer.toPlainText()
    )
    return quick


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the desktop to open (the OS boundary)."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def test_the_quick_ask_prompt_and_answer_have_names(
    qtbot: QtBot, make_window: MakeWindow, desktops: list[Desktop]
) -> None:
    quick = quick_ask(qtbot, make_window(), desktops)
    assert quick.prompt.accessibleName() == "Message"
    assert quick.answer.accessibleName() == "Answer"


def test_a_quick_ask_mailto_link_opens_without_its_query(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    desktops: list[Desktop],
    opened: list[str],
) -> None:
    quick = answered_with_a_link(qtbot, make_window, server, desktops)
    link = QTextCursor(quick.answer.document())
    link.setPosition(quick.answer.toPlainText().index("Write to us") + len("Write to u"))
    spot = quick.answer.cursorRect(link).center()
    qtbot.mouseClick(quick.answer.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened == ["mailto:team@example.com"]  # no body, no attachment


def test_quick_ask_links_are_reached_by_tab(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    desktops: list[Desktop],
    opened: list[str],
) -> None:
    quick = answered_with_a_link(qtbot, make_window, server, desktops)
    qtbot.keyClick(quick.prompt, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is quick.answer
    qtbot.keyClick(quick.answer, Qt.Key.Key_Tab)  # the first link
    assert quick.answer.textCursor().selectedText() == "us"
    qtbot.keyClick(quick.answer, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].startswith("mailto:team@example.com")
    qtbot.keyClick(quick.answer, Qt.Key.Key_Tab)  # past the last link: on to the buttons
    assert QApplication.focusWidget() is quick.open_button


def test_the_log_folder_is_private(
    qtbot: QtBot, make_window: MakeWindow, opened: list[str]
) -> None:
    window = make_window()
    log_dir = window.dialogs._paths.log_dir
    assert not log_dir.exists()
    window.dialogs.open_log_folder()
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
