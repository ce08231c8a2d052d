"""The architecture rule: core is pure; only one module each touches HTTP and the keyring;
no import cycles; the app never imports test or benchmark code, and benchmarks never
import tests; no module grows past one concern's size."""

from __future__ import annotations

import ast
import re
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "chatdesk"


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


def test_only_the_http_package_imports_requests() -> None:
    users = {n for n, roots in modules().items() if roots & {"requests", "urllib3"}}
    assert users and all(n.startswith("chatdesk/services/http/") for n in users), users


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


# --- Import cycles -----------------------------------------------------------------------
# Every import that runs counts: module-level ones and lazy ones inside functions (a lazy
# import only moves a cycle to the first call). Imports under ``if TYPE_CHECKING:`` do not
# count: they never run, so they cannot leave a module half-initialised, and they are how
# a module names a type without a run-time dependency (and its start-up cost).


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` imports when it runs, anywhere in the file.

    ``from a import b`` counts as importing ``a.b`` when that is a module, else ``a``.
    """
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                if submodule in known:
                    found.add(submodule)
                elif module in known:
                    found.add(module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    found.discard(name)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    paths = {module_name(p, package): p for p in package.rglob("*.py")}
    return {name: runtime_imports(path, name, set(paths)) for name, path in paths.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The shortest cycle through each module that is on one, each listed once."""
    cycles: dict[tuple[str, ...], list[str]] = {}
    for start in sorted(graph):
        came_from: dict[str, str] = {}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in sorted(graph[node]):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    cycle = [*reversed(path), start]
                    i = cycle.index(min(cycle[:-1]))
                    key = tuple(cycle[i:-1] + cycle[:i])
                    cycles.setdefault(key, [*key, key[0]])
                    queue.clear()
                    break
                if nxt not in came_from:
                    came_from[nxt] = node
                    queue.append(nxt)
    return list(cycles.values())


def test_chatdesk_has_no_import_cycles() -> None:
    cycles = import_cycles(import_graph(PACKAGE))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_sees_lazy_imports_and_skips_type_checking_ones(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def later():\n    from pkg import b\n")
    (pkg / "b.py").write_text("from . import a\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.d import D\n"
    )
    (pkg / "d.py").write_text("import pkg.c\n")
    assert import_cycles(import_graph(pkg)) == [["pkg.a", "pkg.b", "pkg.a"]]


# --- What may import what, outside the package -------------------------------------------

# An import statement in a file, or in code a benchmark runs with ``python -c``.
_IMPORT_OF = r"^\s*(?:from|import)\s+{}\b"


def importers_of(root: str, folder: Path) -> list[str]:
    pattern = re.compile(_IMPORT_OF.format(re.escape(root)), re.MULTILINE)
    return [
        str(p.relative_to(ROOT))
        for p in sorted(folder.rglob("*.py"))
        if pattern.search(p.read_text(encoding="utf-8"))
    ]


def test_benchmarks_never_import_tests() -> None:
    """What both share (the loopback server) lives in ``devkit/``."""
    assert importers_of("tests", ROOT / "bench") == []


def test_the_app_never_imports_tests_benchmarks_or_devkit() -> None:
    """So none of them can end up in the wheel or the bundle."""
    for root in ("tests", "bench", "devkit"):
        assert importers_of(root, PACKAGE) == [], root


#: Past this a module holds more than one concern and is split (STYLE.md: "~400 lines").
MODULE_LINES = 400


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    }
    assert long == {}
