"""Token usage per day or month and per model, from the history."""

from __future__ import annotations

from collections.abc import Callable

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

from chatdesk.core.pricing import Price, format_cost
from chatdesk.core.usage import Usage
from chatdesk.services.storage import UsageRow
from chatdesk.ui.library import LibraryController

_COLUMNS = ["Period", "Model", "Replies", "Prompt", "Completion", "Total", "Cost"]


class UsageDialog(QDialog):
    def __init__(
        self,
        library: LibraryController,
        price_of: Callable[[str], Price | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Usage")
        self.setObjectName("usageDialog")
        self.resize(620, 420)
        self._library = library
        self._price_of = price_of
        self.period = QComboBox()
        self.period.setObjectName("usagePeriod")
        self.period.addItem("By day", "day")
        self.period.addItem("By month", "month")
        self.period.currentIndexChanged.connect(self._reload)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setObjectName("usageTable")
        self.table.setHorizontalHeaderLabels(_COLUMNS)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel(
            "Replies whose server reported no usage are estimated (marked ~). Costs use the "
            "price table (History > Prices…); models without a price show tokens only."
        )
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel("Totals:"))
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
            price = self._price_of(row.model)
            usage = Usage(row.prompt_tokens, row.completion_tokens)
            cost = f"{mark}{format_cost(price.cost(usage))}" if price else "—"
            values = [
                row.period,
                row.model or "(unknown)",
                f"{row.replies:,}",
                f"{mark}{row.prompt_tokens:,}",
                f"{mark}{row.completion_tokens:,}",
                f"{mark}{row.prompt_tokens + row.completion_tokens:,}",
                cost,
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
