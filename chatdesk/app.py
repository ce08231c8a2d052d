"""Build the application and wire its parts; ``main`` is the entry point."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from chatdesk import __version__


def set_app_icon() -> None:
    """Window icon in every size (set once the window is on screen: it reads eight files)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from chatdesk.services.paths import resource_path

    icon = QIcon()
    for png in sorted(resource_path("icons").glob("chatdesk-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        QApplication.setWindowIcon(icon)


def _start_logging(log_dir: Path) -> None:
    from chatdesk.services.logs import setup_logging  # after the first paint

    setup_logging(log_dir)


def _approve(window: object, *args: Any) -> Any:
    """Ask about a tool call in a dialog (its module loads on the first call)."""
    from chatdesk.ui.tool_approval import dialog_approver

    return dialog_approver(window)(*args)  # type: ignore[arg-type]


def _sample(controller: object, *args: Any) -> None:
    """A server's sampling request: asked in a dialog, then sent (loads on first use)."""
    from chatdesk.ui import sampling

    sampling.ask(controller, *args)  # type: ignore[arg-type]


def create_window(argv: Sequence[str] | None = None):  # type: ignore[no-untyped-def]
    """Create the QApplication and the shown main window; start-up work runs after show."""
    from PySide6.QtWidgets import QApplication

    from chatdesk.services.config import ConfigStore
    from chatdesk.services.keystore import KeyStore
    from chatdesk.services.paths import APP_NAME, app_paths
    from chatdesk.ui.controller import ChatController
    from chatdesk.ui.library import LibraryController
    from chatdesk.ui.main_window import MainWindow
    from chatdesk.ui.storage_runner import StorageRunner

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("chatdesk")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_NAME)
    paths = app_paths()
    config = ConfigStore(paths.settings_file)
    runner = StorageRunner(paths.history_file)
    controller = ChatController(config, KeyStore(), history=runner)
    library = LibraryController(runner, controller)
    from chatdesk.ui.mcp_tools import McpTools

    tools = McpTools(paths.config_dir / "mcp.json")  # (services.mcp.config.config_path)
    controller.tools = tools
    window = MainWindow(controller, config, paths, library, tools=tools, show_first=True)
    controller.approve = partial(_approve, window)
    tools.sampler = partial(_sample, controller)
    tools.network = lambda: controller.settings.active.network
    window.first_painted.connect(tools.start)
    app.aboutToQuit.connect(tools.shutdown)
    window.first_painted.connect(set_app_icon)
    window.first_painted.connect(window.install_actions)
    window.first_painted.connect(controller.start)
    window.first_painted.connect(library.start)
    window.first_painted.connect(lambda: _start_logging(paths.log_dir))
    if os.environ.get("CHATDESK_REPORT_FIRST_PAINT"):
        # For bench/bundle.py, which times the packaged app the same way as the source one.
        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(500, app.quit)

        window.first_painted.connect(report)
    window.show()
    return app, window


def _import_qt_free_parts() -> None:
    """Import the Qt-free modules the window needs before PySide6 itself.

    Once loaded, PySide6 hooks ``import`` and reads the source of every module imported
    after it, looking for its ``__feature__`` switches (~0.2 ms a module). The domain and
    storage-free services never import Qt, so loading them first skips that: about 30
    modules, 5-10 ms of start-up. Anything left out here is simply imported later.
    """
    import chatdesk.core.markdown
    import chatdesk.core.providers
    import chatdesk.core.request
    import chatdesk.services.config
    import chatdesk.services.keystore
    import chatdesk.services.paths  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # argparse costs start-up time; a double-click passes no arguments, a shortcut --quick
    if args and args != ["--quick"]:
        from chatdesk import cli

        if args[0] in cli.COMMANDS or args[0] in cli.FLAGS:
            return cli.run(args)
        cli.build_parser().parse_known_args(args)
    # A later launch hands over before loading Qt (see ui/handoff.py); when it cannot
    # tell, the Qt way below does it.
    from chatdesk.ui.handoff import hand_over

    if hand_over(args) is True:
        return 0
    _import_qt_free_parts()
    from PySide6.QtWidgets import QApplication

    from chatdesk.services.paths import APP_NAME, app_paths
    from chatdesk.ui.single_instance import AlreadyRunning, SingleInstance

    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    QApplication.setApplicationName(APP_NAME)
    instance = SingleInstance(app_paths().data_dir)
    try:
        if not instance.claim(args):
            return 0  # the running window took over (came forward, or opened quick ask)
    except AlreadyRunning as exc:
        print(f"chatdesk: {exc}", file=sys.stderr)
        return 1
    app, window = create_window([sys.argv[0], *args])
    from chatdesk.ui.desktop import Desktop

    desktop = Desktop(window, quick="--quick" in args)  # quick ask and tray, after the paint
    window.first_painted.connect(desktop.start)  # before listening: no request is missed
    instance.activated.connect(desktop.handle)
    window.first_painted.connect(instance.listen)
    status = app.exec()
    instance.close()
    del instance, desktop  # with their connections, so ``del window`` is the last reference
    from chatdesk.services.logs import shutdown_logging
    from chatdesk.ui.background import wait_for_background

    wait_for_background(3000)
    shutdown_logging()
    del window
    return int(status)
