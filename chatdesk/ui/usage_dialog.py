"""Token usage per day or month, server and model, from the history.

Costs are priced like the status bar's: a default price only on a server that charges it
(``core/pricing.py``), the user's own prices everywhere. A row's server is the profile its
conversation was last used with; a profile since deleted, or none recorded, has no URL to
judge by, so only the user's prices apply to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import noop, number, tr
from chatdesk.core.pricing import format_cost, price_for
from chatdesk.core.settings import Settings
from chatdesk.core.usage import Usage
from chatdesk.services.storage import UsageRow
from chatdesk.ui.library import LibraryController
from chatdesk.ui.plain_text import rich_escaped

_COLUMNS = [  # shown as tr(column)
    noop("Period"),
    noop("Model"),
    noop("Replies"),
    noop("Prompt"),
    noop("Completion"),
    noop("Total"),
    noop("Cost"),
    noop("Server"),
]


def server_of(settings: Settings, profile_id: str) -> tuple[str, str]:
    """A profile's name and base URL; for one not in ``settings`` (deleted, or none
    recorded) a description and an empty URL, which no default price applies to."""
    profile = settings.find(profile_id)
    if profile is not None:
        return profile.name, profile.base_url
    return (tr("(deleted server)") if profile_id else tr("(server not recorded)")), ""


class UsageDialog(QDialog):
    def __init__(
        self,
        library: LibraryController,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Usage"))
        self.setObjectName("usageDialog")
        self.resize(720, 420)
        self._library = library
        self._settings = settings
        self.period = QComboBox()
        self.period.setObjectName("usagePeriod")
        self.period.addItem(tr("By day"), "day")
        self.period.addItem(tr("By month"), "month")
        self.period.currentIndexChanged.connect(self._reload)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setObjectName("usageTable")
        self.table.setAccessibleName(tr("Usage totals"))
        self.table.setHorizontalHeaderLabels([tr(column) for column in _COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel(
            tr(
                "Replies whose server reported no usage are estimated (marked ~). Costs use the "
                "price table (History > Prices…): its built-in prices only on the servers that "
                "charge them, your own everywhere; without a price, tokens only. Replies count "
                "under the server their conversation was last used with."
            )
        )
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        totals = QLabel(tr("Totals:"))
        totals.setBuddy(self.period)  # names the list for screen readers
        top.addWidget(totals)
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        library.usage_ready.connect(self._show)
        self._reload()

    def _reload(self) -> None:
        self._library.load_usage(self.period.currentData())

    def _show(self, period: str, rows: list[UsageRow]) -> None:
        if period != self.period.currentData():
            return
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            mark = "~" if row.estimated else ""
            server, base_url = server_of(self._settings, row.profile)
            price = (
                price_for(row.model, self._settings.prefs.prices, base_url) if row.model else None
            )
            usage = Usage(row.prompt_tokens, row.completion_tokens)
            cost = f"{mark}{format_cost(price.cost(usage))}" if price else "—"
            values = [
                period_label(row.period),
                row.model or tr("(unknown)"),
                number(row.replies),
                mark + number(row.prompt_tokens),
                mark + number(row.completion_tokens),
                mark + number(row.prompt_tokens + row.completion_tokens),
                cost,
                server,
            ]
            items = [QTableWidgetItem(value) for value in values]
            if base_url:
                items[-1].setToolTip(rich_escaped(base_url))
            for c, item in enumerate(items):
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()


def period_label(period: str) -> str:
    """A day ("2026-11-26") or month ("2026-11") as the user's locale writes it
    (26.11.26 / November 2026 in German); anything else as it is."""
    from PySide6.QtCore import QDate, QLocale

    day = QDate.fromString(period, "yyyy-MM-dd")
    if day.isValid():
        return QLocale().toString(day, QLocale.FormatType.ShortFormat)
    month = QDate.fromString(period + "-01", "yyyy-MM-dd")
    if month.isValid():
        #: A Qt date format: MMMM the month's name, M its number, yyyy the year, 'text' as is.
        pattern = tr("MMMM yyyy", "a month of a year in the usage table, as a Qt date format")
        return QLocale().toString(month, pattern)
    return period
