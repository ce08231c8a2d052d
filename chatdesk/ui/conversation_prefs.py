"""A conversation's own settings, as the dialogs and the Tools button change them.

The conversation keeps its system prompt, parameters and tool choices; what belongs to
the settings (the model's context length, the presets) goes to ``ServerAccess``.
"""

from __future__ import annotations

import dataclasses

from chatdesk.core.params import Params
from chatdesk.ui.controller import ChatController


def set_tools_off(chat: ChatController, off: tuple[str, ...]) -> None:
    """The servers and tools this conversation does not offer (saved with it)."""
    conv = chat.conversation
    conv.params = dataclasses.replace(conv.params, tools_off=off)
    if chat.sync.is_stored(conv):
        chat.sync.save_conversation(conv)


def save_conversation_settings(
    chat: ChatController,
    system_prompt: str,
    params: Params,
    context: int | None,
    presets: object,
) -> None:
    """The conversation settings dialog's choices: this conversation's prompt and
    parameters (its tool choices kept); the context length and presets to the settings."""
    kept = dataclasses.replace(params, tools_off=chat.conversation.params.tools_off)
    chat.set_conversation_settings(system_prompt, kept)
    chat.servers.remember_context(context, presets)


def new_from_preset(chat: ChatController, name: str) -> bool:
    """A new conversation with a preset's system prompt and parameters."""
    preset = chat.settings.prefs.presets.get(name)
    if preset is None:
        return False
    chat.new_conversation()
    chat.set_conversation_settings(
        str(preset.get("system_prompt", "")), Params.from_json(preset.get("params"))
    )
    return True
