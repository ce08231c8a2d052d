"""What assistive technology and keyboard users get: the conversation as one accessible item
per message, announcements, names, tab order, F6 panes, message navigation, text size.

In-process, through the same interfaces Qt hands the platform bridge (``QAccessible``); the
AT-SPI tree as a screen reader reads it is checked end to end (tests/e2e/test_accessibility.py).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from chatdesk.ui import language
from chatdesk.ui.main_window import MainWindow
from devkit import translations
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.ui.conftest import MakeWindow, seed_long_conversation, send


def items(window: MainWindow) -> list[QAccessibleInterface]:
    view = QAccessible.queryAccessibleInterface(window.view)
    assert view is not None
    return [view.child(i) for i in range(len(window.view.message_uids))]


def test_each_message_is_an_item_with_author_status_text_and_actions(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "Hi there")
    view = QAccessible.queryAccessibleInterface(window.view)
    assert view.role() == QAccessible.Role.List
    assert view.text(QAccessible.Text.Name) == "Conversation"
    you, reply = items(window)
    assert you.role() == QAccessible.Role.ListItem
    assert you.text(QAccessible.Text.Name) == "You"
    assert reply.text(QAccessible.Text.Name) == "Assistant"
    assert reply.text(QAccessible.Text.Description) == "complete"
    assert you.textInterface().text(0, -1) == "Hi there"
    assert reply.textInterface().text(0, -1).strip() == "Hello from the test server."
    assert {"Copy", "Edit", "Delete"} <= set(you.actionInterface().actionNames())
    assert "Edit" not in reply.actionInterface().actionNames()
    reply.actionInterface().doAction("Copy")
    assert QApplication.clipboard().text() == "Hello from the test server."


def test_a_stopped_reply_says_so_and_items_follow_the_list(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["Partial", " answer"], stall_after=2))
    window = make_window()
    send(qtbot, window, "Go", wait=False)
    qtbot.waitUntil(lambda: "Partial answer" in window.view.message_texts[-1])
    assert items(window)[-1].text(QAccessible.Text.Description) == "being written"
    qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert items(window)[-1].text(QAccessible.Text.Description) == "stopped"
    window.controller.new_conversation()
    view = QAccessible.queryAccessibleInterface(window.view)
    left = [view.child(i) for i in range(view.childCount())]
    assert [c for c in left if c.role() == QAccessible.Role.ListItem] == []
    assert "Jump to the latest message" in [c.text(QAccessible.Text.Name) for c in left]


def test_a_reply_is_announced_once_when_it_ends_never_per_token(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=[f"word{i} " for i in range(40)], delay=0.01))
    window = make_window()
    said = window.access.announcer.said
    send(qtbot, window, "Talk")
    assert list(said) == [("Reply finished: " + " ".join(f"word{i}" for i in range(40)), False)]
    said.clear()
    server.enqueue(Stream(chunks=["Partial"], stall_after=1))
    send(qtbot, window, "Again", wait=False)
    qtbot.waitUntil(lambda: window.view.message_texts[-1] == "Partial")
    window.escape()
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert list(said) == [("Reply stopped.", False)]


def test_errors_are_announced_politely_and_a_countdown_once_per_try(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(401, json.dumps({"error": {"message": "Incorrect API key"}})))
    window = make_window()
    said = window.access.announcer.said
    send(qtbot, window, "Hi")
    qtbot.wait(50)  # a failed reply is said with its error: once
    assert len(said) == 1
    text, assertive = said[0]
    assert text.startswith("Reply failed. Error: ") and "Incorrect API key" in text
    assert not assertive
    banner = QAccessible.queryAccessibleInterface(window.banner)
    assert banner.role() == QAccessible.Role.AlertMessage
    assert "Incorrect API key" in banner.text(QAccessible.Text.Description)

    said.clear()
    announcer = window.access.announcer
    for tick in (
        "Rate limited: retrying (try 1 of 3) in 2 s…",
        "Rate limited: retrying (try 1 of 3) in 1 s…",
        "Rate limited: retrying (try 1 of 3) now…",
        "Rate limited: retrying (try 2 of 3) in 2 s…",
        "Rate limited: retrying (try 2 of 3) in 1 s…",
    ):
        announcer.notice(tick)
    assert [t for t, _ in said] == [
        "Rate limited: retrying (try 1 of 3) in 2 s…",
        "Rate limited: retrying (try 2 of 3) in 2 s…",
    ]


def test_up_down_in_a_box_say_the_row_reached_in_the_list_beside_it(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    """Search results, the "/" popup and the project picker: the focus stays in the box
    typed in, so the row Up/Down reach is announced, with where it is in the list."""
    from chatdesk.core.projects import Project
    from chatdesk.services.storage import DB_NAME, HistoryStore
    from chatdesk.ui.project_actions import ProjectActions
    from chatdesk.ui.project_dialogs import ProjectPicker
    from chatdesk.ui.prompt_popup import row_text

    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    for name in ("Garden", "Work"):
        store.save_project(Project(name=name))
    store.close()
    window = make_window()
    said = window.access.announcer.said
    send(qtbot, window, "Otters hold hands")
    window.controller.new_conversation()
    send(qtbot, window, "Otters sleep afloat")
    sidebar = window.sidebar
    sidebar.focus_search()
    qtbot.keyClicks(sidebar.search_box, "otters")
    qtbot.waitUntil(lambda: sidebar.results.count() == 2, timeout=5000)
    said.clear()
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Down)
    text, assertive = said[-1]
    assert text.endswith(", 2 of 2") and "Otters" in text and "<" not in text
    assert not assertive
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Up)
    assert said[-1][0].endswith(", 1 of 2")
    sidebar.search_box.clear()

    window.prompt.setFocus()
    qtbot.keyClicks(window.prompt, "/")
    popup = window.prompt.popup
    assert popup is not None and len(popup.entries) >= 3
    qtbot.keyClick(window.prompt, Qt.Key.Key_Down)
    count = len(popup.entries)
    assert said[-1] == (" ".join(f"{row_text(popup.entries[1])}, 2 of {count}".split()), False)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Up)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Up)  # wraps round to the last
    assert said[-1][0].endswith(f", {count} of {count}")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)

    actions = window.findChild(ProjectActions)
    assert actions is not None
    actions.pick_and_move()
    picker = actions.picker
    assert isinstance(picker, ProjectPicker)
    qtbot.waitUntil(picker.filter.hasFocus)
    labels = picker.choice_labels()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert said[-1] == (f"{labels[1]}, 2 of {len(labels)}", False)
    picker.reject()


def test_every_control_of_the_window_has_a_name(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "Hi")
    window.banner.show_notice("Something to say")
    assert unnamed(window) == []


def test_the_tab_order_reads_like_the_window(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    chain = focus_chain(window)
    order = [
        window.sidebar.new_button,
        window.sidebar.search_box,
        window.view,
        window.picker.profile_picker,
        window.picker.model_picker,
        window.prompt,
        window.send_button,
        window.attach_button,
    ]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)


def test_f6_cycles_sidebar_conversation_prompt(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "Hi")
    assert window.prompt.hasFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert window.sidebar.isAncestorOf(seen[0])
    assert seen[1:] == [window.view, window.prompt]
    qtbot.keyClick(window.prompt, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.view


def test_alt_arrows_move_between_messages_and_tab_announces_their_links(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "First")
    send(qtbot, window, "Second")
    view = window.view
    view.setFocus()
    said = window.access.announcer.said
    said.clear()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert message_index(view) == 3 and view.extraSelections()  # the last reply, highlighted
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert message_index(view) == 2 and view.hasFocus()
    assert said[-1] == ("You, message 3", False)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert said[-1] == ("Copy, link, your message", False)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert message_index(view) == 3


def test_text_size_keys_scale_the_conversation_and_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    window = make_window()
    send(qtbot, window, "Hi")
    base = QApplication.font().pointSizeF()
    assert window.view.font().pointSizeF() == base
    link_sizes = _link_sizes(window)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSizeF() == pytest.approx(base * 1.25)
    assert _link_sizes(window) == pytest.approx([s * 1.25 for s in link_sizes])
    assert window.prompt.font().pointSizeF() == base  # only the conversation
    qtbot.waitUntil(lambda: _saved(isolated_env).get("text_scale") == 125)
    assert window.access.announcer.said[-1] == ("Text size 125 %", False)

    again = make_window()  # a new start: the size is remembered
    qtbot.waitUntil(lambda: again.view.font().pointSizeF() == pytest.approx(base * 1.25))
    qtbot.keyClick(again.prompt, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert again.view.font().pointSizeF() == pytest.approx(base * 1.1)
    qtbot.keyClick(again.prompt, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.view.font().pointSizeF() == base
    qtbot.waitUntil(lambda: _saved(isolated_env).get("text_scale") == 100)


def test_the_conversation_follows_the_system_font_size(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window(settings={"text_scale": 150})
    qtbot.waitUntil(lambda: window.access.text_size.scale == 150)
    original = QApplication.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    try:
        QApplication.setFont(bigger)
        qtbot.waitUntil(
            lambda: window.view.font().pointSizeF() == pytest.approx(bigger.pointSizeF() * 1.5)
        )
    finally:
        QApplication.setFont(original)


def test_the_view_menu_carries_mnemonics_and_shortcuts(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus)[:3] == ["&File", "&Message", "&View"]
    for title, menu in menus.items():
        assert "&" in title
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                assert "&" in action.text(), f"{title} > {action.text()} has no mnemonic"
    shortcuts = {a.text(): [k.toString() for k in a.shortcuts()] for a in menus["&View"].actions()}
    assert shortcuts["&Larger text"][0] == "Ctrl+="
    assert shortcuts["&Smaller text"][0] == "Ctrl+-"
    assert shortcuts["&Actual text size"] == ["Ctrl+0"]
    assert shortcuts["Next &pane"] == ["F6"]
    assert shortcuts["Next &message"] == ["Alt+Down"]


@pytest.fixture
def speaking(tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Switch the app to a shipped language (compiled from its .ts now); English after."""

    def install(lang: str) -> None:
        if lang != "en":
            translations.compile_all(tmp_path, [lang])
            assert language.install(lang, tmp_path) == lang

    yield install
    language.uninstall()


