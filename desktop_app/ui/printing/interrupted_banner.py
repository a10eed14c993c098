"""The banner of interrupted prints: a print whose program died (killed, a power cut)
between the reservation of its documents and the confirmation that they were printed.

Each line says what was reserved, by whom and when, with "Print again…" (the same
documents, through the preview) and "Withdraw" (asks a reason; the documents are
cancelled as never printed, in one step). Both are for the print's issuer or a
supervisor. A print another program is running right now is not listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date

import qtawesome
import shiboken6
from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.documents import REASON_MAX
from desktop_app.services.interrupted_prints import (
    InterruptedBatch,
    interrupted_batches,
    may_finish,
    withdraw_batch,
)
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.printing.issuing_dialog import documents_text
from desktop_app.ui.printing.refusals import report_refusal
from desktop_app.ui.printing.resume_dialog import ResumePrintDialog
from desktop_app.ui.record.display import moment_text
from desktop_app.ui.record.feedback import show_message

BANNER_STYLE = "#interrupted_prints { background: #fdecea; border: 1px solid #b00020; }"


def reserved_when(batch: InterruptedBatch, today: date) -> str:
    """ "at 10:31" if the reservation was ``today``, else "on 28/11/2026 16:05"."""
    local = batch.issued_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    if local.date() == today:
        time = latin_code(QLocale().toString(QDateTime(local).time(), "HH:mm"))
        return translate("interrupted_print", "at %1").replace("%1", time)
    return translate("interrupted_print", "on %1").replace("%1", moment_text(batch.issued_at))


def banner_text(batch: InterruptedBatch, locale: QLocale, today: date) -> str:
    """ "An interrupted print: 12 certificates … reserved by X at 10:31 were not
    confirmed printed." """
    if batch.count == 1:
        text = translate(
            "interrupted_print",
            "An interrupted print: %1 reserved by %2 %3 was not confirmed printed.",
        )
    else:
        text = translate(
            "interrupted_print",
            "An interrupted print: %1 reserved by %2 %3 were not confirmed printed.",
        )
    return (
        text.replace("%1", documents_text(batch.kind, batch.count, locale.toString(batch.count)))
        .replace("%2", latin_code(batch.issued_by))
        .replace("%3", reserved_when(batch, today))
    )


def withdraw_title() -> str:
    return translate("interrupted_print", "Withdraw an interrupted print")


class WithdrawBatchDialog(QDialog):
    """Window-modal; emits :attr:`reason_given` when the withdrawal is confirmed."""

    reason_given = Signal(str)

    def __init__(self, batch: InterruptedBatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdraw_batch")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.setWindowTitle(withdraw_title())
        documents = documents_text(batch.kind, batch.count, self.locale().toString(batch.count))
        question = QLabel(
            translate(
                "interrupted_print",
                "Withdraw this interrupted print (%1)? Its documents are cancelled as never "
                "printed and stay in the print log as withdrawn; their records wait in the "
                "print queue again.",
            ).replace("%1", documents)
        )
        question.setObjectName("question")
        question.setWordWrap(True)
        prompt = QLabel(translate("interrupted_print", "Reason (paper spoilt, printer broken…):"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("withdraw_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("interrupted_print", "Withdraw"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("interrupted_print", "Keep it")
        )
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        self.ok.setEnabled(0 < len(self.text()) <= REASON_MAX)

    def _confirm(self) -> None:
        if self.ok.isEnabled():
            self.reason_given.emit(self.text())
            self.accept()


class BatchLine(QWidget):
    """One interrupted print, with its two buttons."""

    def __init__(self, ctx: AppContext, batch: InterruptedBatch, banner: InterruptedPrints):
        super().__init__()
        self.ctx = ctx
        self.batch = batch
        self.banner = banner
        self.text = QLabel()
        self.text.setObjectName("batch_text")
        self.text.setWordWrap(True)
        self.print_button = QPushButton(qtawesome.icon("fa5s.print"), "")
        self.print_button.setObjectName("print_again")
        self.withdraw_button = QPushButton(qtawesome.icon("fa5s.ban"), "")
        self.withdraw_button.setObjectName("withdraw")
        allowed = ctx.user is not None and may_finish(ctx.actor, batch.issued_by)
        self.print_button.setEnabled(allowed)
        self.withdraw_button.setEnabled(allowed)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.text, 1)
        line.addWidget(self.print_button)
        line.addWidget(self.withdraw_button)
        self.print_button.clicked.connect(self.print_again)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(banner_text(self.batch, self.locale(), self.ctx.desk.today()))
        self.print_button.setText(translate("interrupted_print", "Print again…"))
        self.withdraw_button.setText(translate("interrupted_print", "Withdraw"))
        if not self.print_button.isEnabled():
            tip = translate(
                "interrupted_print", "Only %1 or a supervisor may print it again or withdraw it."
            ).replace("%1", latin_code(self.batch.issued_by))
            self.print_button.setToolTip(tip)
            self.withdraw_button.setToolTip(tip)

    def print_again(self) -> ResumePrintDialog:
        dialog = ResumePrintDialog(self.ctx, self.batch, self.banner.window())
        dialog.open()
        return dialog

    def ask_withdraw(self) -> WithdrawBatchDialog:
        dialog = WithdrawBatchDialog(self.batch, self.banner.window())
        ctx, batch, parent = self.ctx, self.batch, self.banner

        def withdrawn(count: int) -> None:
            ctx.bus.documents_changed.emit()
            if shiboken6.isValid(parent):
                show_message(
                    parent,
                    withdraw_title(),
                    translate("interrupted_print", "Withdrawn: %1.").replace(
                        "%1", documents_text(batch.kind, count, parent.locale().toString(count))
                    ),
                )

        def refused(error: BaseException) -> None:
            if shiboken6.isValid(parent):
                report_refusal(ctx, parent, withdraw_title(), error)
                parent.refresh()

        def withdraw(reason: str) -> None:
            desk, actor = ctx.desk, ctx.actor
            ctx.runner.write(
                lambda: withdraw_batch(desk, actor, batch.id, reason), withdrawn, refused
            )

        dialog.reason_given.connect(withdraw)
        dialog.open()
        return dialog


class InterruptedPrints(QFrame):
    """The banner; hidden while no print is interrupted. ``artisan_id``: only the prints
    of that record (its documents tab). Its owner calls :meth:`refresh`."""

    def __init__(
        self, ctx: AppContext, artisan_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interrupted_prints")
        self.setStyleSheet(BANNER_STYLE)
        self.ctx = ctx
        self.artisan_id = artisan_id
        self.lines: list[BatchLine] = []
        self._generation = 0
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 6, 8, 6)
        self.hide()

    def refresh(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._generation += 1
        generation, desk = self._generation, self.ctx.desk
        self.ctx.runner.read(
            lambda: interrupted_batches(desk), lambda found: self._show(generation, found)
        )

    def _show(self, generation: int, batches: Sequence[InterruptedBatch]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if self.artisan_id is not None:
            batches = [b for b in batches if self.artisan_id in b.artisan_ids]
        for line in self.lines:
            line.deleteLater()
        self.lines = [BatchLine(self.ctx, batch, self) for batch in batches]
        for line in self.lines:
            self.rows.addWidget(line)
        self.setVisible(bool(self.lines))

    def retranslate(self) -> None:
        for line in self.lines:
            line.retranslate()
