"""UI fixtures: a logged-in context on a fresh store, with work run inline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop_app.services.desk import Desk
from desktop_app.services.users import UserInfo, add_user, list_users
from desktop_app.ui.bus import Bus
from desktop_app.ui.context import AppContext
from desktop_app.ui.fonts import load_fonts
from desktop_app.ui.languages import Translations
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.tasks import TaskRunner
from registry.workflow import Role

USER_PASSWORD = "user password 1"


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["hirfa-tests"]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Interface in English (the source language) unless a test applies another."""
    load_fonts(qapp)
    found = Translations(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield found
    found.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def make_ctx(
    desk: Desk, data_dir: Path, translations: Translations
) -> Callable[[Role], AppContext]:
    """A context logged in as a new user of ``role`` (``admin`` for administrators)."""

    def make(role: Role = Role.CLERK) -> AppContext:
        admin = next(u for u in list_users(desk) if u.username == "admin")
        user: UserInfo = admin
        if role is not Role.ADMINISTRATOR:
            user = add_user(
                desk, admin.actor, role.value, f"Test {role.value}", role, USER_PASSWORD
            )
        return AppContext(
            desk,
            TaskRunner(inline=True),
            Bus(),
            Preferences(data_dir),
            translations,
            data_dir / "logs" / "hirfa.log",
            user,
        )

    return make


@pytest.fixture
def clerk_ctx(make_ctx: Callable[[Role], AppContext]) -> AppContext:
    return make_ctx(Role.CLERK)


@pytest.fixture
def supervisor_ctx(make_ctx: Callable[[Role], AppContext]) -> AppContext:
    return make_ctx(Role.SUPERVISOR)


@pytest.fixture(autouse=True)
def no_windows_left(qapp: QApplication) -> Iterator[None]:
    """Close what a test left open: a window still up would take the focus (and
    keyboard shortcuts) from the next test's window."""
    yield
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        widget.deleteLater()
    qapp.processEvents()
