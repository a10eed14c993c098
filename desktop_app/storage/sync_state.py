"""This desk's standing with the central server: the ``sync_state`` row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy.orm import Session

from desktop_app.storage.models import SyncState


@dataclass(frozen=True)
class Standing:
    server_url: str | None  # None: a store that works alone
    cursor: int  # the last feed sequence applied
    enrolled_at: datetime | None
    last_round_at: datetime | None
    last_round: Mapping[str, Any] | None  # what the last round gave

    @property
    def enrolled(self) -> bool:
        return self.enrolled_at is not None


def _row(session: Session) -> SyncState:
    return session.get_one(SyncState, 1)


def standing(session: Session) -> Standing:
    row = _row(session)
    last = msgspec.json.decode(row.last_round) if row.last_round else None
    return Standing(row.server_url, row.cursor, row.enrolled_at, row.last_round_at, last)


def settings_version(session: Session) -> int:
    """The version of the office's settings this desk last knew from the server."""
    return _row(session).settings_version


def record_enrolment(session: Session, server_url: str, now: datetime) -> None:
    row = _row(session)
    row.server_url, row.enrolled_at = server_url, now


def move_cursor(session: Session, cursor: int, settings: int | None = None) -> None:
    """The feed applied up to ``cursor`` (in the transaction that applied it)."""
    row = _row(session)
    row.cursor = cursor
    if settings is not None:
        row.settings_version = max(row.settings_version, settings)


def record_round(session: Session, now: datetime, summary: Mapping[str, Any]) -> None:
    row = _row(session)
    row.last_round_at = now
    row.last_round = msgspec.json.encode(summary).decode("utf-8")
