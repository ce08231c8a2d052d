"""The typed events between the controller and the window: what changed, and what the
user asked of a message.

Widgets that only show state (the status bar, Send and Stop, the sidebar's current row)
listen to one coarse ``ChatController.changed`` and read the controller, as Anki's
``operation_did_execute`` does, rather than each following a signal of its own; the
signals that carry data to draw (a message, streamed text) stay separate.
"""

from __future__ import annotations

import enum


class Changes(enum.Flag):
    """What ``ChatController.changed`` says to refresh (read the controller for the values)."""

    BUSY = enum.auto()
    """A reply started or ended (``busy``): Send, Stop, the prompt's focus."""
    READY = enum.auto()
    """The settings and key were read (``ready``): Send."""
    USAGE = enum.auto()
    """The usage and cost line (``usage_line``)."""
    SETTINGS = enum.auto()
    """The settings or the active profile (``settings``): model, server, security, theme."""
    CONVERSATION = enum.auto()
    """Another conversation is open, or the open one was stored (``conversation``)."""


class MessageVerb(enum.Enum):
    """What the user asked to do to one message; the value is its link's word in the view."""

    COPY = "copy"
    EDIT = "edit"
    DELETE = "delete"
    REASONING = "reasoning"
    PREV = "prev"
    NEXT = "next"
    PROMPT = "prompt"
    TOOL = "tool"
    """Show or hide a tool call's details (the view does it itself)."""

    @classmethod
    def from_link(cls, word: str) -> MessageVerb | None:
        """The verb a link names (None for a word this version does not know)."""
        try:
            return cls(word)
        except ValueError:
            return None
