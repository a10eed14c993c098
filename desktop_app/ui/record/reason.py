"""Asking for the reason of a status change (or the comment of a return)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.status import REASON_MAX
from desktop_app.ui.context import choice, translate
from registry.workflow import Action


def reason_prompt(action: Action) -> str:
    if action is Action.RETURN:
        return translate("record", "Comment for the clerk: what must be corrected?")
    return translate("record", "Reason for this change (kept in the record's history):")


class ReasonDialog(QDialog):
    """Window-modal; emits :attr:`reason_given` with the text when confirmed."""

    reason_given = Signal(str)

    def __init__(self, action: Action, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.required = required
        self.setWindowTitle(choice("action", action.value))
        prompt = QLabel(reason_prompt(action))
        prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 5 + 12)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(choice("action", action.value))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("record", "Cancel")
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        length = len(self.text())
        too_long = length > REASON_MAX
        if too_long:
            self.hint.setText(
                translate("record", "At most %1 characters (%2 typed).")
                .replace("%1", str(REASON_MAX))
                .replace("%2", str(length))
            )
        elif self.required:
            self.hint.setText(translate("record", "Required."))
        else:
            self.hint.setText(translate("record", "Optional."))
        self.hint.setStyleSheet("color: #b00020;" if too_long else "color: palette(mid);")
        self.ok.setEnabled(not too_long and (length > 0 or not self.required))

    def _confirm(self) -> None:
        if self.ok.isEnabled():
            self.reason_given.emit(self.text())
            self.accept()
