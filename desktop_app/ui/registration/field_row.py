"""One field of the form: its label, its editor and, under it, what is wrong with it.

The editor is marked through the dynamic property ``issue`` ("error", "warning" or
"") and the message label through ``severity``; :data:`ISSUE_STYLE` draws both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.context import label, message
from registry.issues import Issue

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5300"
ISSUE_STYLE = f"""
QLineEdit[issue="error"], QComboBox[issue="error"], QFrame[issue="error"] {{
    border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}
QLineEdit[issue="warning"], QComboBox[issue="warning"], QFrame[issue="warning"] {{
    border: 2px solid #d39200; border-radius: 3px; }}
QLabel[severity="error"] {{ color: {ERROR_COLOUR}; }}
QLabel[severity="warning"] {{ color: {WARNING_COLOUR}; }}
"""


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def severity_of(issues: Iterable[Issue]) -> str:
    found = list(issues)
    if any(i.is_error for i in found):
        return "error"
    return "warning" if found else ""


class FieldRow:
    """Label, editor and message of one field; placed in a layout by the form."""

    def __init__(self, field: str, editor: QWidget, caption: Callable[[], str] | None = None):
        self.field = field
        self.editor = editor
        self.caption = caption or (lambda: label(field))
        self.required = False
        self.issues: list[Issue] = []
        self.label = QLabel()
        self.label.setObjectName(f"{field}_label")
        self.label.setBuddy(editor)
        self.message = QLabel()
        self.message.setObjectName(f"{field}_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        text = self.caption()
        self.label.setText(f"{text} *" if self.required else text)
        self._render()

    def set_required(self, required: bool) -> None:
        if required != self.required:
            self.required = required
            self.retranslate()

    def set_issues(self, issues: Iterable[Issue]) -> None:
        found = list(issues)
        if found != self.issues:
            self.issues = found
            self._render()

    def _render(self) -> None:
        severity = severity_of(self.issues)
        if self.editor.property("issue") != severity:
            self.editor.setProperty("issue", severity)
            repolish(self.editor)
        self.message.setProperty("severity", severity)
        repolish(self.message)
        self.message.setText("\n".join(message(i) for i in self.issues))
        self.message.setVisible(bool(self.issues))
