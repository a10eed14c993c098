"""Saying what is wrong: each issue under its field, refusals in a message box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.services.errors import NotAllowed
from desktop_app.ui.context import AppContext, full_message, message, translate
from registry.issues import Issue, ValidationFailed

ERROR_STYLE = "color: #b00020;"


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class FieldRows:
    """Editors in a form, each with a place under it for what is wrong with its value.

    Rows are keyed by the service's field names, so that an :class:`Issue` lands under
    the editor it is about.
    """

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, field: str, editor: QWidget) -> None:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = error_label(f"{field}_error")
        column.addWidget(error)
        label = QLabel()
        label.setBuddy(editor)
        self.labels[field] = label
        self.errors[field] = error
        self.form.addRow(label, cell)

    def set_label(self, field: str, text: str) -> None:
        self.labels[field].setText(text)

    def show(self, field: str, text: str) -> None:
        show_text(self.errors[field], text)

    def clear(self) -> None:
        for error in self.errors.values():
            show_text(error, "")

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        """Put each issue under its field; returns those that have no field here."""
        elsewhere = []
        for issue in issues:
            if issue.field in self.errors:
                self.show(issue.field, message(issue))
            else:
                elsewhere.append(issue)
        return elsewhere


def show_refusal(parent: QWidget, text: str) -> QMessageBox:
    """A window-modal warning that does not block the caller (tests find it by name)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("admin", "Administration"), text, parent=parent
    )
    box.setObjectName("refusal")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def handle_failure(
    ctx: AppContext, parent: QWidget, error: BaseException, rows: FieldRows | None = None
) -> None:
    """Issues under their fields; a refused action in a box; anything else is unexpected."""
    if isinstance(error, ValidationFailed):
        rest = rows.show_issues(list(error.issues)) if rows else list(error.issues)
        if rest:
            show_refusal(parent, "\n".join(full_message(issue) for issue in rest))
    elif isinstance(error, NotAllowed):
        show_refusal(parent, translate("admin", "Only an administrator can do this."))
    else:
        ctx.runner.unexpected_error.emit(error)
