"""Messages as the view receives them."""

from __future__ import annotations

from chatdesk.core.messages import MessageSnapshot, Role


def said(role: Role, text: str, uid: str) -> MessageSnapshot:
    """A finished message by ``role``, as the controller would hand it to the view."""
    return MessageSnapshot(uid, role, text)
