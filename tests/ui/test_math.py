"""Typeset math in the conversation: formulas become images once their block is finished,
sit on the baseline, follow the theme, copy back as LaTeX, and come back from the cache
when a message is built again; a formula the typesetter rejects stays, marked."""

from __future__ import annotations

import random

import pytest
from PySide6 import QtGui
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import MessageStatus, Role
from chatdesk.ui import theme
from chatdesk.ui.conversation_view import KEEP_ABOVE, PAGE, ConversationView
from chatdesk.ui.math_images import MathKey, render
from chatdesk.ui.math_text import REASON
from devkit.fake_server import FakeOpenAI, Stream
from tests.support.snapshots import said
from tests.ui.conftest import MakeWindow, send

REPLY = r"""The roots of $ax^2 + bx + c = 0$ are given by the quadratic formula:

$$
x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}
$$

For a matrix \(A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}\), $\det A = -2$, and
\[
\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi}
\]
Sums such as $\sum_{i=1}^{n} i$ and Greek $\alpha, \beta$ and $\text{ord}(a)$.

$$
\begin{aligned}
f(x) &= (x+1)^2 \\
     &= x^2 + 2x + 1
\end{aligned}
$$

Prices like $5 and $10 stay text; $\foo{x}$ is not a command.
"""
FORMULAS = 10  # in REPLY, the unknown command included
OBJECT = "\ufffc"


def _view(qtbot: QtBot) -> ConversationView:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _settle(qtbot: QtBot, view: ConversationView) -> None:
    qtbot.waitUntil(lambda: not view.math.pending, timeout=20000)


def _select_all(view: ConversationView) -> str:
    cursor = QtGui.QTextCursor(view.document())
    cursor.select(QtGui.QTextCursor.SelectionType.Document)
    view.setTextCursor(cursor)
    return view.createMimeDataFromSelection().text()


