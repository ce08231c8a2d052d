"""UI-thread cost of showing an attached photo: full decode (the baseline) vs header only.

The view reads an image's header on the UI thread and decodes a scaled thumbnail on a
pool thread. This prints both costs for a 12-megapixel PNG and JPEG, best of 5, and the
memory the view keeps per image. Run: ``.venv/bin/python -m bench.thumbnail``
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication


def best_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


def photo() -> QImage:
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    rng = random.Random(1)
    for _ in range(2000):
        colour = QColor(rng.randrange(2**24))
        painter.fillRect(rng.randrange(4000), rng.randrange(3000), 200, 100, colour)
    painter.end()
    return image


def main() -> None:
    app = QApplication([])
    from chatdesk.ui.conversation_view import _image_size, _thumbnail

    image = photo()
    for kind in ("PNG", "JPG"):
        encoded = QByteArray()
        buffer = QBuffer(encoded)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, kind)
        data = bytes(encoded)
        full = best_ms(lambda d=data: QImage.fromData(d))
        header = best_ms(lambda d=data: _image_size(d))
        thumb = best_ms(lambda d=data: _thumbnail(d, QSize(480, 360)))
        kept = _thumbnail(data, QSize(480, 360)).sizeInBytes() / 2**20
        print(
            f"{kind} {len(data) / 1e6:.1f} MB: UI thread {header:.2f} ms "
            f"(full decode, the old way: {full:.1f} ms, {full / header:.0f}x); "
            f"pool thread {thumb:.1f} ms; view keeps {kept:.2f} MiB "
            f"(full image: {image.sizeInBytes() / 2**20:.0f} MiB)"
        )
    app.quit()


if __name__ == "__main__":
    main()
