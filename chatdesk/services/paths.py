"""Where chatdesk keeps its files.

``CHATDESK_HOME`` puts everything in one folder (portable mode, and tests);
otherwise Qt's per-platform locations are used, so a packaged build and a
source install share the same data. Everything chatdesk writes there is private to the
user (folders 0700, files 0600) whatever the umask: conversations are personal.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

APP_NAME = "chatdesk"
#: The SQLite history's file name in the data folder (``AppPaths.history_file``); named here,
#: not in the storage package, so start-up and tools need no SQLite to find it.
HISTORY_FILE_NAME = "history.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_file(self) -> Path:
        """The SQLite history (``storage.DB_NAME`` is its name)."""
        return self.data_dir / HISTORY_FILE_NAME

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def resource_path(name: str) -> Path:
    """A file in ``resources/``, from a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / name


def app_paths() -> AppPaths:
    home = os.environ.get("CHATDESK_HOME")
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(root, root)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return AppPaths(Path(config), Path(data))


#: Folders and files that hold conversations, logs or exports: readable by their owner only.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it owner-only, whatever the umask.

    An existing folder is tightened too, so installs from before this rule are fixed on
    their next start. Filesystems without Unix modes (FAT on a USB stick) stay as they are.
    """
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing and make it owner-only (0600), whatever the umask."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | _O_BINARY, PRIVATE_FILE_MODE)
    try:
        _tighten(fd)
    finally:
        os.close(fd)
    return path


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for ``open()`` whose new files are owner-only (0600)."""
    fd = os.open(path, flags | _O_BINARY, PRIVATE_FILE_MODE)
    _tighten(fd)
    return fd


def open_private(path: Path) -> IO[str]:
    """Open ``path`` to write UTF-8 text (truncating it), owner-only (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _O_BINARY, PRIVATE_FILE_MODE)
    try:
        _tighten(fd)
        return os.fdopen(fd, "w", encoding="utf-8", buffering=1 << 20)
    except BaseException:
        os.close(fd)
        raise


def _tighten(fd: int) -> None:
    """0600 on an open file: ``os.open``'s mode applies only when it creates the file."""
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE_MODE)
