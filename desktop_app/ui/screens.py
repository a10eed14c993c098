"""The screens of the main window, in navigation order, with the roles that see them."""

from __future__ import annotations

from desktop_app.ui.admin.screen import AdminScreen
from desktop_app.ui.main_window import ScreenEntry
from desktop_app.ui.register.screen import RegisterScreen
from desktop_app.ui.registration.screen import RegistrationScreen
from desktop_app.ui.review.screen import ReviewScreen
from registry.workflow import Role


def screen_entries() -> list[ScreenEntry]:
    return [
        ScreenEntry("registration", "fa5s.user-plus", RegistrationScreen),
        ScreenEntry("register", "fa5s.search", RegisterScreen),
        ScreenEntry(
            "review",
            "fa5s.clipboard-check",
            ReviewScreen,
            frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR}),
        ),
        ScreenEntry(
            "administration", "fa5s.users-cog", AdminScreen, frozenset({Role.ADMINISTRATOR})
        ),
    ]
