"""Where chatdesk keeps its files.

``CHATDESK_HOME`` puts everything in one folder (portable mode, and tests);
otherwise Qt's per-platform locations are used, so a packaged build and a
source install share the same data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "chatdesk"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_file(self) -> Path:
        """The SQLite history (``storage.DB_NAME``), named here so start-up needs no SQLite."""
        return self.data_dir / "history.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


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
