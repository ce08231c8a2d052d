"""The window's language: Qt translators, locale formatting and right-to-left layout.

Applied once at start-up, after the QApplication exists and before any window is built:
the language follows the system (``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``) unless
Settings names one. It loads chatdesk's compiled translations
(``resources/translations/chatdesk_<lang>.qm``, built from the ``.ts`` sources by
``scripts/translations.sh``) and Qt's own for the standard dialogs, routes
``core.i18n.tr`` through them, and mirrors the layout for a right-to-left language.
A missing ``.qm`` leaves the window in English rather than failing.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox

from chatdesk.core import i18n
from chatdesk.services.paths import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(resource_path("translations"))


def _translate(text: str, disambiguation: str, n: int) -> str:
    translated = QCoreApplication.translate("", text, disambiguation or None, n)
    if n >= 0 and translated == text.replace("%n", str(n)):  # no translation: English
        return i18n.english_plural(text, n)
    return translated


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def choose(preference: str) -> str:
    """The language to use: the Settings choice when it names a shipped one, else the
    system's, else English."""
    if preference in i18n.LANGUAGES:
        return preference
    return i18n.language_from_environment(dict(os.environ)) or i18n.closest_language(
        QLocale.system().name()
    )


def install(preference: str = "", directory: Path | None = None) -> str:
    """Load chatdesk's and Qt's translations for the chosen language; returns it."""
    app = QCoreApplication.instance()
    lang = choose(preference)
    uninstall()
    if preference in i18n.LANGUAGES:  # an override formats numbers and dates its way too
        QLocale.setDefault(QLocale(lang))
    i18n.install(_translate, _number)
    if app is None or lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(f"chatdesk_{lang}", str(directory or translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation for %s; the window stays in English", lang)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(f"qtbase_{lang}", str(translations_dir())):
        app.installTranslator(qt)
        _installed.append(qt)
    from PySide6.QtCore import Qt  # its enums take ~20 ms to load: not for English

    rtl = QLocale(lang).textDirection() == Qt.LayoutDirection.RightToLeft
    if rtl and isinstance(app, QGuiApplication):  # a window, not the command line
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return lang


_console: QCoreApplication | None = None


def install_console(preference: str) -> str:
    """The command line's language (``chatdesk export``/``import``: messages and help),
    for which a core application is made when none exists."""
    global _console
    if QCoreApplication.instance() is None:
        _console = QCoreApplication([sys.argv[0]])
    return install(preference)


def uninstall() -> None:
    """Back to English and left-to-right (tests switch languages in one process)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    i18n.reset()
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication) and QGuiApplication.isRightToLeft():
        from PySide6.QtCore import Qt  # its enums take ~20-30 ms to load: only when needed

        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def picker(current: str) -> QComboBox:
    """Settings' language choice: the system's, or a shipped language named in itself."""
    tr = i18n.tr
    box = QComboBox()
    box.setObjectName("language")
    box.addItem(tr("Follow the system"), "")
    for code, name in i18n.LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setToolTip(tr("The window's language; a change applies when chatdesk starts again."))
    return box
