"""The prompt library on the UI thread, and the "/" popup's place in the window.

``PromptLibrary`` owns the saved prompts. It reads prompts.json once, off the UI thread,
after the first paint (``install_prompts`` is called with the window's menus), and writes
changes back off the UI thread: one write at a time, a burst of edits coalesced into one,
and anything still unwritten is written when chatdesk quits. A file it cannot read is left
as it is and said so; the first change afterwards keeps it aside (``….damaged-<time>``).

``run_command`` runs the popup's built-in commands on the window, through the controller's
and the window's public methods only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import number, tr
from chatdesk.core.prompts import (
    Command,
    Entry,
    InvalidPrompts,
    Prompt,
    command_entries,
    merge,
    prompt_entry,
    unique_name,
)
from chatdesk.services.prompts import Loaded, read_file, read_library, write_file, write_library
from chatdesk.ui.background import as_bug, run_in_background

if TYPE_CHECKING:
    from chatdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
"""Edits typed in the dialog are written this long after the last one (or when it closes)."""


class PromptLibrary(QObject):
    changed = Signal()  # prompts were loaded, added, removed or imported (not renamed/edited)
    problem = Signal(str)  # the file could not be read; kept as it is
    failed = Signal(object)  # ChatError: a write failed
    notice = Signal(str)  # something done, for the status bar

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._prompts: tuple[Prompt, ...] = ()
        self.loaded = False
        self.load_problem = ""
        self._reading = False
        self.dialog: QObject | None = None  # the library dialog, once opened
        self._waiting: list[Callable[[], None]] = []
        self._damaged = False
        self._dirty = False
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._write)

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return self._prompts

    def entries(self) -> list[Entry]:
        """The popup's rows: the commands, then every saved prompt."""
        return command_entries() + [prompt_entry(p) for p in self._prompts]

    # -- reading -----------------------------------------------------------------------------

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read the library in the background (once); ``then`` runs when it is read."""
        if self.loaded:
            if then is not None:
                then()
            return
        if then is not None:
            self._waiting.append(then)
        if self._reading:
            return
        self._reading = True
        path = self.path
        run_in_background(lambda: read_library(path), self._loaded, self._load_failed)

    def _load_failed(self, error: Exception) -> None:
        """Like a file that cannot be read, it is never written over (the first change
        keeps it aside); but a bug is shown as one, not as a damaged library."""
        bug = as_bug(error)
        if bug is None:
            problem = tr("The prompt library was not read: {error}").format(error=error)
            self._loaded(Loaded(problem=problem))
            return
        self._loaded(Loaded(problem=bug.message), announce=False)
        self.failed.emit(bug)

    def _loaded(self, loaded: Loaded, *, announce: bool = True) -> None:
        self._reading = False
        self.loaded = True
        if loaded.problem:
            self._damaged = True
            self.load_problem = loaded.problem
            log.warning("prompt library unreadable: %s", loaded.problem)
            if announce:
                self.problem.emit(loaded.problem)
        else:
            self._prompts = loaded.prompts
        self.changed.emit()
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    # -- changes -------------------------------------------------------------------------------

    def add(self, name: str, text: str) -> int:
        """A new prompt (its name made unique); returns its index."""
        prompt = Prompt(unique_name(name, (p.name for p in self._prompts)), text)
        self._set((*self._prompts, prompt))
        self.changed.emit()
        return len(self._prompts) - 1

    def replace(self, index: int, prompt: Prompt) -> None:
        """An edit from the dialog (not announced: the dialog is where it was made)."""
        if 0 <= index < len(self._prompts) and self._prompts[index] != prompt:
            prompts = list(self._prompts)
            prompts[index] = prompt
            self._set(tuple(prompts))

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._prompts):
            self._set(self._prompts[:index] + self._prompts[index + 1 :])
            self.changed.emit()

    def _set(self, prompts: tuple[Prompt, ...]) -> None:
        self._prompts = prompts
        self._dirty = True
        self._timer.start()

    # -- writing --------------------------------------------------------------------------------

    def flush(self) -> None:
        """Write pending changes now (in the background)."""
        if self._dirty:
            self._timer.stop()
            self._write()

    def flush_blocking(self) -> None:
        """At quit: write pending changes on this thread, so none is lost."""
        self._timer.stop()
        if not self._dirty:
            return
        if self._writing:  # an older state is being written: let it land first
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(2000)
        try:
            write_library(self.path, self._prompts, set_aside=self._damaged)
            self._dirty = False
        except OSError as exc:
            log.error("prompt library not saved at quit: %s", exc)

    def _write(self) -> None:
        if self._writing:
            return  # written again when the write in flight is done
        prompts, path, set_aside = self._prompts, self.path, self._damaged
        self._dirty = False
        self._writing = True
        run_in_background(
            lambda: write_library(path, prompts, set_aside=set_aside),
            self._written,
            self._write_failed,
        )

    def _written(self, kept: str) -> None:
        self._writing = False
        if kept:
            self._damaged = False
            self.load_problem = ""
            self.notice.emit(
                tr("The unreadable prompt library was kept as {file}").format(file=kept)
            )
        if self._dirty:
            self._write()

    def _write_failed(self, error: Exception) -> None:
        self._writing = False
        self.failed.emit(
            as_bug(error)
            or ChatError(
                ErrorKind.SETTINGS,
                tr("The prompt library was not saved: {reason}").format(reason=_reason(error)),
            )
        )

    # -- sharing ---------------------------------------------------------------------------------

    def import_file(self, path: Path) -> None:
        """Add the prompts of a library file (read in the background); says what it did."""

        def done(loaded: Loaded) -> None:
            if loaded.problem:
                self.problem.emit(
                    tr("Nothing was imported. {problem}").format(problem=loaded.problem)
                )
                return
            try:
                merged, added = merge(self._prompts, loaded.prompts)
            except InvalidPrompts as exc:
                self.problem.emit(tr("Nothing was imported: {problem}.").format(problem=exc))
                return
            if added:
                self._set(tuple(merged))
                self.flush()
                self.changed.emit()
            skipped = len(loaded.prompts) - added
            imported = tr("Imported %Ln prompt(s) from {file}", "", added).format(file=path.name)
            if skipped:
                imported = tr("{imported} ({skipped} already in the library)").format(
                    imported=imported, skipped=number(skipped)
                )
            self.notice.emit(imported)

        run_in_background(lambda: read_file(path), done)

    def export_file(self, path: Path) -> None:
        prompts: Sequence[Prompt] = self._prompts

        def failed(error: Exception) -> None:
            self.failed.emit(
                as_bug(error)
                or ChatError(
                    ErrorKind.SETTINGS,
                    tr("The prompts were not exported: {reason}").format(reason=_reason(error)),
                )
            )

        def written(_: object) -> None:
            exported = tr("Exported %Ln prompt(s) to {file}", "", len(prompts))
            self.notice.emit(exported.format(file=path.name))

        run_in_background(lambda: write_file(path, prompts), written, failed)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}"
    return str(error)


# -- the window ------------------------------------------------------------------------------


def install_prompts(window: MainWindow) -> PromptLibrary:
    """Give the window's prompt box the library and the "/" popup, and start reading the
    library (after the first paint: this is called with the menus)."""
    from PySide6.QtWidgets import QApplication

    from chatdesk.services.paths import app_paths
    from chatdesk.services.prompts import library_path

    library = PromptLibrary(library_path(app_paths()), window)
    library.problem.connect(window.banner.show_notice)
    library.failed.connect(window.banner.show_error)
    library.notice.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.prompt.use_prompts(library)
    if window.tools is not None:
        _install_server_prompts(window)
    window.prompt.command_chosen.connect(lambda cmd, arg: run_command(window, cmd, arg))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(library.flush_blocking)
    library.load()
    return library


def _install_server_prompts(window: MainWindow) -> None:
    """The MCP servers' prompts after the saved ones; a failure is said in the banner."""
    from chatdesk.ui.mcp_prompts import McpPrompts

    assert window.tools is not None
    prompts = McpPrompts(window.tools, window.prompt, window)
    status = window.statusBar()
    shown = [""]

    def say(text: str) -> None:  # clears only its own message
        if text:
            status.showMessage(text)
        elif status.currentMessage() == shown[0]:
            status.clearMessage()
        shown[0] = text

    prompts.status.connect(say)
    prompts.notice.connect(window.banner.show_notice)
    window.prompt.server_prompts = prompts


def run_command(window: MainWindow, command: Command, argument: str = "") -> None:
    """A command chosen in the "/" popup."""
    c = window.controller
    status = window.statusBar()
    if command is Command.NEW:
        c.new_conversation()
    elif command is Command.CLEAR:
        conv = c.conversation
        system_prompt, params = conv.system_prompt, conv.params
        c.new_conversation()
        c.set_conversation_settings(system_prompt, params)
        status.showMessage(tr("Started over in a new conversation (same system prompt)"), 8000)
    elif command is Command.MODEL:
        if argument:
            c.servers.set_model(argument)
            status.showMessage(tr("Model: {model}").format(model=argument), 8000)
        else:
            picker = window.picker.model_picker
            picker.setFocus()
            line = picker.lineEdit()
            if line is not None:
                line.selectAll()
            if picker.count():
                picker.showPopup()
            return
    elif command is Command.SYSTEM:
        if argument:
            c.set_conversation_settings(argument, c.conversation.params)
            status.showMessage(tr("System prompt set for this conversation"), 8000)
        else:
            window.dialogs.open_conversation_settings()
            return
    elif command is Command.EXPORT:
        window.dialogs.export(current_only=True)
    window.prompt.setFocus()