def mnemonic_problems(menu: QWidget, where: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Items of ``menu`` without an Alt+letter, and letters two items share (then Alt+letter
    only cycles between them). ``names``: items that are data (a project's name), not words."""
    out: list[str] = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        text = action.text()
        if action.isSeparator() or not text or text.replace("&&", "&") in names:
            continue
        letter = re.search(r"&([^&])", text.replace("&&", ""))
        if letter is None:
            out.append(f"{where} > {text!r} has no mnemonic")
        elif (key := letter.group(1).casefold()) in seen:
            out.append(f"{where} > {seen[key]!r} and {text!r} share &{key}")
        else:
            seen[key] = text
        if (submenu := action.menu()) is not None:
            out += mnemonic_problems(submenu, f"{where} > {text}", names)
    return out


@pytest.mark.parametrize("lang", ["en", *translations.SHIPPED])
def test_menus_have_a_mnemonic_on_every_item_and_no_two_share_one(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    isolated_env: Path,
    speaking: Callable[[str], None],
    lang: str,
) -> None:
    from chatdesk.core.projects import Project
    from chatdesk.services.storage import DB_NAME, HistoryStore
    from chatdesk.ui.sidebar import PINNED_ROLE

    seed_long_conversation(isolated_env, 2)
    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    store.save_project(Project(name="Garden"))
    store.close()
    speaking(lang)
    window = make_window()
    sidebar = window.sidebar
    qtbot.waitUntil(
        lambda: sidebar.project_names() == ["Garden"] and bool(sidebar.conversation_rows())
    )
    problems = mnemonic_problems(window.menuBar(), "menu bar")
    row = sidebar.conversation_rows()[0]
    menus = {
        "conversation": sidebar.menu_for(row),
        "project": sidebar.menu_for(sidebar.tree.topLevelItem(0)),
        "empty space": sidebar.menu_for(None),
    }
    row.setData(0, PINNED_ROLE, True)  # a pinned row's menu: Unpin where Pin was
    menus["pinned conversation"] = sidebar.menu_for(row)
    for where, menu in menus.items():
        problems += mnemonic_problems(menu, where, frozenset({"Garden"}))
    assert not problems, "\n".join(problems)
    keys = {
        where: {
            a.text(): a.shortcut().toString() for a in menu.actions() if not a.shortcut().isEmpty()
        }
        for where, menu in menus.items()
    }
    assert sorted(keys["conversation"].values()) == ["Ctrl+P", "Del", "F2"]
    assert sorted(keys["project"].values()) == ["Del", "F2"]


def test_a_pasted_image_and_a_range_of_any_unit_read_in_the_users_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    speaking: Callable[[str], None],
) -> None:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QLabel

    from chatdesk.core.i18n import tr
    from chatdesk.ui.document_dialogs import PageRangeDialog

    speaking("de")
    window = make_window()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    window.tray.add_pasted_image(bytes(buffer.data().data()))
    qtbot.waitUntil(lambda: len(window.tray.pending) == 1, timeout=5000)
    [name] = [a.name for a in window.tray.pending]
    assert name == tr("pasted image {number}").format(number=1) + ".png" != "pasted image 1.png"

    dialog = PageRangeDialog(
        window,
        title="report.epub",
        summary="",
        unit="chapter",
        count=9,
        check=lambda first, last: (True, ""),
        accept_text="OK",
    )
    qtbot.addWidget(dialog)
    words = [w.text() for w in dialog.findChildren(QLabel) if w.text() and w.isVisibleTo(dialog)]
    template = tr("Send {unit}s {first} to {last}")
    assert template != "Send {unit}s {first} to {last}"
    pieces = template.replace("{unit}", "chapter").replace("{last}", "{first}").split("{first}")
    assert words == [piece.strip() for piece in pieces if piece.strip()]
    assert [dialog.first.accessibleName(), dialog.last.accessibleName()] == [
        tr("First"),
        tr("Last"),
    ]


def test_every_dialog_names_its_fields_and_tabs_in_reading_order(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.core.projects import Project
    from chatdesk.core.tools import Tool, ToolCall
    from chatdesk.ui.compare_dialog import CompareDialog
    from chatdesk.ui.document_dialogs import PageRangeDialog, PasswordDialog
    from chatdesk.ui.elicitation import ElicitationDialog
    from chatdesk.ui.project_dialogs import ProjectPicker
    from chatdesk.ui.prompt_library import PromptLibraryDialog, open_library
    from chatdesk.ui.tool_approval import ToolApproval
    from chatdesk.ui.tools_dialog import ServerEditor

    window = make_window()
    window.open_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    window.dialogs.open_conversation_settings()
    window.dialogs.open_prices()
    window.dialogs.open_usage()
    open_library(window)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(PromptLibraryDialog)), timeout=5000
    )
    schema = {
        "properties": {"city": {"type": "string"}, "days": {"type": "integer", "title": "Days"}}
    }
    built = [
        ToolApproval(Tool("time", "now", "Tells the time"), ToolCall("1", "time__now", "{}")),
        ServerEditor(None),
        ElicitationDialog("weather", "Which city?", schema),
        PasswordDialog(None, "secret.pdf", wrong=False),
        PageRangeDialog(
            None,
            title="Attach report.pdf",
            summary="report.pdf: 12 pages",
            unit="page",
            count=12,
            check=lambda first, last: (True, f"{last - first + 1} pages"),
            accept_text="Attach",
        ),
        ProjectPicker([Project(name="Garden"), Project(name="Work")], "", "Otters", None),
        CompareDialog(window.controller, "Which is bigger?"),
    ]
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()] + built
    assert len(dialogs) >= 12
    for dialog in built:
        qtbot.addWidget(dialog)
        dialog.show()
    problems = {}
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        if found := unnamed(dialog) + out_of_order(dialog):
            problems[dialog.objectName()] = found
        dialog.reject()
    assert not problems, "\n".join(f"{name}: {found}" for name, found in problems.items())


