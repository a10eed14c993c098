"""The screens of the main window, in navigation order, with the roles that see them."""

from __future__ import annotations

from desktop_app.ui.admin.screen import AdminScreen
from desktop_app.ui.main_window import ScreenEntry
from desktop_app.ui.printing.log_screen import PrintLogScreen
from desktop_app.ui.printing.queue_screen import PrintQueueScreen
from desktop_app.ui.printing.verify_screen import VerifyScreen
from desktop_app.ui.register.screen import RegisterScreen
from desktop_app.ui.registration.screen import RegistrationScreen
from desktop_app.ui.review.screen import ReviewScreen
from registry.workflow import Role

SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})


def screen_entries() -> list[ScreenEntry]:
    # Everyone prints (reprints and cancellations are the supervisors'); the day's print
    # log is the supervisors' control.
    return [
        ScreenEntry("registration", "fa5s.user-plus", RegistrationScreen),
        ScreenEntry("register", "fa5s.search", RegisterScreen),
        ScreenEntry("review", "fa5s.clipboard-check", ReviewScreen, SUPERVISORS),
        ScreenEntry("print_queue", "fa5s.print", PrintQueueScreen),
        ScreenEntry("print_log", "fa5s.list-alt", PrintLogScreen, SUPERVISORS),
        ScreenEntry("verify", "fa5s.qrcode", VerifyScreen),
        ScreenEntry(
            "administration", "fa5s.users-cog", AdminScreen, frozenset({Role.ADMINISTRATOR})
        ),
    ]
