"""Logging in, lockout, locking an idle session and logging out, on the real program."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services.desk import Desk, open_desk
from desktop_app.services.errors import StoreProblem, StoreUnusable
from desktop_app.services.records import Actor
from desktop_app.services.users import add_user, list_users, set_active
from desktop_app.ui.app import DeskApplication
from desktop_app.ui.languages import Language
from desktop_app.ui.login import LoginDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks import TaskRunner
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_store_opening import break_a_page, filled
from tests.ui.shell_support import NotesScreen, english, small_entries, start_desk, stop_desk

CLERK_PASSWORD = "clerk password 1"


@pytest.fixture
def clerk_desk(desk: Desk, admin: Actor) -> Desk:
    add_user(desk, admin, "amina", "Amina Tazi", Role.CLERK, CLERK_PASSWORD)
    return desk


@pytest.fixture
def controller(
    qapp: QApplication, clerk_desk: Desk, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApplication]:
    """The program started on an existing store, with a test screen and the admin screen."""
    monkeypatch.setattr("desktop_app.ui.screens.screen_entries", small_entries)
    started = start_desk(qapp, data_dir)
    yield started
    stop_desk(started)


def login_dialog(controller: DeskApplication) -> LoginDialog:
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    return dialog


def log_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    if not dialog.username.isReadOnly():
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def window_of(controller: DeskApplication) -> MainWindow:
    window = controller.window
    assert isinstance(window, MainWindow) and window.isVisible()
    return window


def test_the_right_password_opens_the_main_window(
    controller: DeskApplication, qtbot: QtBot
) -> None:
    dialog = login_dialog(controller)
    assert dialog.heading.text() == "Office: Tanger"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Log in"
    log_in(qtbot, dialog, "amina", CLERK_PASSWORD)
    window = window_of(controller)
    assert not dialog.isVisible()
    assert controller.dialog is None
    assert controller.ctx is not None and controller.ctx.user is not None
    assert controller.ctx.user.username == "amina"
    assert list(window.screens) == ["notes"]
    assert controller.preferences.last_username == "amina"


def test_the_real_screens_open_after_login(
    qapp: QApplication, desk: Desk, data_dir: Path, qtbot: QtBot
) -> None:
    controller = start_desk(qapp, data_dir)
    try:
        log_in(qtbot, login_dialog(controller), "admin", ADMIN_PASSWORD)
        window = window_of(controller)
        assert list(window.screens) == [
            "registration",
            "register",
            "review",
            "print_queue",
            "print_log",
            "verify",
            "administration",
        ]
    finally:
        stop_desk(controller)


def test_a_wrong_password_keeps_the_dialog(controller: DeskApplication, qtbot: QtBot) -> None:
    dialog = login_dialog(controller)
    log_in(qtbot, dialog, "amina", "not her password")
    assert dialog.isVisible() and controller.window is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The user name or the password is wrong."
    assert dialog.username.text() == "amina" and dialog.password.text() == ""
    assert dialog.password.hasFocus() or not QApplication.focusWidget()

    log_in(qtbot, dialog, "amina", CLERK_PASSWORD)
    window_of(controller)


def test_an_empty_password_is_asked_for(controller: DeskApplication, qtbot: QtBot) -> None:
    dialog = login_dialog(controller)
    qtbot.keyClicks(dialog.username, "amina")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.error.text() == "Enter your user name and your password."
    assert controller.window is None


def test_five_failures_lock_the_account_and_say_until_when(
    controller: DeskApplication, clerk_desk: Desk, qtbot: QtBot
) -> None:
    dialog = login_dialog(controller)
    for _ in range(4):
        log_in(qtbot, dialog, "amina", "not her password")
        assert dialog.error.text() == "The user name or the password is wrong."
    log_in(qtbot, dialog, "amina", "not her password")
    until = next(u for u in list_users(clerk_desk) if u.username == "amina").locked_until
    assert until is not None
    local = until.replace(tzinfo=UTC).astimezone()
    shown = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    assert dialog.error.text() == (
        f"Too many failed attempts: the account is locked until {shown}."
    )
    # Even the right password is refused until then.
    log_in(qtbot, dialog, "amina", CLERK_PASSWORD)
    assert "locked until" in dialog.error.text()
    assert controller.window is None


def test_a_disabled_account_is_refused(
    controller: DeskApplication, clerk_desk: Desk, admin: Actor, qtbot: QtBot
) -> None:
    set_active(clerk_desk, admin, "amina", False)
    dialog = login_dialog(controller)
    log_in(qtbot, dialog, "amina", CLERK_PASSWORD)
    assert dialog.error.text() == "This account is disabled. Ask an administrator."
    assert controller.window is None


def test_the_language_can_be_chosen_before_logging_in(
    controller: DeskApplication, qtbot: QtBot
) -> None:
    dialog = login_dialog(controller)
    for language, direction in (
        (Language.ARABIC, Qt.LayoutDirection.RightToLeft),
        (Language.FRENCH, Qt.LayoutDirection.LeftToRight),
    ):
        dialog.language.setCurrentIndex(dialog.language.findData(language.value))
        assert controller.translations.language is language
        assert controller.preferences.language is language
        assert QApplication.layoutDirection() == direction


def test_an_idle_session_locks_and_only_its_user_unlocks_it(
    controller: DeskApplication, qtbot: QtBot
) -> None:
    log_in(qtbot, login_dialog(controller), "amina", CLERK_PASSWORD)
    window = window_of(controller)
    screen = window.screens["notes"]
    assert isinstance(screen, NotesScreen)
    qtbot.keyClicks(screen.notes, "half-typed form")

    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        window.idle.set_minutes(0)  # the idle time runs out at once
    unlock = controller.dialog
    assert isinstance(unlock, LoginDialog) and unlock.objectName() == "unlock"
    assert unlock.isVisible() and unlock.isModal()
    assert unlock.username.text() == "amina" and unlock.username.isReadOnly()
    assert window.isVisible() and not window.content.isVisible()  # nothing readable

    # Someone else's password is no key, and neither is someone else's account.
    log_in(qtbot, unlock, "amina", ADMIN_PASSWORD)
    assert unlock.error.text() == "The user name or the password is wrong."
    unlock.username.setText("admin")
    log_in(qtbot, unlock, "admin", ADMIN_PASSWORD)
    assert unlock.error.text() == "Only the user who locked the session can unlock it."
    assert unlock.isVisible() and controller.window is window

    unlock.username.setText("amina")
    log_in(qtbot, unlock, "amina", CLERK_PASSWORD)
    assert not unlock.isVisible() and controller.dialog is None
    assert controller.window is window and window.isVisible()
    assert window.content.isVisible()
    assert window.screens["notes"] is screen and screen.notes.text() == "half-typed form"
    assert controller.ctx is not None and controller.ctx.user is not None
    assert controller.ctx.user.username == "amina"


def test_locking_by_hand_and_logging_out_from_the_lock(
    controller: DeskApplication, qtbot: QtBot
) -> None:
    log_in(qtbot, login_dialog(controller), "amina", CLERK_PASSWORD)
    window = window_of(controller)
    window.lock_action.trigger()
    unlock = controller.dialog
    assert isinstance(unlock, LoginDialog) and unlock.objectName() == "unlock"
    cancel = unlock.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Log out"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert controller.window is None and not window.isVisible()
    login = login_dialog(controller)
    assert login.objectName() == "login" and login.username.text() == "amina"
    assert controller.ctx is not None and controller.ctx.user is None


def test_logout_returns_to_the_login_dialog(controller: DeskApplication, qtbot: QtBot) -> None:
    log_in(qtbot, login_dialog(controller), "admin", ADMIN_PASSWORD)
    window = window_of(controller)
    window.logout_action.trigger()
    assert controller.window is None and not window.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)
    login = login_dialog(controller)
    assert login.username.text() == "admin"
    assert login.password.text() == ""
    assert controller.ctx is not None and controller.ctx.user is None

    # A second session works, and the first window is gone for good.
    log_in(qtbot, login, "amina", CLERK_PASSWORD)
    second = window_of(controller)
    assert second is not window
    assert list(second.screens) == ["notes"]
    assert controller.ctx.user is not None and controller.ctx.user.username == "amina"
    controller.bus.record_saved.emit("any id")  # reaches only the live window


def test_unlock_focus_returns_to_the_form(controller: DeskApplication, qtbot: QtBot) -> None:
    log_in(qtbot, login_dialog(controller), "amina", CLERK_PASSWORD)
    window = window_of(controller)
    window.activateWindow()
    notes = window.findChild(QLineEdit, "notes")
    assert notes is not None
    notes.setFocus()
    controller.lock()
    unlock = controller.dialog
    assert isinstance(unlock, LoginDialog)
    log_in(qtbot, unlock, "amina", CLERK_PASSWORD)
    assert window.focusWidget() is notes


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (StoreProblem("the office store is damaged"), "the office store is damaged"),
        (OSError("disk I/O error"), "The office store cannot be opened. The details are in:"),
    ],
    ids=["store-problem", "anything-else"],
)
def test_a_store_that_cannot_be_opened_is_said_and_ends_the_program(
    qapp: QApplication,
    clerk_desk: Desk,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    problem: Exception,
    expected: str,
) -> None:
    shown: list[str] = []

    def refuse(_data_dir: Path, **_options: object) -> Desk:
        raise problem

    monkeypatch.setattr("desktop_app.ui.app.open_desk", refuse)
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    # Qt's exit() ends the running event loops and does nothing when none runs (the real
    # one cannot be used here: it would end the event loops of every later test).
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exit", staticmethod(loop.exit))
    controller = DeskApplication(qapp, data_dir, runner=TaskRunner(inline=True))
    english(controller)
    controller.start()
    QTimer.singleShot(5000, lambda: loop.exit(99))  # a program left running fails
    assert loop.exec() == 1
    assert len(shown) == 1 and shown[0].startswith(expected)
    assert controller.dialog is None and controller.window is None


def test_a_store_that_cannot_be_used_is_named_at_start_in_the_users_language(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    (data_dir / "hirfa.sqlite3").touch()  # a zero-byte store
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    loop = QEventLoop()  # as above: the real exit() would end later tests' loops
    monkeypatch.setattr(QApplication, "exit", staticmethod(loop.exit))
    controller = DeskApplication(qapp, data_dir, runner=TaskRunner(inline=True))
    controller.translations.apply(Language.ARABIC)
    try:
        controller.start()
        QTimer.singleShot(5000, lambda: loop.exit(99))
        assert loop.exec() == 1
        assert len(shown) == 1 and "0" in shown[0]
        assert shown[0].startswith("قاعدة بيانات المكتب") and "نسخة احتياطية" in shown[0]
        assert controller.dialog is None  # neither the wizard nor the login
        assert (data_dir / "hirfa.sqlite3").stat().st_size == 0
    finally:
        stop_desk(controller)


def test_the_daily_check_after_login_stops_a_damaged_store(
    qapp: QApplication, desk: Desk, data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(desk, 500)
    desk.close()
    break_a_page(data_dir / "hirfa.sqlite3", "ix_artisans_birth_date")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    controller = start_desk(qapp, data_dir)
    quits: list[bool] = []
    monkeypatch.setattr(controller, "quit", lambda: quits.append(True))
    try:
        # The store was last checked on the day it was made (the tests' fixed clock):
        # the program's clock says a day has passed.
        log_in(qtbot, login_dialog(controller), "admin", ADMIN_PASSWORD)
        assert len(shown) == 1 and "is damaged" in shown[0] and "backup copy" in shown[0]
        assert quits == [True]
    finally:
        stop_desk(controller)
    with pytest.raises(StoreUnusable):  # and refused from now on
        open_desk(data_dir)
