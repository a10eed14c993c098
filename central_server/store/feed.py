"""The feed: the latest state of every entity, in commit order (docs/sync.md, *Pull*).

Every writing transaction ends with :func:`publish`: it writes the changed entities'
payloads, then takes a block of sequence numbers by updating the single
``feed_counter`` row, then points the entities' ``feed`` rows at them. The counter's
row lock is held until the commit, so a transaction that takes numbers after another
commits after it: when a reader sees the counter at N, every change numbered up to N
is committed and visible. A transaction that began first but publishes later simply
gets the later numbers. (A PostgreSQL sequence would not do: its numbers are handed
out at once and may commit in any order, and a reader would skip the late ones.)

:func:`read_page` reads the counter first and then the changes up to it, so a page
never reaches past what is known to be whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import msgspec
from sqlalchemy import Connection, Table, and_, case, literal, or_, select, update

from central_server.store.bulk import insert_rows
from central_server.store.models import FeedCounter, FeedEntry, FeedPayload, table
from central_server.store.upsert import upsert
from registry import wire

COUNTER_ROW = 1
_ENCODER = msgspec.json.Encoder()

payloads = table(FeedPayload)
feed = table(FeedEntry)
counter = table(FeedCounter)


def encode_payload(data: dict[str, Any]) -> str:
    """An entity's state as the JSON text a pull passes through untouched."""
    return _ENCODER.encode(data).decode("utf-8")


@dataclass(frozen=True)
class Published:
    """One entity's new state; no scope means every device sees it whole."""

    entity: str
    entity_id: str
    version: int
    full_data: str
    index_data: str | None = None
    scope_region: str | None = None
    scope_office: str | None = None
    is_new: bool = False  # not in the feed yet: inserted, not upserted


def publish(conn: Connection, changes: Sequence[Published]) -> list[int]:
    """Write ``changes`` to the feed and return their sequence numbers, in order.

    Must be the last write of the transaction (only the commit may follow, and the
    writes that need the numbers): from the counter's update to the commit, every
    other writer waits. Each entity appears once in ``changes``.
    """
    if not changes:
        return []
    ordered = sorted(changes, key=lambda c: (c.entity, c.entity_id))
    _write(conn, payloads, [_payload_row(c) for c in ordered], [c.is_new for c in ordered])
    last = conn.execute(
        update(counter)
        .where(counter.c.id == COUNTER_ROW)
        .values(last=counter.c.last + len(changes))
        .returning(counter.c.last)
    ).scalar_one()
    first = int(last) - len(changes) + 1
    rows = [_feed_row(c, first + i) for i, c in enumerate(changes)]
    _write(conn, feed, rows, [c.is_new for c in changes])
    return list(range(first, first + len(changes)))


def _payload_row(change: Published) -> dict[str, Any]:
    return {
        "entity": change.entity,
        "entity_id": change.entity_id,
        "full_data": change.full_data,
        "index_data": change.index_data,
    }


def _feed_row(change: Published, seq: int) -> dict[str, Any]:
    return {
        "entity": change.entity,
        "entity_id": change.entity_id,
        "seq": seq,
        "version": change.version,
        "scope_region": change.scope_region,
        "scope_office": change.scope_office,
        "has_index": change.index_data is not None,
    }


def _write(conn: Connection, target: Table, rows: list[dict[str, Any]], new: list[bool]) -> None:
    insert_rows(conn, target, [row for row, is_new in zip(rows, new, strict=True) if is_new])
    old = [row for row, is_new in zip(rows, new, strict=True) if not is_new]
    upsert(conn, target, old, keys=("entity", "entity_id"))


def last_seq(conn: Connection) -> int:
    """The last sequence of a committed transaction."""
    return int(conn.execute(select(counter.c.last).where(counter.c.id == COUNTER_ROW)).scalar_one())


# In the index form, a document of another region is known only as a cancellation.
_INDEX_ENTITY = {"document": "cancellation"}


def read_page(conn: Connection, *, region: str, office: str, after: int, limit: int) -> bytes:
    """The encoded :class:`wire.PullPage` of the changes after ``after`` that a device
    of ``office`` (in ``region``) sees, at most ``limit``."""
    top = last_seq(conn)
    whole = or_(
        and_(feed.c.scope_region.is_(None), feed.c.scope_office.is_(None)),
        feed.c.scope_region == region,
        feed.c.scope_office == office,
    )
    full = case((whole, literal(True)), else_=literal(False))
    rows = conn.execute(
        select(
            feed.c.seq,
            feed.c.entity,
            feed.c.entity_id,
            feed.c.version,
            full.label("full"),
            case((whole, payloads.c.full_data), else_=payloads.c.index_data).label("data"),
        )
        .join(
            payloads,
            and_(payloads.c.entity == feed.c.entity, payloads.c.entity_id == feed.c.entity_id),
        )
        .where(feed.c.seq > after, feed.c.seq <= top, or_(whole, feed.c.has_index))
        .order_by(feed.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        wire.Change(
            seq=seq,
            entity=entity if is_full else _INDEX_ENTITY.get(entity, entity),
            entity_id=entity_id,
            version=version,
            scope=wire.Scope.FULL if is_full else wire.Scope.INDEX,
            # The payload is JSON already: it goes out as it is, never decoded here.
            data=cast(dict[str, Any], msgspec.Raw(data)),
        )
        for seq, entity, entity_id, version, is_full, data in rows
    ]
    # A short page saw everything up to the counter, the changes it could not see too.
    cursor = changes[-1].seq if more else max(after, top)
    return wire.encode(wire.PullPage(changes=changes, last_seq=cursor, more=more))
