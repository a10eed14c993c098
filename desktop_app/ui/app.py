"""Starting the desk program: first-start wizard or login, then the main window.

The controller also handles what spans screens: logging out, locking the session
after idle time (the same user unlocks it and finds the open form as it was), and
switching the interface language.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.logs import setup_logging
from desktop_app.services.desk import Desk, open_desk, store_exists
from desktop_app.services.errors import StoreProblem, StoreUnusable
from desktop_app.services.store_checks import check_fully, full_check_due, report_damage
from desktop_app.services.store_failures import Failure, failure_of
from desktop_app.services.users import record_logout
from desktop_app.ui.bus import Bus
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.display_check import missing_display_packages
from desktop_app.ui.failures import install_excepthook, show_unexpected
from desktop_app.ui.first_start import FirstStartWizard
from desktop_app.ui.fonts import load_fonts
from desktop_app.ui.languages import Language, Translations
from desktop_app.ui.login import LoginDialog
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.store_state import read_only_text, store_failure_text, unusable_text
from desktop_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("hirfa.ui")


class DeskApplication(QObject):
    """Owns the windows of one run of the program."""

    def __init__(
        self, app: QApplication, data_dir: Path, *, runner: TaskRunner | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log_file = setup_logging(data_dir)
        self.preferences = Preferences(data_dir)
        self.translations = Translations(app)
        self.translations.apply(self.preferences.language)
        self.runner = runner or TaskRunner(parent=self)
        self.runner.unexpected_error.connect(self._failed)
        self.bus = Bus()
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self._damage_said = False

    # Start ------------------------------------------------------------------------

    def start(self) -> None:
        log.info("starting in %s", self.data_dir)
        if store_exists(self.data_dir):
            try:
                # The daily full check runs in the background once someone is in.
                desk = open_desk(self.data_dir, full_check=False)
            except StoreUnusable as unusable:
                self._fatal(unusable_text(unusable))
                return
            except StoreProblem as problem:
                self._fatal(str(problem))
                return
            except Exception:  # a damaged file, a disk error: said, never a silent exit
                log.exception("the office store cannot be opened")
                self._fatal(
                    translate("app", "The office store cannot be opened. The details are in:")
                    + f"\n{self.log_file}"
                )
                return
            if desk.read_only:
                desk.close()
                self._fatal(read_only_text(desk.store.path))
                return
            self._show_login(desk)
        else:
            self._show_wizard()

    def _failed(self, error: BaseException) -> None:
        """Work that failed unexpectedly: a store found damaged while in use ends the
        program before more is written; a full or read-only disk is said as such."""
        if failure_of(error) is Failure.DAMAGED and self.ctx is not None:
            desk = self.ctx.desk
            self._store_damaged(report_damage(desk.store.path, str(error), desk.now()))
        elif (text := store_failure_text(error)) is not None:
            QMessageBox.warning(self.app.activeWindow(), translate("app", "Hirfa"), text)
        else:
            show_unexpected(self.app.activeWindow(), error, self.log_file)

    def _store_damaged(self, problem: StoreUnusable) -> None:
        if self._damage_said:
            return
        self._damage_said = True
        QMessageBox.critical(
            self.app.activeWindow(), translate("app", "The office store is damaged"),
            unusable_text(problem),
        )  # fmt: skip
        self.quit()

    def _fatal(self, text: str) -> None:
        log.error("cannot start: %s", text)
        QMessageBox.critical(None, translate("app", "Hirfa cannot start"), text)
        # Called before the event loop runs, when exit() alone would do nothing.
        QTimer.singleShot(0, lambda: self.app.exit(1))

    def _show_wizard(self) -> None:
        wizard = FirstStartWizard(self.data_dir, self.runner, language=self.translations.language)
        wizard.language_chosen.connect(self.set_language)
        wizard.accepted.connect(lambda: self._created(wizard))
        wizard.rejected.connect(self.app.quit)
        self.dialog = wizard
        wizard.show()
        log.info("no office store yet: first start")

    def _created(self, wizard: FirstStartWizard) -> None:
        assert wizard.desk is not None
        self.preferences.last_username = wizard.admin_username
        self._show_login(wizard.desk)

    def _context(self, desk: Desk) -> AppContext:
        if self.ctx is None or self.ctx.desk is not desk:
            self.ctx = AppContext(
                desk, self.runner, self.bus, self.preferences, self.translations, self.log_file
            )
        return self.ctx

    def _show_login(self, desk: Desk) -> None:
        ctx = self._context(desk)
        login = LoginDialog(ctx)
        login.language_chosen.connect(self.set_language)
        login.accepted.connect(lambda: self._logged_in(login))
        login.rejected.connect(self.quit)
        self.dialog = login
        login.show()
        log.info("login shown")

    def _logged_in(self, login: LoginDialog) -> None:
        # The screens (and what they import) load once someone is logged in, so that
        # the login shows sooner.
        from desktop_app.ui.main_window import MainWindow
        from desktop_app.ui.screens import screen_entries

        assert self.ctx is not None and login.user is not None
        self.ctx.user = login.user
        window = MainWindow(self.ctx, screen_entries())
        window.logout_requested.connect(self.logout)
        window.lock_requested.connect(self.lock)
        window.language_requested.connect(self.set_language)
        self.app.installEventFilter(window.idle)
        self.window = window
        self.dialog = None
        window.show()
        self._check_store_if_due(self.ctx)

    def _check_store_if_due(self, ctx: AppContext) -> None:
        """The daily full check, off the GUI thread: the clerk works meanwhile; a damaged
        store is said at once and the program closes before anything more is written."""
        store, now = ctx.desk.store, ctx.desk.now()
        if not full_check_due(store, now):
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, StoreUnusable):
                self._store_damaged(error)
            else:
                self._failed(error)

        log.info("full check of the store (daily)")
        self.runner.read(lambda: check_fully(store, now), lambda _: None, failed)

    # Session ----------------------------------------------------------------------

    def logout(self) -> None:
        ctx, window = self.ctx, self.window
        if ctx is None or window is None or ctx.user is None:
            return
        user = ctx.actor
        self.runner.write(lambda: record_logout(ctx.desk, user), lambda _: None)
        self.app.removeEventFilter(window.idle)
        ctx.preferences.save_window_state("main", window.saveGeometry())
        window.hide()
        window.deleteLater()
        self.window = None
        ctx.user = None
        self._show_login(ctx.desk)

    def lock(self) -> None:
        ctx, window = self.ctx, self.window
        if ctx is None or window is None or ctx.user is None or self.dialog is not None:
            return
        window.idle.pause()
        window.set_locked(True)
        user = ctx.user
        self.runner.write(lambda: record_logout(ctx.desk, user.actor, "lock"), lambda _: None)
        unlock = LoginDialog(ctx, window, unlock=user)
        self.dialog = unlock

        def closed(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                window.set_locked(False)
                window.idle.resume()
            else:
                self.logout()

        unlock.finished.connect(closed)
        unlock.open()

    def set_language(self, language: Language) -> None:
        if language is self.translations.language:
            return
        self.preferences.language = language
        self.translations.apply(language)
        self.bus.language_changed.emit()

    def quit(self) -> None:
        self.app.quit()


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    """Qt's own warnings go to the log file, where support looks, not to a terminal;
    a fatal one also to the terminal, since Qt ends the process right after it."""
    level = (
        logging.DEBUG if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) else logging.WARNING
    )
    logging.getLogger("hirfa.qt").log(level, "%s", text)
    if kind is QtMsgType.QtFatalMsg:
        print(f"hirfa: {text}", file=sys.stderr)


def run_gui(data_dir: Path) -> int:
    """Run the desk program until its last window closes; the process's exit status."""
    if missing := missing_display_packages():
        packages = " ".join(missing)
        print(
            f"hirfa: the window cannot open: the system lacks {packages}"
            f" (Debian/Ubuntu: sudo apt-get install {packages})",
            file=sys.stderr,
        )
        return 1
    qInstallMessageHandler(_log_qt_message)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("Hirfa")
    QCoreApplication.setOrganizationName("Hirfa")
    load_fonts(app)
    controller = DeskApplication(app, data_dir)
    install_excepthook(controller.log_file)
    app.aboutToQuit.connect(controller.runner.wait)
    controller.start()
    status = app.exec()
    if controller.ctx is not None:
        controller.ctx.desk.close()
    return status
