"""Reads an application the way a screen reader does: over the AT-SPI bus, with pyatspi.

Run with the system Python that has ``python3-pyatspi`` (Debian/Ubuntu), not chatdesk's venv;
the end-to-end tests start it as a subprocess and read its JSON:

    python3 atspi_reader.py tree APP      the application's accessible tree, one JSON object
    python3 atspi_reader.py listen APP    one JSON line per event (announcements, alerts
                                          showing, focus), after a first {"ready": true}

Only the standard library and pyatspi: this file imports nothing from chatdesk.
"""

from __future__ import annotations

import json
import signal
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

MAX_TEXT = 4000
MAX_DEPTH = 40


def _app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    return None


def node(acc: Any, depth: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {
        "role": acc.getRoleName(),
        "name": acc.name,
        "description": acc.description,
        "states": sorted(pyatspi.stateToString(s) for s in acc.getState().getStates()),
    }
    try:
        text = acc.queryText()
        out["text"] = text.getText(0, min(text.characterCount, MAX_TEXT))
    except NotImplementedError:
        pass
    try:
        action = acc.queryAction()
        out["actions"] = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    if depth < MAX_DEPTH:
        children = []
        for index in range(acc.childCount):
            try:
                child = acc.getChildAtIndex(index)
                if child is not None:
                    children.append(node(child, depth + 1))
            except GLib.Error:  # gone while being read (a page of messages unbuilt, a tooltip)
                continue
        out["children"] = children
    return out


def tree(name: str) -> int:
    app = _app(name)
    if app is None:
        print(json.dumps(None))
        return 1
    print(json.dumps(node(app)))
    return 0


def listen(name: str) -> int:
    def report(event: Any) -> None:
        try:
            if event.host_application is None or event.host_application.name != name:
                return
            source = event.source
            data = event.any_data if isinstance(event.any_data, str) else None
            line = {
                "type": event.type,
                "data": data,
                "detail1": event.detail1,
                "role": source.getRoleName() if source is not None else "",
                "name": source.name if source is not None else "",
            }
        except Exception as exc:  # noqa: BLE001 - a vanished source must not end the listener
            line = {"type": str(getattr(event, "type", "?")), "error": str(exc)}
        print(json.dumps(line), flush=True)

    for kind in (
        "object:announcement",
        "object:state-changed:showing",
        "object:state-changed:focused",
    ):
        pyatspi.Registry.registerEventListener(report, kind)
    GLib.idle_add(lambda: print(json.dumps({"ready": True}), flush=True) and False)
    signal.signal(signal.SIGTERM, lambda *_: pyatspi.Registry.stop())
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    command, app_name = sys.argv[1], sys.argv[2]
    sys.exit(tree(app_name) if command == "tree" else listen(app_name))
