"""The print queue: registered records still waiting for their certificate or card,
longest waiting first; select some or all and print them through the preview.

Reading the queue files the approvals made since it was last read, so it goes through
the write lane. A record leaves the queue once a live document of each kind is printed.
Above the queue, a banner shows the prints that were interrupted, to print them again or
withdraw them.
"""

from __future__ import annotations

from collections.abc import Sequence

import qtawesome
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.document_log import QueuedRecord, print_queue
from desktop_app.services.documents import Layout
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.printing.batch import PrintMenuButton, print_title
from desktop_app.ui.printing.document_dialog import DocumentPrintDialog
from desktop_app.ui.printing.document_table import kind_name
from desktop_app.ui.printing.interrupted_banner import InterruptedPrints
from desktop_app.ui.printing.queue_model import QueueColumn, QueueTableModel
from desktop_app.ui.record.display import ReferenceNames
from desktop_app.ui.record.feedback import show_message
from desktop_app.ui.register.table_view import ScriptDelegate
from desktop_app.ui.screen import Screen, empty_hint

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
COLUMN_DIRECTIONS = {
    QueueColumn.NUMBER: LTR,
    QueueColumn.CIN: LTR,
    QueueColumn.NAME_FR: LTR,
    QueueColumn.NAME_AR: RTL,
}


def already_printed_note(layout: Layout, count: int, locale_number: str) -> str:
    """Records of the selection that do not wait for this document (reprints are made
    from the record view)."""
    if count == 1:
        text = translate("print_queue", "1 selected record already has this document: left out.")
    else:
        text = translate(
            "print_queue", "%1 selected records already have this document: left out."
        ).replace("%1", locale_number)
    return f"{text} ({kind_name(layout.kind)})"


class PrintQueueScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self._count: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        self.interrupted = InterruptedPrints(ctx)

        self.model = QueueTableModel(ReferenceNames(ctx), self)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in QueueColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (QueueColumn.NAME_FR, QueueColumn.NAME_AR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, direction in COLUMN_DIRECTIONS.items():
            self.table.setItemDelegateForColumn(column, ScriptDelegate(direction, self.table))
        self.empty_hint = empty_hint()

        self.select_all_button = QPushButton(qtawesome.icon("fa5s.check-double"), "")
        self.select_all_button.setObjectName("select_all")
        self.print_button = PrintMenuButton()
        self.open_button = QPushButton(qtawesome.icon("fa5s.folder-open"), "")
        self.open_button.setObjectName("open")
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.interrupted)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)

        self.select_all_button.clicked.connect(self.select_all)
        self.open_button.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.print_button.requested.connect(self.print_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bus.documents_changed.connect(self.refresh)
        ctx.bus.record_saved.connect(self._record_saved)
        ctx.bus.records_changed.connect(self.refresh)
        self.setFocusProxy(self.table)

        self.retranslate()
        self.refresh(force=True)

    def title(self) -> str:
        return translate("print_queue", "Print queue")

    def retranslate(self) -> None:
        self.heading.setText(
            translate(
                "print_queue",
                "Registered records waiting for their certificate of registration or "
                "professional card, longest waiting first. Select some or all, then print.",
            )
        )
        self.select_all_button.setText(translate("print_queue", "Select all"))
        self.open_button.setText(translate("print_queue", "Open the record"))
        self.empty_hint.setText(translate("print_queue", "No record is waiting to be printed."))
        self.print_button.retranslate()
        self.interrupted.retranslate()
        self.model.retranslate()
        self._show_count()
        self._update_buttons()

    def activated(self) -> None:
        if self._stale:
            self.refresh(force=True)
        self.table.setFocus()

    # The queue -----------------------------------------------------------------------

    def _record_saved(self, _artisan_id: str) -> None:
        self.refresh()  # an approval puts a record in the queue

    def refresh(self, force: bool = False) -> None:
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        desk = self.ctx.desk
        self.ctx.runner.write(lambda: print_queue(desk), self._show_queue)
        self.interrupted.refresh()

    def _show_queue(self, queued: Sequence[QueuedRecord]) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.set_rows(queued)
        self._count = len(queued)
        self.empty_hint.setVisible(not queued)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        if self._count is not None:
            self.count_label.setText(
                translate("print_queue", "%1 waiting").replace(
                    "%1", self.locale().toString(self._count)
                )
            )

    def selected(self) -> list[QueuedRecord]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.queued_at(row) for row in rows if row < self.model.rowCount()]

    def select_all(self) -> None:
        self.table.selectAll()
        self.table.setFocus()

    def _update_buttons(self) -> None:
        chosen = self.table.selectionModel().hasSelection()
        self.print_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.select_all_button.setEnabled(self.model.rowCount() > 0)

    # Actions -------------------------------------------------------------------------

    def _open(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.ctx.bus.open_record_requested.emit(self.model.queued_at(index.row()).row.id)

    def print_selected(self, layout: Layout) -> DocumentPrintDialog | None:
        """The preview of ``layout`` for the selected records that still wait for it."""
        selected = self.selected()
        waiting = [q for q in selected if layout.kind in q.missing]
        if not waiting:
            show_message(
                self,
                print_title(),
                translate(
                    "print_queue",
                    "The selected records already have this document: nothing to print.",
                ),
            )
            return None
        left_out = len(selected) - len(waiting)
        notes = (
            [already_printed_note(layout, left_out, self.locale().toString(left_out))]
            if left_out
            else []
        )
        dialog = DocumentPrintDialog(
            self.ctx, [q.row.id for q in waiting], layout, self, notes=notes
        )
        dialog.open()
        return dialog
