"""The status bar's warning when the active server's connection is not private: plain
http to another machine, or certificate checks turned off."""

from __future__ import annotations

from chatdesk.core.i18n import tr
from chatdesk.core.settings import Settings, is_unencrypted_remote
from chatdesk.ui.plain_text import PlainLabel, rich_escaped
from chatdesk.ui.theme import style


class SecurityLabel(PlainLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("securityWarning")
        style(self, lambda p: f"color: {p.error}; font-weight: bold;")
        self.hide()

    def show_for(self, settings: Settings) -> None:
        active = settings.active
        warnings = []
        if is_unencrypted_remote(active.base_url):
            warnings.append(
                (
                    tr("⚠ Unencrypted connection: your key and messages travel in clear"),
                    tr("{url} uses http:// to another machine. Use https:// if it can.").format(
                        url=active.base_url
                    ),
                )
            )
        if not active.network.verify_tls:
            warnings.append(
                (
                    tr("⚠ TLS certificate checks are off"),
                    tr(
                        "Anyone on the network path can read and change traffic. "
                        "Turn checks back on in Settings, adding the server's CA file if needed."
                    ),
                )
            )
        self.setVisible(bool(warnings))
        self.setText("  ".join(w[0] for w in warnings))
        tip = "\n".join(w[1] for w in warnings)
        self.setToolTip(rich_escaped(tip) if tip else "")
