"""The window in other languages, on a real display: a pseudo-language (accented and 40%
longer) shows every string translated and none clipped; German and Arabic load with Qt's
own dialog strings, Arabic mirrors the layout, and numbers follow the locale."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from chatdesk.core import i18n
from chatdesk.ui import language
from devkit import translations
from devkit.fake_server import FakeOpenAI
from tests.ui.conftest import MakeWindow

WORDS = re.compile(r"[A-Za-z]{3,}")
#: Texts that are data or names, the same in every language.
NOT_WORDS = re.compile(
    r"^(chatdesk|test-model|OpenAI|Azure OpenAI|OpenRouter|Ollama|LM Studio|llama\.cpp|vLLM|"
    r"Groq|Mistral|DeepSeek|Together AI|Fireworks|Custom|https?://\S*|[A-Z][a-z]+\+\S+|"
    r"English|Deutsch|Français|Español|Português \(Brasil\)|MCP|JSON|Markdown|URL)$"
)


@pytest.fixture
def installed() -> Iterator[None]:
    yield
    language.uninstall()


def install(lang: str, directory: Path) -> None:
    translations.compile_all(directory, [lang])
    assert language.install(lang, directory) == lang


def install_pseudo(directory: Path) -> None:
    """The pseudo-language, installed under German's name (its plural rules are English's)."""
    qm = translations.pseudo(directory)
    qm.rename(directory / "chatdesk_de.qm")
    assert language.install("de", directory) == "de"


def texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every visible text a user reads in ``root``: labels, buttons, titles, placeholders,
    tooltips and accessible names."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton) and not _qt_own(w):
            yield w, w.text()
        elif isinstance(w, QGroupBox):
            yield w, w.title()
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield w, w.placeholderText()
        yield w, w.toolTip()
        yield w, w.accessibleName()
        yield w, w.accessibleDescription()
    yield root, root.windowTitle()


def _qt_own(w: QWidget) -> bool:
    """A dialog's standard button (Save, Cancel…): Qt's translations name it."""
    box = w.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and isinstance(w, QAbstractButton)
        and box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton
    )


def untranslated(root: QWidget) -> list[str]:
    found = []
    for w, text in texts(root):
        plain = re.sub(r"<[^>]*>", "", text).strip()
        if WORDS.search(plain) and "⟦" not in plain and not NOT_WORDS.match(plain):
            found.append(f"{type(w).__name__}({w.objectName()}): {plain[:80]!r}")
    return sorted(set(found))


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons narrower than their text needs."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        wraps = isinstance(w, QLabel) and (w.wordWrap() or "<" in w.text())
        if (
            isinstance(w, QLabel | QAbstractButton)
            and not wraps
            and w.sizePolicy().horizontalPolicy()
        ):
            need = w.sizeHint().width()
            if w.width() + 1 < need:
                found.append(f"{type(w).__name__}({w.objectName()}) {w.width()} < {need}")
    return found


def menu_texts(window: QWidget) -> list[str]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):  # type: ignore[attr-defined]
        found.append(menu.title())
        found += [a.text() for a in menu.actions() if not a.isSeparator()]
    return [t for t in found if t]


def test_pseudo_language_translates_everything_and_clips_nothing(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path, installed: None
) -> None:
    install_pseudo(tmp_path)
    window = make_window()
    qtbot.waitUntil(lambda: bool(menu_texts(window)))
    missing = untranslated(window)
    missing += [t for t in menu_texts(window) if WORDS.search(t) and "⟦" not in t]
    window.open_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    window.dialogs.open_conversation_settings()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 2
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        missing += untranslated(dialog)
    assert not missing, "\n".join(missing)
    for root in [window, *dialogs]:
        assert not clipped(root), (root.objectName(), clipped(root))
    for dialog in dialogs:
        dialog.reject()


def _translation(lang: str, source: str) -> str:
    for message in ET.parse(translations.ts_path(lang)).getroot().iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    raise AssertionError(f"{source!r} is not in the {lang} sources")


def test_german_menus_buttons_and_qt_dialog_strings(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path, installed: None
) -> None:
    install("de", tmp_path)
    window = make_window()
    qtbot.waitUntil(lambda: bool(menu_texts(window)))
    titles = [m.title() for m in window.menuBar().findChildren(QMenu)]
    assert _translation("de", "&File") in titles
    assert "&File" not in titles
    assert window.send_button.text() == _translation("de", "Send")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own
    assert i18n.number(1234567.5, 1) == "1.234.567,5"
    assert i18n.tr("%Ln message(s)", "", 1) != i18n.tr("%Ln message(s)", "", 2)
    # Numbers are typed the German way too.
    window.dialogs.open_conversation_settings()
    dialog = window.dialogs.conversation_dialog
    assert dialog is not None
    dialog.edits["temperature"].setText("0,7")
    dialog.edits["max_tokens"].setText("1.024")
    dialog.context_edit.setText("8.192")
    assert dialog.params().temperature == 0.7
    assert dialog.params().max_tokens == 1024
    assert dialog.context() == 8192
    dialog.reject()


def _row() -> tuple[str, str]:
    """The sidebar row of a conversation 3 days old, of 12,345 messages billed 1 token:
    the detail it shows and its tooltip."""
    from PySide6.QtCore import QSize

    from chatdesk.services.storage.conversations import ConversationSummary
    from chatdesk.ui.project_rows import DETAIL_ROLE, conversation_row

    conv = ConversationSummary(
        uid="c1",
        title="Chat",
        updated=time.time() - 3 * 86400 - 60,
        pinned=False,
        model="m",
        messages=12345,
        tokens=1,
        estimated=False,
    )
    item, _, _ = conversation_row(conv, None, QSize(200, 40), False)
    return str(item.data(0, DETAIL_ROLE)), item.toolTip(0)


def test_german_counts_group_digits_and_take_the_singular(
    qtbot: QtBot, tmp_path: Path, installed: None
) -> None:
    """Counts read as German writes numbers ("12.345", not "12345"), and one is singular."""
    install("de", tmp_path)
    detail, tip = _row()
    assert "12.345" in detail and "12345" not in detail, detail
    assert "1 Token berechnet" in tip, tip
    from chatdesk.ui.sampling import limits

    assert limits({"max_tokens": 1}) == "Es darf bis zu 1 Token schreiben."
    assert limits({"max_tokens": 12345}) == "Es darf bis zu 12.345 Tokens schreiben."


def test_arabic_counts_use_arabic_indic_digits_throughout(
    qtbot: QtBot, tmp_path: Path, installed: None
) -> None:
    """An Arabic row does not mix "3" with "١٢٬٣٤٥": its ages, counts and numbers all use
    Arabic-Indic digits, as ``number()`` does."""
    install("ar", tmp_path)
    assert i18n.number(12345) == "١٢٬٣٤٥"
    detail, tip = _row()
    assert "٣" in detail and "١٢٬٣٤٥" in detail, detail
    assert not re.search(r"[0-9]", detail + tip), (detail, tip)


@pytest.mark.parametrize("lang", ["ja", "zh_CN"])
def test_a_month_in_the_usage_table_is_year_first_in_japanese_and_chinese(
    qtbot: QtBot, tmp_path: Path, installed: None, lang: str
) -> None:
    from chatdesk.ui.usage_dialog import period_label

    install(lang, tmp_path)
    assert period_label("2026-11") == "2026年11月"


def test_arabic_runs_right_to_left(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path, installed: None
) -> None:
    install("ar", tmp_path)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sidebar = window.sidebar
    left = sidebar.mapTo(window, sidebar.rect().topLeft()).x()
    assert left > window.width() // 2, "the sidebar is not on the right"
    send = window.send_button
    prompt = window.prompt
    assert (
        send.mapTo(window, send.rect().topLeft()).x()
        < prompt.mapTo(window, prompt.rect().topLeft()).x()
    )
    assert window.send_button.text() == _translation("ar", "Send")
    from chatdesk.core.messages import Role

    bubble = window.view.blocks.frame_format(Role.USER)  # set off towards the line's end
    assert (bubble.leftMargin(), bubble.rightMargin()) == (0, 60)


def test_the_language_setting_is_offered_in_settings(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window(settings={"language": "ja"})
    window.open_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    assert dialog is not None
    combo: QComboBox = dialog.language_combo
    assert combo.currentData() == "ja"
    assert combo.itemText(combo.findData("ar")) == "العربية"
    combo.setCurrentIndex(combo.findData("de"))
    settings, _ = dialog.values()
    assert settings.prefs.language == "de"
    dialog.reject()


@pytest.mark.parametrize(("setting", "expected"), [("fr", "fr"), (None, "de")])
def test_the_language_setting_overrides_the_system_one_at_start_up(
    tmp_path: Path, setting: str | None, expected: str
) -> None:
    """Under ``LANG=de_DE.UTF-8`` chatdesk speaks German, unless Settings chose another
    language: started afresh, it speaks that one (its command line, which reads the
    setting the way the window does, at start-up)."""
    import json
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    if setting is not None:
        (home / "settings.json").write_text(json.dumps({"language": setting}))
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env |= {"CHATDESK_HOME": str(home), "LANG": "de_DE.UTF-8", "COLUMNS": "500"}
    done = subprocess.run(
        [sys.executable, "-m", "chatdesk", "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown = " ".join(done.stdout.split())
    source = "write conversations as Markdown or JSON"
    assert _translation(expected, source) in shown
    assert source not in shown
    other = "de" if expected == "fr" else "fr"
    assert _translation(other, source) not in shown
