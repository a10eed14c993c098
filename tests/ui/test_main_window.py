"""The main window: what each role sees, the status bar, language direction, geometry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services.desk import Desk
from desktop_app.services.policies import Policy, set_policy
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from desktop_app.services.users import add_user
from desktop_app.ui.admin.screen import AdminScreen
from desktop_app.ui.app import DeskApplication
from desktop_app.ui.context import AppContext
from desktop_app.ui.languages import Language
from desktop_app.ui.login import LoginDialog
from desktop_app.ui.main_window import MainWindow, ScreenEntry
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.screens import screen_entries
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD
from tests.factories import make_draft
from tests.ui.shell_support import PseudoTranslator, small_entries, start_desk, stop_desk

MakeCtx = Callable[[Role], AppContext]
ADMIN = Actor("admin", Role.ADMINISTRATOR)


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[[AppContext, list[ScreenEntry]], MainWindow]:
    def make(ctx: AppContext, entries: list[ScreenEntry]) -> MainWindow:
        window = MainWindow(ctx, entries)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def titles(window: MainWindow) -> list[str]:
    navigation = window.navigation
    return [navigation.item(row).text() for row in range(navigation.count())]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.CLERK, ["New registration", "Register", "Print queue", "Verify a document"]),
        (
            Role.SUPERVISOR,
            [
                "New registration",
                "Register",
                "Review queue",
                "Print queue",
                "Print log",
                "Verify a document",
            ],
        ),
        (
            Role.ADMINISTRATOR,
            [
                "New registration",
                "Register",
                "Review queue",
                "Print queue",
                "Print log",
                "Verify a document",
                "Administration",
            ],
        ),
    ],
)
def test_the_navigation_offers_what_the_role_allows(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow], role: Role, expected: list[str]
) -> None:
    window = open_window(make_ctx(role), screen_entries())
    assert titles(window) == expected
    assert window.navigation.currentRow() == 0
    if role is not Role.ADMINISTRATOR:
        assert window.show_screen("administration") is None
        assert "administration" not in window.screens


def test_show_screen_brings_a_screen_forward(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(make_ctx(Role.ADMINISTRATOR), small_entries())
    screen = window.show_screen("administration")
    assert screen is window.screens["administration"]
    assert window.stack.currentWidget() is screen
    assert window.navigation.currentRow() == 1


def test_the_status_bar_shows_user_office_and_counts(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    ctx = make_ctx(Role.CLERK)
    window = open_window(ctx, small_entries())
    # The office code is isolated so that Arabic does not read 01-511 as 511-01.
    office = "\u206601-511\u2069"
    assert window.user_label.text() == f"\u2068Test clerk\u2069 (Clerk) — office {office}"
    assert window.counts_label.text() == "0 artisans — 0 pending review"
    assert window.windowTitle() == f"Hirfa — Tanger ({office})"
    saved = register_artisan(ctx.desk, ctx.actor, make_draft())
    ctx.bus.record_saved.emit(saved.record.id)
    assert window.counts_label.text() == "1 artisans — 1 pending review"


def test_arabic_turns_the_layout_right_to_left_and_back(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    ctx = make_ctx(Role.ADMINISTRATOR)
    window = open_window(ctx, small_entries())
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    ctx.translations.apply(Language.ARABIC)
    QApplication.processEvents()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.screens["administration"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.language_actions[Language.ARABIC].isChecked()
    assert not window.language_actions[Language.FRENCH].isChecked()
    ctx.translations.apply(Language.FRENCH)
    QApplication.processEvents()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.language_actions[Language.FRENCH].isChecked()


@pytest.fixture
def controller(
    qapp: QApplication, desk: Desk, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApplication]:
    monkeypatch.setattr("desktop_app.ui.screens.screen_entries", small_entries)
    started = start_desk(qapp, data_dir)
    yield started
    stop_desk(started)


def log_in(
    controller: DeskApplication,
    qtbot: QtBot,
    username: str = "admin",
    password: str = ADMIN_PASSWORD,
) -> MainWindow:
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    login.username.clear()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window = controller.window
    assert isinstance(window, MainWindow)
    return window


def test_the_language_menu_switches_the_whole_program(
    controller: DeskApplication, qtbot: QtBot
) -> None:
    window = log_in(controller, qtbot)
    window.language_actions[Language.ARABIC].trigger()
    assert Preferences(controller.data_dir).language is Language.ARABIC
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.language_requested.emit(Language.FRENCH)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The choice is kept for the next start.
    assert Preferences(controller.data_dir).language is Language.FRENCH


def test_everything_is_relabelled_when_the_language_changes(
    qapp: QApplication, make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(make_ctx(Role.ADMINISTRATOR), small_entries())
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        QApplication.processEvents()
        assert titles(window) == ["Notes", "[Administration]"]
        assert window.session_menu.title() == "[&Session]"
        admin = window.screens["administration"]
        assert isinstance(admin, AdminScreen)
        assert admin.tabs.tabText(0) == "[Users]"
        assert admin.users.model.headerData(0, Qt.Orientation.Horizontal) == "[User name]"
        assert admin.policies.title() == "[Security policies]"
    finally:
        qapp.removeTranslator(pseudo)
        QApplication.processEvents()
    assert titles(window) == ["Notes", "Administration"]


# Sizes below stay inside the offscreen screen (800 × 800): restoring clamps to the screen.
def test_the_window_geometry_is_remembered_between_runs(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow], data_dir: Path
) -> None:
    ctx = make_ctx(Role.CLERK)
    first = open_window(ctx, small_entries())
    first.resize(720, 540)
    QApplication.processEvents()
    first.close()
    ctx.preferences = Preferences(data_dir)  # as read by the next run
    second = open_window(ctx, small_entries())
    assert second.size() == QSize(720, 540)


def test_a_fresh_desk_opens_a_default_sized_window(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(make_ctx(Role.CLERK), small_entries())
    assert window.size() == QSize(1280, 720)


def test_logging_out_remembers_the_geometry_too(
    controller: DeskApplication, desk: Desk, qtbot: QtBot
) -> None:
    add_user(desk, ADMIN, "amina", "Amina Tazi", Role.CLERK, "clerk password 1")
    window = log_in(controller, qtbot, "amina", "clerk password 1")
    window.resize(700, 520)
    QApplication.processEvents()
    window.logout_action.trigger()
    window = log_in(controller, qtbot, "amina", "clerk password 1")
    assert window.size() == QSize(700, 520)


def test_a_new_idle_policy_applies_to_the_open_window(
    make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    ctx = make_ctx(Role.ADMINISTRATOR)
    window = open_window(ctx, small_entries())
    assert window.idle.minutes == 10
    set_policy(ctx.desk, ctx.actor, Policy.IDLE_LOCK_MINUTES, 3)
    ctx.bus.policies_changed.emit()
    assert window.idle.minutes == 3


def test_a_supervisor_added_later_sees_the_review_queue(
    desk: Desk, make_ctx: MakeCtx, open_window: Callable[..., MainWindow]
) -> None:
    ctx = make_ctx(Role.ADMINISTRATOR)
    ctx.user = add_user(desk, ctx.actor, "salma", "Salma", Role.SUPERVISOR, "a long password")
    window = open_window(ctx, screen_entries())
    assert "review" in window.screens and "administration" not in window.screens
