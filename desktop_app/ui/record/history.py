"""A record's past: its status changes, and every change field by field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.services.records import ChangeEntry, StatusEntry
from desktop_app.ui.context import choice, label, translate
from desktop_app.ui.record.display import EMPTY, ReferenceNames, moment_text

# Audit actions that create a record: their "changes" are the whole first version.
CREATING_ACTIONS = frozenset({"register", "import", "seed"})


def status_transition_text(entry: StatusEntry) -> str:
    before = choice("status", entry.from_status.value) if entry.from_status else EMPTY
    return f"{before} → {choice('status', entry.to_status.value)}"


class StatusHistory(QTableWidget):
    """One line per status change, oldest first: when, action, from → to, who, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("status_history")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._entries: Sequence[StatusEntry] = ()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                translate("record", "When"),
                translate("record", "Action"),
                translate("record", "Status"),
                translate("record", "By"),
                translate("record", "Reason or comment"),
            ]
        )
        self.show_entries(self._entries)

    def show_entries(self, entries: Sequence[StatusEntry]) -> None:
        self._entries = entries
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                moment_text(entry.at),
                choice("action", entry.action),
                status_transition_text(entry),
                entry.actor,
                entry.reason or EMPTY,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resizeRowsToContents()  # wrapped reasons take the height the width leaves


class ChangeHistory(QTreeWidget):
    """One branch per audited change (when, who, what), one leaf per field changed.

    A record's creation lists its first values folded; later edits are unfolded.
    """

    def __init__(self, names: ReferenceNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_history")
        self.names = names
        self.setColumnCount(4)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._entries: Sequence[ChangeEntry] = ()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                translate("record", "When / field"),
                translate("record", "By"),
                translate("record", "Before"),
                translate("record", "After"),
            ]
        )
        self.show_entries(self._entries)

    def show_entries(self, entries: Sequence[ChangeEntry]) -> None:
        self._entries = entries
        self.clear()
        for entry in reversed(entries):  # newest first
            top = QTreeWidgetItem(
                [
                    moment_text(entry.at),
                    entry.actor,
                    choice("action", entry.action),
                    "",
                ]
            )
            font = top.font(0)
            font.setBold(True)
            for column in range(4):
                top.setFont(column, font)
            for change in entry.changes:
                if change.before == change.after:
                    continue  # e.g. the empty reason of an approval
                leaf = QTreeWidgetItem(
                    [
                        label(change.field),
                        "",
                        self.names.value(change.field, change.before),
                        self.names.value(change.field, change.after),
                    ]
                )
                for column in (2, 3):
                    leaf.setToolTip(column, leaf.text(column))
                top.addChild(leaf)
            self.addTopLevelItem(top)
            top.setExpanded(entry.action not in CREATING_ACTIONS)
