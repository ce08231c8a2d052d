"""Formulas in the conversation's document: found by their marker, replaced by their image.

The renderer shows each formula as its source, marked (``core/math_markup``). Once a
block is finished, the view asks this object to typeset the formulas in it
(``typeset_range``): a formula whose image is cached is replaced at once, in the same
edit as the rendering (one layout); the others wait, and are typeset one at a time,
nearest to the viewport first, and replaced a few milliseconds' worth per event-loop
turn as they arrive. A formula the typesetter rejects keeps its source, underlined in
the error colour, with the reason as its tooltip.

A replacement shortens the document, so ``on_replaced(position, delta)`` tells the view,
which tells a streaming reply whose positions lie after it.

An image is made for one text size, ink colour and pixel ratio (its baseline padding
too), so when any of them changes (Ctrl+=, a theme, a screen: ``view_math`` notices) the
formulas shown are typeset again the same way (``refresh``); each keeps its old image
until its new one comes, so nothing moves or flashes back to source meanwhile.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QObject, QPoint, QTimer, QUrl
from PySide6.QtWidgets import QTextEdit

from chatdesk.core.i18n import tr
from chatdesk.core.markdown import utf16_len
from chatdesk.core.math_markup import Formula, parse_marker
from chatdesk.ui.math_images import MathImage, MathImages, MathKey
from chatdesk.ui.theme import tokens

_KEEP = QtGui.QTextCursor.MoveMode.KeepAnchor
OBJECT = "\ufffc"
"""How an image reads in the document's text."""
#: Milliseconds of replacing per event-loop turn.
SLICE_MS = 4.0
#: The math font's x-height, in em.
MATH_X_HEIGHT = 0.47
#: Why a formula stayed source, on its text (what the tooltip says).
REASON = QtGui.QTextFormat.Property.UserProperty + 1


@dataclass
class _Waiting:
    start: QtGui.QTextCursor
    """At the formula's first character; follows edits above it."""
    shown: str
    """The source as shown, to recognise it when its image arrives."""
    key: MathKey
    formula: Formula
    image: str = ""
    """The name of the image it replaces (typeset again), or "" for its source."""


