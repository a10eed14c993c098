"""The office's print log: every document issued on a day (today unless another day is
chosen), duplicates and cancellations included; cancelling a document (supervisors) and
printing the log for signature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import qtawesome
import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.document_log import IssuedDocumentInfo, print_log
from desktop_app.services.lookup import find_record
from desktop_app.services.records import ArtisanRecord
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import DATE_FORMAT
from desktop_app.ui.printing.cancellation import ask_and_cancel, may_cancel
from desktop_app.ui.printing.document_table import LOG_COLUMNS, DocumentTable
from desktop_app.ui.printing.log_dialog import LogPrintDialog
from desktop_app.ui.record.display import ReferenceNames
from desktop_app.ui.screen import Screen, empty_hint


def totals_text(documents: Sequence[IssuedDocumentInfo], locale: QLocale) -> str:
    """The totals as the printed log gives them (copies of the documents in force)."""
    in_force = [d for d in documents if not d.cancelled]
    return (
        translate("print_log", "Documents: %1 — copies: %2 — duplicates: %3 — cancelled: %4")
        .replace("%1", locale.toString(len(documents)))
        .replace("%2", locale.toString(sum(d.copies for d in in_force)))
        .replace("%3", locale.toString(sum(d.duplicate for d in documents)))
        .replace("%4", locale.toString(sum(d.cancelled for d in documents)))
    )


class PrintLogScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self._generation = 0
        self.day_label = QLabel()
        self.day = QDateEdit()
        self.day.setObjectName("day")
        # Left to right before the format: under RTL a date edit reverses its format.
        self.day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setCalendarPopup(True)
        self.day_label.setBuddy(self.day)
        self.today_button = QPushButton(qtawesome.icon("fa5s.calendar-day"), "")
        self.today_button.setObjectName("today")
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addStretch(1)
        top.addWidget(self.totals)

        self.table = DocumentTable(LOG_COLUMNS, ReferenceNames(ctx))
        self.table.setObjectName("table")
        self.empty_hint = empty_hint()

        self.open_button = QPushButton(qtawesome.icon("fa5s.folder-open"), "")
        self.open_button.setObjectName("open")
        self.cancel_button = QPushButton(qtawesome.icon("fa5s.ban"), "")
        self.cancel_button.setObjectName("cancel_document")
        self.cancel_button.setVisible(may_cancel(ctx))
        self.print_button = QPushButton(qtawesome.icon("fa5s.print"), "")
        self.print_button.setObjectName("print_log")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)

        self.show_day(ctx.desk.today())
        self.day.dateChanged.connect(lambda _: self.refresh(force=True))
        self.today_button.clicked.connect(lambda: self.show_day(self.ctx.desk.today()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.print_button.clicked.connect(self.print_day)
        ctx.bus.documents_changed.connect(self.refresh)
        self.setFocusProxy(self.table)

        self.retranslate()
        self.refresh(force=True)

    def title(self) -> str:
        return translate("print_log", "Print log")

    def retranslate(self) -> None:
        self.day_label.setText(translate("print_log", "Day:"))
        self.today_button.setText(translate("print_log", "Today"))
        self.empty_hint.setText(translate("print_log", "No document was printed on this day."))
        self.open_button.setText(translate("print_log", "Open the record"))
        self.cancel_button.setText(translate("print_log", "Cancel the document…"))
        self.print_button.setText(translate("print_log", "Print the log…"))
        self.print_button.setToolTip(
            translate("print_log", "The day's log on paper, to be signed and kept")
        )
        self.table.retranslate()
        self._show_totals()
        self._update_buttons()

    def activated(self) -> None:
        if self._stale:
            self.refresh(force=True)
        self.table.setFocus()

    # The log -------------------------------------------------------------------------

    def chosen_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def show_day(self, day: date) -> None:
        self.day.setMaximumDate(QDate(self.ctx.desk.today()))
        self.day.setDate(QDate(day))

    def refresh(self, force: bool = False) -> None:
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, desk, day = self._generation, self.ctx.desk, self.chosen_day()
        self.ctx.runner.read(
            lambda: print_log(desk, day), lambda found: self._show_log(generation, found)
        )

    def _show_log(self, generation: int, documents: Sequence[IssuedDocumentInfo]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.table.show_documents(documents)
        self.empty_hint.setVisible(not documents)
        self._show_totals()
        self._update_buttons()

    def _show_totals(self) -> None:
        self.totals.setText(totals_text(self.table.documents, self.locale()))

    def _update_buttons(self) -> None:
        current = self.table.current_document()
        self.open_button.setEnabled(current is not None)
        self.cancel_button.setEnabled(current is not None and current.live)

    # Actions -------------------------------------------------------------------------

    def open_current(self) -> None:
        current = self.table.current_document()
        if current is None:
            return
        desk, number = self.ctx.desk, current.registration_number

        def found(record: ArtisanRecord) -> None:
            self.ctx.bus.open_record_requested.emit(record.id)

        self.ctx.runner.read(lambda: find_record(desk, number), found)

    def cancel_current(self) -> None:
        current = self.table.current_document()
        if current is not None and current.live and may_cancel(self.ctx):
            ask_and_cancel(self.ctx, self, current)

    def print_day(self) -> LogPrintDialog:
        dialog = LogPrintDialog(self.ctx, self.chosen_day(), self)
        dialog.open()
        return dialog
