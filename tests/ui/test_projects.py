"""Projects in the real window on Xvfb, driven as a user would: by keyboard (Ctrl+Shift+M
then pick, F2, Enter to fold, the context menu), by a real mouse drag (xdotool on the X
server), and through the project's defaults reaching the server."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from chatdesk.core.params import Params
from chatdesk.core.projects import Project
from chatdesk.services.storage import DB_NAME, HistoryStore
from chatdesk.ui import project_actions
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.project_actions import ProjectActions
from chatdesk.ui.project_dialogs import Deleting, ProjectDialog, ProjectPicker
from chatdesk.ui.project_tree import PROJECT_ROLE, UID_ROLE
from devkit.fake_server import FakeOpenAI
from tests.ui.conftest import MakeWindow, send

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def groups(window: MainWindow) -> dict[str, list[str]]:
    """Each project's name (or "" for none) -> the titles shown under it, in order."""
    out: dict[str, list[str]] = {}
    tree = window.sidebar.tree
    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        assert top is not None
        if top.data(0, UID_ROLE) is None:
            out[top.text(0)] = [top.child(i).text(0) for i in range(top.childCount())]  # type: ignore[union-attr]
        else:
            out.setdefault("", []).append(top.text(0))
    return out


def wait_groups(qtbot: QtBot, window: MainWindow, expected: dict[str, list[str]]) -> None:
    try:
        qtbot.waitUntil(lambda: groups(window) == expected, timeout=5000)
    except WaitTimeout:
        assert groups(window) == expected  # says what is shown instead
        raise


def actions(window: MainWindow) -> ProjectActions:
    found = window.findChild(ProjectActions)
    assert found is not None
    return found


def seed_projects(home: Path, *projects: Project) -> None:
    store = HistoryStore(home / DB_NAME)
    store.open()
    for project in projects:
        store.save_project(project)
    store.close()


def new_project_by_dialog(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """History > New project…, the name typed, Enter."""
    actions(window).edit(Project())
    dialog = actions(window).dialog
    assert isinstance(dialog, ProjectDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: name in window.sidebar.project_names(), timeout=5000)


def pick(qtbot: QtBot, window: MainWindow, typed: str) -> list[str]:
    """Ctrl+Shift+M, then type to filter and Enter; returns the choices that were shown."""
    qtbot.waitUntil(window.isActiveWindow)  # back from a dialog: shortcuts need it active
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    picker = actions(window).picker
    assert isinstance(picker, ProjectPicker)
    qtbot.waitUntil(picker.filter.hasFocus)
    qtbot.keyClicks(picker.filter, typed)
    labels = picker.choice_labels()
    closed: list[int] = []
    picker.finished.connect(closed.append)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(closed) and window.isActiveWindow())
    return labels


def test_ctrl_shift_m_moves_the_open_conversation_into_a_project_picked_by_keyboard(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    new_project_by_dialog(qtbot, window, "Garden")
    send(qtbot, window, "Tomatoes need sun")
    qtbot.waitUntil(window.isActiveWindow)  # back from the project dialog
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "Stars at night")
    wait_groups(qtbot, window, {"Garden": [], "": ["Stars at night", "Tomatoes need sun"]})
    # The open conversation ("Stars at night") goes to a project typed anew.
    assert pick(qtbot, window, "Sky") == ["New project “Sky”"]
    wait_groups(qtbot, window, {"Garden": [], "Sky": ["Stars at night"], "": ["Tomatoes need sun"]})
    assert window.controller.conversation.project != ""
    # With the list focused, its current row moves: filter, Enter.
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentItem(window.sidebar.conversation_rows()[-1])
    assert pick(qtbot, window, "gar") == ["Garden", "New project “gar”"]
    wait_groups(qtbot, window, {"Garden": ["Tomatoes need sun"], "Sky": ["Stars at night"]})
    # And back out: "No project" is the first choice for a conversation in one.
    tree.setFocus()
    tree.setCurrentItem(window.sidebar.conversation_rows()[0])
    assert pick(qtbot, window, "") == ["No project", "Sky"]
    wait_groups(qtbot, window, {"Garden": [], "Sky": ["Stars at night"], "": ["Tomatoes need sun"]})


