"""A form's draft kept in the store a moment after each change, so that a crash or a
power cut loses at most the last second and a half of typing."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop_app.services.drafts import discard_draft, save_draft
from desktop_app.ui.context import AppContext
from registry.artisan import ArtisanDraft

DRAFT_DELAY_MS = 1500


class DraftKeeper(QObject):
    """Saves the form's draft under the form's own id; ``snapshot`` gives the draft to
    keep, or ``None`` when the form holds nothing new (then the kept draft goes)."""

    def __init__(
        self,
        ctx: AppContext,
        snapshot: Callable[[], ArtisanDraft | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._snapshot = snapshot
        self.timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.draft_id = ""
        self.artisan_id: str | None = None
        self.base_version: int | None = None
        self.stored = False
        self.start()

    def start(
        self,
        draft_id: str | None = None,
        artisan_id: str | None = None,
        base_version: int | None = None,
    ) -> None:
        """Begin a form: a new id, or the id of a kept draft being restored."""
        self.timer.stop()
        self.draft_id = draft_id or str(uuid.uuid4())
        self.stored = draft_id is not None
        self.artisan_id = artisan_id
        self.base_version = base_version

    def schedule(self) -> None:
        self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        draft = self._snapshot()
        if draft is None:
            self.discard()
            return
        desk, actor = self.ctx.desk, self.ctx.actor
        draft_id, artisan_id, base_version = self.draft_id, self.artisan_id, self.base_version
        self.stored = True
        self.ctx.runner.write(
            lambda: save_draft(desk, actor, draft_id, draft, artisan_id, base_version),
            lambda _none: None,
        )

    def discard(self) -> None:
        """Forget the kept draft (saved as a record, or thrown away by the clerk)."""
        self.timer.stop()
        if self.stored:
            desk, draft_id = self.ctx.desk, self.draft_id
            self.ctx.runner.write(lambda: discard_draft(desk, draft_id), lambda _none: None)
            self.stored = False
