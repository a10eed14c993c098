"""The main window: navigation, the screens, menus and the status bar. It only wires
screens together; each screen does its own work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import qtawesome
from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop_app.services.policies import Policy, policies
from desktop_app.services.search import SearchQuery, count, review_queue
from desktop_app.ui.context import AppContext, choice, translate
from desktop_app.ui.idle import IdleWatcher
from desktop_app.ui.languages import Language, latin_code
from desktop_app.ui.record.dialog import RecordDialog
from desktop_app.ui.registration.screen import RegistrationScreen
from desktop_app.ui.screen import Screen
from registry.workflow import Role

EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    icon: str
    make: Callable[[AppContext], Screen]
    roles: frozenset[Role] = EVERYONE


class MainWindow(QMainWindow):
    """Emits :attr:`logout_requested` or :attr:`lock_requested`; the app handles both."""

    logout_requested = Signal()
    lock_requested = Signal()
    language_requested = Signal(object)

    def __init__(self, ctx: AppContext, entries: list[ScreenEntry]) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.ctx = ctx
        self.entries = [e for e in entries if ctx.can(*e.roles)]
        self.screens: dict[str, Screen] = {}
        self._focus_before_lock: QWidget | None = None
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(230)
        self.stack = QStackedWidget()
        for entry in self.entries:
            screen = entry.make(ctx)
            screen.setObjectName(entry.key)
            self.screens[entry.key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem(qtawesome.icon(entry.icon, color="#5a4632"), "")
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.content = QWidget()
        layout = QHBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(self.content)

        self.user_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_menus()
        # Bound methods, not lambdas: the bus outlives this window (logout, login again).
        ctx.bus.record_saved.connect(self._record_saved)
        ctx.bus.records_changed.connect(self.refresh_counts)
        ctx.bus.open_record_requested.connect(self.open_record)
        ctx.bus.edit_record_requested.connect(self.edit_record)

        minutes = policies(ctx.desk)[Policy.IDLE_LOCK_MINUTES]
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock_requested)
        ctx.bus.policies_changed.connect(self._apply_policies)

        geometry = ctx.preferences.window_state("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self.refresh_counts()

    def _build_menus(self) -> None:
        self.session_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_registration)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.lock_action, self.logout_action, self.quit_action):
            self.session_menu.addAction(action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(language.native_name, self, checkable=True)
            action.triggered.connect(
                lambda _=False, lang=language: self.language_requested.emit(lang)
            )
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.help_menu = self.menuBar().addMenu("")
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self._open_log_folder)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        identity = self.ctx.desk.identity
        self.setWindowTitle(
            translate("main", "Hirfa — %1 (%2)")
            .replace("%1", identity.office_name)
            .replace("%2", latin_code(f"{identity.region}-{identity.office}"))
        )
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setText(self.screens[item.data(Qt.ItemDataRole.UserRole)].title())
        self.session_menu.setTitle(translate("main", "&Session"))
        self.new_action.setText(translate("main", "&New registration"))
        self.lock_action.setText(translate("main", "&Lock the session"))
        self.logout_action.setText(translate("main", "Log &out"))
        self.quit_action.setText(translate("main", "&Quit"))
        self.language_menu.setTitle(translate("main", "&Language"))
        current = self.ctx.translations.language
        for language, action in self.language_actions.items():
            action.setChecked(language is current)
        self.help_menu.setTitle(translate("main", "&Help"))
        self.log_action.setText(translate("main", "Open the &log folder"))
        self.about_action.setText(translate("main", "&About Hirfa"))
        user = self.ctx.user
        if user is not None:
            self.user_label.setText(
                translate("main", "%1 (%2) — office %3")
                # Isolated: an Arabic name must not turn a French line around.
                .replace("%1", f"\u2068{user.full_name}\u2069")
                .replace("%2", choice("role", user.role.value))
                .replace("%3", latin_code(f"{identity.region}-{identity.office}"))
            )
        self.refresh_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        screen = self.stack.currentWidget()
        if isinstance(screen, Screen):
            screen.activated()

    def show_screen(self, key: str) -> Screen | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.navigation.setCurrentRow(row)
                return self.screens[key]
        return None

    def open_record(self, artisan_id: str) -> None:
        RecordDialog(self.ctx, artisan_id, self).show()

    def new_registration(self) -> None:
        """Ctrl+N: a blank registration form (the form asks first if it holds changes)."""
        screen = self.show_screen("registration")
        if isinstance(screen, RegistrationScreen):
            screen.new_form()

    def edit_record(self, artisan_id: str) -> None:
        screen = self.show_screen("registration")
        if isinstance(screen, RegistrationScreen):
            screen.edit(artisan_id)

    def _record_saved(self, _artisan_id: str) -> None:
        self.refresh_counts()

    def _apply_policies(self) -> None:
        self.idle.set_minutes(policies(self.ctx.desk)[Policy.IDLE_LOCK_MINUTES])

    def refresh_counts(self) -> None:
        desk = self.ctx.desk

        def counts() -> tuple[int, int]:
            return count(desk, SearchQuery()), count(desk, review_queue(desk))

        self.ctx.runner.read(counts, self._show_counts)

    def _show_counts(self, counts: tuple[int, int]) -> None:
        total, pending = counts
        locale = self.locale()
        self.counts_label.setText(
            translate("main", "%1 artisans — %2 pending review")
            .replace("%1", locale.toString(total))
            .replace("%2", locale.toString(pending))
        )

    def _open_log_folder(self) -> None:
        if self.ctx.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.log_file.parent)))

    def _about(self) -> None:
        identity = self.ctx.desk.identity
        QMessageBox.about(
            self,
            translate("main", "About Hirfa"),
            translate(
                "main",
                "Hirfa — the National Register of Traditional Crafts.\nOffice %1, computer %2.",
            )
            .replace("%1", latin_code(f"{identity.region}-{identity.office}"))
            .replace("%2", identity.device),
        )

    def set_locked(self, locked: bool) -> None:
        """While the session is locked the screens are hidden, kept exactly as they were."""
        if locked:
            self._focus_before_lock = self.focusWidget()
        self.content.setVisible(not locked)
        self.menuBar().setEnabled(not locked)
        if not locked and self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
            self._focus_before_lock = None

    def unsaved_screens(self) -> list[Screen]:
        return [s for s in self.screens.values() if s.has_unsaved_changes()]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.unsaved_screens():
            answer = QMessageBox.question(
                self,
                translate("main", "Quit Hirfa"),
                translate(
                    "main",
                    "A form has changes that are not saved. They are kept as a draft and "
                    "offered again at the next start. Quit now?",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.ctx.preferences.save_window_state("main", self.saveGeometry())
        super().closeEvent(event)
