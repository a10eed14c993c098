"""Starting the real desk program in a test, on a store made by the ``desk`` fixture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.admin.screen import AdminScreen
from desktop_app.ui.app import DeskApplication
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import ScreenEntry
from desktop_app.ui.screen import Screen
from desktop_app.ui.tasks import TaskRunner
from registry.workflow import Role

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class NotesScreen(Screen):
    """A test-only screen with one editor: what a clerk types must survive a lock."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        QVBoxLayout(self).addWidget(self.notes)

    def title(self) -> str:
        return "Notes"

    def retranslate(self) -> None:
        """Nothing to translate."""


def small_entries() -> list[ScreenEntry]:
    """The window's screens reduced to a test screen and the administration."""
    return [
        ScreenEntry("notes", "fa5s.sticky-note", NotesScreen),
        ScreenEntry(
            "administration", "fa5s.users-cog", AdminScreen, frozenset({Role.ADMINISTRATOR})
        ),
    ]


def start_desk(qapp: QApplication, data_dir: Path) -> DeskApplication:
    """The program as ``run_gui`` starts it, in English, with its work run inline."""
    controller = DeskApplication(qapp, data_dir, runner=TaskRunner(inline=True))
    english(controller)
    controller.start()
    return controller


def english(controller: DeskApplication) -> None:
    """The source language, whatever translations exist: tests read the English texts."""
    controller.translations.clear()
    QLocale.setDefault(ENGLISH)


def stop_desk(controller: DeskApplication) -> None:
    for widget in (controller.window, controller.dialog):
        if widget is not None:  # hidden, not closed: closing would quit or ask questions
            widget.hide()
            widget.deleteLater()
    if controller.window is not None:
        controller.app.removeEventFilter(controller.window.idle)
    english(controller)
    if controller.ctx is not None:
        controller.ctx.desk.close()
    QApplication.processEvents()


class PseudoTranslator(QTranslator):
    """Wraps every text in brackets: installing it shows which texts are re-translated."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source}]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
