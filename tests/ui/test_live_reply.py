"""A streamed reply ends up showing what the same reply shows when opened from history.

The streaming view builds code blocks by appending, long paragraphs in pieces and long
lists, quotes and tables in parts; these tests stream real Markdown in arbitrary chunk
sizes and compare the text a user can read (whitespace aside) with a whole render, check
that code is coloured afterwards, and that an update's work does not grow with the block."""

from __future__ import annotations

import random
import re
import time

import pytest
from PySide6 import QtGui
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import MessageStatus, Role
from chatdesk.ui.conversation_view import ConversationView
from tests.support.snapshots import said

LONG_PARAGRAPH = " ".join(
    f"Sentence {i} has **bold {i}** and `code {i}` and $x_{i}$ in it." for i in range(400)
)
REPLIES = {
    "paragraph": LONG_PARAGRAPH,
    "code": "Intro:\n```python\n" + "".join(f"v{i} = f({i})\n" for i in range(800)) + "```\nEnd.",
    "unclosed code": "```rust\nfn main() {\n" + "    x();\n" * 300,
    "mixed": (
        "# Title\n\nSome *text* here.\n\n- one\n- two\n  ```sh\n  ls\n  ```\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n" + LONG_PARAGRAPH[:5000] + "\n\n```\nplain\n```\n"
        "Para then list:\n- a\n- b\n\n> quote\n\nDone."
    ),
    "paragraph turning into a list": LONG_PARAGRAPH[:3000] + "\n- item one\n- item two\n",
    "long list": "".join(f"{i}. item **{i}** has `code` in it\n" for i in range(1, 300)),
    "long quote": "".join(f"> quoted line {i} with *emphasis*\n" for i in range(300)) + "\nEnd.",
    "long table": "| a | b |\n|---|---|\n" + "".join(f"| r{i} | **{i}** |\n" for i in range(150)),
    "huge table kept in parts": "| a | b |\n|:--|--:|\n"
    + "".join(f"| cell {i} | {i} |\n" for i in range(400))
    + "\nAfter.",
}

#: One unit of each shape (about a token's worth of lines), for the cost test below.
SHAPES = {
    "paragraph": ("", "Sentence {i} has **bold** and `code` in it. "),
    "code": ("```python\n", "v{i} = f({i})\n"),
    "list": ("", "- item {i} has *words* in it\n"),
    "quote": ("", "> quoted line {i} with words\n"),
    "table": ("| a | b |\n|---|---|\n", "| row {i} | cell |\n"),
}


def _words(view: ConversationView) -> list[str]:
    text = view.document().toPlainText()
    return re.sub(r"\s+", " ", text.replace("\u2029", " ")).split()


def _stream(view: ConversationView, text: str, seed: int) -> None:
    rng = random.Random(seed)
    view.start_reply("r1")
    pos = 0
    while pos < len(text):
        step = rng.choice([1, 3, 7, 20, 64])
        view.append_to_reply(text[pos : pos + step])
        pos += step
    view.end_reply(MessageStatus.COMPLETE)


@pytest.mark.parametrize("name", list(REPLIES))
def test_streamed_reply_reads_like_the_whole_render(qtbot: QtBot, name: str) -> None:
    streamed, whole = ConversationView(), ConversationView()
    qtbot.addWidget(streamed)
    qtbot.addWidget(whole)
    text = REPLIES[name]
    _stream(streamed, text, seed=len(name))
    whole.add_message(said(Role.ASSISTANT, text, "r1"))
    assert _words(streamed) == _words(whole)
    assert streamed.message_texts == [text]


def test_code_copy_gives_the_source_and_colours_arrive(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.show()
    _stream(view, REPLIES["code"], seed=1)
    source = "".join(f"v{i} = f({i})\n" for i in range(800)).rstrip("\n")
    keys = [k for k in view.code_keys if view.code_block(k) == source]
    assert keys, "the streamed code block can be copied"
    qtbot.waitUntil(lambda: view.colours.applied > 0 and not view.colours.pending, timeout=15000)
    found = view.document().find("f(799)")
    cursor = QtGui.QTextCursor(view.document())
    cursor.setPosition(found.selectionStart() + 3)  # inside "799"
    assert cursor.charFormat().foreground().color().name() == "#666666"  # Pygments' numbers


def test_a_backtracking_lexer_leaves_the_block_plain_and_the_ui_live(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.show()
    body = '"' + "\\" * 44
    ticks: list[float] = []
    view.add_message(said(Role.ASSISTANT, f"```scala\n{body}\n```\n\n```python\nx = 1\n```", "m1"))
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    qtbot.waitUntil(lambda: not view.colours.pending and view.colours.applied > 0, timeout=20000)
    timer.stop()
    assert len(ticks) > 20  # the event loop kept running while the lexer was stuck
    assert body in view.document().toPlainText()


def test_hostile_ids_stay_text_and_no_local_resource_is_read(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    uid = 'x"><img src="file:///etc/hosts">'
    view.add_message(said(Role.ASSISTANT, "```py\nx = 1\n```", uid))
    assert "<img" not in view.toHtml()
    assert view.code_block(f"{uid}/m.0") == "x = 1"
    image = QtGui.QTextDocument.ResourceType.ImageResource.value
    from PySide6.QtCore import QUrl

    assert view.loadResource(image, QUrl("file:///etc/hosts")) is None
    assert view.loadResource(image, QUrl("file:///dev/zero")) is None


def _update_cost(view: ConversationView, pieces: list[str]) -> int:
    """Characters the document changed by (removed and added) in the costliest update."""
    changed: list[int] = []
    view.document().contentsChange.connect(lambda _at, out, into: changed.append(out + into))
    worst = 0
    for piece in pieces:
        changed.clear()
        view.append_to_reply(piece)
        worst = max(worst, sum(changed))
    view.document().contentsChange.disconnect()
    return worst


@pytest.mark.parametrize("shape", list(SHAPES))
def test_an_update_costs_what_arrived_not_the_size_of_the_block(qtbot: QtBot, shape: str) -> None:
    """One growing block, at ~10 KB and at ~200 KB (the second reached in one burst): an
    update changes as much of the document, and no block Qt must lay out whole grows."""
    view = ConversationView()
    qtbot.addWidget(view)
    opening, unit = SHAPES[shape]
    units = [unit.format(i=i) for i in range(200_000 // len(unit))]
    view.start_reply("r1")
    view.append_to_reply(opening)
    small = 10_000 // len(unit)
    for piece in units[:small]:
        view.append_to_reply(piece)
    at_10k = _update_cost(view, units[small : small + 12])
    view.append_to_reply("".join(units[small + 12 : -12]))  # on to ~200 KB, in one burst
    at_200k = _update_cost(view, units[-12:])
    assert 190_000 < len(view.message_texts[-1]) < 260_000
    assert at_200k <= 2 * at_10k + 200, (at_10k, at_200k)
    longest, block = 0, view.document().begin()
    while block.isValid():
        longest = max(longest, block.length())
        block = block.next()
    assert longest < 4000  # a paragraph burst is cut into pieces, not one block
