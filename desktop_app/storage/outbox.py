"""The sync outbox: every local change, written in the transaction that made it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from uuid6 import uuid7

from desktop_app.storage.models import OutboxEntry


@dataclass(frozen=True)
class Operation:
    entity: str
    entity_id: str
    base_version: int
    changes: Mapping[str, object]
    at: datetime


def enqueue(session: Session, operations: Iterable[Operation]) -> None:
    rows = [
        {
            "op_id": str(uuid7()),
            "entity": op.entity,
            "entity_id": op.entity_id,
            "base_version": op.base_version,
            "changes": json.dumps(op.changes, ensure_ascii=False, sort_keys=True),
            "created_at": op.at,
        }
        for op in operations
    ]
    if rows:
        session.execute(insert(OutboxEntry), rows)


def pending_count(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None))
    ).scalar_one()
