"""Conflicts: what two sides changed since a common version, and the ops held for people.

A stale update is compared with the fields other devices (or the server itself)
changed since the op's ``base_version``, as ``entity_changes`` remembers them; a field
changed on both sides to different values holds the op whole (docs/sync.md,
*Conflicts*). A held op becomes a ``conflicts`` row for the owner office's
supervisors, with base, ours and theirs and who made each side and when; its
resolution, later, is a new op.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import select

from central_server.core.clock import as_stored, iso_utc
from central_server.store.models import EntityChange
from central_server.sync.batch import Batch
from central_server.sync.states import EntityKey
from registry.wire import Conflict, ConflictKind, Op

EVERY_FIELD = "*"  # what a creation's version changed


@dataclass(frozen=True)
class TheirChange:
    """A version applied since the op's base, by another device (``None``: the server)."""

    version: int
    device_id: str | None
    actor: str
    at: datetime
    fields: frozenset[str]

    def as_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "device_id": self.device_id,
            "actor": self.actor,
            "at": iso_utc(self.at),
            "fields": sorted(self.fields),
        }


def changes_by_others(batch: Batch, key: EntityKey, base_version: int) -> list[TheirChange]:
    rows = batch.conn.execute(
        select(
            EntityChange.version,
            EntityChange.device_id,
            EntityChange.actor,
            EntityChange.at,
            EntityChange.fields,
        )
        .where(
            EntityChange.entity == key[0],
            EntityChange.entity_id == key[1],
            EntityChange.version > base_version,
        )
        .order_by(EntityChange.version)
    )
    return [
        TheirChange(version, device, actor, at, frozenset(json.loads(fields)))
        for version, device, actor, at, fields in rows
        if device != batch.device.device_id
    ]


def both_changed(
    ours: Mapping[str, Any], current: Mapping[str, Any], theirs: list[TheirChange]
) -> list[str]:
    """The fields the op changes that others changed too, to another value than ours."""
    changed_by_them = frozenset().union(*(change.fields for change in theirs))
    every = EVERY_FIELD in changed_by_them
    return sorted(
        name
        for name, value in ours.items()
        if (every or name in changed_by_them) and current[name] != value
    )


def hold(
    batch: Batch,
    op: Op,
    *,
    kind: ConflictKind,
    owner_office: str,
    fields: list[str],
    base: Mapping[str, Any],
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    their_changes: Sequence[TheirChange] = (),
    other_id: str | None = None,
) -> Conflict:
    """Keep ``op`` for people to decide; the conflict its answer carries."""
    conflict_id = str(uuid.uuid4())
    batch.conflicts.append(
        {
            "id": conflict_id,
            "kind": kind.value,
            "entity": op.entity.value,
            "entity_id": op.entity_id,
            "owner_office": owner_office,
            "other_id": other_id,
            "op_id": op.op_id,
            "device_id": batch.device.device_id,
            "actor": op.actor,
            "made_at": as_stored(op.at),
            "received_at": batch.now,
            "fields": _json(fields),
            "base": _json(base),
            "ours": _json(ours),
            "theirs": _json(
                {"values": theirs, "changes": [change.as_json() for change in their_changes]}
            ),
        }
    )
    return Conflict(
        conflict_id=conflict_id,
        kind=kind,
        fields=fields,
        theirs=dict(theirs),
        other_id=other_id,
    )


def _json(value: object) -> str:
    return msgspec.json.encode(value).decode("utf-8")