def _failed(view: ConversationView) -> list[str]:
    found, block = [], view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().hasProperty(REASON):
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_formulas_become_images_and_copy_back_as_latex(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.add_message(said(Role.ASSISTANT, REPLY, "a1"))
    _settle(qtbot, view)
    text = view.document().toPlainText()
    assert text.count(OBJECT) == FORMULAS - 1 and view.math.replaced == FORMULAS - 1
    assert "$5 and $10 stay text" in text
    assert _failed(view) == ["\\foo{x}"]  # rejected: still there as source, marked
    copied = _select_all(view)
    for written in (
        "$ax^2 + bx + c = 0$",
        "$$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$$",
        "\\(A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}\\)",
        "\\[\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}\\]",
        "$\\sum_{i=1}^{n} i$",
        "$\\text{ord}(a)$",
        "&= x^2 + 2x + 1",
        "\\foo{x}",
    ):
        assert written in copied
    assert OBJECT not in copied
    start = view.document().find("\\foo").selectionStart()
    assert "not supported" in (view.math.tooltip_at(start) or "")


def test_a_cached_formula_goes_in_at_once_and_is_not_typeset_again(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.add_message(said(Role.ASSISTANT, REPLY, "a1"))
    _settle(qtbot, view)
    typeset = view.math.images.typeset_count
    view.add_message(said(Role.ASSISTANT, REPLY, "a2"))  # the same formulas, cached
    assert view.document().toPlainText().count(OBJECT) == 2 * (FORMULAS - 1)  # no wait
    assert view.math.images.typeset_count == typeset


def test_unbuilt_messages_come_back_with_their_images_without_typesetting(qtbot: QtBot) -> None:
    view = _view(qtbot)
    first = KEEP_ABOVE + PAGE  # all built at once: nothing is unbuilt yet
    for n in range(first):
        view.add_message(said(Role.ASSISTANT, f"Reply {n}: $x_{{{n}}} + y^{n}$ and more.", f"m{n}"))
    _settle(qtbot, view)
    typeset = view.math.images.typeset_count
    assert typeset == first and view.document().toPlainText().count(OBJECT) == first
    for n in range(first, first + 8):  # these push the oldest out of the document
        view.add_message(said(Role.ASSISTANT, f"Later {n}: $z^{n}$.", f"m{n}"))
    _settle(qtbot, view)
    assert view.built_count < first + 8
    typeset = view.math.images.typeset_count
    while view.built_count < first + 8:
        view.load_older()  # what scrolling to the top does
    assert view.message_texts[0] == "Reply 0: $x_{0} + y^0$ and more."
    assert view.document().toPlainText().count(OBJECT) == first + 8  # at once, no wait
    assert view.math.images.typeset_count == typeset


def test_while_streaming_only_finished_blocks_are_typeset(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.start_reply("r1")
    view.append_to_reply("First $a^2$ paragraph.\n\nSecond $b^2$ is still being wri")
    _settle(qtbot, view)
    text = view.document().toPlainText()
    assert text.count(OBJECT) == 1 and "b^2" in text  # the live tail shows source
    view.append_to_reply("tten.\n\n")
    _settle(qtbot, view)
    assert view.document().toPlainText().count(OBJECT) == 2
    view.end_reply(MessageStatus.COMPLETE)


def test_a_streamed_reply_typesets_like_the_whole_one(qtbot: QtBot) -> None:
    """Chunks of any size, with images arriving mid-stream (positions after them move)."""
    streamed, whole = _view(qtbot), _view(qtbot)
    text = REPLY + "\n\n" + " ".join(f"Step {i} uses $x_{i}$ here." for i in range(60)) + "\n"
    text += "\n```python\nprint('$not math$')\n```\nDone with $z$.\n"
    rng = random.Random(7)
    streamed.start_reply("r1")
    pos = 0
    while pos < len(text):
        step = rng.choice([1, 5, 17, 60])
        streamed.append_to_reply(text[pos : pos + step])
        pos += step
        qtbot.wait(1)  # images arrive while the reply grows
    streamed.end_reply(MessageStatus.COMPLETE)
    whole.add_message(said(Role.ASSISTANT, text, "r1"))
    _settle(qtbot, streamed)
    _settle(qtbot, whole)

    def words(view: ConversationView) -> list[str]:
        return _select_all(view).split()

    assert words(streamed) == words(whole)
    assert streamed.document().toPlainText().count(OBJECT) == whole.document().toPlainText().count(
        OBJECT
    )
    assert "$not math$" in streamed.document().toPlainText()


def test_the_baseline_and_pixel_ratio_of_an_image() -> None:
    """Qt centres an AlignMiddle image on half the x-height above the baseline; the
    padding puts the formula's own baseline there, at any pixel ratio."""
    for dpr in (1.0, 2.0):
        key = MathKey("x", False, "#000000", 16.0, 7, dpr)
        image = render(key).image
        assert image is not None and image.devicePixelRatio() == dpr
        height = image.height() / dpr
        baseline = (height + 7 / 2) / 2  # where Qt puts the text's baseline, from the top
        lowest = max(
            y
            for y in range(image.height())
            if any(image.pixelColor(x, y).alpha() > 128 for x in range(image.width()))
        )
        assert abs((lowest + 1) / dpr - baseline) <= 1.0


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_formulas_take_the_text_colour_of_the_theme(qtbot: QtBot, palette: str) -> None:
    theme.apply_theme(palette)
    try:
        view = _view(qtbot)
        view.add_message(said(Role.ASSISTANT, "Energy: $E = mc^2$.", "a"))
        _settle(qtbot, view)
        image = view.math.images.cached(view.math.key(_only_formula()))
        assert image is not None and image.image is not None
        ink = QtGui.QColor(theme.tokens().text)
        solid = [
            image.image.pixelColor(x, y)
            for x in range(image.image.width())
            for y in range(image.image.height())
            if image.image.pixelColor(x, y).alpha() == 255
        ]
        assert solid and all(c.rgb() == ink.rgb() for c in solid)
    finally:
        theme.apply_theme("system")
        QApplication.processEvents()


def _only_formula():  # type: ignore[no-untyped-def]
    from chatdesk.core.math_markup import Formula

    return Formula("E = mc^2", False, "$")


def _hover(qtbot: QtBot, view: ConversationView, position: int) -> str:
    """What the tooltip shows, as the user reads it, after hovering ``position``."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtWidgets import QToolTip

    cursor = QtGui.QTextCursor(view.document())
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center() + QPoint(1, 0)
    event = QtGui.QHelpEvent(
        QEvent.Type.ToolTip, view.viewport().mapTo(view, point), view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    shown = QToolTip.text()
    QToolTip.hideText()
    if not QtGui.Qt.mightBeRichText(shown):
        return shown
    read = QtGui.QTextDocument()
    read.setHtml(shown)
    return read.toPlainText()


def test_a_formula_tooltip_shows_its_source_as_plain_text(qtbot: QtBot) -> None:
    """The model writes the source: markup in it is shown, never followed (an ``<img>``
    of ``file:///dev/zero`` would block the UI thread)."""
    view = _view(qtbot)
    formula = '$x<img src="file:///tmp/x.png">$'
    view.add_message(said(Role.ASSISTANT, f"See {formula} here.", "a1"))
    _settle(qtbot, view)
    position = next(
        p for p in range(view.document().characterCount()) if view.math.tooltip_at(p) is not None
    )
    assert formula in _hover(qtbot, view, position).replace("\n", " ")


def _images(view: ConversationView) -> list[tuple[str, float, str]]:
    """(resource name, height, LaTeX) of each formula image in the view, in order."""
    from chatdesk.core.math_markup import parse_marker

    found, block = [], view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            formula = parse_marker(fmt.toolTip())
            if fmt.isImageFormat() and formula is not None:
                image = fmt.toImageFormat()
                found.append((image.name(), image.height(), formula.source))
            it += 1
        block = block.next()
    return found


def _current(view: ConversationView) -> bool:
    """Every formula image is the one for the view's present size, colour and pixel ratio."""
    from chatdesk.core.math_markup import Formula

    images = _images(view)
    return bool(images) and all(
        name == view.math.key(Formula(source, False)).name for name, _, source in images
    )


def test_formulas_follow_the_text_size_and_the_palette(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """Ctrl+= and a theme change, with the conversation open: the formulas are typeset
    again at the new size (for the new baseline) and in the new ink."""
    from PySide6.QtCore import Qt

    window = make_window()
    server.enqueue(Stream(chunks=[r"Take $y_i$ over $\frac{a}{b}$ here."]))
    send(qtbot, window, "Hi")
    view = window.view
    qtbot.waitUntil(lambda: len(_images(view)) == 2 and not view.math.pending, timeout=20000)
    before = {source: height for _, height, source in _images(view)}
    for _ in range(3):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.access.text_size.scale == 150

    def grown() -> bool:
        images = _images(view)
        return len(images) == 2 and all(h > before[s] * 1.3 for _, h, s in images)

    qtbot.waitUntil(lambda: grown() and _current(view), timeout=20000)
    cursor = QtGui.QTextCursor(view.document())
    for position in range(view.document().characterCount() - 1):
        cursor.setPosition(position + 1)
        if cursor.charFormat().isImageFormat():  # Qt centres it on this font's x-height
            assert cursor.charFormat().font().pointSizeF() == pytest.approx(
                view.font().pointSizeF()
            )
    other = "light" if theme.is_dark() else "dark"
    try:
        theme.apply_theme(other)
        ink = theme.tokens().text
        qtbot.waitUntil(lambda: _current(view), timeout=10000)
        for name, _, source in _images(view):
            from chatdesk.core.math_markup import Formula

            key = view.math.key(Formula(source, False))
            assert key.colour == ink and key.name == name
            assert view.math.images.cached(key) is not None
    finally:
        theme.apply_theme("system")
        QApplication.processEvents()


def test_a_typeset_reply_copies_and_exports_as_its_latex(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """Through the window: the formulas are images on screen, and Ctrl+Shift+C, the
    Markdown export and the JSON export give the LaTeX the model wrote."""
    from PySide6.QtCore import Qt

    from chatdesk.core.export import to_json, to_markdown
    from chatdesk.services.paths import app_paths
    from chatdesk.services.storage import DB_NAME, HistoryStore

    reply = r"So $x^2 + y_i$ and $$\sum_{k=1}^{n} \frac{1}{k}$$ hold."
    server.enqueue(Stream(chunks=[reply[:20], reply[20:]]))
    window = make_window()
    send(qtbot, window, "Math please")
    view = window.view
    qtbot.waitUntil(lambda: len(_images(view)) == 2 and not view.math.pending, timeout=20000)
    assert "x^2" not in view.toPlainText()  # shown as images, not as source
    window.prompt.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QApplication.clipboard().text() == reply
    assert window.library.runner.wait_idle()  # type: ignore[attr-defined]
    store = HistoryStore(app_paths().data_dir / DB_NAME)
    store.open()
    try:
        conversations = list(
            store.conversations(window.controller.conversation.uid, all_branches=False)
        )
    finally:
        store.close()
    assert reply in "".join(to_markdown(c) for c in conversations)
    assert json_reply(to_json(conversations)) == reply


def json_reply(text: str) -> str:
    import json

    messages = json.loads(text)["conversations"][0]["messages"]
    return str(messages[-1]["content"])
