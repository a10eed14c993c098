"""The review queue: registrations waiting for a supervisor, oldest first, approved or
returned with a comment straight from the list.

The list shows who the person is, not every field: a reviewer who wants to check
more opens the record (Enter or double-click). Approving from the list acts on the
record as it is now: its version is read just before the change.
"""

from __future__ import annotations

import qtawesome
import shiboken6
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.lookup import find_record
from desktop_app.services.records import ArtisanRecord, ArtisanRow
from desktop_app.services.search import count, review_queue
from desktop_app.services.status import change_status
from desktop_app.ui.context import AppContext, choice, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.record.display import joined
from desktop_app.ui.record.feedback import report_failure
from desktop_app.ui.record.reason import ReasonDialog
from desktop_app.ui.register.table_model import ArtisanTableModel, Column
from desktop_app.ui.register.table_view import configure_artisan_table, select_row, size_columns
from desktop_app.ui.screen import Screen, empty_hint
from registry.workflow import Action


class ReviewScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self._count_generation = 0
        self._total: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)

        self.model = ArtisanTableModel(ctx, parent=self)
        self.table = QTableView()
        self.table.setObjectName("table")
        configure_artisan_table(self.table, self.model)
        self.table.hideColumn(Column.STATUS)  # every line is pending review
        self.empty_hint = empty_hint()

        self.open_button = QPushButton(qtawesome.icon("fa5s.folder-open"), "")
        self.open_button.setObjectName("open")
        self.approve_button = QPushButton(qtawesome.icon("fa5s.check"), "")
        self.approve_button.setObjectName("approve")
        self.return_button = QPushButton(qtawesome.icon("fa5s.undo"), "")
        self.return_button.setObjectName("return")
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.feedback, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)

        self.open_button.clicked.connect(self._open)
        self.approve_button.clicked.connect(self.approve_current)
        self.return_button.clicked.connect(self.return_current)
        self.table.activated.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.rows_replaced.connect(self._rows_replaced)
        self.model.failed.connect(ctx.runner.unexpected_error)
        ctx.bus.record_saved.connect(self._record_saved)
        ctx.bus.records_changed.connect(self.refresh)
        self.setFocusProxy(self.table)
        self._keep_row = 0

        self.retranslate()
        self.model.set_query(review_queue(self.ctx.desk))
        self._count()

    def title(self) -> str:
        return translate("review", "Review queue")

    def retranslate(self) -> None:
        self.heading.setText(
            translate(
                "review",
                "Registrations waiting for review, oldest first. Open one to check it in "
                "full, or approve it or return it to the clerk with a comment.",
            )
        )
        self.open_button.setText(translate("review", "Open"))
        self.approve_button.setText(choice("action", Action.APPROVE.value))
        self.return_button.setText(choice("action", Action.RETURN.value))
        self.empty_hint.setText(translate("review", "No registration is waiting for review."))
        self.model.retranslate()
        size_columns(self.table)
        self._update_buttons()
        self._show_total()

    def activated(self) -> None:
        self.refresh(force=True)
        self.table.setFocus()

    # The queue -----------------------------------------------------------------------

    def _record_saved(self, _artisan_id: str) -> None:
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        index = self.table.currentIndex()
        self._keep_row = index.row() if index.isValid() else 0
        self.model.reload()
        self._count()

    def _count(self) -> None:
        self._count_generation += 1
        generation, desk = self._count_generation, self.ctx.desk
        self.ctx.runner.read(
            lambda: count(desk, review_queue(desk)),
            lambda total: self._show_count(generation, total),
        )

    def _show_count(self, generation: int, total: int) -> None:
        if generation == self._count_generation:
            self._total = total
            self._show_total()

    def _show_total(self) -> None:
        if self._total is not None:
            self.count_label.setText(
                translate("review", "%1 waiting").replace("%1", self.locale().toString(self._total))
            )

    def _rows_replaced(self) -> None:
        rows = self.model.rowCount()
        self.empty_hint.setVisible(rows == 0)
        if rows:
            # After an approval the next record takes the place of the one handled.
            select_row(self.table, min(self._keep_row, rows - 1))
        self._update_buttons()

    def current_row(self) -> ArtisanRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current_row() is not None
        for button in (self.open_button, self.approve_button, self.return_button):
            button.setEnabled(chosen)

    # Actions -------------------------------------------------------------------------

    def _open(self) -> None:
        row = self.current_row()
        if row is not None:
            self.ctx.bus.open_record_requested.emit(row.id)

    def approve_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._apply(row, Action.APPROVE, "")

    def return_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        ask = ReasonDialog(Action.RETURN, True, self)
        ask.reason_given.connect(lambda reason: self._apply(row, Action.RETURN, reason))
        ask.open()

    def _apply(self, row: ArtisanRow, action: Action, reason: str) -> None:
        desk, actor = self.ctx.desk, self.ctx.actor

        def work() -> ArtisanRecord:
            version = find_record(desk, row.id).version
            return change_status(desk, actor, row.id, action, reason, version)

        self.approve_button.setEnabled(False)
        self.return_button.setEnabled(False)
        self.ctx.runner.write(work, lambda record: self._applied(action, record), self._refused)

    def _applied(self, action: Action, record: ArtisanRecord) -> None:
        if not shiboken6.isValid(self):
            return
        values = record.fields
        done = (
            translate("review", "Approved: %1 — %2")
            if action is Action.APPROVE
            else translate("review", "Returned to the clerk: %1 — %2")
        )
        self.feedback.setText(
            done.replace("%1", latin_code(record.registration_number)).replace(
                "%2", f"\u2068{joined(values.last_name_fr, values.first_name_fr)}\u2069"
            )
        )
        self.ctx.bus.record_saved.emit(record.id)  # the queue refreshes with everyone else

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_buttons()
        report_failure(self.ctx, self, translate("review", "Status not changed"), error)
        self.refresh(force=True)
