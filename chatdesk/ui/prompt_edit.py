"""The prompt box: Enter sends, Shift+Enter starts a new line.

Once the prompt library is attached (``use_prompts``, after the first paint), a "/" typed at
the start opens the popup of commands and saved prompts, then the MCP servers' prompts
(``server_prompts``), filtered as the user types: Up and Down choose, Enter or Tab inserts
the prompt (or runs the command; a server's prompt is inserted once its server sends it),
Esc closes it. Tab and Shift+Tab then jump between the inserted prompt's ``{{variables}}``;
a value typed over one is given to the others of the same name. Without variables Tab moves
the focus, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from chatdesk.core.i18n import tr

if TYPE_CHECKING:  # naming QKeyEvent at import would load its enums (~2 ms) before the window
    from PySide6.QtGui import QKeyEvent

    from chatdesk.core.prompts import Entry, Filling
    from chatdesk.ui.mcp_prompts import McpPrompts
    from chatdesk.ui.prompt_popup import PromptPopup
    from chatdesk.ui.prompts import PromptLibrary

_MAX_QUERY = 200
"""A "/" line longer than this is a message, not a search."""


class PromptEdit(QPlainTextEdit):
    submitted = Signal()
    files_dropped = Signal(list)  # local file paths dropped or pasted
    image_pasted = Signal(bytes)  # PNG bytes of an image pasted from the clipboard
    recall_requested = Signal()  # Up in an empty prompt: edit the last message
    command_chosen = Signal(object, str)  # Command from the "/" popup, its argument

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setPlaceholderText(tr("Message…  (Enter to send, Shift+Enter for a new line)"))
        self.setTabChangesFocus(True)
        self.library: PromptLibrary | None = None
        self._popup: PromptPopup | None = None
        self._dismissed = False  # Esc closed the popup: not again until the "/" is gone
        self._filling: Filling | None = None
        self.server_prompts: McpPrompts | None = None
        """The MCP servers' prompts, listed after the saved ones (set by ``install_prompts``)."""

    # -- the "/" popup and variables ------------------------------------------------------

    def use_prompts(self, library: PromptLibrary) -> None:
        """Offer the library's prompts and the commands on "/" (after the first paint)."""
        self.library = library
        self.setPlaceholderText(
            tr("Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)")
        )
        self.textChanged.connect(self._on_text_changed)
        from chatdesk.ui.prompt_popup import PromptPopup

        self._popup = PromptPopup(self.window())  # built now, not on the first "/" typed
        self._popup.chosen.connect(self._choose)

    @property
    def popup(self) -> PromptPopup | None:
        """The popup while it is shown."""
        return self._popup if self._popup is not None and self._popup.isVisible() else None

    def _on_text_changed(self) -> None:
        if self.popup is not None and not self._is_query(self.toPlainText()):
            self._popup_closed()
        if not self.toPlainText():
            self._dismissed = False
            self._filling = None

    @staticmethod
    def _is_query(text: str) -> bool:
        return text.startswith("/") and "\n" not in text and len(text) <= _MAX_QUERY

    def _typed(self) -> None:
        """After a key changed the text: open, filter or close the popup."""
        library = self.library
        if library is None:
            return
        text = self.toPlainText()
        if not self._is_query(text):
            self._dismissed = False
            self._popup_closed()
            return
        if self._dismissed:
            return
        from chatdesk.core.prompts import EntryKind, matches  # loaded after the first paint

        library.load()
        if self._popup is not None:
            found = matches(text[1:], library.entries())
            if self.server_prompts is not None:  # after the saved prompts, ranked as they are
                more = matches(text[1:], self.server_prompts.entries())
                found += [e for e in more if e.kind is not EntryKind.COMMAND]  # "/model x"
            self._popup.show_entries(found, self)

    def _popup_closed(self, *, dismissed: bool = False) -> None:
        if self._popup is not None:
            self._popup.hide()
        self._dismissed = self._dismissed or dismissed

    def _choose(self, entry: Entry | None) -> None:
        """Run the chosen command, or put the chosen prompt in the box."""
        self._popup_closed()
        self.setFocus()
        if entry is None:
            return
        command = entry.command
        if command is not None:
            self.clear()
            self.command_chosen.emit(command, entry.text)
            return
        if self.server_prompts is not None and self.server_prompts.take(entry):
            return  # the "/…" stays until the server's text comes
        self.insert_prompt(entry.text)

    def insert_prompt(self, text: str, *, replacing: str | None = None) -> None:
        """Put a prompt's text in the box, its first ``{{variable}}`` selected: in place of
        everything (the "/…" typed to find it), or after what is there when the box no
        longer holds ``replacing`` (the user typed on while a server was asked)."""
        current = self.toPlainText()
        after = replacing is not None and current != replacing and bool(current.strip())
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if after:
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText("\n\n")
        else:
            cursor.select(cursor.SelectionType.Document)
        start = cursor.selectionStart()
        cursor.insertText(text)
        cursor.endEditBlock()
        self._filling = None
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        if not self.jump_to_variable(forward=True):
            self.moveCursor(cursor.MoveOperation.End)

    def jump_to_variable(self, *, forward: bool) -> bool:
        """Select the next (previous) ``{{variable}}``, after giving the one just filled in
        to the others of its name. False when the text has none."""
        from chatdesk.core.prompts import filled, filling, from_utf16, next_variable, to_utf16

        text = self.toPlainText()
        cursor = self.textCursor()
        start = from_utf16(text, cursor.selectionStart())
        end = from_utf16(text, cursor.selectionEnd())
        if self._filling is not None:
            result = filled(self._filling, text)
            self._filling = None
            if result is not None:
                text, end = result
                start = end
                cursor.beginEditBlock()
                cursor.select(cursor.SelectionType.Document)
                cursor.insertText(text)
                cursor.endEditBlock()
        span = next_variable(text, start, end, forward=forward)
        if span is None:
            return False
        cursor.setPosition(to_utf16(text, span[0]))
        cursor.setPosition(to_utf16(text, span[1]), cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._filling = filling(text, *span)
        return True

    def event(self, event: QtCore.QEvent) -> bool:
        if self.library is None:  # nothing to do before the first paint: no enums loaded
            return super().event(event)
        kinds = QtCore.QEvent.Type
        if event.type() == kinds.KeyPress and isinstance(event, QtGui.QKeyEvent):
            qt = QtCore.Qt
            key, mods = event.key(), event.modifiers()
            plain = not mods & (
                qt.KeyboardModifier.ControlModifier | qt.KeyboardModifier.AltModifier
            )
            if plain and key in (qt.Key.Key_Tab, qt.Key.Key_Backtab):
                popup = self.popup
                if popup is not None:
                    self._choose(popup.current_entry())
                    return True
                forward = key == qt.Key.Key_Tab and not mods & qt.KeyboardModifier.ShiftModifier
                if self.jump_to_variable(forward=forward):
                    return True
        elif (
            event.type() == kinds.ShortcutOverride
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() == QtCore.Qt.Key.Key_Escape
            and self.popup is not None
        ):
            event.accept()  # Esc closes the popup here, not the window's Esc (stop)
            return True
        return super().event(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._popup_closed()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.popup is not None:
            self._typed()  # placed again over the prompt's new place

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        qt = QtCore.Qt  # looked up here, not at import: see main_window's note on start-up
        popup = self.popup
        if popup is not None:
            key = event.key()
            if key in (qt.Key.Key_Return, qt.Key.Key_Enter) and not (
                event.modifiers() & qt.KeyboardModifier.ShiftModifier
            ):
                entry = popup.current_entry()
                if entry is not None:
                    self._choose(entry)
                    event.accept()
                    return
                self._popup_closed()  # nothing matches: "/etc is…" is sent as typed
            elif key in (qt.Key.Key_Up, qt.Key.Key_Down):
                popup.step(-1 if key == qt.Key.Key_Up else 1)
                event.accept()
                return
            elif key in (qt.Key.Key_PageUp, qt.Key.Key_PageDown):
                popup.step(-8 if key == qt.Key.Key_PageUp else 8)
                event.accept()
                return
            elif key == qt.Key.Key_Escape:
                self._popup_closed(dismissed=True)
                event.accept()
                return
        if event.key() in (qt.Key.Key_Return, qt.Key.Key_Enter):
            if event.modifiers() & qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == qt.Key.Key_Up and not self.toPlainText():
            self.recall_requested.emit()
            event.accept()
            return
        before = self.toPlainText() if self.library is not None else ""
        super().keyPressEvent(event)
        if self.library is not None and (self.popup is not None or self.toPlainText() != before):
            self._typed()

    def canInsertFromMimeData(self, source: QtCore.QMimeData) -> bool:  # noqa: N802 - Qt override
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QtCore.QMimeData) -> None:  # noqa: N802 - Qt override
        """Files dropped or pasted become attachments; a pasted image too; text stays text.

        They go to the tray, which lets them be sent only once it has shown them."""
        paths = (
            [u.toLocalFile() for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        )
        if paths:
            self.files_dropped.emit(paths)
            return
        if source.hasImage():
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            source.imageData().save(buffer, "PNG")
            self.image_pasted.emit(bytes(data.data()))
            return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            self.insertFromMimeData(event.mimeData())
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    def restore(self, text: str) -> None:
        """Give back text that could not be sent, without losing anything typed since."""
        current = self.toPlainText()
        self.setPlainText(f"{text}\n\n{current}" if current.strip() else text)
        self.moveCursor(self.textCursor().MoveOperation.End)
