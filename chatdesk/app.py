"""Build the application and wire its parts; ``main`` is the entry point."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chatdesk import __version__

if TYPE_CHECKING:
    from chatdesk.ui.controller import ChatController
    from chatdesk.ui.quick_ask import QuickAsk


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


def _stop_pdf_reader() -> None:
    """The PDF reader process, if a PDF was read, stops with the app (mid-document too)."""
    pdf = sys.modules.get("chatdesk.services.documents.pdf")
    if pdf is not None:
        pdf.close_reader()


def _give_memory_back(_status: object) -> None:
    """After each turn (not each tool step: trimming holds the allocator's lock), free heap
    goes back to the system (off the UI thread)."""
    from chatdesk.services import heap
    from chatdesk.ui.background import run_in_background

    run_in_background(heap.give_back, lambda _given: None)


def serial_fills() -> None:
    """Have Qt paint on the UI thread alone: set before any painting, once (``create_window``).

    Qt cuts every fill taller than ~96 pixel rows into slices for its own thread pool and
    waits for them all. The conversation's scroll bar is repainted on each streamed update,
    and on a machine whose cores are busy (a model server, other replies) each slice waited
    for a core: in ``bench.math stream`` the scroll bar's paint took 29% of the UI thread's
    time (py-spy), most of it waiting. Qt only asks whether ``QT_NO_GUI_THREADPOOL`` is set;
    a user who wants the pool back sets it to 0, which is taken out here."""
    if os.environ.get("QT_NO_GUI_THREADPOOL") == "0":
        del os.environ["QT_NO_GUI_THREADPOOL"]
    else:
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def create_window(  # type: ignore[no-untyped-def]
    argv: Sequence[str] | None = None,
    before_build: Callable[[], Callable[[Any], None]] | None = None,
):
    """Create the QApplication and the shown main window; start-up work runs after show.

    ``before_build()`` runs once the language and the theme are in place, before the
    controller is made and the main window built and mapped (``chatdesk --quick`` shows its
    quick-ask window there, first); what it returns is given the controller once made."""
    from PySide6.QtWidgets import QApplication

    from chatdesk.services.config import ConfigStore
    from chatdesk.services.paths import APP_NAME, app_paths
    from chatdesk.ui import language

    serial_fills()
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    from chatdesk.ui import collector

    collector.install()  # before any other thread runs Python
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("chatdesk")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_NAME)
    paths = app_paths()
    config = ConfigStore(paths.settings_file)
    language.install(config.load_language())  # before any text exists
    attach: Callable[[Any], None] | None = None
    if before_build is not None:  # its window first, in the chosen palette
        from chatdesk.ui.theme import apply_chosen

        apply_chosen(config.load_window_state()[0])
        attach = before_build()
    from chatdesk.ui.main_window import MainWindow

    # Mapped now, in its place and palette; the parts below load while the X server and
    # the window manager put it on screen, and it is filled before its first paint.
    window = MainWindow(None, config, paths, show_first=before_build is None)
    from chatdesk.services.keystore import KeyStore
    from chatdesk.ui.controller import ChatController
    from chatdesk.ui.library import LibraryController
    from chatdesk.ui.mcp_tools import McpTools
    from chatdesk.ui.storage_runner import StorageRunner

    runner = StorageRunner(paths.history_file)
    controller = ChatController(config, KeyStore(), history=runner)
    library = LibraryController(runner, controller)
    tools = McpTools(paths.config_dir / "mcp.json")  # (services.mcp.config.config_path)
    controller.tools = tools
    if attach is not None:
        attach(controller)
    window.build(
        controller,
        library,
        tools=tools,
        show_first=before_build is None,
        themed=before_build is not None,
    )
    controller.approve = partial(_approve, window)
    tools.sampler = partial(_sample, controller)
    tools.network = lambda: controller.settings.active.network
    window.first_painted.connect(tools.start)
    controller.turn_ended.connect(_give_memory_back)
    app.aboutToQuit.connect(tools.shutdown)
    app.aboutToQuit.connect(_stop_pdf_reader)
    window.first_painted.connect(set_app_icon)
    window.first_painted.connect(window.install_actions)
    window.first_painted.connect(controller.start)
    window.first_painted.connect(library.start)
    window.first_painted.connect(lambda: _start_logging(paths.log_dir))
    window.first_painted.connect(
        lambda: _when_idle(controller, PRELOAD_MS, _load_for_the_first_reply)
    )
    window.first_painted.connect(lambda: _freeze_start_up_objects(controller))
    if os.environ.get("CHATDESK_REPORT_FIRST_PAINT"):
        # For bench/bundle.py, which times the packaged app the same way as the source one.
        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(500, app.quit)

        window.first_painted.connect(report)
    window.show()
    return app, window


#: Start-up has settled this long after the first paint (the last conversation shown,
#: the history listed, MCP servers started).
SETTLED_MS = 2000


def _freeze_start_up_objects(controller: ChatController) -> None:
    """Put what start-up made out of the garbage collector's sight, once it has settled.

    The window's tens of thousands of long-lived objects (modules, Qt wrappers, the
    reopened conversation) were walked by every full collection: a pause of ~18 ms at an
    unforeseeable moment, measured in the middle of a four-column comparison
    (``bench.compare``). They live as long as the app, so they are frozen: what is made
    afterwards is collected as usual. Frozen objects are never collected, so the young
    generations are collected first (a full collection would pause the window as long
    as the ones avoided: 20-30 ms, measured; older garbage, if any, stays), and nothing
    is frozen while a reply is being written (its run would be frozen with it, and
    never freed once it ends)."""

    def freeze() -> None:
        import gc

        gc.collect(1)
        gc.freeze()

    _when_idle(controller, SETTLED_MS, freeze)


def _when_idle(controller: ChatController, ms: int, work: Callable[[], None]) -> None:
    """``work`` in ``ms``, or once no reply is being written (checked every ``ms``)."""
    from PySide6.QtCore import QTimer

    def attempt() -> None:
        if controller.busy:
            QTimer.singleShot(ms, attempt)
        else:
            work()

    QTimer.singleShot(ms, attempt)


#: The modules a reply's end loads on first use are loaded this long after the first paint.
PRELOAD_MS = 600  # after the hidden quick-ask window is built (``desktop.PREBUILD_MS``)


def _load_for_the_first_reply() -> None:
    """Load now, while the window is idle, the modules a reply's end loads on first use:
    the code highlighter's (``multiprocessing``) and the heap trimmer's (``ctypes``). On
    the UI thread (as imports must be, beside PySide6's import hook): at the end of the
    first reply they added ~10 ms to the stall as it ends (``bench.stall``)."""
    from chatdesk.services import heap, highlighter  # noqa: F401 - loaded for later


def _import_qt_free_parts() -> None:
    """Import the Qt-free modules the window needs before PySide6 itself.

    Once loaded, PySide6 hooks ``import`` and reads the source of every module imported
    after it, looking for its ``__feature__`` switches (~0.2 ms a module). The settings
    modules the window needs before it is mapped never import Qt, so loading them first
    skips that. The message model (``core.messages`` and its parts, ~7 ms) loads after the
    window is mapped instead: the hook costs it ~1 ms there, and the window is on screen
    6 ms sooner (``bench.startup``, ``bench.quick_ask``).
    """
    import chatdesk.core.settings
    import chatdesk.services.config
    import chatdesk.services.paths  # noqa: F401


LOCAL_PROFILE = "local"
LOCAL_MODEL = "gemma3-270m"
LOCAL_CONTEXT = 2048  # the --n_ctx scripts/run.sh starts the server with


def use_local_server(base_url: str) -> None:
    """``--local-server URL`` (``scripts/run.sh --local``): the "Local" profile, made on
    first use with the small model's name, no key and the stop sequence a base model needs,
    points at ``URL`` (a new port each run) and is the active one."""
    from dataclasses import replace

    from chatdesk.core.settings import Profile, normalize_base_url
    from chatdesk.services.config import ConfigStore
    from chatdesk.services.paths import app_paths

    store = ConfigStore(app_paths().settings_file)
    settings = store.load()
    url = normalize_base_url(base_url)
    old = settings.find(LOCAL_PROFILE)
    if old is None:
        local = Profile(LOCAL_PROFILE, "Local", f"profile:{LOCAL_PROFILE}", base_url=url)
        local = replace(local, model=LOCAL_MODEL, needs_key=False, stop=("USER:",))
        settings = settings.added(local)
        lengths = {LOCAL_MODEL: LOCAL_CONTEXT} | dict(settings.prefs.context_lengths)
        settings = settings.with_prefs(context_lengths=lengths)
    else:
        settings = settings.updated(replace(old, base_url=url))
    store.save(settings.switched(LOCAL_PROFILE))


def _option(args: Sequence[str], name: str) -> str | None:
    """The value of ``name VALUE`` or ``name=VALUE`` in ``args`` (argparse checked them)."""
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def _quick_first(shown: list[QuickAsk]) -> Callable[[ChatController], None]:
    """``chatdesk --quick`` with nothing running: the quick-ask window is what was asked
    for, so it is shown before the controller is made and the main window built (which
    then comes up behind it); it asks through the controller once that is made."""
    from chatdesk.ui.quick_ask import QuickAsk

    quick = QuickAsk(show_first=True)
    quick.present()
    shown.append(quick)
    return quick.attach


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # argparse costs start-up time; a double-click passes no arguments, a shortcut --quick
    if args and args != ["--quick"]:
        from chatdesk import cli

        if args[0] in cli.COMMANDS or args[0] in cli.FLAGS or {"-h", "--help"} & set(args):
            return cli.run(args)
        cli.build_parser().parse_known_args(args)
    local_server = _option(args, "--local-server")
    if local_server is None:
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
    if local_server is not None:
        use_local_server(local_server)
    shown: list[QuickAsk] = []
    app, window = create_window(
        [sys.argv[0], *args], partial(_quick_first, shown) if "--quick" in args else None
    )
    from chatdesk.ui.desktop import Desktop

    desktop = Desktop(window, quick=shown[0] if shown else None)  # quick ask and tray
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