def test_high_contrast_is_one_of_the_appearances_and_text_size_a_setting(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.core.theme_tokens import HIGH_CONTRAST
    from chatdesk.ui.theme import apply_theme, tokens

    window = make_window()
    window.open_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    assert dialog is not None
    combo = dialog.theme_combo
    combo.setCurrentIndex(combo.findData("high-contrast"))
    assert combo.currentText() == "High contrast"
    dialog.text_size.setValue(150)
    try:
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: tokens() is HIGH_CONTRAST)
        qtbot.waitUntil(lambda: window.access.text_size.scale == 150)
        assert window.controller.settings.prefs.theme == "high-contrast"
    finally:
        apply_theme("system")


# -- helpers ------------------------------------------------------------------------------


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``top``, in order (visible, enabled, tab-focusable)."""
    out: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not top and widget not in out:
        out.append(widget)
        widget = widget.nextInFocusChain()
    return [
        w
        for w in out
        if w.isVisibleTo(top)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader calls ``widget``: its name, or the label naming it (on Linux a
    combo box's name is its value, and its label is a relation)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    for other, relation in iface.relations(QAccessible.RelationFlag.Label):
        if relation & QAccessible.RelationFlag.Label:
            return other.text(QAccessible.Text.Name).replace("&", "").strip()
    if isinstance(widget, QComboBox):
        return ""  # its name would only be its current value
    return iface.text(QAccessible.Text.Name).replace("&", "").strip()


def unnamed(top: QWidget) -> list[str]:
    """Focusable widgets without a name, and the text fields of editable lists."""
    lines = [
        line
        for combo in top.findChildren(QComboBox)
        if combo.isVisibleTo(top) and (line := combo.lineEdit()) is not None
    ]
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in focus_chain(top) + lines
        if not accessible_name(w)
    ]


def message_index(view: QWidget) -> int:
    from chatdesk.ui.view_accessibility import message_index as index

    return index(view)  # type: ignore[arg-type]


def _link_sizes(window: MainWindow) -> list[float]:
    from chatdesk.ui.view_accessibility import links

    doc = window.view.document()
    sizes = []
    for _, _, href in links(window.view, 0, doc.characterCount()):
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href:
                    sizes.append(fragment.charFormat().fontPointSize())
                it += 1
            block = block.next()
    return sizes


def _saved(home: Path) -> dict[str, object]:
    try:
        return dict(json.loads((home / "settings.json").read_text()))
    except (OSError, ValueError):
        return {}


def out_of_order(top: QWidget) -> list[str]:
    """Steps of the tab order that go back up, or leftwards within a row."""
    out = []
    chain = focus_chain(top)
    for a, b in itertools.pairwise(chain):
        ra, rb = _rect(a, top), _rect(b, top)
        same_row = rb.top() < ra.bottom() and ra.top() < rb.bottom()
        if (same_row and rb.left() < ra.left()) or (not same_row and rb.top() < ra.top()):
            out.append(f"{_label(a)} -> {_label(b)}")
    return out


def _rect(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or accessible_name(widget)})"


def test_the_focused_widget_wears_a_ring_in_every_window(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.ui.focus_ring import FocusRing

    window = make_window()
    window.prompt.setFocus()
    qtbot.waitUntil(lambda: any(isinstance(c, FocusRing) for c in window.children()))
    ring = next(c for c in window.children() if isinstance(c, FocusRing))
    qtbot.waitUntil(ring.isVisible)
    around = QRect(window.prompt.mapTo(window, QPoint(0, 0)), window.prompt.size())
    assert ring.geometry().contains(around) and ring.geometry() != around
    window.send_button.setFocus()
    send = window.send_button
    qtbot.waitUntil(lambda: ring.geometry().contains(send.mapTo(window, send.rect().center())))
    window.open_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.key_edit.hasFocus())
    qtbot.waitUntil(
        lambda: any(isinstance(c, FocusRing) and c.isVisible() for c in dialog.children())
    )
    assert not ring.isVisible()
    dialog.reject()


def test_sidebar_rows_and_search_results_say_title_size_and_age(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "Tell me about otters")
    role = Qt.ItemDataRole.AccessibleTextRole

    def spoken(view: QAbstractItemView) -> list[str]:
        model = view.model()
        out, pending = [], [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                out.append(index.data(role) or "")
                pending.append(index)
        return out

    rows = window.sidebar.stack.widget(0)
    assert isinstance(rows, QAbstractItemView)
    qtbot.waitUntil(lambda: any("otters" in s for s in spoken(rows)))
    said = next(s for s in spoken(rows) if "otters" in s)
    assert "2 msgs" in said and ("just now" in said or "ago" in said) and "tokens" in said
    window.sidebar.search_box.setText("otters")
    results = window.sidebar.results
    qtbot.waitUntil(lambda: results.count() > 0 and any(spoken(results)))
    assert "otters" in spoken(results)[0] and "<" not in spoken(results)[0]
    clear = window.sidebar.search_box.findChildren(QToolButton)
    assert clear and all(b.accessibleName() == "Clear the search" for b in clear)


def test_a_typeset_formula_reads_as_its_latex(qtbot: QtBot) -> None:
    from chatdesk.core.messages import Role
    from chatdesk.ui.conversation_view import ConversationView
    from tests.support.snapshots import said

    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.add_message(said(Role.ASSISTANT, "The roots of $ax^2 + bx + c = 0$ are known.", "a1"))
    qtbot.waitUntil(lambda: not view.math.pending, timeout=20000)
    assert "\ufffc" in view.document().toPlainText()  # typeset: an image in the text
    text = QAccessible.queryAccessibleInterface(view).child(0).textInterface().text(0, -1)
    assert "$ax^2 + bx + c = 0$" in text and "\ufffc" not in text


def test_a_project_row_says_what_its_count_counts(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    """ "Work, 3 conversations", not "Work, 3"; one is singular, none is "empty"."""
    from chatdesk.core.messages import Conversation, Message, Role
    from chatdesk.core.projects import Project
    from chatdesk.services.storage import DB_NAME, HistoryStore
    from chatdesk.ui.project_tree import UID_ROLE

    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    work, solo, idle = Project(name="Work"), Project(name="Solo"), Project(name="Idle")
    for project in (work, solo, idle):
        store.save_project(project)
    for project, count in ((work, 3), (solo, 1)):
        for n in range(count):
            conv = Conversation(title=f"{project.name} {n}", project=project.uid)
            store.save_conversation(conv)
            message = Message(Role.USER, "hello")
            conv.add(message)
            store.add_message(conv.uid, message, 1.0)
    store.close()
    window = make_window()
    tree = window.sidebar.tree
    role = Qt.ItemDataRole.AccessibleTextRole

    def projects_said() -> list[str]:
        model = tree.model()
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        return sorted(i.data(role) or "" for i in rows if i.data(UID_ROLE) is None)

    expected = ["Idle, empty", "Solo, 1 conversation", "Work, 3 conversations"]
    qtbot.waitUntil(lambda: projects_said() == expected, timeout=5000)