def test_a_new_conversation_moved_before_it_is_saved_is_saved_in_the_project(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    seed_projects(isolated_env, Project(name="Work"))
    window = make_window()
    qtbot.waitUntil(lambda: window.sidebar.project_names() == ["Work"])
    pick(qtbot, window, "work")  # nothing typed yet: the empty new conversation
    send(qtbot, window, "Quarterly report outline")
    wait_groups(qtbot, window, {"Work": ["Quarterly report outline"]})


def test_keyboard_folds_renames_and_pinned_stay_on_top_in_their_group(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    window = make_window()
    new_project_by_dialog(qtbot, window, "Garden")
    for text in ("alpha", "beta", "gamma"):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        send(qtbot, window, text)
        pick(qtbot, window, "Garden")
    wait_groups(qtbot, window, {"Garden": ["gamma", "beta", "alpha"]})
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentItem(window.sidebar.conversation_rows()[2])  # alpha, the oldest
    qtbot.keyClick(tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_groups(qtbot, window, {"Garden": ["alpha", "gamma", "beta"]})
    assert window.sidebar.conversation_rows()[0].data(0, 258) is True  # ★

    # Up from the first conversation reaches the project's row; Enter folds it, and the
    # fold is remembered by the next window.
    tree.setCurrentItem(window.sidebar.conversation_rows()[0])
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    project_row = tree.currentItem()
    assert project_row is not None and project_row.data(0, UID_ROLE) is None
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not project_row.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # Right unfolds, as in any tree
    assert project_row.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not project_row.isExpanded()
    # F2 renames the project.
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not tree and editor.text() == "Garden"  # type: ignore[union-attr]
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Vegetables")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sidebar.project_names() == ["Vegetables"], timeout=5000)
    # The open conversation is in it; a new reply there does not unfold it.
    send(qtbot, window, "more")
    qtbot.wait(400)  # the list is read again after a save
    top = window.sidebar.tree.topLevelItem(0)
    assert top is not None and not top.isExpanded()
    window.library.runner.close()  # type: ignore[union-attr]
    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    [stored] = store.list_projects()
    assert (stored.name, stored.collapsed) == ("Vegetables", True)
    store.close()
    again = make_window()
    qtbot.waitUntil(lambda: again.sidebar.project_names() == ["Vegetables"])
    qtbot.waitUntil(lambda: again.sidebar.tree.topLevelItemCount() == 1)
    top = again.sidebar.tree.topLevelItem(0)
    assert top is not None and not top.isExpanded() and top.childCount() == 3


@pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")
def test_a_conversation_dragged_with_the_mouse_onto_a_project_moves_into_it(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    if QApplication.platformName() != "xcb":
        pytest.skip("a real drag needs the X server (run under xvfb-run with xcb)")
    seed_projects(isolated_env, Project(name="Garden"), Project(name="Sky"))
    window = make_window()
    send(qtbot, window, "Where do comets come from")
    wait_groups(qtbot, window, {"Garden": [], "Sky": [], "": ["Where do comets come from"]})
    tree = window.sidebar.tree

    def centre(item: QTreeWidgetItem) -> QPoint:
        return tree.viewport().mapToGlobal(tree.visualItemRect(item).center())

    source = centre(window.sidebar.conversation_rows()[0])
    sky = tree.topLevelItem(1)
    assert sky is not None and sky.text(0) == "Sky"
    target = centre(sky)
    steps = ["mousemove", str(source.x()), str(source.y()), "sleep", "0.3", "mousedown", "1"]
    for dy in (4, 12, 24):  # past the drag distance, then on towards the target
        steps += ["sleep", "0.1", "mousemove", str(source.x()), str(source.y() - dy)]
    steps += ["sleep", "0.2", "mousemove", str(target.x()), str(target.y() + 3)]
    steps += ["sleep", "0.2", "mousemove", str(target.x()), str(target.y())]
    steps += ["sleep", "0.4", "mouseup", "1"]
    drag = subprocess.Popen(["xdotool", *steps])
    try:
        wait_groups(qtbot, window, {"Garden": [], "Sky": ["Where do comets come from"]})
    finally:
        drag.wait(10)
    # Dropped on the empty space below the projects: out of any project again.
    item = window.sidebar.conversation_rows()[0]
    source = centre(item)
    below = tree.viewport().mapToGlobal(QPoint(20, tree.viewport().height() - 10))
    steps = ["mousemove", str(source.x()), str(source.y()), "sleep", "0.3", "mousedown", "1"]
    for dy in (4, 12, 24, 60):
        steps += ["sleep", "0.1", "mousemove", str(source.x()), str(source.y() + dy)]
    steps += ["sleep", "0.2", "mousemove", str(below.x()), str(below.y())]
    steps += ["sleep", "0.4", "mouseup", "1"]
    drag = subprocess.Popen(["xdotool", *steps])
    try:
        wait_groups(qtbot, window, {"Garden": [], "Sky": [], "": ["Where do comets come from"]})
    finally:
        drag.wait(10)


def test_a_new_conversation_in_a_project_starts_with_its_defaults(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path, server: FakeOpenAI
) -> None:
    base = {"key_id": server.base_url, "base_url": server.base_url, "model": "test-model"}
    project = Project(
        name="Poems",
        system_prompt="Answer in verse.",
        profile="second",
        model="other-model",
        params=Params(temperature=1.5, max_tokens=99),
    )
    seed_projects(isolated_env, project)
    window = make_window(
        settings={
            "active_profile": "first",
            "profiles": [
                base | {"id": "first", "name": "First"},
                base | {"id": "second", "name": "Second"},
            ],
        }
    )
    qtbot.waitUntil(lambda: window.sidebar.project_names() == ["Poems"])
    row = window.sidebar.tree.topLevelItem(0)
    menu = window.sidebar.menu_for(row)
    [here] = [a for a in menu.actions() if a.text() == "&New conversation here"]
    here.trigger()
    assert window.controller.settings.active_id == "second"
    assert window.controller.settings.active.model == "other-model"
    send(qtbot, window, "Write about rain")
    body = server.chat_requests[-1].body
    assert body["model"] == "other-model"
    assert body["messages"][0] == {"role": "system", "content": "Answer in verse."}
    assert (body["temperature"], body["max_tokens"]) == (1.5, 99)
    wait_groups(qtbot, window, {"Poems": ["Write about rain"]})
    # A conversation moved in later keeps its own settings.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.controller.switch_profile("first")
    window.controller.servers.set_model("test-model")
    send(qtbot, window, "Plain question")
    pick(qtbot, window, "Poems")
    send(qtbot, window, "And another")
    body = server.chat_requests[-1].body
    assert body["model"] == "test-model" and "temperature" not in body
    assert body["messages"][0]["role"] == "user"


def open_settings(qtbot: QtBot, window: MainWindow, name: str) -> ProjectDialog:
    """The settings dialog of the window's only project, ``name``, as its menu opens it."""
    qtbot.waitUntil(lambda: window.sidebar.project_names() == [name])
    [uid] = [p.uid for p in window.sidebar.projects]
    actions(window).on_asked(project_actions.ProjectAsk.SETTINGS, uid)
    dialog = actions(window).dialog
    assert isinstance(dialog, ProjectDialog)
    return dialog


def test_project_settings_dialog_saves_name_and_defaults(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    seed_projects(isolated_env, Project(name="Drafts"))
    window = make_window()
    dialog = open_settings(qtbot, window, "Drafts")
    dialog.system_edit.setPlainText("Be brief.")
    dialog.model_edit.setText("tiny-model")
    dialog.edits["temperature"].setText("3")  # out of range: refused, said why
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "temperature" in dialog.error.text()
    dialog.edits["temperature"].setText("0.2")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sidebar.projects[0].model == "tiny-model", timeout=5000)
    saved = window.sidebar.projects[0]
    assert (saved.system_prompt, saved.params.temperature) == ("Be brief.", 0.2)
    assert "tiny-model" in window.sidebar.tree.topLevelItem(0).toolTip(0)  # type: ignore[union-attr]


def test_context_menu_moves_and_search_filters_to_a_project(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    seed_projects(isolated_env, Project(name="Garden"))
    window = make_window()
    send(qtbot, window, "Volcanoes in the garden")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "Volcanoes on Mars")
    wait_groups(qtbot, window, {"Garden": [], "": ["Volcanoes on Mars", "Volcanoes in the garden"]})
    sidebar = window.sidebar
    row = sidebar.conversation_rows()[1]
    menu = sidebar.menu_for(row)
    [move] = [a.menu() for a in menu.actions() if a.text() == "&Move to project"]
    texts = [a.text() for a in move.actions() if a.text()]
    assert texts == ["&No project", "Garden", "New &project…"]
    next(a for a in move.actions() if a.text() == "Garden").trigger()
    wait_groups(qtbot, window, {"Garden": ["Volcanoes in the garden"], "": ["Volcanoes on Mars"]})

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sidebar.search_box, "volcanoes")
    qtbot.waitUntil(lambda: len(sidebar.result_texts()) == 2, timeout=5000)
    scope = sidebar.scope
    assert scope is not None and scope.isVisible()
    # Tab from the search box reaches "Search in"; Down picks the project.
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Tab)
    assert scope.hasFocus()
    qtbot.keyClick(scope, Qt.Key.Key_Down)
    assert scope.currentText() == "In Garden"
    qtbot.waitUntil(lambda: len(sidebar.result_texts()) == 1, timeout=5000)
    assert "Volcanoes in the garden" in sidebar.result_texts()[0]
    assert "Search in Garden" in sidebar.search_box.placeholderText()
    qtbot.keyClick(scope, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: len(sidebar.result_texts()) == 2, timeout=5000)


@pytest.mark.parametrize("answer", [Deleting.KEEP, Deleting.ALL, Deleting.CANCEL])
def test_deleting_a_project_asks_whether_to_keep_its_conversations(
    qtbot: QtBot,
    make_window: MakeWindow,
    isolated_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Deleting,
) -> None:
    seed_projects(isolated_env, Project(name="Old stuff"))
    window = make_window()
    send(qtbot, window, "Inside the project")
    pick(qtbot, window, "old")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "Outside")
    wait_groups(qtbot, window, {"Old stuff": ["Inside the project"], "": ["Outside"]})
    window.library.open_conversation(window.sidebar.conversation_rows()[0].data(0, UID_ROLE))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.view.message_texts[:1] == ["Inside the project"])
    asked: list[tuple[str, int]] = []

    def ask(parent: object, project: Project, count: int) -> Deleting:
        asked.append((project.name, count))
        return answer

    monkeypatch.setattr(project_actions, "ask_delete", ask)
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert asked == [("Old stuff", 1)]
    if answer is Deleting.CANCEL:
        qtbot.wait(300)
        assert groups(window) == {"Old stuff": ["Inside the project"], "": ["Outside"]}
    elif answer is Deleting.KEEP:
        wait_groups(qtbot, window, {"": ["Outside", "Inside the project"]})
        assert window.view.message_texts[:1] == ["Inside the project"]  # still open
        assert window.controller.conversation.project == ""
    else:
        wait_groups(qtbot, window, {"": ["Outside"]})
        assert window.view.message_texts == []  # the open one was deleted: a fresh start


