"""Non-secret settings in a small JSON file, written atomically.

The API key is never passed here: ``Settings`` has no field for it. A file in the old
shape (version 1) is migrated when it is loaded, and written back at once in the new one.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from pathlib import Path
from typing import Any

from chatdesk.core.settings import (
    DEFAULT_BASE_URL,
    LEGACY_KEYS,
    Settings,
    Theme,
    is_old_shape,
    normalize_base_url,
)
from chatdesk.services.paths import private_dir

log = logging.getLogger(__name__)


def default_base_url() -> str:
    """``OPENAI_BASE_URL`` replaces the built-in default, as in the official SDKs."""
    env = os.environ.get("OPENAI_BASE_URL", "").strip()
    return normalize_base_url(env) if env else DEFAULT_BASE_URL


class ConfigStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            return {}
        return data if isinstance(data, dict) else {}

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> Settings:
        data = self._read()
        settings = Settings.from_json(data, default_base_url())
        if is_old_shape(data):
            try:
                self._write(_with_settings(data, settings))
            except OSError as exc:  # the migrated settings apply; the next save writes them
                log.warning("migrated settings not written: %s", exc)
        return settings

    def save(self, settings: Settings) -> None:
        self._write(_with_settings(self._read(), settings))

    def load_window_state(self) -> tuple[Theme, bytes | None]:
        """Theme and geometry, in one small read before the window is shown, so it never
        flashes in the wrong palette or place. The full settings load after the first paint."""
        data = self._read()
        return Theme.read(data.get("theme")), _geometry(data)

    def load_language(self) -> str:
        """The language chosen in Settings ("" follows the system), read before any window
        text exists, since every string is translated as it is built."""
        language = self._read().get("language")
        return language if isinstance(language, str) else ""

    def load_geometry(self) -> bytes | None:
        return _geometry(self._read())

    def save_geometry(self, geometry: bytes) -> None:
        data = self._read()
        data["window_geometry"] = base64.b64encode(geometry).decode("ascii")
        self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        """Write to a temporary file and rename, so a crash never leaves half a file."""
        import tempfile

        private_dir(self.path.parent)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=2, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _with_settings(data: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """The file's other keys (the window's geometry) kept, the old shape's dropped."""
    kept = {k: v for k, v in data.items() if k not in LEGACY_KEYS}
    return kept | settings.to_json()


def _geometry(data: dict[str, Any]) -> bytes | None:
    raw = data.get("window_geometry")
    if not isinstance(raw, str):
        return None
    try:
        return base64.b64decode(raw, validate=True)
    except ValueError:
        return None
