"""chatdesk started under ``LANG=de_DE.UTF-8`` speaks German: its menus and buttons, read
from outside over the AT-SPI bus, are the German translations (from source and from the
bundle, whose compiled translations must be packed)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from devkit import translations
from tests.e2e.conftest import API_KEY
from tests.e2e.harness import ARTIFACTS, RecordingProxy, desktop, start_atspi, stop
from tests.e2e.harness import wait_for as wait_until
from tests.e2e.test_accessibility import _need_pyatspi, find, read_tree
from tests.e2e.test_desktop import start_app

pytestmark = pytest.mark.e2e


def german(source: str) -> str:
    """The German translation, as a screen reader reads it (no mnemonic ampersand)."""
    for message in ET.parse(translations.ts_path("de")).getroot().iter("message"):
        if message.findtext("source") == source and not message.findtext("comment"):
            text = message.findtext("translation") or ""
            assert text and text != source, f"{source!r} has no German translation"
            return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    raise AssertionError(f"{source!r} is not a translatable string")


def test_under_a_german_locale_the_menus_and_buttons_are_german(
    model_server: RecordingProxy,
    app_command: list[str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    _need_pyatspi()
    artifacts = ARTIFACTS / request.node.name.replace("/", "_")
    with desktop(tmp_path, artifacts) as desk:
        start_atspi(desk)
        app = start_app(desk, app_command, model_server, OPENAI_API_KEY=API_KEY, LANG="de_DE.UTF-8")
        try:
            desk.main_window()
            menus = [german(s) for s in ("&File", "&Message", "Hi&story", "&Help")]

            def german_menus() -> dict[str, Any] | None:
                tree = read_tree(desk)
                return tree if all(find(tree, "menu item", m) for m in menus) else None

            tree = wait_until(
                german_menus,
                60,
                f"the German menus {menus}",
            )
            (artifacts / "tree.json").write_text(json.dumps(tree, indent=1))
            desk.screenshot("german")
            assert find(tree, "push button", german("Send")), "Send is not German"
            assert not find(tree, "menu item", "File")
            desk.key("ctrl+q")
            assert app.wait(20) == 0
        finally:
            stop(app)