def test_exporting_a_project_from_its_menu(
    qtbot: QtBot,
    make_window: MakeWindow,
    isolated_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_projects(isolated_env, Project(name="Garden", model="m"))
    window = make_window()
    send(qtbot, window, "Roses")
    pick(qtbot, window, "gar")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "Not in it")
    wait_groups(qtbot, window, {"Garden": ["Roses"], "": ["Not in it"]})
    out = tmp_path / "garden.json"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "JSON (*.json)"))
    notices: list[str] = []
    window.library.notice.connect(notices.append)  # type: ignore[union-attr]
    menu = window.sidebar.menu_for(window.sidebar.tree.topLevelItem(0))
    next(a for a in menu.actions() if a.text() == "&Export project…").trigger()
    qtbot.waitUntil(lambda: any("Exported 1" in n for n in notices), timeout=5000)
    doc = json.loads(out.read_text())
    assert [p["name"] for p in doc["projects"]] == ["Garden"]
    assert [c["title"] for c in doc["conversations"]] == ["Roses"]
    assert doc["conversations"][0]["project"] == doc["projects"][0]["uid"]
    assert window.sidebar.tree.topLevelItem(0).data(0, PROJECT_ROLE) == doc["projects"][0]["uid"]  # type: ignore[union-attr]


def test_only_an_edit_renames_a_row_not_other_changes_to_its_data(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    """A screen reader's text set on every row (window_access) once renamed them all, and
    each rename listed the history again: a loop."""
    seed_projects(isolated_env, Project(name="Garden"))
    window = make_window()
    send(qtbot, window, "Roses")
    wait_groups(qtbot, window, {"Garden": [], "": ["Roses"]})
    tree, sidebar = window.sidebar.tree, window.sidebar
    model = tree.model()
    with (
        qtbot.assertNotEmitted(sidebar.rename_requested, wait=300),
        qtbot.assertNotEmitted(sidebar.project_renamed, wait=300),
    ):
        for item in (tree.topLevelItem(0), tree.topLevelItem(1)):
            index = tree.indexFromItem(item)
            model.setData(index, "spoken text", Qt.ItemDataRole.AccessibleTextRole)
            model.setData(index, "a tip", Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_the_delete_question_is_answered_from_the_keyboard(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path, key: Qt.Key
) -> None:
    """The real question (no stand-in): Enter keeps the conversations (its default), Esc
    keeps the project."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seed_projects(isolated_env, Project(name="Old stuff"))
    window = make_window()
    send(qtbot, window, "Inside the project")
    pick(qtbot, window, "old")
    wait_groups(qtbot, window, {"Old stuff": ["Inside the project"]})
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(20, answer)
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "Old stuff" in seen[0] and "1 conversation" in seen[0]
    if key is Qt.Key.Key_Return:
        wait_groups(qtbot, window, {"": ["Inside the project"]})
        assert "Old stuff" not in window.sidebar.project_names()
    else:
        qtbot.wait(300)
        assert groups(window) == {"Old stuff": ["Inside the project"]}
