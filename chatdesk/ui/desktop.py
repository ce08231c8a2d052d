"""chatdesk beyond its main window: the quick-ask window, the tray, and later launches.

Made when the window is shown and built once it has painted (``start``), so none of it
costs start-up time: its modules load then. The exception is ``chatdesk --quick`` when
chatdesk is not running yet: the quick-ask window is the point of that start, so it is
built and shown at once, mapped together with the main window. Otherwise it is built
hidden shortly after start-up, so a ``--quick`` from a desktop shortcut only has to show
it. A later launch's arguments arrive through ``handle``: ``--quick`` shows the quick-ask
window, anything else brings the main window forward.

A child of the main window that reaches it through ``parent()``: holding it as well would
keep the window alive past the end of ``app.main``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer

from chatdesk.ui.changes import Changes

if TYPE_CHECKING:
    from chatdesk.core.settings import Settings
    from chatdesk.ui.main_window import MainWindow
    from chatdesk.ui.quick_ask import QuickAsk
    from chatdesk.ui.tray import CloseToTray, Tray

#: After the first paint, when the hidden quick-ask window is built.
PREBUILD_MS = 300


class Desktop(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        quick: QuickAsk | None = None,
        with_tray: bool | None = None,
    ) -> None:
        """``quick``: the quick-ask window start-up showed before the main window, to take
        over. ``with_tray``: None asks the desktop whether it has a tray."""
        super().__init__(window)
        self._with_tray = with_tray
        self._quick: QuickAsk | None = None
        self.tray: Tray | None = None
        self.closer: CloseToTray | None = None
        self._close_to_tray = False
        if quick is not None:
            # Shown before the main window, which was mapped over it since: in front again,
            # with the focus (what a window manager honouring stays-on-top does anyway).
            self._adopt(quick).present()

    @property
    def window(self) -> MainWindow:
        return cast("MainWindow", self.parent())

    def start(self) -> None:
        """Once the window has painted: close-to-tray, the tray, the quick-ask window."""
        from chatdesk.ui.tray import CloseToTray, tray_available

        self.closer = CloseToTray(self.window, hidden=self._hidden)
        with_tray = self._with_tray
        if with_tray if with_tray is not None else tray_available():
            self._make_tray()
        self.window.controller.changed.connect(self._on_changed)
        self._on_settings(self.window.controller.settings)
        QTimer.singleShot(PREBUILD_MS, self.quick)

    # -- the quick-ask window ---------------------------------------------------------

    @property
    def built_quick(self) -> QuickAsk | None:
        """The quick-ask window if it was made (it is made on first use)."""
        return self._quick

    def quick(self) -> QuickAsk:
        if self._quick is None:
            from chatdesk.ui.quick_ask import QuickAsk

            return self._adopt(QuickAsk(self.window.controller))
        return self._quick

    def _adopt(self, quick: QuickAsk) -> QuickAsk:
        self._quick = quick
        quick.open_requested.connect(self.continue_in_window)
        return quick

    def handle(self, args: list[str]) -> None:
        """What a later launch asked for (``handoff.FORWARDED``)."""
        if "--quick" in args:
            self.quick().present()
        else:
            self.show_window()

    def continue_in_window(self, uid: str) -> None:
        """The main window, on conversation ``uid`` (already open there unless the user
        opened another since)."""
        library = self.window.library
        if uid and self.window.controller.conversation.uid != uid and library is not None:
            library.open_conversation(uid)
        self.show_window()

    # -- the main window ----------------------------------------------------------------

    def show_window(self) -> None:
        from chatdesk.ui.single_instance import bring_forward

        bring_forward(self.window)
        self.window.prompt.setFocus()

    def new_chat(self) -> None:
        self.window.controller.new_conversation()
        self.show_window()

    def open_conversation(self, uid: str) -> None:
        if self.window.library is not None:
            self.window.library.open_conversation(uid)
        self.show_window()

    def quit(self) -> None:
        """Close the window for real (not to the tray): the application quits."""
        self.window.close()

    # -- the tray -----------------------------------------------------------------------

    def _make_tray(self) -> None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from chatdesk.services.paths import resource_path
        from chatdesk.ui.tray import Tray, TrayActions

        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = QIcon(str(resource_path("icons") / "chatdesk-64.png"))
        actions = TrayActions(
            show_window=self.show_window,
            new_chat=self.new_chat,
            quick_ask=lambda: self.quick().present(),
            open_conversation=self.open_conversation,
            quit=self.quit,
        )
        self.tray = Tray(actions, icon, self)
        library = self.window.library
        if library is not None:
            library.conversations_changed.connect(self.tray.set_conversations)
            library.refresh()
        self.tray.show()

    def _on_changed(self, changes: Changes) -> None:
        if Changes.SETTINGS in changes:
            self._on_settings(self.window.controller.settings)

    def _on_settings(self, settings: Settings) -> None:
        self._close_to_tray = settings.prefs.close_to_tray
        if self.closer is not None:
            self.closer.enabled = self._close_to_tray and self.tray is not None

    def _hidden(self) -> None:
        if self.tray is not None:
            self.tray.tell_once()
