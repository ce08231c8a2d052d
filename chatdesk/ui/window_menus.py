"""The main window's menus and keyboard shortcuts, installed after the first paint.

Creating actions and the first shortcut loads Qt's key enums (~15 ms); doing it once the
window is on screen keeps that out of the time to first paint. Every action only calls
the window, its dialogs or the controller: the keyboard map lives here, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from chatdesk.ui.main_window import MainWindow


def install_actions(window: MainWindow) -> QShortcut:
    """Fill the window's menus; returns the Esc shortcut (stop, or cancel an edit)."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    from chatdesk.core.i18n import tr

    c, dialogs = window.controller, window.dialogs
    file_menu = window.file_menu
    new_action = QAction(tr("&New conversation"), window)
    new_action.setShortcut(QKeySequence("Ctrl+N"))
    new_action.triggered.connect(c.new_conversation)
    file_menu.addAction(new_action)
    presets = file_menu.addMenu(tr("New conversation from &preset"))
    presets.aboutToShow.connect(lambda: dialogs.fill_preset_menu(presets))
    file_menu.addSeparator()
    import_action = QAction(tr("&Import…"), window)
    import_action.triggered.connect(dialogs.import_file)
    file_menu.addAction(import_action)
    export_one = QAction(tr("&Export conversation…"), window)
    export_one.setShortcut(QKeySequence("Ctrl+E"))
    export_one.triggered.connect(lambda: dialogs.export(current_only=True))
    file_menu.addAction(export_one)
    export_all = QAction(tr("Export &all conversations…"), window)
    export_all.triggered.connect(lambda: dialogs.export(current_only=False))
    file_menu.addAction(export_all)
    file_menu.addSeparator()
    settings_action = QAction(tr("&Settings…"), window)
    settings_action.setShortcuts(
        [QKeySequence("Ctrl+,"), QKeySequence(QKeySequence.StandardKey.Preferences)]
    )
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.triggered.connect(window.open_settings)
    file_menu.addAction(settings_action)
    if window.tools is not None:
        tools_action = QAction(tr("&Tools (MCP servers)…"), window)
        tools_action.triggered.connect(window.open_tools)
        file_menu.addAction(tools_action)
    file_menu.addSeparator()
    quit_action = QAction(tr("&Quit"), window)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    history_menu = window.history_menu
    search_action = QAction(tr("&Search conversations"), window)
    search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
    search_action.triggered.connect(window.sidebar.focus_search)
    history_menu.addAction(search_action)
    usage_action = QAction(tr("&Usage…"), window)
    usage_action.triggered.connect(dialogs.open_usage)
    history_menu.addAction(usage_action)
    prices_action = QAction(tr("P&rices…"), window)
    prices_action.triggered.connect(dialogs.open_prices)
    history_menu.addAction(prices_action)
    window.sidebar.install_actions()
    from chatdesk.ui.project_actions import install_projects

    install_projects(window)  # Move to project (Ctrl+Shift+M), New project; sidebar wiring

    logs_action = QAction(tr("Open &log folder"), window)
    logs_action.triggered.connect(dialogs.open_log_folder)
    window.help_menu.addAction(logs_action)
    about = QAction(tr("&About chatdesk"), window)
    about.triggered.connect(dialogs.about)
    window.help_menu.addAction(about)

    from chatdesk.ui.prompt_library import open_library
    from chatdesk.ui.prompts import install_prompts

    install_prompts(window)  # the "/" popup; the library is read now, off the UI thread
    stop_shortcut = QShortcut(QKeySequence("Esc"), window)
    stop_shortcut.activated.connect(window.escape)

    for label, keys, slot in (
        (tr("Conversation &settings…"), "Ctrl+Shift+S", dialogs.open_conversation_settings),
        (tr("&Copy last reply"), "Ctrl+Shift+C", window.commands.copy_last_reply),
        (tr("&Regenerate reply"), "Ctrl+R", c.actions.regenerate),
        (tr("C&ontinue reply"), "Ctrl+Shift+Return", c.actions.continue_reply),
        (tr("&Edit last message"), "Ctrl+Shift+E", window.commands.edit_last_message),
        (tr("&Delete last message"), "Ctrl+Shift+Backspace", window.commands.delete_last_message),
        (tr("&Previous version"), "Ctrl+Alt+Left", lambda: window.commands.switch_last_version(-1)),
        (tr("&Next version"), "Ctrl+Alt+Right", lambda: window.commands.switch_last_version(1)),
        (
            tr("Co&mpare models…"),
            "Ctrl+Shift+K",
            lambda: dialogs.open_compare(window.prompt.toPlainText()),
        ),
        (tr("Prompt &library…"), "Ctrl+Shift+L", lambda: open_library(window)),
    ):
        action = QAction(label, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        window.message_menu.addAction(action)
    return stop_shortcut
