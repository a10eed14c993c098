"""The append-only, hash-chained audit log.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own
stored text, so removing, reordering or editing any entry breaks every hash after it.
Entries are written in the same transaction as the change they describe.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

import orjson
from sqlalchemy.orm import Session

from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.driver import driver
from desktop_app.storage.models import AuditEntry

GENESIS_HASH = "0" * 64


def canonical_json(value: Mapping[str, object]) -> str:
    """Compact JSON with sorted keys and unescaped Unicode: one text for one value."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def entry_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str,
    after: str,
) -> str:
    material = "\x1f".join(
        (prev_hash, at.isoformat(), actor, action, entity, entity_id, before, after)
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    """One change; ``before`` and ``after`` are :func:`canonical_json` texts."""

    actor: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str
    at: datetime

    @classmethod
    def of(
        cls,
        actor: str,
        action: str,
        entity: str,
        entity_id: str,
        before: Mapping[str, object],
        after: Mapping[str, object],
        at: datetime,
    ) -> AuditEvent:
        return cls(
            actor, action, entity, entity_id, canonical_json(before), canonical_json(after), at
        )


def last_hash(session: Session) -> str:
    found = driver(session).execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    row = found.fetchone()
    return str(row[0]) if row else GENESIS_HASH


def append(session: Session, events: Iterable[AuditEvent]) -> None:
    """Chain and write ``events`` (call inside the write transaction of the change)."""
    prev = last_hash(session)
    rows = []
    for e in events:
        digest = entry_hash(prev, e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after)
        rows.append(
            {
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "before": e.before,
                "after": e.after,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    insert_rows(session, AuditEntry, rows)


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    broken_at: int | None  # seq of the first entry whose hash does not hold

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every entry's hash from the one before (read straight from the driver:
    the ORM would cost most of the time at a million entries)."""
    prev = GENESIS_HASH
    count = 0
    rows = driver(session).execute(
        "SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, entity, entity_id, before, after, prev_hash, digest in rows:
        expected = entry_hash(
            prev, datetime.fromisoformat(at), actor, action, entity, entity_id, before, after
        )
        if prev_hash != prev or digest != expected:
            return ChainCheck(count, seq)
        prev = digest
        count += 1
    return ChainCheck(count, None)