class MathText(QObject):
    """Owns the typesetting of one view's formulas."""

    def __init__(
        self,
        view: QTextEdit,
        images: MathImages,
        on_replaced: Callable[[int, int], None] = lambda position, delta: None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self.images = images
        self._on_replaced = on_replaced
        self._waiting: list[_Waiting] = []
        self._ready: deque[tuple[_Waiting, MathImage]] = deque()
        self._formulas: dict[str, Formula | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._apply_slice)
        self.replaced = 0
        """Formulas shown as images so far (tests and benchmarks wait on it)."""

    @property
    def pending(self) -> bool:
        return bool(self._waiting or self._ready or self.images.running)

    def reset(self) -> None:
        """The document was cleared: formulas waiting for it are moot."""
        self._waiting.clear()
        self._ready.clear()

    def refresh(self) -> None:
        """Typeset again, for the present size, ink and pixel ratio, each formula whose
        image was made for others; formulas still waiting wait for the new key."""
        sources = [w for w in self._waiting if not w.image]
        sources += [w for w, _ in self._ready if not w.image]
        self._ready.clear()
        base = self.key(Formula("", False))  # the font metrics once, not per formula

        def key_of(formula: Formula) -> MathKey:
            return replace(base, source=formula.source, display=formula.display)

        self._waiting = [replace(w, key=key_of(w.formula)) for w in sources]
        now: list[tuple[int, MathKey, Formula, MathImage]] = []
        for position, name, formula in self._images():
            key = key_of(formula)
            if key.name == name:
                continue
            image = self.images.cached(key)
            if image is not None:
                now.append((position, key, formula, image))
                continue
            cursor = QtGui.QTextCursor(self._view.document())
            cursor.setPosition(position)
            self._waiting.append(_Waiting(cursor, OBJECT, key, formula, name))
        if now:
            cursor = QtGui.QTextCursor(self._view.document())
            cursor.beginEditBlock()
            for position, key, formula, image in now:  # image for image: nothing moves
                self._replace(position, 1, key, formula, image)
            cursor.endEditBlock()
        self._next()

    def _images(self) -> list[tuple[int, str, Formula]]:
        """(position, image name, formula) of each formula shown as an image."""
        found: list[tuple[int, str, Formula]] = []
        block = self._view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                fmt = fragment.charFormat()
                if not fmt.isImageFormat():
                    continue
                formula = self._formula(fmt.toolTip())
                if formula is not None:
                    name = fmt.toImageFormat().name()
                    found += [
                        (fragment.position() + i, name, formula) for i in range(fragment.length())
                    ]
            block = block.next()
        return found

    # -- finding ------------------------------------------------------------------

    def _formula(self, tooltip: str) -> Formula | None:
        if tooltip not in self._formulas:
            self._formulas[tooltip] = parse_marker(tooltip)
        return self._formulas[tooltip]

    def _found(self, start: int, end: int) -> list[tuple[int, int, Formula]]:
        """(position, length, formula) of each formula still shown as source in the range."""
        found: list[tuple[int, int, Formula]] = []
        last_tip = ""
        block = self._view.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                position = fragment.position()
                if position < start or position >= end:
                    continue
                fmt = fragment.charFormat()
                tip = fmt.toolTip()
                formula = self._formula(tip) if tip else None
                if formula is None or fmt.isImageFormat() or fmt.hasProperty(REASON):
                    last_tip = ""
                    continue
                if found and tip == last_tip and sum(found[-1][:2]) == position:
                    found[-1] = (found[-1][0], found[-1][1] + fragment.length(), formula)
                else:
                    found.append((position, fragment.length(), formula))
                last_tip = tip
            block = block.next()
        return found

    def key(self, formula: Formula) -> MathKey:
        """The text's size is its x-height: the math font's letters are as tall as the
        text's, whatever the text's font (STIX Two's x-height is 0.47 em)."""
        font = self._view.document().defaultFont()
        size = round(QtGui.QFontMetricsF(font).xHeight() / MATH_X_HEIGHT * 2) / 2
        return MathKey(
            formula.source,
            formula.display,
            tokens().text,
            size,
            QtGui.QFontMetrics(font).xHeight(),
            self._view.devicePixelRatioF(),
        )

    # -- typesetting ----------------------------------------------------------------

    def typeset_range(self, start: int, end: int) -> None:
        """Typeset the formulas shown as source between ``start`` and ``end``: cached ones
        now (call inside the edit that rendered them), the others when they arrive."""
        now: list[tuple[int, int, MathKey, Formula, MathImage]] = []
        doc = self._view.document()
        for position, length, formula in self._found(start, end):
            key = self.key(formula)
            image = self.images.cached(key)
            if image is not None:
                now.append((position, length, key, formula, image))
                continue
            cursor = QtGui.QTextCursor(doc)
            cursor.setPosition(position)
            shown = QtGui.QTextCursor(cursor)
            shown.setPosition(position + length, _KEEP)
            self._waiting.append(_Waiting(cursor, shown.selectedText(), key, formula))
        for position, length, key, formula, image in reversed(now):  # later first: no shifts
            self._replace(position, length, key, formula, image)
        self._next()

    def _next(self) -> None:
        """Start typesetting the waiting formula nearest the viewport, if none is running."""
        while self.images.running is None and self._waiting:
            best = self._nearest()
            if not self._still_shown(best):  # unbuilt or rebuilt since: not worth typesetting
                self._waiting.remove(best)
                continue
            cached = self.images.cached(best.key)
            if cached is not None:  # typeset meanwhile for another copy of the same formula
                self._collect(best.key, cached)
                continue
            self.images.start(best.key, self._arrived)

    def _nearest(self) -> _Waiting:
        view = self._view
        top = view.cursorForPosition(QPoint(0, 0)).position()
        bottom = view.cursorForPosition(
            QPoint(view.viewport().width(), view.viewport().height())
        ).position()
        best, distance = None, None
        for waiting in self._waiting:
            position = waiting.start.position()
            away = max(0, top - position, position - bottom)
            if distance is None or away < distance:
                best, distance = waiting, away
                if away == 0:
                    break
        assert best is not None
        return best

    @staticmethod
    def _still_shown(waiting: _Waiting) -> bool:
        check = QtGui.QTextCursor(waiting.start)
        check.setPosition(waiting.start.position() + utf16_len(waiting.shown), _KEEP)
        if waiting.image:
            fmt = check.charFormat()
            return fmt.isImageFormat() and fmt.toImageFormat().name() == waiting.image
        return check.selectedText() == waiting.shown

    def _arrived(self, key: MathKey, image: MathImage) -> None:
        if not shiboken6.isValid(self._timer):
            return  # the view closed while the formula was typeset
        self._collect(key, image)
        self._next()

    def _collect(self, key: MathKey, image: MathImage) -> None:
        """Every formula waiting for ``key`` is replaced, a slice at a time."""
        still = []
        for waiting in self._waiting:
            if waiting.key == key:
                self._ready.append((waiting, image))
            else:
                still.append(waiting)
        self._waiting = still
        if self._ready:
            self._timer.start()

    def _apply_slice(self) -> None:
        """Replace formulas for a few milliseconds, as one edit (one layout)."""
        deadline = time.perf_counter() + SLICE_MS / 1000
        cursor = QtGui.QTextCursor(self._view.document())
        cursor.beginEditBlock()
        while self._ready and time.perf_counter() < deadline:
            waiting, image = self._ready.popleft()
            position = waiting.start.position()
            if not self._still_shown(waiting):
                continue  # that text was rebuilt or removed meanwhile
            self._replace(position, utf16_len(waiting.shown), waiting.key, waiting.formula, image)
        cursor.endEditBlock()
        if self._ready:
            self._timer.start()

    def _replace(
        self, position: int, length: int, key: MathKey, formula: Formula, image: MathImage
    ) -> None:
        cursor = QtGui.QTextCursor(self._view.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, _KEEP)
        again = cursor.charFormat().isImageFormat()  # its image, typeset again, goes in place
        if image.image is None:
            if again:
                return  # the old image stays
            failed = QtGui.QTextCharFormat()
            failed.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.WaveUnderline)
            failed.setUnderlineColor(QtGui.QColor(tokens().error))
            failed.setProperty(REASON, image.reason)
            cursor.mergeCharFormat(failed)
            return
        self._view.document().addResource(
            QtGui.QTextDocument.ResourceType.ImageResource, QUrl(key.name), image.image
        )
        fmt = QtGui.QTextImageFormat()
        fmt.setName(key.name)
        fmt.setWidth(image.width)
        fmt.setHeight(image.height)
        fmt.setFont(self._view.document().defaultFont())  # the x-height Qt centres it on
        fmt.setVerticalAlignment(QtGui.QTextCharFormat.VerticalAlignment.AlignMiddle)
        fmt.setToolTip(formula.marker)
        self.replaced += 1
        if again:
            cursor.setCharFormat(fmt)
            return
        cursor.removeSelectedText()
        cursor.insertImage(fmt)
        self._on_replaced(position, 1 - length)

    # -- reading ----------------------------------------------------------------------

    def source_of(self, cursor: QtGui.QTextCursor) -> str | None:
        """The selection's plain text with each formula image as its LaTeX; ``None`` when
        the selection holds no formula image (then Qt's own copy is right)."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        doc = self._view.document()
        parts: list[str] = []
        any_math = False
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            if parts:
                parts.append("\n")
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                if lo >= hi:
                    continue
                fmt = fragment.charFormat()
                formula = self._formula(fmt.toolTip()) if fmt.isImageFormat() else None
                if formula is not None:
                    any_math = True
                    parts.append(formula.written * (hi - lo))
                    continue
                units = fragment.text().encode("utf-16-le")  # positions count UTF-16 units
                a, b = 2 * (lo - fragment.position()), 2 * (hi - fragment.position())
                text = units[a:b].decode("utf-16-le", "replace")
                parts.append(text.replace("\u2028", "\n").replace("\xa0", " "))
            block = block.next()
        return "".join(parts) if any_math else None

    def tooltip_at(self, position: int) -> str | None:
        """What hovering a formula says: its source, and why it was not typeset."""
        cursor = QtGui.QTextCursor(self._view.document())
        cursor.setPosition(position)
        if not cursor.atBlockEnd():
            cursor.movePosition(QtGui.QTextCursor.MoveOperation.NextCharacter, _KEEP)
        fmt = cursor.charFormat()
        formula = self._formula(fmt.toolTip()) if fmt.toolTip() else None
        if formula is None:
            return None
        reason = fmt.property(REASON)
        if reason:
            return tr("Not typeset ({reason}):\n{formula}").format(
                reason=tr(str(reason)), formula=formula.written
            )
        return formula.written
