"""How a table of artisans looks: column widths, and each script in its own direction.

A cell's text is laid out in the direction of its script — Latin names, numbers and
CINs left to right, Arabic names right to left — whatever the interface direction, so
that punctuation and elision land where a reader of that script expects them.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop_app.ui.register.table_model import ArtisanTableModel, Column, column_title

LATIN_COLUMNS = (Column.NUMBER, Column.CIN, Column.NAME_FR)

# Tight widths for codes and dates, so that the names get the rest of the width: on a
# 1366-pixel screen every column shows, longer texts are elided (tooltips show them).
COLUMN_SAMPLES = {
    Column.NUMBER: "01-511-01-26-000036-79",
    Column.CIN: "BH7845370",
    Column.BIRTH_DATE: "00/00/00000",
    Column.PROVINCE: "Tanger-Asilah",
    Column.CATEGORY: "Artisan by exper",
    Column.ACTIVITY: "Tissage de tapis",
    Column.STATUS: "Pending review",
    Column.REGISTERED_ON: "00/00/00000",
}


class ScriptDelegate(QStyledItemDelegate):
    """Draws a column's text in ``direction``, keeping the cell's visual alignment."""

    def __init__(self, direction: Qt.LayoutDirection, view: QTableView) -> None:
        super().__init__(view)
        self.direction = direction

    def initStyleOption(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction != self.direction:
            visual = QStyle.visualAlignment(option.direction, option.displayAlignment)
            option.displayAlignment = visual | Qt.AlignmentFlag.AlignAbsolute
            option.direction = self.direction


def configure_artisan_table(table: QTableView, model: ArtisanTableModel) -> None:
    """The look of the register's table, shared with the review queue."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    for column in LATIN_COLUMNS:
        table.setItemDelegateForColumn(
            column, ScriptDelegate(Qt.LayoutDirection.LeftToRight, table)
        )
    table.setItemDelegateForColumn(
        Column.NAME_AR, ScriptDelegate(Qt.LayoutDirection.RightToLeft, table)
    )
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    size_columns(table)
    for column in (Column.NAME_FR, Column.NAME_AR):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def size_columns(table: QTableView) -> None:
    """Widths for the sample values and the titles in the interface language (again
    after the language changes)."""
    cells, titles = table.fontMetrics(), table.horizontalHeader().fontMetrics()
    for column, sample in COLUMN_SAMPLES.items():
        width = max(
            cells.horizontalAdvance(sample) + 14,
            titles.horizontalAdvance(column_title(column)) + 28,  # room for the sort arrow
        )
        table.setColumnWidth(column, width)


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` current and selected (``QTableView.selectRow`` picks no cell in a
    right-to-left view whose columns end exactly at the viewport's edge)."""
    index = table.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
