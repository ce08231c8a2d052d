"""Projects: named groups of conversations, one level deep, with defaults for new ones.

A conversation lives in at most one project (``Conversation.project`` holds its uid, ``""``
for none). A project may carry a system prompt, server profile, model and parameters that a
conversation started in it begins with (like ChatGPT's projects); conversations moved in
keep their own settings. Plain data: storage is ``services/storage/projects.py``'s, the
JSON form ``export.py``'s.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from chatdesk.core.messages import new_uid
from chatdesk.core.params import Params

#: Project names are cut to this many characters.
NAME_LENGTH = 80


@dataclass(frozen=True)
class Project:
    uid: str = field(default_factory=new_uid)
    name: str = ""
    created: float = field(default_factory=time.time)
    system_prompt: str = ""
    """Default system prompt of conversations started in the project ("": the global one)."""
    profile: str = ""
    """Default server profile id ("": whichever is active)."""
    model: str = ""
    """Default model ("": the profile's)."""
    params: Params = field(default_factory=Params)
    """Default request parameters."""
    collapsed: bool = False
    """Shown folded in the sidebar (the window's state: not exported)."""

    @property
    def has_defaults(self) -> bool:
        return bool(self.system_prompt or self.profile or self.model or self.params.to_json())


def clean_name(text: str) -> str:
    """A project name as stored: one line, spaces collapsed, at most ``NAME_LENGTH``."""
    return " ".join(text.split())[:NAME_LENGTH].rstrip()


def by_name(projects: list[Project]) -> list[Project]:
    """The sidebar's order: by name, ignoring case, then by age."""
    return sorted(projects, key=lambda p: (p.name.casefold(), p.created, p.uid))
