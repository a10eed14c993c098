"""Reading a QTableWidget's cells in UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()
