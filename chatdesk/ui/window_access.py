"""The window for keyboard and screen-reader users: names, tab order, F6 between panes,
moving between messages, link announcements, the View menu (text size), and the
sidebar rows' spoken text. Installed after the first paint, with the other menus.

The keyboard map it adds (the rest is in ``window_menus``):

- F6 / Shift+F6: the next / previous pane: sidebar → conversation → prompt;
- Alt+Down / Alt+Up in the conversation: the next / previous message (highlighted,
  and read out by a screen reader); Tab then moves through that message's links;
- Ctrl+= (or Ctrl++), Ctrl+-, Ctrl+0: larger, smaller, the system's text size.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QTextEdit,
    QToolButton,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.core.markdown import COPY_SCHEME
from chatdesk.core.messages import Role
from chatdesk.ui import focus_ring, view_accessibility
from chatdesk.ui.changes import Changes
from chatdesk.ui.message_blocks import ACTION_SCHEME
from chatdesk.ui.project_rows import DETAIL_ROLE, PINNED_ROLE
from chatdesk.ui.text_size import TextSize
from chatdesk.ui.view_accessibility import Announcer, message_index, who

if TYPE_CHECKING:
    from chatdesk.ui.conversation_view import ConversationView
    from chatdesk.ui.main_window import MainWindow

_TAGS = re.compile(r"<[^>]*>")
_LINK_MARK = QTextFormat.Property.UserProperty + 31
"""Marks the extra selection that shows the link Tab is on."""


def plain(rich: str) -> str:
    """Rich text as it reads: tags dropped, entities decoded, breaks as commas."""
    text = re.sub(r"<br\s*/?>", ", ", rich, flags=re.IGNORECASE)
    return " ".join(html.unescape(_TAGS.sub("", text)).split())


def row_text(index: QModelIndex, view: QAbstractItemView) -> str:
    """What a screen reader says for a sidebar row: title, pinned, age, messages, tokens."""
    title = index.data(Qt.ItemDataRole.DisplayRole) or ""
    if not title:
        widget = view.indexWidget(index)
        return plain(widget.text()) if isinstance(widget, QLabel) else ""
    detail = (index.data(DETAIL_ROLE) or "").replace("\u2028", ", ").replace(" · ", ", ")
    if index.data(PINNED_ROLE):
        title = tr("{title}, pinned").format(title=title)
    return f"{title}, {detail}" if detail else title


class RowNames(QObject):
    """Keeps ``Qt.AccessibleTextRole`` of every row of a list or tree in step with what
    its delegate paints (a title over age, size and tokens), so screen readers say it all."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._pass = QTimer(self)
        self._pass.setSingleShot(True)
        self._pass.setInterval(0)
        self._pass.timeout.connect(self.update)
        self._model: QAbstractItemModel | None = None
        self._watch()

    def _watch(self) -> None:
        model = self._view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (
            model.rowsInserted,
            model.dataChanged,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._pass.start)
        self._pass.start()

    def update(self) -> None:
        model = self._view.model()
        if model is None:
            return
        role = Qt.ItemDataRole.AccessibleTextRole
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                text = row_text(index, self._view)
                if text and index.data(role) != text:
                    model.setData(index, text, role)
                if model.rowCount(index) > 0:
                    pending.append(index)


# -- panes and messages ------------------------------------------------------------------


