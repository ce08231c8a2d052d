"""Every colour chatdesk draws with, one palette per theme, as plain data.

Widgets and the Markdown renderer ask for a named role (``palette.error``), never a hex
value: this module is the only place colours are written down (a test keeps it so). The
Qt side (``chatdesk/ui/theme.py``) turns a palette into a ``QPalette``; the renderer puts
its colours in HTML. No Qt here, so the palettes are checked without a window.

``TEXT_PAIRS`` names each foreground/background pair that text is drawn in, so the
contrast test covers every one of them (WCAG 2 asks for 4.5:1 for body text).
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Palette:
    """One theme's colours, by role. All are ``#rrggbb``."""

    name: str
    dark: bool

    # -- the Qt palette: window chrome, inputs, buttons, selections ---------------
    window: str
    window_text: str
    base: str
    """Inputs and the conversation's page."""
    alternate_base: str
    text: str
    """Text on ``base`` and inside message bubbles."""
    button: str
    button_text: str
    tooltip_bg: str
    tooltip_text: str
    placeholder: str
    disabled_text: str
    """Exempt from the contrast rule (WCAG's "inactive user interface component")."""
    selection_bg: str
    selection_text: str
    link: str
    link_visited: str

    # -- text roles -------------------------------------------------------------------
    muted: str
    """Secondary text: a message's Copy/Edit links, reasoning, file names, code labels."""
    error: str
    """Error text on the window or an input (status bar, dialogs)."""
    success: str
    warning: str
    """Notes in a message (Stopped, Incomplete) and the context-start marker."""
    math: str
    """Math source, shown as monospace on the code backgrounds."""

    # -- the conversation -------------------------------------------------------------
    user_bubble: str
    assistant_bubble: str
    user_label: str
    assistant_label: str
    code_bg: str
    inline_code_bg: str
    border: str
    """Table rules in rendered Markdown (not text)."""
    jump_highlight: str
    """Behind a message opened from a search result."""

    # -- the banner above the prompt ------------------------------------------------
    banner_error_bg: str
    banner_error_text: str
    banner_error_border: str
    banner_notice_bg: str
    banner_notice_text: str
    banner_notice_border: str


LIGHT = Palette(
    name="light",
    dark=False,
    window="#efefef",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f7f7f7",
    text="#000000",
    button="#efefef",
    button_text="#000000",
    tooltip_bg="#ffffdc",
    tooltip_text="#000000",
    placeholder="#6b6b6b",
    disabled_text="#9a9a9a",
    selection_bg="#1f6cb5",
    selection_text="#ffffff",
    link="#0a58ca",
    link_visited="#6f42c1",
    muted="#57606a",
    error="#b00020",
    success="#18773a",
    warning="#8f4b00",
    math="#6a3de8",
    user_bubble="#e3efff",
    assistant_bubble="#f7f7f7",
    user_label="#1c5fae",
    assistant_label="#1d7240",
    code_bg="#eaeef2",
    inline_code_bg="#eaeef2",
    border="#d0d7de",
    jump_highlight="#fff3a0",
    banner_error_bg="#fdecea",
    banner_error_text="#611a15",
    banner_error_border="#f5c2c0",
    banner_notice_bg="#fff4e5",
    banner_notice_text="#663c00",
    banner_notice_border="#ffd8a8",
)

DARK = Palette(
    name="dark",
    dark=True,
    window="#2b2b2b",
    window_text="#e6e6e6",
    base="#1e1e1e",
    alternate_base="#2a2a2a",
    text="#e6e6e6",
    button="#353535",
    button_text="#e6e6e6",
    tooltip_bg="#333333",
    tooltip_text="#e6e6e6",
    placeholder="#9a9a9a",
    disabled_text="#777777",
    selection_bg="#2f6db5",
    selection_text="#ffffff",
    link="#6ab0ff",
    link_visited="#c5a3ff",
    muted="#a4aab1",
    error="#ff8a80",
    success="#6fd08c",
    warning="#f0a655",
    math="#b9a3ff",
    user_bubble="#1f3a5f",
    assistant_bubble="#262626",
    user_label="#8cc4ff",
    assistant_label="#6fd08c",
    code_bg="#1a1a1a",
    inline_code_bg="#3a3a3a",
    border="#444444",
    jump_highlight="#473a00",
    banner_error_bg="#4a1d1a",
    banner_error_text="#ffdad5",
    banner_error_border="#8c3b34",
    banner_notice_bg="#45300a",
    banner_notice_text="#ffe2b8",
    banner_notice_border="#8a6320",
)

HIGH_CONTRAST = Palette(
    name="high-contrast",
    dark=True,
    window="#1f1f1f",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#141414",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    tooltip_bg="#000000",
    tooltip_text="#ffffff",
    placeholder="#c8c8c8",
    disabled_text="#8c8c8c",
    selection_bg="#1aebff",
    selection_text="#000000",
    link="#ffff00",
    link_visited="#e0b0ff",
    muted="#d6d6d6",
    error="#ff9e9e",
    success="#7dff9e",
    warning="#ffc266",
    math="#d9ccff",
    user_bubble="#0a2342",
    assistant_bubble="#000000",
    user_label="#a8d4ff",
    assistant_label="#7dff9e",
    code_bg="#1a1a1a",
    inline_code_bg="#2b2b2b",
    border="#ffffff",
    jump_highlight="#332a00",
    banner_error_bg="#000000",
    banner_error_text="#ff9e9e",
    banner_error_border="#ff9e9e",
    banner_notice_bg="#000000",
    banner_notice_text="#ffc266",
    banner_notice_border="#ffc266",
)

PALETTES = {palette.name: palette for palette in (LIGHT, DARK, HIGH_CONTRAST)}

#: (text, background) roles that text is drawn in; each must reach ``MIN_CONTRAST``.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("window_text", "button"),
    ("button_text", "button"),
    ("tooltip_text", "tooltip_bg"),
    ("selection_text", "selection_bg"),
    ("placeholder", "base"),
    ("error", "window"),
    ("error", "base"),
    ("success", "window"),
    ("success", "base"),
    ("link", "window"),
    ("banner_error_text", "banner_error_bg"),
    ("banner_notice_text", "banner_notice_bg"),
    *(
        (fg, bg)
        for bg in ("base", "alternate_base", "user_bubble", "assistant_bubble", "jump_highlight")
        for fg in ("text", "link", "link_visited", "muted", "warning")
    ),
    ("user_label", "user_bubble"),
    ("user_label", "jump_highlight"),
    ("assistant_label", "assistant_bubble"),
    ("assistant_label", "jump_highlight"),
    *((fg, bg) for bg in ("code_bg", "inline_code_bg") for fg in ("text", "math", "muted")),
)

#: Roles that are backgrounds, borders or exempt text: not checked as a foreground.
NOT_TEXT = frozenset(
    {
        "window",
        "base",
        "alternate_base",
        "button",
        "tooltip_bg",
        "selection_bg",
        "user_bubble",
        "assistant_bubble",
        "code_bg",
        "inline_code_bg",
        "jump_highlight",
        "banner_error_bg",
        "banner_notice_bg",
        "border",
        "banner_error_border",
        "banner_notice_border",
        "disabled_text",
    }
)

#: WCAG 2 AA for body text; the high-contrast palette aims for AAA.
MIN_CONTRAST = 4.5
MIN_CONTRAST_HIGH = 7.0


def colour_roles() -> tuple[str, ...]:
    """The names of every colour in a palette."""
    return tuple(f.name for f in fields(Palette) if f.name not in ("name", "dark"))


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of ``#rrggbb``: 0 for black, 1 for white."""
    channels = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
