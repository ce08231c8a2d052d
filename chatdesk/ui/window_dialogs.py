"""The main window's secondary dialogs: usage, prices, presets, conversation settings,
import and export, the log folder. Each opens on demand (its module loads then) and hands
what the user chose to the controller or the library; none decides anything itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from chatdesk.core.i18n import tr
from chatdesk.services.paths import AppPaths, private_dir
from chatdesk.ui import conversation_prefs
from chatdesk.ui.controller import ChatController
from chatdesk.ui.library import LibraryController

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from chatdesk.ui.conversation_settings import ConversationSettingsDialog
    from chatdesk.ui.mcp_tools import McpTools
    from chatdesk.ui.prices_dialog import PricesDialog
    from chatdesk.ui.usage_dialog import UsageDialog


class WindowDialogs(QObject):
    def __init__(
        self,
        window: QWidget,
        chat: ChatController,
        library: LibraryController | None,
        paths: AppPaths,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._chat = chat
        self._library = library
        self._paths = paths
        self.usage_dialog: UsageDialog | None = None
        self.prices_dialog: PricesDialog | None = None
        self.conversation_dialog: ConversationSettingsDialog | None = None

    def _notice(self, text: str) -> None:
        from PySide6.QtWidgets import QMainWindow

        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, 8000)

    def open_tools(self, tools: McpTools) -> None:
        from chatdesk.ui.tools_dialog import ToolsDialog

        self.tools_dialog = ToolsDialog(tools, self._window)
        self.tools_dialog.open()

    def open_compare(self, question: str) -> None:
        """Ask 2–4 models at once (the prompt's text is the question). Each is sent the
        whole conversation, so the part a long one left in the history is read first."""
        if not self._chat.busy:
            self._chat.with_full_conversation(lambda: self._open_compare(question))

    def _open_compare(self, question: str) -> None:
        from chatdesk.ui.compare_dialog import CompareDialog

        self.compare_dialog = CompareDialog(self._chat, question, self._window)
        self.compare_dialog.open()

    def open_usage(self) -> None:
        if self._library is None:
            return
        from chatdesk.ui.usage_dialog import UsageDialog

        self.usage_dialog = UsageDialog(self._library, self._chat.settings, self._window)
        self.usage_dialog.open()

    def fill_preset_menu(self, menu: QMenu) -> None:
        from PySide6.QtGui import QAction

        menu.clear()
        presets = self._chat.settings.prefs.presets
        if not presets:
            empty = QAction(tr("No presets yet (Message > Conversation settings…)"), menu)
            empty.setEnabled(False)
            menu.addAction(empty)
        for name in sorted(presets):
            action = QAction(name, menu)
            action.triggered.connect(lambda _=False, n=name: self.new_from_preset(n))
            menu.addAction(action)

    def new_from_preset(self, name: str) -> None:
        if conversation_prefs.new_from_preset(self._chat, name):
            self._notice(tr("New conversation from “{name}”").format(name=name))

    def open_conversation_settings(self) -> None:
        from chatdesk.core.params import DEFAULT_CONTEXT, context_length
        from chatdesk.ui.conversation_settings import ConversationSettingsDialog

        c = self._chat
        settings, conv = c.settings, c.conversation
        dialog = ConversationSettingsDialog(
            conv.system_prompt,
            conv.params,
            settings.prefs.presets,
            settings.active.model,
            settings.prefs.context_lengths.get(settings.active.model.strip().lower()),
            context_length(settings.active.model, DEFAULT_CONTEXT),
            self._window,
        )
        self.conversation_dialog = dialog
        dialog.accepted.connect(
            lambda: conversation_prefs.save_conversation_settings(
                c, dialog.system_prompt(), dialog.params(), dialog.context(), dialog.presets
            )
        )
        dialog.open()

    def open_prices(self) -> None:
        from chatdesk.ui.prices_dialog import PricesDialog

        dialog = PricesDialog(self._chat.settings.prefs.prices, self._window)
        self.prices_dialog = dialog
        dialog.accepted.connect(lambda: self._chat.servers.save_prefs(prices=dialog.prices()))
        dialog.open()

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._library is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            tr("Import conversations"),
            "",
            tr("chatdesk or ChatGPT export") + " (*.json);;" + tr("All files") + " (*)",
        )
        if path:
            self._library.import_file(Path(path))

    def export(self, *, current_only: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._library is None:
            return
        conv = self._chat.conversation
        if current_only and not conv.messages:
            self._notice(tr("Nothing to export: this conversation is empty."))
            return
        stem = "".join(ch if ch.isalnum() else "-" for ch in conv.title)[:40]
        stem = stem or tr("conversation", "default file name")
        name = stem if current_only else tr("chatdesk-history", "default file name")
        path, chosen = QFileDialog.getSaveFileName(
            self._window, tr("Export"), f"{name}.md", "Markdown (*.md);;JSON (*.json)"
        )
        if path:
            fmt = "json" if "json" in chosen.lower() or path.endswith(".json") else "md"
            self._library.export(Path(path), fmt, conv.uid if current_only else None)

    def keyring_failed(self, problem: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self._window,
            tr("Key not saved"),
            tr("{problem}\n\nThe key you entered is used until you quit chatdesk.").format(
                problem=problem
            ),
        )

    def open_log_folder(self) -> None:
        from PySide6.QtGui import QDesktopServices

        private_dir(self._paths.log_dir)  # logs can hold conversation text: owner only
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.log_dir)))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from chatdesk import __version__

        QMessageBox.about(
            self._window,
            tr("About chatdesk"),
            tr("chatdesk {version}\nA native chat client for OpenAI-compatible servers.").format(
                version=__version__
            ),
        )
