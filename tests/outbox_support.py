"""Reading the sync outbox in tests: the operations a desk would push."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from desktop_app.services.desk import Desk
from desktop_app.storage.outbox import operations_from


@dataclass(frozen=True)
class Sent:
    op_id: str
    seq: int
    entity: str
    entity_id: str
    kind: str
    base_version: int
    actor: str
    data: dict[str, Any]


def sent(desk: Desk, entity: str | None = None) -> list[Sent]:
    """Every operation of the outbox (of ``entity``), in seq order, as it would travel."""
    with desk.store.read() as session:
        ops = operations_from(session, 1, 1_000_000)
    return [
        Sent(
            op.op_id,
            op.seq,
            op.entity.value,
            op.entity_id,
            op.kind,
            op.base_version,
            op.actor,
            op.data,
        )
        for op in ops
        if entity is None or op.entity.value == entity
    ]


def as_bytes(value: object) -> bytes:
    """A byte string of an operation's data (base64 on the wire)."""
    return base64.b64decode(str(value))
