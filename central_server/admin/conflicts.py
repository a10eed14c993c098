"""Conflicts held for the owner offices' supervisors, as the server keeps them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from central_server.admin.office_codes import shown
from central_server.admin.offices import known_office
from central_server.store.engine import Store
from central_server.store.models import ConflictRow, table


@dataclass(frozen=True)
class HeldConflict:
    id: str
    kind: str
    entity: str
    entity_id: str
    office: str
    other_id: str | None
    actor: str
    made_at: datetime
    received_at: datetime
    fields: list[str]
    base: dict[str, Any]
    ours: dict[str, Any]
    theirs: dict[str, Any]
    resolved_at: datetime | None


def list_conflicts(
    store: Store, office: str | None = None, *, unresolved_only: bool = True
) -> list[HeldConflict]:
    with store.read() as conn:
        query = select(table(ConflictRow)).order_by(ConflictRow.received_at, ConflictRow.id)
        if office:
            query = query.where(ConflictRow.owner_office == known_office(conn, office))
        if unresolved_only:
            query = query.where(ConflictRow.resolved_at.is_(None))
        rows = conn.execute(query).all()
    return [
        HeldConflict(
            row.id,
            row.kind,
            row.entity,
            row.entity_id,
            shown(row.owner_office),
            row.other_id,
            row.actor,
            row.made_at,
            row.received_at,
            json.loads(row.fields),
            json.loads(row.base),
            json.loads(row.ours),
            json.loads(row.theirs),
            row.resolved_at,
        )  # fmt: skip
        for row in rows
    ]
