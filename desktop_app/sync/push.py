"""Pushing the outbox (docs/sync.md, *Push*): the oldest unanswered operations in
batches within the server's limits, each batch's answers recorded on their outbox rows
in one local transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.storage.engine import Store
from desktop_app.storage.ledger import Tally, note_attempt, record_answers
from desktop_app.storage.outbox import first_unanswered, operations_from
from desktop_app.sync.client import Client, OutOfOrder, SyncFailure, TooLarge, UnexpectedAnswer
from registry import wire

ENVELOPE_BYTES = 64  # the batch's own JSON around its operations, with room to spare


@dataclass(frozen=True)
class PushReport:
    sent: int  # operations sent (again, for those the server asked for again)
    answers: Tally


def fit(ops: list[wire.Op], max_bytes: int) -> list[wire.Op]:
    """The first operations of ``ops`` whose batch stays within ``max_bytes`` (at least
    one: an operation alone over the limit is the server's to refuse)."""
    size = ENVELOPE_BYTES
    for count, op in enumerate(ops):
        size += len(wire.encode(op)) + 1
        if size > max_bytes and count:
            return ops[:count]
    return ops


def push_all(
    store: Store,
    client: Client,
    now: Callable[[], datetime],
    *,
    max_ops: int = wire.MAX_PUSH_OPS,
    max_bytes: int = wire.MAX_PUSH_BYTES,
) -> PushReport:
    """Push until every operation has its answer. A batch that got no answer (the
    network, a refusal of the device) is noted on its rows and the failure raised: the
    operations stay unanswered for the next round."""
    with store.read() as session:
        start = first_unanswered(session)
    limit, sent, answers = max_ops, 0, Tally()
    while start is not None:
        with store.read() as session:
            batch = fit(operations_from(session, start, limit), max_bytes)
        if not batch:
            raise UnexpectedAnswer(f"the server awaits operation {start}: this desk has none")
        try:
            answer = client.push(wire.PushBatch(ops=batch))
        except OutOfOrder as exc:
            if exc.expected_seq == start:
                raise UnexpectedAnswer(
                    f"the server refuses operation {start} as out of order"
                ) from exc
            start = exc.expected_seq  # it lost what it had, or had more: from there
            continue
        except TooLarge:
            if len(batch) == 1:
                raise
            limit = (len(batch) + 1) // 2
            continue
        except SyncFailure as exc:
            with store.write() as session:
                note_attempt(session, [op.seq for op in batch], now(), str(exc))
            raise
        with store.write() as session:
            answers += record_answers(session, answer.answers, now())
        sent += len(batch)
        with store.read() as session:
            following = first_unanswered(session)
        if following is not None and start <= following <= batch[-1].seq:
            raise UnexpectedAnswer(f"the server did not answer operation {following}")
        start = following
    return PushReport(sent, answers)
