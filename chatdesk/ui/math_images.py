"""Formulas as images for the screen: typeset off the UI thread, rasterised at the screen's
pixel ratio, cached.

A formula is typeset by the typesetting child process (``services/typeset``) from a
thread of this object's own one-thread pool (through ``ui/background``, like code
colours), and its SVG drawn into a ``QImage`` there too, at the device pixel ratio, so it
is sharp on HiDPI screens. The image is padded above or below so that Qt, which centres
an image with ``AlignMiddle`` on half the font's x-height, puts the formula's baseline on
the text's. Images are cached by (source, display, colour, size, pixel ratio) in a
least-recently-used cache, so a message built again after scrolling, or a conversation
opened again, shows its formulas without typesetting them again.
"""

from __future__ import annotations

import hashlib
import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QObject, QRectF, QThreadPool

from chatdesk.core.i18n import noop, tr
from chatdesk.ui.background import named_pool, run_in_background

#: Bytes of images the cache keeps (the least recently used go first).
CACHE_BYTES = 64 * 1024 * 1024
#: A formula bigger than this many device pixels stays source.
MAX_PIXELS = 8_000_000
#: Logical pixels of room left and right of a formula (its ink must not touch the text).
SIDE = 1.0


@dataclass(frozen=True)
class MathKey:
    source: str
    display: bool
    colour: str
    size: float
    """The math font's size in pixels."""
    x_height: int
    """The text's x-height in pixels (where Qt centres an image)."""
    dpr: float

    @property
    def name(self) -> str:
        """The document resource name of this formula's image."""
        digest = hashlib.sha1(repr(self).encode(), usedforsecurity=False).hexdigest()
        return f"chatdesk-math:{digest}"


@dataclass(frozen=True)
class MathImage:
    image: QtGui.QImage | None
    """``None`` when the formula could not be typeset."""
    width: float = 0.0
    """Logical pixels."""
    height: float = 0.0
    reason: str = ""
    """Why it stays source."""


def render(key: MathKey) -> MathImage:
    """Typeset and rasterise one formula (on a pool thread: QImage and QSvgRenderer are
    reentrant, nothing here is a widget)."""
    from PySide6.QtSvg import QSvgRenderer

    from chatdesk.services import typeset

    answer = typeset.shared().typeset(key.source, key.display, key.size, key.colour)
    if isinstance(answer, typeset.Unsupported):
        return MathImage(None, reason=answer.reason)
    dpr, half_x = key.dpr, key.x_height / 2
    ascent, descent = answer.ascent + 1, answer.descent + 1  # a pixel for antialiasing
    # Qt gives an AlignMiddle image of height H the ascent (H + half_x) / 2: choose H so
    # that this is where the formula's baseline is, with room for its ink above and below.
    height_px = math.ceil(dpr * max(2 * ascent - half_x, half_x + 2 * descent, ascent + descent))
    width_px = math.ceil(dpr * (answer.width + 2 * SIDE))
    if width_px * height_px > MAX_PIXELS:
        return MathImage(None, reason=noop("too large to show"))
    height = height_px / dpr
    top = (height + half_x) / 2 - answer.ascent
    image = QtGui.QImage(width_px, height_px, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    renderer = QSvgRenderer(QByteArray(answer.svg.encode()))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    target = QRectF(SIDE * dpr, top * dpr, answer.width * dpr, (ascent + descent - 2) * dpr)
    renderer.render(painter, target)
    painter.end()
    image.setDevicePixelRatio(dpr)
    return MathImage(image, width_px / dpr, height)


class MathImages(QObject):
    """The cache, and one formula typeset at a time (the caller picks which next)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = named_pool("typesetting", 1)
        self._cache: OrderedDict[MathKey, MathImage] = OrderedDict()
        self._bytes = 0
        self.running: MathKey | None = None
        self.typeset_count = 0
        """Formulas typeset so far (tests check a cached one is not typeset again)."""

    def cached(self, key: MathKey) -> MathImage | None:
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def start(self, key: MathKey, done: Callable[[MathKey, MathImage], None]) -> None:
        """Typeset ``key`` in the background; ``done`` gets it on the UI thread, cached."""
        self.running = key
        self.typeset_count += 1
        run_in_background(
            partial(render, key),
            partial(self._arrived, key, done),
            partial(self._failed, key, done),
            pool=self._pool,
        )

    def _arrived(
        self, key: MathKey, done: Callable[[MathKey, MathImage], None], result: object
    ) -> None:
        if not shiboken6.isValid(self):
            return  # the view closed while the formula was typeset
        self.running = None
        assert isinstance(result, MathImage)
        from chatdesk.services.typeset import OVERRUN

        if result.reason != OVERRUN.reason:
            self._keep(key, result)
        done(key, result)

    def _failed(
        self, key: MathKey, done: Callable[[MathKey, MathImage], None], error: Exception
    ) -> None:
        """The child could not start, say: the formula stays source (not cached, so it is
        tried again when shown again)."""
        if not shiboken6.isValid(self):
            return
        self.running = None
        done(key, MathImage(None, reason=tr("the typesetter failed: {error}").format(error=error)))

    def _keep(self, key: MathKey, image: MathImage) -> None:
        size = image.image.sizeInBytes() if image.image is not None else 0
        self._cache[key] = image
        self._bytes += size
        while self._bytes > CACHE_BYTES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._bytes -= old.image.sizeInBytes() if old.image is not None else 0

    @property
    def pool(self) -> QThreadPool:
        return self._pool
