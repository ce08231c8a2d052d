"""The price table: dollars per million input and output tokens, per model."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.core.pricing import DEFAULT_PRICES, Price
from chatdesk.ui.plain_text import plain
from chatdesk.ui.theme import error_text, style


class PricesDialog(QDialog):
    def __init__(self, overrides: Mapping[str, Price], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Prices"))
        self.setObjectName("pricesDialog")
        self.resize(520, 460)
        table = {**DEFAULT_PRICES, **overrides}
        self.table = QTableWidget(len(table), 3)
        self.table.setObjectName("pricesTable")
        self.table.setAccessibleName(tr("Prices per model"))
        self.table.setHorizontalHeaderLabels([tr("Model"), tr("Input $ / 1M"), tr("Output $ / 1M")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (model, price) in enumerate(sorted(table.items())):
            for col, value in enumerate(
                (model, f"{price.input_per_million:g}", f"{price.output_per_million:g}")
            ):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        add = self.add_button = QPushButton(tr("Add model"))
        add.clicked.connect(self._add)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.error = QLabel()
        plain(self.error)  # names a model, which may have come from a server
        self.error.setObjectName("pricesError")
        style(self.error, error_text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        actions = QHBoxLayout()
        actions.addWidget(add)
        actions.addWidget(remove)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("Prices in US dollars per million tokens. Providers change them; edit freely.")
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _add(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first = QTableWidgetItem("")
        self.table.setItem(row, 0, first)
        for col in (1, 2):
            self.table.setItem(row, col, QTableWidgetItem("0"))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(first)

    def _rows(self) -> dict[str, Price]:
        out: dict[str, Price] = {}
        for row in range(self.table.rowCount()):
            texts = [(item.text() if (item := self.table.item(row, c)) else "") for c in range(3)]
            model = texts[0].strip().lower()
            if not model:
                continue
            try:
                values = [float(texts[c]) for c in (1, 2)]
            except ValueError:
                raise ValueError(
                    tr("“{model}”: prices must be numbers").format(model=model)
                ) from None
            if min(values) < 0:
                raise ValueError(tr("“{model}”: prices cannot be negative").format(model=model))
            out[model] = Price(values[0], values[1])
        return out

    def _accept_if_valid(self) -> None:
        try:
            self._rows()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def prices(self) -> dict[str, Price]:
        """The user's entries: every row that differs from (or is missing in) the defaults."""
        return {m: p for m, p in self._rows().items() if DEFAULT_PRICES.get(m) != p}
