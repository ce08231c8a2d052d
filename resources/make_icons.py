"""Regenerate the app icon's PNG sizes, .ico and .icns from chatdesk.svg.

Run from the repository root: ``.venv/bin/python resources/make_icons.py``.
Qt renders the SVG (so no extra rasteriser is needed); Pillow writes .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "chatdesk.svg"))
    out = HERE / "icons"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"chatdesk-{size}.png"))
    big = Image.open(out / "chatdesk-512.png")
    big.save(HERE / "chatdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(HERE / "chatdesk.icns")
    print(f"wrote {len(SIZES)} PNGs, chatdesk.ico and chatdesk.icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
