"""Take the README's screenshot of chatdesk in another language (Arabic, Japanese…).

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m devkit.language_screenshot ja docs/screenshot-ja.png

The real window, in a temporary home, against the loopback fake server, which answers one
question in that language; the screen is grabbed with ImageMagick's ``import``. CJK text
needs a CJK font on the machine (e.g. ``fonts-ipafont-gothic``), as on any desktop, and
the key is stored in a real keyring (run it inside a gnome-keyring session).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLES = {
    "ja": (
        "東京で一日過ごすなら、おすすめは？",
        "東京での一日なら、こんな流れはいかがでしょう。\n\n"
        "1. **朝**：築地場外市場で朝ごはん\n2. **昼**：浅草寺と仲見世通りを散策\n"
        "3. **夕方**：渋谷スカイから夕焼けを眺める\n\n"
        "移動には `Suica` があると便利です。",
    ),
    "ar": (
        "ما هي أفضل طريقة لتعلّم لغة جديدة؟",
        "إليك بعض النصائح العملية:\n\n"
        "1. **الممارسة اليومية**: خصّص عشرين دقيقة كل يوم.\n"
        "2. **الاستماع**: شاهد الأفلام بلغتها الأصلية.\n"
        "3. **المحادثة**: تحدّث مع الناطقين بها دون خوف من الأخطاء.\n\n"
        "الاستمرار أهم من السرعة.",
    ),
}


def main(lang: str, out: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from devkit.fake_server import FakeOpenAI, Stream

    question, answer = SAMPLES[lang]
    home = Path(tempfile.mkdtemp())
    os.environ["CHATDESK_HOME"] = str(home)
    server = FakeOpenAI().start()
    words = [w + " " for w in answer.split(" ")]
    server.enqueue(Stream(chunks=words))
    (home / "settings.json").write_text(
        json.dumps({"base_url": server.base_url, "model": "test-model", "language": lang})
    )
    from chatdesk.services.keystore import KeyStore

    KeyStore().store(server.base_url, "fake-screenshot-key")
    app = QApplication.instance() or QApplication(sys.argv)
    from chatdesk.app import create_window

    _, window = create_window([sys.argv[0]])

    def ask() -> None:
        window.prompt.setPlainText(question)
        window.send()
        QTimer.singleShot(2500, shoot)

    def shoot() -> None:
        window.prompt.setFocus()
        subprocess.run(["import", "-window", "root", "-crop", "900x700+0+0", str(out)], check=True)
        server.close()
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(1500, ask))
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
