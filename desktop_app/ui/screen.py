"""The base of the main window's screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. Texts are set in :meth:`retranslate`, which runs at
    construction and again whenever the interface language changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def activated(self) -> None:
        """The screen was brought to the front (refresh what may be stale)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def empty_hint() -> QLabel:
    """The line a list screen shows under its table when nothing is listed (hidden
    until then; its text is set by the screen)."""
    hint = QLabel()
    hint.setObjectName("empty_hint")
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.hide()
    return hint
