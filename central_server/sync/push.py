"""``POST /api/v1/push``: a device's batch, in one transaction, in its sequence order.

The device's row is locked first, so two pushes of one device (a retry racing the
original) apply one after the other. Ops at or below the device's last applied
sequence get the answer they got the first time (``duplicate``); the first new one
must be the next in line, or nothing is applied (:class:`OutOfOrder`). Every new op
gets one answer, stored with its op id in the same transaction.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

import msgspec
from sqlalchemy import Connection, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from central_server.runtime import Runtime
from central_server.store.bulk import insert_rows
from central_server.store.models import Device, StoredAnswer, table
from central_server.sync import artisan_ops, document_ops, master_ops
from central_server.sync.artisan_ops import PreparedCreate
from central_server.sync.batch import Batch, OpResult, issue, rejected
from central_server.sync.devices import DeviceIdentity
from central_server.sync.states import EntityKey
from registry.artisan import Category
from registry.document_serial import parse_document_serial
from registry.issues import Code
from registry.wire import Entity, Op, OpAnswer, Outcome, PushAnswer, PushBatch

log = logging.getLogger(__name__)
ATTEMPTS = 3
# PostgreSQL's deadlock and serialization failures: the transaction may simply run again.
_RETRY_SQLSTATES = frozenset({"40P01", "40001"})

Handler = Callable[[Batch, Op], OpResult]
HANDLERS: dict[tuple[Entity, str], Handler] = {
    (Entity.ARTISAN, "update"): artisan_ops.update,
    (Entity.ARTISAN, "status"): artisan_ops.change_status,
    (Entity.DOCUMENT, "issue"): document_ops.issue_document,
    (Entity.DOCUMENT, "cancel"): document_ops.cancel_document,
    (Entity.DOCUMENT, "withdraw"): document_ops.withdraw_document,
    (Entity.USER, "add"): master_ops.add_user,
    (Entity.USER, "update"): master_ops.update_user,
    (Entity.OFFICE_SETTINGS, "set"): master_ops.set_office_settings,
    (Entity.TRUSTED_KEY, "trust"): master_ops.trust_key,
}
CREATE = (Entity.ARTISAN, "create")
_ANSWER_DECODER = msgspec.json.Decoder(OpAnswer)
_ANSWER_ENCODER = msgspec.json.Encoder()


class OutOfOrder(Exception):
    """The batch skips or repeats device sequence numbers: push again from ``expected``."""

    def __init__(self, expected: int) -> None:
        super().__init__(f"the next operation expected is number {expected}")
        self.expected = expected


class MalformedBatch(ValueError):
    """Ops whose identifiers no desk makes (the message's shape, a 422)."""


# What the store keeps of every op: a desk's ids are UUIDs, its names short.
_MAX_SEQ = 2**62
_LIMITS = (("op_id", 36), ("entity_id", 64), ("kind", 16), ("actor", 64))


def check_shape(batch: PushBatch) -> None:
    for i, op in enumerate(batch.ops):
        for name, longest in _LIMITS:
            if not 0 < len(getattr(op, name)) <= longest:
                raise MalformedBatch(f"$.ops[{i}].{name}: 1 to {longest} characters expected")
        if not 0 < op.seq <= _MAX_SEQ:
            raise MalformedBatch(f"$.ops[{i}].seq: a number from 1 expected")


class DeviceRevoked(Exception):
    """The device was revoked while its push was on its way."""


def push(runtime: Runtime, device: DeviceIdentity, batch: PushBatch) -> PushAnswer:
    for attempt in itertools.count(1):
        try:
            with runtime.store.write() as conn:
                return _push(conn, runtime, device, batch)
        except DBAPIError as exc:
            if attempt >= ATTEMPTS or not _may_retry(exc):
                raise
            log.warning("push of %s ran into %s; running it again", device.device_code, exc)
    raise AssertionError("unreachable")


def _may_retry(exc: DBAPIError) -> bool:
    """A race with another transaction (a name taken meanwhile, a deadlock): the next
    run sees the other's work and answers per op."""
    if isinstance(exc, IntegrityError):
        return True
    return getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES


def _push(
    conn: Connection, runtime: Runtime, device: DeviceIdentity, batch: PushBatch
) -> PushAnswer:
    last, revoked_at = conn.execute(
        select(Device.last_seq, Device.revoked_at)
        .where(Device.device_id == device.device_id)
        .with_for_update()
    ).one()
    if revoked_at is not None:
        raise DeviceRevoked
    ops = batch.ops
    if any(b.seq <= a.seq for a, b in itertools.pairwise(ops)):
        raise OutOfOrder(last + 1)
    seen = [op for op in ops if op.seq <= last]
    new = ops[len(seen) :]
    if any(op.seq != last + 1 + i for i, op in enumerate(new)):
        raise OutOfOrder(last + 1)
    answers = _repeated(conn, device, seen)
    if not new:
        return PushAnswer(answers=answers)
    work = Batch(conn, runtime, device, runtime.now())
    prepared = _prepare(work, new)
    results = [
        artisan_ops.create(work, op, prepared[op.op_id])
        if (op.entity, op.kind) == CREATE
        else _handler(op)(work, op)
        for op in new
    ]
    conn.execute(
        update(Device).where(Device.device_id == device.device_id).values(last_seq=new[-1].seq)
    )
    seqs = work.flush()
    fresh = [_answer(op, result, seqs) for op, result in zip(new, results, strict=True)]
    insert_rows(
        conn,
        table(StoredAnswer),
        [
            {
                "device_id": device.device_id,
                "seq": answer.seq,
                "op_id": answer.op_id,
                "answer": _ANSWER_ENCODER.encode(answer).decode("utf-8"),
            }
            for answer in fresh
        ],
    )
    return PushAnswer(answers=answers + fresh)


def _handler(op: Op) -> Handler:
    return HANDLERS.get((op.entity, op.kind), _unknown_kind)


def _unknown_kind(batch: Batch, op: Op) -> OpResult:
    return rejected(issue(Code.INVALID_CHOICE, "kind"))


def _prepare(work: Batch, ops: list[Op]) -> dict[str, PreparedCreate | OpResult]:
    """Every create checked first, then the store asked about the whole batch at once."""
    prepared = {
        op.op_id: artisan_ops.prepare_create(work, op)
        for op in ops
        if (op.entity, op.kind) == CREATE
    }
    creates = [p for p in prepared.values() if isinstance(p, PreparedCreate)]
    serials = (parse_document_serial(op.entity_id) for op in ops if op.entity is Entity.DOCUMENT)
    work.preload(
        artisan_ids=(op.entity_id for op in ops if op.entity is Entity.ARTISAN),
        numbers=(str(p.number) for p in creates),
        cins=(p.values.cin for p in creates if not p.values.category.is_entity),
        ices=(p.values.ice for p in creates if p.values.ice),
        supervisors=(
            p.values.supervisor_number
            for p in creates
            if p.values.category is Category.ENTERPRISE and p.values.supervisor_number
        ),
        serials=(str(s) for s in serials if s is not None),
    )
    return prepared


def _answer(op: Op, result: OpResult, seqs: dict[EntityKey, int]) -> OpAnswer:
    return OpAnswer(
        op_id=op.op_id,
        seq=op.seq,
        outcome=result.outcome,
        version=result.version,
        server_seq=seqs.get(result.key) if result.key else None,
        conflict=result.conflict,
        issues=list(result.issues),
    )


def _repeated(conn: Connection, device: DeviceIdentity, ops: list[Op]) -> list[OpAnswer]:
    """The first answers of ops pushed before (a lost answer, a retried batch)."""
    if not ops:
        return []
    stored = dict(
        (seq, (op_id, answer))
        for seq, op_id, answer in conn.execute(
            select(StoredAnswer.seq, StoredAnswer.op_id, StoredAnswer.answer).where(
                StoredAnswer.device_id == device.device_id,
                StoredAnswer.seq.in_([op.seq for op in ops]),
            )
        )
    )
    answers = []
    for op in ops:
        op_id, text = stored.get(op.seq, (None, None))
        if op_id != op.op_id or text is None:
            # Another op took this number: this one was never applied.
            answers.append(
                OpAnswer(
                    op_id=op.op_id,
                    seq=op.seq,
                    outcome=Outcome.REJECTED,
                    issues=[issue(Code.NOT_ALLOWED, "seq")],
                )
            )
            continue
        first = _ANSWER_DECODER.decode(text)
        answers.append(
            OpAnswer(
                op_id=op.op_id,
                seq=op.seq,
                outcome=Outcome.DUPLICATE,
                first_outcome=first.outcome,
                version=first.version,
                server_seq=first.server_seq,
                conflict=first.conflict,
                issues=first.issues,
            )
        )
    return answers
