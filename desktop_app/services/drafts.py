"""Half-typed forms kept in the store, so that a crash or a power cut loses nothing.

The form saves its draft a moment after each change; the draft is removed when the
record is saved or the clerk discards the form, and offered back at the next login.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime

from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor
from desktop_app.storage.models import FormDraft
from registry.artisan import ArtisanDraft

_TEXT_FIELDS = tuple(f.name for f in fields(ArtisanDraft) if f.name != "photo")


@dataclass(frozen=True)
class SavedDraft:
    id: str
    artisan_id: str | None  # None for a new registration
    base_version: int | None
    draft: ArtisanDraft
    updated_at: datetime


def save_draft(
    desk: Desk,
    actor: Actor,
    draft_id: str,
    draft: ArtisanDraft,
    artisan_id: str | None = None,
    base_version: int | None = None,
) -> None:
    """Keep ``draft`` under ``draft_id`` (a form's own id), replacing its earlier state."""
    text = {k: v for k, v in asdict(draft).items() if k != "photo"}
    with desk.store.write() as session:
        row = session.get(FormDraft, draft_id)
        if row is None:
            row = FormDraft(id=draft_id, username=actor.username)
            session.add(row)
        row.artisan_id = artisan_id
        row.base_version = base_version
        row.fields = json.dumps(text, ensure_ascii=False)
        row.photo = draft.photo
        row.updated_at = desk.now()


def drafts_of(desk: Desk, actor: Actor) -> list[SavedDraft]:
    """The user's unfinished forms, the latest first."""
    with desk.store.read() as session:
        rows = session.execute(
            select(FormDraft)
            .where(FormDraft.username == actor.username)
            .order_by(FormDraft.updated_at.desc())
        ).scalars()
        found = []
        for row in rows:
            stored = json.loads(row.fields)
            values = {name: str(stored.get(name, "")) for name in _TEXT_FIELDS}
            draft = ArtisanDraft(**values, photo=row.photo)
            found.append(
                SavedDraft(row.id, row.artisan_id, row.base_version, draft, row.updated_at)
            )
        return found


def discard_draft(desk: Desk, draft_id: str) -> None:
    with desk.store.write() as session:
        row = session.get(FormDraft, draft_id)
        if row is not None:
            session.delete(row)
