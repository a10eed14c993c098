"""Offering back, once after login, the latest form left unfinished (a crash, a power
cut, a session closed in the middle of a registration)."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QTimer

from desktop_app.services.drafts import SavedDraft, discard_draft, drafts_of
from desktop_app.ui.context import translate
from desktop_app.ui.languages import MOMENT_FORMAT, latin_code
from desktop_app.ui.registration.dialogs import ask

if TYPE_CHECKING:
    from desktop_app.ui.registration.screen import RegistrationScreen


def who(draft: SavedDraft) -> str:
    """The names and CIN of a kept draft, to recognise it."""
    d = draft.draft
    parts = (
        f"{d.last_name_fr} {d.first_name_fr}".strip(),
        f"{d.last_name_ar} {d.first_name_ar}".strip(),
        d.cin.strip(),
    )
    return " / ".join(p for p in parts if p)


class DraftOffer:
    """Asks once per login; the answer arrives when the screen can show a question."""

    def __init__(self, screen: RegistrationScreen) -> None:
        self.screen = screen
        self.asked = False
        self._waiting: list[SavedDraft] | None = None

    def activated(self) -> None:
        s = self.screen
        if self.asked or s.ctx.user is None:
            return
        self.asked = True
        desk, actor = s.ctx.desk, s.ctx.actor
        s.ctx.runner.read(lambda: drafts_of(desk, actor), self.offer)

    def screen_shown(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            QTimer.singleShot(0, lambda: self.offer(waiting))

    def offer(self, drafts: list[SavedDraft]) -> None:
        s = self.screen
        if not s.isVisible():  # the main window is still being set up
            self._waiting = drafts
            return
        kept = [d for d in drafts if d.id != s.keeper.draft_id]
        if not kept or s.has_unsaved_changes():
            return
        latest = kept[0]
        when = latin_code(
            QLocale().toString(
                QDateTime(latest.updated_at.replace(tzinfo=UTC).astimezone()), MOMENT_FORMAT
            )
        )
        if latest.artisan_id is None:
            text = translate(
                "registration", "You have an unfinished registration from %1. Restore it?"
            )
        else:
            text = translate(
                "registration", "You have unfinished changes to a record from %1. Restore them?"
            )
        name = who(latest)
        ask(
            s,
            translate("registration", "Unfinished registration"),
            text.replace("%1", when) + (f"\n\n{name}" if name else ""),
            [
                (translate("registration", "Restore"), lambda: s.restore_draft(latest)),
                (translate("registration", "Discard it"), lambda: self.discard(latest)),
                (translate("registration", "Later"), lambda: None),
            ],
        )

    def discard(self, kept: SavedDraft) -> None:
        desk = self.screen.ctx.desk
        self.screen.ctx.runner.write(lambda: discard_draft(desk, kept.id), lambda _none: None)
