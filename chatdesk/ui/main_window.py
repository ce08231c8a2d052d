"""The main window: layout and wiring only. Decisions live in ``ChatController``.

Start-up cost: nothing here touches the ``Qt`` namespace (its enums take ~10 ms to
load) or the settings dialog until they are needed, after the window is shown.
"""

from __future__ import annotations

import contextlib
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.errors import Action, ChatError
from chatdesk.core.i18n import tr
from chatdesk.core.messages import ConversationSnapshot
from chatdesk.services.config import ConfigStore
from chatdesk.services.paths import AppPaths
from chatdesk.ui.changes import Changes

if TYPE_CHECKING:
    from chatdesk.ui.controller import ChatController
    from chatdesk.ui.library import LibraryController
    from chatdesk.ui.mcp_tools import McpTools
    from chatdesk.ui.settings_dialog import SettingsDialog
    from chatdesk.ui.tools_button import ToolsButton


class MainWindow(QMainWindow):
    first_painted = Signal()
    """Emitted once, just after the window first reaches the screen: start-up work hangs off it."""

    controller: ChatController
    library: LibraryController | None

    def __init__(
        self,
        controller: ChatController | None,
        config: ConfigStore,
        paths: AppPaths,
        library: LibraryController | None = None,
        *,
        tools: McpTools | None = None,
        show_first: bool = False,
    ) -> None:
        """``show_first``: map the window before building its contents, so it is on
        screen while the controller and the widgets load (~60 ms of imports and Qt's text
        engine); everything is built before the first paint, so the user never sees it
        half done. Without a controller the window is only mapped: ``build`` fills it."""
        super().__init__()
        self._config = config
        self._paths = paths
        self.settings_dialog: SettingsDialog | None = None
        self._painted = False
        self.setWindowTitle("chatdesk")
        self.setObjectName("mainWindow")
        if show_first:
            self.restore_state()
            self.show()
        if controller is not None:
            self.build(controller, library, tools=tools, show_first=show_first)

    def build(
        self,
        controller: ChatController,
        library: LibraryController | None = None,
        *,
        tools: McpTools | None = None,
        show_first: bool = True,
        themed: bool = False,
    ) -> None:
        """The window's contents, wired to ``controller`` (before the first paint).
        ``themed``: the saved theme is in force already (a second Fusion style would
        style every widget again, the quick-ask window's too)."""
        self.controller = controller
        self.library = library
        # The widgets' modules load here, after the window is mapped when show_first: the
        # conversation view, sidebar, tray and dialogs cost ~30 ms of imports.
        from chatdesk.ui import conversation_prefs
        from chatdesk.ui.a11y_factory import install_factory  # after the window is mapped
        from chatdesk.ui.attachment_tray import AttachmentTray
        from chatdesk.ui.conversation_view import ConversationView
        from chatdesk.ui.error_banner import ErrorBanner
        from chatdesk.ui.message_commands import MessageCommands
        from chatdesk.ui.plain_text import PlainLabel
        from chatdesk.ui.prompt_edit import PromptEdit
        from chatdesk.ui.security_label import SecurityLabel
        from chatdesk.ui.server_picker import ServerPicker
        from chatdesk.ui.sidebar import Sidebar
        from chatdesk.ui.window_dialogs import WindowDialogs
        from chatdesk.ui.window_wiring import wire

        install_factory()  # before the widgets that have accessible interfaces of their own
        self.view = ConversationView()
        self.prompt = PromptEdit()
        self.banner = ErrorBanner()
        self.send_button = QPushButton(tr("Send"))
        self.send_button.setObjectName("send")
        self.send_button.setToolTip(tr("Send (Enter)"))
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setToolTip(tr("Stop the reply (Esc)"))
        self.stop_button.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        self.attach_button = QPushButton(tr("Attach…"))
        self.attach_button.setObjectName("attach")
        self.attach_button.setToolTip(
            tr("Attach documents, images or text files (or drop or paste them)")
        )
        self.tray = AttachmentTray()
        self.attach_button.clicked.connect(self.tray.pick_files)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        input_row = QHBoxLayout()
        input_row.setContentsMargins(0, 0, 0, 0)
        input_row.addWidget(self.prompt, 1)
        input_row.addLayout(buttons)
        self.prompt.setFixedHeight(110)
        chat = QWidget()
        layout = QVBoxLayout(chat)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        self.picker = ServerPicker(controller)
        picker_row = QHBoxLayout()
        picker_row.setContentsMargins(0, 0, 0, 0)
        picker_row.addWidget(self.picker, 1)
        self.tools_button: ToolsButton | None = None
        if tools is not None:
            from chatdesk.ui.tools_button import ToolsButton

            c = controller
            self.tools_button = ToolsButton(
                tools,
                lambda: c.conversation.params,
                partial(conversation_prefs.set_tools_off, c),
                self.open_tools,
            )
            picker_row.addWidget(self.tools_button)
        self.tools = tools
        layout.addLayout(picker_row)
        layout.addWidget(self.tray)
        layout.addLayout(input_row)
        self.sidebar = Sidebar()
        self.splitter = QSplitter()  # horizontal by default
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(chat)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640])
        self.setCentralWidget(self.splitter)
        if library is None:
            self.sidebar.hide()

        self.progress_label = PlainLabel()
        self.progress_label.setObjectName("progress")
        self.usage_label = PlainLabel()
        self.usage_label.setObjectName("usage")
        self.model_label = PlainLabel()  # the model's name may come from a server or a file
        self.model_label.setObjectName("modelLabel")
        self.security_label = SecurityLabel()
        self.statusBar().addWidget(self.progress_label, 1)
        self.statusBar().addPermanentWidget(self.security_label)
        self.statusBar().addPermanentWidget(self.usage_label)
        self.statusBar().addPermanentWidget(self.model_label)

        self.dialogs = WindowDialogs(self, controller, library, self._paths)
        self.commands = MessageCommands(self)
        self._build_menus()
        wire(self)  # the controller's, library's and widgets' signals, in order
        if not show_first:
            self.restore_state(theme=not themed)
        self.prompt.setFocus()

    # -- construction -----------------------------------------------------------------

    def _build_menus(self) -> None:
        """Menu titles now; their actions come in ``install_actions`` after the first paint."""
        self.file_menu = self.menuBar().addMenu(tr("&File"))
        self.message_menu = self.menuBar().addMenu(tr("&Message"))
        self.history_menu = self.menuBar().addMenu(tr("Hi&story"))
        self.help_menu = self.menuBar().addMenu(tr("&Help"))

    def install_actions(self) -> None:
        """Menus and shortcuts, right after the first paint (see ``window_menus``)."""
        from chatdesk.ui.window_access import install as install_access
        from chatdesk.ui.window_menus import install_actions

        self.stop_shortcut = install_actions(self)
        self.access = install_access(self)  # names, tab order, F6, text size, announcements

    def restore_state(self, *, theme: bool = True) -> None:
        """The saved theme (the System one follows the desktop, high contrast included;
        unless ``theme`` is False: it is in force) and geometry; before anything is
        shown, so nothing is drawn twice."""
        chosen, geometry = self._config.load_window_state()
        if theme:
            from chatdesk.ui.theme import apply_chosen

            apply_chosen(chosen)
        self._theme = chosen
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(900, 700)

    # -- actions and slots (``window_wiring`` connects them) ------------------------

    def return_prompt(self, text: str) -> None:
        """A turn failed before its first word: its question comes back to this prompt,
        unless the quick-ask window asked it (it gets it back there)."""
        from chatdesk.ui.turn_owner import quick_window_asked

        if not quick_window_asked():
            self.prompt.restore(text)

    def send(self) -> None:
        waiting = self.tray.not_ready()
        if waiting:  # files still being read, or pasted ones the user has not seen yet
            self.banner.show_notice(waiting)
            return
        text = self.prompt.toPlainText()
        if self.controller.send(text, tuple(self.tray.pending)):
            self.prompt.clear()
            self.tray.take()
        self.prompt.setFocus()

    def on_changed(self, changes: Changes) -> None:
        """Refresh what shows the controller's state: the status bar, Send and Stop, the
        server picker, the sidebar's current row; each read from the controller."""
        c = self.controller
        if changes & (Changes.BUSY | Changes.READY):
            self.send_button.setEnabled(c.ready and not c.busy)
            self.stop_button.setEnabled(c.busy)
            if Changes.BUSY in changes and not c.busy:
                self.prompt.setFocus()
        if Changes.USAGE in changes:
            self.usage_label.setText(c.usage_line)
        if Changes.SETTINGS in changes:
            self._show_settings_state()
        if Changes.CONVERSATION in changes:
            if self.tools_button is not None:
                self.tools_button.refresh()  # the tools this conversation offers
            if self.library is not None:
                self.sidebar.set_current(c.conversation.uid)

    def _show_settings_state(self) -> None:
        settings = self.controller.settings
        self.model_label.setText(settings.active.model)
        self.picker.show_settings(settings)
        self.security_label.show_for(settings)
        if settings.prefs.theme != self._theme:
            from chatdesk.ui.theme import apply_theme

            self._theme = settings.prefs.theme
            apply_theme(settings.prefs.theme)
            if not self.controller.busy:  # colours are baked in
                self.show_conversation(ConversationSnapshot.of(self.controller.conversation))

    def show_conversation(self, conv: ConversationSnapshot) -> None:
        self.view.show_conversation(list(conv.messages), more_in_history=conv.more_in_history)
        self.prompt.setFocus()

    def escape(self) -> None:
        if self.controller.busy:
            self.controller.stop()
        elif self.controller.actions.editing is not None:
            self.controller.actions.cancel_editing()
            self.prompt.clear()

    def new_conversation(self) -> None:
        self.controller.new_conversation()
        self.prompt.setFocus()

    def notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def on_error(self, error: ChatError) -> None:
        self.banner.show_error(error)

    def on_unhandled(self, error: Exception) -> None:
        """A background failure that had no handler (``background.unhandled``)."""
        from chatdesk.ui.background import shown

        self.banner.show_error(shown(error))

    def on_banner_action(self, action: Action) -> None:
        if action is Action.OPEN_SETTINGS:
            self.open_settings()
        elif action is Action.RETRY:
            text = self.prompt.toPlainText()
            from chatdesk.ui.controller import Retried

            if self.controller.retry(text) is Retried.PROMPT_SENT:
                self.prompt.clear()

    def open_tools(self) -> None:
        """The MCP servers: add, edit, enable, remove, restart (edits mcp.json)."""
        if self.tools is not None:
            self.dialogs.open_tools(self.tools)

    def open_settings(self) -> None:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return
        self.controller.servers.resolve_key(self._show_settings)

    def _show_settings(self) -> None:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            return
        from chatdesk.ui.server_access import KeySource
        from chatdesk.ui.settings_dialog import SettingsDialog

        state = self.controller.servers.key_state()
        dialog = SettingsDialog(
            self.controller.settings,
            state.key,
            keyring_available=state.keyring_available,
            keyring_problem=state.keyring_problem,
            key_from_environment=state.source is KeySource.ENVIRONMENT,
            fetch_models=self.controller.servers.fetch_models,
            parent=self,
        )
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self._apply_dialog(dialog))
        dialog.finished.connect(lambda _: self.prompt.setFocus())
        dialog.open()
        dialog.key_edit.setFocus()

    def _apply_dialog(self, dialog: SettingsDialog) -> None:
        settings, key = dialog.values()
        if dialog.proxy_password():
            self.controller.servers.save_proxy_password(settings, dialog.proxy_password())
        self.controller.servers.apply_settings(settings, key)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.controller.shutdown()
        if self.library is not None:
            self.library.runner.close()
        with contextlib.suppress(OSError):  # losing the window position must not block quit
            self._config.save_geometry(bytes(self.saveGeometry().data()))
        event.accept()
        app = QApplication.instance()
        if app is not None:
            app.quit()
