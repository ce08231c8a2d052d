"""Run inside a fresh process by ``bench.history``: search and open timings in a real window.

Prints one JSON line: ``{"search": [ms…], "project_search": [ms…], "fill": [ms…],
"open": [ms…]}``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Callable

QUERIES = [
    "volcano",
    "quantum photon",
    "risott",
    "saffron garden",
    "kernel mutex",
    "tensor",
    "marathon violin",
    "treaty",
    "nebula",
    "glacier bicycle",
]


def main() -> None:
    from PySide6.QtCore import QEventLoop

    from chatdesk.app import create_window

    big_uid = sys.argv[1]
    app, window = create_window(["chatdesk"])
    library, sidebar, view = window.library, window.sidebar, window.view

    def spin(until: Callable[[], bool], limit: float = 60.0) -> None:
        end = time.perf_counter() + limit
        while not until() and time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    spin(lambda: library.available and window.controller.ready)
    spin(lambda: view.built_count > 0)
    spin(lambda: len(sidebar.conversation_titles()) > 0)

    def searches() -> list[float]:
        times = []
        for query in QUERIES * 3:
            sidebar.search_box.blockSignals(True)
            sidebar.search_box.setText(query)
            sidebar.search_box.blockSignals(False)
            sidebar.results.clear()
            started = time.perf_counter()
            library.search(query)
            spin(
                lambda: (
                    sidebar.results.count() > 0
                    or sidebar.stack.currentWidget() is sidebar.empty_label
                )
            )
            sidebar.results.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
        return times

    search = searches()
    project_search: list[float] = []
    if library.projects:
        library.search_project = library.projects[len(library.projects) // 2].uid
        project_search = searches()
        library.search_project = ""
    sidebar.search_box.clear()
    # Filling the sidebar with what the library lists: the UI thread's share of a refresh,
    # from the data to the list painted. A refresh follows every saved reply: each time one
    # conversation has two more messages and moves to the top of its group.
    projects, listing = list(library.projects), []
    library.conversations_changed.connect(listing.append)
    library.refresh()
    spin(lambda: bool(listing))
    conversations = list(listing[0])
    fill = []
    for i in range(12):
        k = (i * 37) % len(conversations)
        replied = dataclasses.replace(
            conversations[k], messages=conversations[k].messages + 2, updated=time.time()
        )
        conversations = [replied, *conversations[:k], *conversations[k + 1 :]]
        started = time.perf_counter()
        sidebar.set_projects(projects)
        sidebar.set_conversations(conversations)
        sidebar.tree.viewport().repaint()
        app.processEvents()
        fill.append((time.perf_counter() - started) * 1000)
    opens = []
    for _ in range(5):
        window.controller.new_conversation()
        app.processEvents()
        started = time.perf_counter()
        library.open_conversation(big_uid)
        spin(lambda: view.built_count > 0)
        view.viewport().repaint()
        opens.append((time.perf_counter() - started) * 1000)
    print(
        json.dumps(
            {"search": search, "project_search": project_search, "fill": fill, "open": opens}
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
