"""What every screen is given: the desk, the work lanes, the bus, the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.messages import choice_label, describe, field_label, issue_message
from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor
from desktop_app.services.users import UserInfo
from desktop_app.ui.bus import Bus
from desktop_app.ui.languages import Translations
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.tasks import TaskRunner
from registry.issues import Issue
from registry.workflow import Role


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (``lupdate`` collects these calls)."""
    return QCoreApplication.translate(context, text)


@dataclass
class AppContext:
    desk: Desk
    runner: TaskRunner
    bus: Bus
    preferences: Preferences
    translations: Translations
    log_file: Path | None
    user: UserInfo | None = field(default=None)

    @property
    def actor(self) -> Actor:
        assert self.user is not None, "no one is logged in"
        return self.user.actor

    def can(self, *roles: Role) -> bool:
        return self.user is not None and self.user.role in roles


def label(field_name: str) -> str:
    """A field's label in the interface language."""
    return field_label(field_name, translate)


def message(issue: Issue) -> str:
    return issue_message(issue, translate)


def full_message(issue: Issue) -> str:
    return describe(issue, translate)


def choice(kind: str, value: str) -> str:
    return choice_label(kind, value, translate)