class WindowAccess(QObject):
    def __init__(self, window: MainWindow, announcer: Announcer) -> None:
        super().__init__(window)
        self.window = window
        self.announcer = announcer
        c = window.controller
        self.text_size = TextSize(
            window.view,
            window.view.document,
            lambda scale: c.servers.save_prefs(text_scale=scale),
            announcer.say,
        )
        c.changed.connect(self._on_changed)
        self.text_size.show_scale(c.settings.prefs.text_scale)
        # Tab selecting a link emits nothing: its key's release is the cue.
        window.view.installEventFilter(self)

    def _on_changed(self, changes: Changes) -> None:
        if Changes.SETTINGS in changes:
            self.text_size.show_scale(self.window.controller.settings.prefs.text_scale)

    def panes(self) -> list[tuple[QWidget, QWidget]]:
        """(pane, what takes the focus in it), in F6 order; hidden panes left out."""
        w = self.window
        out: list[tuple[QWidget, QWidget]] = []
        sidebar = w.sidebar
        if sidebar.isVisible():
            shown = sidebar.stack.currentWidget()
            focusable = shown is not None and shown.focusPolicy() != Qt.FocusPolicy.NoFocus
            out.append((sidebar, shown if shown is not None and focusable else sidebar.search_box))
        out.append((w.view, w.view))
        out.append((w.prompt, w.prompt))
        return out

    def cycle(self, step: int) -> None:
        """F6 (1) and Shift+F6 (-1): the next or previous pane."""
        panes = self.panes()
        focus = self.window.focusWidget()
        here = next(
            (
                i
                for i, (pane, _) in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            len(panes) - 1 if step > 0 else 0,
        )
        target = panes[(here + step) % len(panes)][1]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move_message(self, step: int) -> None:
        """Alt+Down (1) / Alt+Up (-1): highlight the next or previous message, put the
        cursor at its start (so Tab goes to its links) and tell a screen reader."""
        view = self.window.view
        uids = view.message_uids
        if not uids:
            return
        cursor = view.textCursor()
        starts = {frame.firstPosition() for frame in view.message_frames}
        placed = cursor.hasSelection() or cursor.position() in starts
        # Not placed by moving, jumping or Tab (the cursor just rode along with new text):
        # start from the newest message, where a reader of a chat most likely is.
        current = message_index(view) if placed else -1
        index = current + step if current >= 0 else len(uids) - 1
        if index < 0 and view.built_count:
            before = view.built_count
            view.load_older()  # older messages unbuilt above: build a page and go on
            index = view.built_count - before - 1
        index = max(0, min(index, len(view.message_uids) - 1))
        uid = view.message_uids[index]
        view.jump_to(uid)
        # Select the message's label ("You", "Assistant"): Tab goes on from a selection
        # (without one it starts again at the top), so it reaches this message's links.
        label = view.document().findBlock(view.message_frames[index].firstPosition()).begin()
        if not label.atEnd():
            fragment = label.fragment()
            cursor = QTextCursor(view.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            view.setTextCursor(cursor)
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        msg = view.shown_messages[index]
        if QAccessible.isActive():
            item = view_accessibility.item_for(view, index)
            if item is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))
        else:
            said = tr("{sender}, message {number}").format(sender=who(msg), number=index + 1)
            self.announcer.said.append((said, False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._say_link()
        elif event.type() == QEvent.Type.FocusOut:
            self._mark_link(None)
        return False

    def _mark_link(self, cursor: QTextCursor | None) -> None:
        """Show the link Tab is on as plainly as a focused button (the style only dots it)."""
        view = self.window.view
        kept = [s for s in view.extraSelections() if not s.format.property(_LINK_MARK)]
        if cursor is not None:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            palette = view.palette()
            mark.format.setBackground(palette.color(QPalette.ColorRole.Highlight))
            mark.format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            mark.format.setProperty(_LINK_MARK, True)
            kept.append(mark)
        view.setExtraSelections(kept)

    def _say_link(self) -> None:
        """Tab onto a message's link: mark it, and say which link, on whose message."""
        view = self.window.view
        label = link_label(view)
        if not view.hasFocus() or not label:
            self._mark_link(None)
            return
        self._mark_link(view.textCursor())
        index = message_index(view)
        msg = view.shown_messages[index] if index >= 0 else None
        if msg is None:
            said = tr("{link}, link").format(link=label)
        elif msg.role is Role.USER:
            said = tr("{link}, link, your message").format(link=label)
        else:
            said = tr("{link}, link, {sender}'s message").format(link=label, sender=who(msg))
        self.announcer.say(said)


def link_label(view: ConversationView) -> str:
    """The label of the link Tab selected in ``view`` ("Copy", "Edit"…), or ""."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return ""
    probe = QTextCursor(view.document())
    probe.setPosition(cursor.selectionStart() + 1)
    href = probe.charFormat().anchorHref()
    if href.startswith((f"{ACTION_SCHEME}:", f"{COPY_SCHEME}:")):
        return cursor.selectedText().strip() or tr("Copy")
    return ""


# -- names and order ---------------------------------------------------------------------


def name_controls(window: MainWindow) -> None:
    """Names (and where useful descriptions) for the window's controls that show none of
    their own: an icon, a symbol, or nothing but a placeholder."""
    view, prompt = window.view, window.prompt
    view.setAccessibleName(tr("Conversation"))
    view.setAccessibleDescription(
        tr("Alt+Down and Alt+Up move between messages; Tab moves through their links.")
    )
    view.latest_button.setAccessibleName(tr("Jump to the latest message"))
    prompt.setAccessibleName(tr("Message"))
    prompt.setAccessibleDescription(tr("Enter sends, Shift+Enter starts a new line."))
    window.send_button.setAccessibleDescription(tr("Send the message (Enter)"))
    window.stop_button.setAccessibleDescription(tr("Stop the reply (Esc)"))
    window.attach_button.setAccessibleName(tr("Attach files"))
    window.attach_button.setAccessibleDescription(
        tr("Attach images, documents or text files; pasting files works too.")
    )
    window.banner.action_button.setAccessibleDescription(tr("Fix what the banner reports"))
    window.banner.close_button.setAccessibleName(tr("Dismiss the message"))
    picker = window.picker
    picker.profile_picker.setAccessibleName(tr("Server profile"))
    picker.profile_button.setAccessibleName(tr("Manage profiles"))
    picker.model_picker.setAccessibleName(tr("Model"))
    line = picker.model_picker.lineEdit()
    if line is not None:  # typed into: its own name, as the list's is its label
        line.setAccessibleName(tr("Model"))
    picker.models_button.setAccessibleName(tr("Refresh the model list"))
    sidebar = window.sidebar
    sidebar.search_box.setAccessibleName(tr("Search all conversations"))
    for clear in sidebar.search_box.findChildren(QToolButton):  # its icon-only ✕
        clear.setAccessibleName(tr("Clear the search"))
    sidebar.results.setAccessibleName(tr("Search results"))
    for label, role in ((tr("Conversations"), "tree"), (tr("Conversations"), "list")):
        widget = getattr(sidebar, role, None)
        if isinstance(widget, QWidget):
            widget.setAccessibleName(label)
    for item_view in sidebar.findChildren(QAbstractItemView):
        RowNames(item_view)
    for status in (window.progress_label, window.usage_label, window.model_label):
        status.setAccessibleDescription(tr("Status bar"))


def tab_order(window: MainWindow) -> list[QWidget]:
    """Sidebar, conversation, banner, pickers, prompt, its buttons: as they read."""
    w = window
    chain: list[QWidget] = [
        w.view,
        w.banner.action_button,
        w.banner.close_button,
        w.picker.profile_picker,
        w.picker.profile_button,
        w.picker.model_picker,
        w.picker.models_button,
    ]
    if w.tools_button is not None:
        chain.append(w.tools_button)
    chain += [w.prompt, w.send_button, w.stop_button, w.attach_button]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain


# -- the View menu ---------------------------------------------------------------------------


def view_menu(window: MainWindow, access: WindowAccess) -> QMenu:
    """View: text size, panes, messages; before History in the menu bar."""
    menu = QMenu(tr("&View"), window)
    window.menuBar().insertMenu(window.history_menu.menuAction(), menu)
    size = access.text_size
    zoom = QKeySequence.StandardKey
    items: list[tuple[str, list[QKeySequence], Callable[[], None]] | None] = [
        (
            tr("&Larger text"),
            [QKeySequence("Ctrl+="), QKeySequence(zoom.ZoomIn)],
            lambda: size.change(1),
        ),
        (
            tr("&Smaller text"),
            [QKeySequence("Ctrl+-"), QKeySequence(zoom.ZoomOut)],
            lambda: size.change(-1),
        ),
        (tr("&Actual text size"), [QKeySequence("Ctrl+0")], lambda: size.change(0)),
        None,
        (tr("Next &pane"), [QKeySequence("F6")], lambda: access.cycle(1)),
        (tr("P&revious pane"), [QKeySequence("Shift+F6")], lambda: access.cycle(-1)),
    ]
    for entry in items:
        if entry is None:
            menu.addSeparator()
            continue
        label, keys, slot = entry
        action = QAction(label, window)
        # Each key once: a standard key that is the same (Ctrl+- for ZoomOut on most
        # desktops) would make the shortcut ambiguous, and it would never fire.
        action.setShortcuts(list({k.toString(): k for k in keys if not k.isEmpty()}.values()))
        action.triggered.connect(slot)
        menu.addAction(action)
    menu.addSeparator()
    view = window.view
    for label, key, step in (
        (tr("Next &message"), "Alt+Down", 1),
        (tr("Pre&vious message"), "Alt+Up", -1),
    ):
        action = QAction(label, view)
        action.setShortcut(QKeySequence(key))
        # Only in the conversation: Alt+Down opens a drop-down list everywhere else.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _=False, s=step: access.move_message(s))
        view.addAction(action)
        menu.addAction(action)
    return menu


def install(window: MainWindow) -> WindowAccess:
    """Everything above, for ``window`` (right after its first paint)."""
    announcer = view_accessibility.install(window)
    focus_ring.install()
    access = WindowAccess(window, announcer)
    name_controls(window)
    tab_order(window)
    view_menu(window, access)
    return access
