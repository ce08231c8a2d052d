"""The architecture rule: core is pure; only one module each touches HTTP and the keyring."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "chatdesk"


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def modules() -> dict[str, set[str]]:
    return {str(p.relative_to(PACKAGE.parent)): imported_roots(p) for p in PACKAGE.rglob("*.py")}


def test_core_imports_no_qt_no_http_no_keyring_no_io_services() -> None:
    forbidden = {"PySide6", "shiboken6", "requests", "urllib3", "keyring", "sqlite3", "socket"}
    for name, roots in modules().items():
        if name.startswith("chatdesk/core/"):
            assert not roots & forbidden, f"{name} imports {roots & forbidden}"


def test_core_does_not_import_services_or_ui() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "chatdesk.services" not in text and "chatdesk.ui" not in text, path


def test_only_the_client_imports_requests() -> None:
    users = {n for n, roots in modules().items() if roots & {"requests", "urllib3"}}
    assert users == {"chatdesk/services/http_client.py"}


def test_only_the_keystore_imports_keyring() -> None:
    users = {n for n, roots in modules().items() if "keyring" in roots}
    assert users == {"chatdesk/services/keystore.py"}


def test_services_import_no_widgets() -> None:
    for path in (PACKAGE / "services").rglob("*.py"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8"), path


def test_importing_the_app_does_not_import_requests_or_keyring() -> None:
    """Start-up cost: both are imported lazily, on first use."""
    import subprocess
    import sys

    code = (
        "import sys; import chatdesk.app, chatdesk.ui.main_window, chatdesk.ui.controller;"
        "print('requests' in sys.modules, 'keyring' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.split() == ["False", "False"]
