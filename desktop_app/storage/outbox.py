"""The sync outbox: every change another desk or the server must know, written in the
transaction that made it, as the operation that will be pushed (docs/sync.md,
*Operations*).

An operation's ``seq`` is its outbox row's integer key: rows are never deleted, so the
device's sequence is gap-free from 1 and in the order the changes were made.
``base_version`` is the entity's ``synced_version`` when the change was made (the last
server version this desk knew; 0 before the server has it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from uuid_utils import uuid7

from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.driver import driver
from desktop_app.storage.models import OutboxEntry
from registry import wire


class Kind(StrEnum):
    """What an operation does to its entity (the table of docs/sync.md)."""

    CREATE = "create"  # artisan
    UPDATE = "update"  # artisan, user
    STATUS = "status"  # artisan
    ISSUE = "issue"  # document
    CANCEL = "cancel"  # document
    WITHDRAW = "withdraw"  # document
    ADD = "add"  # user
    SET = "set"  # office_settings
    TRUST = "trust"  # trusted_key


def utc(moment: datetime) -> datetime:
    """A stored moment (UTC without tzinfo) as the wire gives it: UTC, said so."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class Operation:
    """One change to push. ``at`` is the desk's clock (UTC, as stored); ``data`` is the
    op's data as docs/sync.md lists it (bytes and datetimes as they are: the encoding
    makes them base64 and ISO 8601)."""

    entity: wire.Entity
    entity_id: str
    kind: Kind
    base_version: int
    actor: str
    at: datetime
    data: Mapping[str, Any]


_ENCODER = msgspec.json.Encoder()


def encode_data(data: Mapping[str, Any]) -> str:
    return _ENCODER.encode(data).decode("utf-8")


def enqueue(session: Session, operations: Iterable[Operation]) -> None:
    rows = [
        {
            "op_id": str(uuid7()),
            "entity": op.entity.value,
            "entity_id": op.entity_id,
            "kind": op.kind.value,
            "base_version": op.base_version,
            "actor": op.actor,
            "data": encode_data(op.data),
            "created_at": op.at,
        }
        for op in operations
    ]
    insert_rows(session, OutboxEntry, rows)


def unanswered_count(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.outcome.is_(None))
    ).scalar_one()


def first_unanswered(session: Session) -> int | None:
    """The seq of the oldest operation the server has not answered."""
    found = driver(session).execute("SELECT min(seq) FROM outbox WHERE outcome IS NULL")
    (seq,) = found.fetchone()
    return int(seq) if seq is not None else None


_DATA = msgspec.json.Decoder(dict[str, Any])


def operations_from(session: Session, first_seq: int, limit: int) -> list[wire.Op]:
    """Up to ``limit`` operations from ``first_seq`` on, in order, answered or not (a
    server that asks again from an earlier seq gets them again)."""
    found = driver(session).execute(
        "SELECT op_id, seq, entity, entity_id, kind, base_version, actor, created_at, data"
        " FROM outbox WHERE seq >= ? ORDER BY seq LIMIT ?",
        (first_seq, limit),
    )
    return [
        wire.Op(op_id, seq, wire.Entity(entity), entity_id, kind, base, actor,
                utc(datetime.fromisoformat(at)), _DATA.decode(data))
        for op_id, seq, entity, entity_id, kind, base, actor, at, data in found
    ]  # fmt: skip


def unanswered_entities(session: Session) -> set[tuple[str, str]]:
    """(entity, entity_id) of every entity with an operation the server has not answered:
    a pull keeps their local state (they are pushed first)."""
    found = driver(session).execute(
        "SELECT DISTINCT entity, entity_id FROM outbox WHERE outcome IS NULL"
    )
    return {(entity, entity_id) for entity, entity_id in found}
