"""The main window's signal map: which signal of the controller, the library, the MCP
tools and the window's own widgets reaches which widget or window method.

Slots run in the order they were connected, so the connections are made in one
sequence, once the window's widgets, dialogs and commands exist (``MainWindow.build``
calls ``wire``; only the Attach and tools buttons are connected as they are built):
what a signal does is read in one place, and ``main_window`` keeps the layout and the
handlers. Like ``window_menus`` this only connects; each slot is the window's, one of its
widgets' or the controller's. It loads in ``build`` with the widgets' modules, after the
window is mapped, and what it imports is loaded by then (the controller imports those).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr
from chatdesk.core.params import context_length
from chatdesk.ui.background import unhandled

if TYPE_CHECKING:
    from chatdesk.ui.main_window import MainWindow


def wire(window: MainWindow) -> None:
    """Connect the built window to its controller, library and tools."""
    c = window.controller
    if window.tools is not None:
        from chatdesk.ui.tool_progress import ToolProgress

        rows = ToolProgress(window.view)  # in the call's row, and in the status bar
        window.tools.progress.connect(rows.report)
        c.message_added.connect(rows.result_shown)
        c.tool_calls_started.connect(rows.calls_started)
        window.tools.progress.connect(
            lambda _call, text: window.progress_label.setText(
                tr("Tool working… {progress}").format(progress=text)
            )
        )
    window.prompt.submitted.connect(window.send)
    window.send_button.clicked.connect(window.send)
    window.stop_button.clicked.connect(c.stop)
    window.banner.action_requested.connect(window.on_banner_action)
    c.message_added.connect(window.view.add_message)
    c.reply_started.connect(window.view.start_reply)
    c.reply_text.connect(window.view.append_to_reply)
    c.reply_ended.connect(window.view.end_reply)
    c.last_message_removed.connect(window.view.remove_last_message)
    c.conversation_cleared.connect(window.view.clear_conversation)
    # Send, Stop, the status bar, the picker, the sidebar's row: refreshed from the controller.
    c.changed.connect(window.on_changed)
    c.progress_text.connect(window.progress_label.setText)
    c.error_raised.connect(window.on_error)
    # A window method, not a lambda: the connection goes with the window.
    unhandled().failed.connect(window.on_unhandled)
    c.error_cleared.connect(window.banner.clear)
    c.retry_notice.connect(window.banner.show_notice)
    c.prompt_returned.connect(window.return_prompt)
    c.settings_requested.connect(window.open_settings)
    c.keyring_failed.connect(window.dialogs.keyring_failed)
    window.send_button.setEnabled(c.ready)
    c.conversation_loaded.connect(window.show_conversation)
    c.editing_changed.connect(window.commands.on_editing)
    c.context_start_changed.connect(window.view.mark_context_start)
    c.attachments_returned.connect(window.tray.restore)
    window.tray.set_context_source(
        lambda: context_length(c.settings.active.model, c.settings.prefs.context_lengths)
    )
    window.prompt.files_dropped.connect(window.tray.attach_pasted)
    window.prompt.image_pasted.connect(window.tray.add_pasted_image)
    window.picker.settings_wanted.connect(window.open_settings)
    window.picker.error.connect(window.banner.show_error)
    window.picker.notice.connect(window.notice)
    window.tray.problem.connect(
        lambda text: window.banner.show_error(ChatError(ErrorKind.ATTACHMENT, text))
    )
    c.reply_rebuilt.connect(window.view.rebuild_last)
    window.view.copy_requested.connect(window.commands.copy)
    window.view.action_requested.connect(window.commands.on_action)
    window.prompt.recall_requested.connect(window.commands.edit_last_message)
    c.jump_requested.connect(window.view.jump_to)
    c.older_loaded.connect(lambda older: window.view.add_older(list(older)))
    window.view.older_wanted.connect(lambda: c.with_full_conversation(lambda: None))
    lib = window.library
    if lib is not None:
        lib.error.connect(window.on_error)
        sb = window.sidebar
        sb.new_requested.connect(window.new_conversation)
        sb.conversation_selected.connect(lib.open_conversation)
        sb.rename_requested.connect(lib.rename)
        sb.delete_requested.connect(lib.delete)
        sb.pin_requested.connect(lib.set_pinned)
        sb.search_changed.connect(lib.search)
        sb.result_activated.connect(lib.open_conversation)
        lib.conversations_changed.connect(sb.set_conversations)
        lib.search_results.connect(sb.set_results)
        lib.notice.connect(window.notice)
