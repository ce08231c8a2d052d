"""Command-line export and import, without opening a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from chatdesk.core.i18n import tr
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import HistoryStore, StorageError
from chatdesk.services.transfer import (
    ExportFormat,
    ImportRefused,
    export_to_file,
    import_file,
    write_export,
)

COMMANDS = ("export", "import")
FLAGS = ("--install-desktop-entry",)


def build_parser() -> argparse.ArgumentParser:
    from chatdesk import __version__

    parser = argparse.ArgumentParser(
        prog="chatdesk",
        description=tr(
            "A native desktop chat client for OpenAI-compatible servers. "
            "Without a command, the window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"chatdesk {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=tr("add chatdesk and its icon to this user's application menu, then exit"),
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=tr(
            "open the quick-ask window (for a desktop keyboard shortcut); a running "
            "chatdesk opens it at once"
        ),
    )
    parser.add_argument(
        "--local-server",
        metavar="URL",
        help=tr(
            "use the 'Local' profile at URL, an OpenAI-compatible server needing no key "
            "(scripts/run.sh --local starts one with a small model and passes this)"
        ),
    )
    commands = parser.add_subparsers(dest="command")
    exp = commands.add_parser("export", help=tr("write conversations as Markdown or JSON"))
    exp.add_argument("--format", choices=[f.value for f in ExportFormat], default="md")
    exp.add_argument(
        "--conversation", metavar="ID", help=tr("one conversation (its id or a prefix)")
    )
    exp.add_argument("-o", "--output", metavar="PATH", help=tr("file to write (default: stdout)"))
    imp = commands.add_parser("import", help=tr("import a chatdesk JSON or ChatGPT export"))
    imp.add_argument("path", metavar="PATH")
    return parser


def _fail(message: str, status: int = 1) -> int:
    print(f"chatdesk: {message}", file=sys.stderr)
    return status


def run(argv: Sequence[str]) -> int:
    from chatdesk.services.config import ConfigStore
    from chatdesk.ui import language

    language.install_console(ConfigStore(app_paths().settings_file).load_language())
    args = build_parser().parse_args(list(argv))
    if args.install_desktop_entry:
        return install_desktop_entry()
    store = HistoryStore(app_paths().history_file)
    try:
        report = store.open(recover=False)
        if report.moved_aside is not None:
            moved = tr("the history was damaged and moved to {path}").format(
                path=report.moved_aside
            )
            print(f"chatdesk: {moved}", file=sys.stderr)
        if args.command == "export":
            return _export(store, args)
        print(import_file(store, Path(args.path)).message())
        return 0
    except ImportRefused as exc:
        return _fail(str(exc), 2)
    except StorageError as exc:
        return _fail(str(exc))
    finally:
        store.close()


def _export(store: HistoryStore, args: argparse.Namespace) -> int:
    uid = None
    if args.conversation:
        uid = store.find_conversation(args.conversation)
        if uid is None:
            return _fail(
                tr("no single conversation matches “{query}”").format(query=args.conversation),
                2,
            )
    fmt = ExportFormat(args.format)
    if not args.output:
        count = write_export(store, sys.stdout, fmt, uid)
        sys.stdout.flush()
    else:
        count = export_to_file(store, Path(args.output), fmt, uid)
    print(tr("Exported %Ln conversation(s).", "", count), file=sys.stderr)
    return 0


def _launch_command() -> str:
    """How the application menu should start this chatdesk (bundle, script or module)."""
    import shlex
    import shutil

    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    script = Path(sys.executable).with_name("chatdesk")
    if script.exists():
        return shlex.quote(str(script))
    found = shutil.which("chatdesk")
    if found:
        return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m chatdesk"


def install_desktop_entry() -> int:
    """Install the icon (every size) and a .desktop file under ``$XDG_DATA_HOME``."""
    import os

    from chatdesk.services.paths import resource_path

    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    icons = resource_path("icons")
    try:
        for png in sorted(icons.glob("chatdesk-*.png")):
            size = png.stem.split("-")[-1]
            target = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "chatdesk.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png.read_bytes())
        entry = resource_path("chatdesk.desktop").read_text(encoding="utf-8")
        entry = entry.replace("Exec=chatdesk", f"Exec={_launch_command()}")
        desktop = data / "applications" / "chatdesk.desktop"
        desktop.parent.mkdir(parents=True, exist_ok=True)
        desktop.write_text(entry, encoding="utf-8")
    except OSError as exc:
        return _fail(tr("could not install the desktop entry: {error}").format(error=exc))
    print(
        tr("Installed {path} and the chatdesk icon; it appears in the application menu.").format(
            path=desktop
        )
    )
    return 0
