"""The records a supervisor returned to the user who registered them, each with the
supervisor's comment, above the register so that a clerk sees them at once."""

from __future__ import annotations

import qtawesome
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.lookup import ReturnedRecord, returned_records
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.record.display import joined, moment_text

VISIBLE_ROWS = 4


class ReturnedPanel(QWidget):
    """Hidden while nothing is returned; double-click or Enter opens a record."""

    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.records: list[ReturnedRecord] = []
        self.toggle = QToolButton()
        self.toggle.setObjectName("returned_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setIcon(qtawesome.icon("fa5s.chevron-down"))
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.toggle.toggled.connect(self._fold)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("returned_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(
            lambda index: self.open_requested.emit(self.records[index.row()].row.id)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.table)
        self.hide()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                translate("register", "Registration number"),
                translate("register", "Name"),
                translate("register", "Supervisor's comment"),
                translate("register", "Returned by"),
                translate("register", "Returned on"),
            ]
        )
        self.toggle.setText(
            translate("register", "Returned to me for correction (%1)").replace(
                "%1", str(len(self.records))
            )
        )
        self._fill_rows()

    def refresh(self) -> None:
        if self.ctx.user is None:
            return
        desk, username = self.ctx.desk, self.ctx.user.username
        self.ctx.runner.read(lambda: returned_records(desk, username), self._show)

    def _show(self, records: list[ReturnedRecord]) -> None:
        self.records = records
        self.retranslate()
        self.setVisible(bool(records))

    def _fill_rows(self) -> None:
        self.table.setRowCount(len(self.records))
        for row, found in enumerate(self.records):
            artisan = found.row
            cells = (
                artisan.registration_number,
                joined(artisan.last_name_fr, artisan.first_name_fr)
                or joined(artisan.last_name_ar, artisan.first_name_ar),
                found.returned.reason,
                found.returned.actor,
                moment_text(found.returned.at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        for row in range(min(len(self.records), VISIBLE_ROWS)):
            height += self.table.rowHeight(row)
        self.table.setFixedHeight(height)

    def _fold(self, unfolded: bool) -> None:
        self.table.setVisible(unfolded)
        folded = "fa5s.chevron-left" if self.isRightToLeft() else "fa5s.chevron-right"
        self.toggle.setIcon(qtawesome.icon("fa5s.chevron-down" if unfolded else folded))
