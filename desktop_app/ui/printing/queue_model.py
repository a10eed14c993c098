"""The print queue as a Qt table: approved records and the documents they wait for."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.services.document_log import QueuedRecord
from desktop_app.ui.context import label, translate
from desktop_app.ui.printing.document_table import kind_name
from desktop_app.ui.record.display import (
    ARABIC_CELL_ALIGNMENT,
    ReferenceNames,
    date_text,
    joined,
)

Index = QModelIndex | QPersistentModelIndex


class QueueColumn(IntEnum):
    NUMBER = 0
    CIN = 1
    NAME_FR = 2
    NAME_AR = 3
    ACTIVITY = 4
    REGISTERED_ON = 5
    WAITING_FOR = 6


def queue_column_title(column: QueueColumn) -> str:
    titles = {
        QueueColumn.NUMBER: translate("print_queue", "Number"),
        QueueColumn.CIN: label("cin"),
        QueueColumn.NAME_FR: translate("print_queue", "Name (Latin)"),
        QueueColumn.NAME_AR: translate("print_queue", "Name (Arabic)"),
        QueueColumn.ACTIVITY: label("activity"),
        QueueColumn.REGISTERED_ON: translate("print_queue", "Registered on"),
        QueueColumn.WAITING_FOR: translate("print_queue", "Waiting for"),
    }
    return titles[column]


class QueueTableModel(QAbstractTableModel):
    """Rows set whole by :meth:`set_rows` (the queue is read at most 500 at a time)."""

    def __init__(self, names: ReferenceNames, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._rows: list[QueuedRecord] = []

    def set_rows(self, rows: Sequence[QueuedRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def queued_at(self, row: int) -> QueuedRecord:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(QueueColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(QueueColumn) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(QueueColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        queued, column = self._rows[index.row()], QueueColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(queued, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is QueueColumn.NAME_AR:
            return ARABIC_CELL_ALIGNMENT
        if role == Qt.ItemDataRole.UserRole:
            return queued.row.id
        return None

    def _text(self, queued: QueuedRecord, column: QueueColumn) -> str:
        row = queued.row
        match column:
            case QueueColumn.NUMBER:
                return row.registration_number
            case QueueColumn.CIN:
                return row.cin
            case QueueColumn.NAME_FR:
                return joined(row.last_name_fr, row.first_name_fr)
            case QueueColumn.NAME_AR:
                return joined(row.last_name_ar, row.first_name_ar)
            case QueueColumn.ACTIVITY:
                return self._names.activity(row.activity)
            case QueueColumn.REGISTERED_ON:
                return date_text(row.registered_on)
            case QueueColumn.WAITING_FOR:
                separator = "، " if self._names.arabic else ", "
                return separator.join(kind_name(kind) for kind in queued.missing)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(QueueColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return queue_column_title(QueueColumn(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
