"""The sync outbox: every local change, written in the transaction that made it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from uuid_utils import uuid7

from desktop_app.storage.audit import canonical_json
from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.models import OutboxEntry


@dataclass(frozen=True)
class Operation:
    """One change to push; ``changes`` is the :func:`canonical_json` of the new values."""

    entity: str
    entity_id: str
    base_version: int
    changes: str
    at: datetime

    @classmethod
    def of(
        cls,
        entity: str,
        entity_id: str,
        base_version: int,
        changes: Mapping[str, object],
        at: datetime,
    ) -> Operation:
        return cls(entity, entity_id, base_version, canonical_json(changes), at)


def enqueue(session: Session, operations: Iterable[Operation]) -> None:
    rows = [
        {
            "op_id": str(uuid7()),
            "entity": op.entity,
            "entity_id": op.entity_id,
            "base_version": op.base_version,
            "changes": op.changes,
            "created_at": op.at,
        }
        for op in operations
    ]
    insert_rows(session, OutboxEntry, rows)


def pending_count(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None))
    ).scalar_one()
