"""Ops on documents: ``issue``, ``cancel``, ``withdraw`` (the entity id is the serial).

The paper exists: an issue is recorded as it comes, once its serial is shown to be the
device's own. A cancellation or a withdrawal may reach the server before the issue it
concerns (it was made at another desk of the office, or the print never happened):
the document is then known by its serial alone until the issue arrives, and fails
verification meanwhile.
"""

from __future__ import annotations

from typing import Any

from central_server.core.clock import as_stored
from central_server.sync.batch import Batch, OpResult, issue, rejected
from central_server.sync.op_data import DocumentCancel, DocumentIssue, DocumentWithdraw, read_data
from central_server.sync.states import DocumentState
from registry.document_serial import DocumentSerial, parse_document_serial
from registry.issues import Code
from registry.numbering import parse_registration_number
from registry.wire import Op, Outcome

_ISSUE_FIELDS = (
    "kind", "artisan_id", "registration_number", "issued_on", "issued_at", "issued_by",
    "copies", "duplicate_of", "reprint_reason", "payload", "printed_at",
)  # fmt: skip


def issue_document(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, DocumentIssue)
    if isinstance(data, list):
        return rejected(*data)
    serial = _own_serial(batch, op)
    if isinstance(serial, OpResult):
        return serial
    if len(data.artisan_id) > 36:
        return rejected(issue(Code.INVALID_CHOICE, "artisan_id"))
    number = parse_registration_number(data.registration_number)
    if number is None:
        return rejected(issue(Code.REGISTRATION_NUMBER_INVALID, "registration_number"))
    state = _document(batch, serial)
    if state.issued or state.data["withdrawn"]:
        return rejected(issue(Code.NOT_ALLOWED, "serial"))
    state.data.update({name: getattr(data, name) for name in _ISSUE_FIELDS})
    state.data["registration_number"] = str(number)
    state.issued = True
    return _changed(batch, op, state, _ISSUE_FIELDS)


def cancel_document(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, DocumentCancel)
    if isinstance(data, list):
        return rejected(*data)
    serial = parse_document_serial(op.entity_id)
    if serial is None:
        return rejected(issue(Code.INVALID_CHOICE, "serial"))
    if serial.region + serial.office != batch.device.office_code:
        return rejected(issue(Code.NOT_ALLOWED, "owner_office"))
    state = _document(batch, serial)
    state.data.update(
        cancelled_at=data.cancelled_at, cancelled_by=data.cancelled_by, cancel_reason=data.reason
    )
    return _changed(batch, op, state, ("cancelled_at", "cancelled_by", "cancel_reason"))


def withdraw_document(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, DocumentWithdraw)
    if isinstance(data, list):
        return rejected(*data)
    serial = _own_serial(batch, op)
    if isinstance(serial, OpResult):
        return serial
    for name, longest in (("reason", 500), ("at", 40), ("by", 64)):
        if len(getattr(data, name)) > longest:
            return rejected(issue(Code.TOO_LONG, name))
    state = _document(batch, serial)
    if state.issued:  # printed: only a cancellation ends it
        return rejected(issue(Code.NOT_ALLOWED, "serial"))
    state.data["withdrawn"] = True
    state.withdrawal = {"reason": data.reason, "at": data.at, "by": data.by}
    return _changed(batch, op, state, ("withdrawn",))


def _own_serial(batch: Batch, op: Op) -> DocumentSerial | OpResult:
    """The op's serial, when the device itself gave it."""
    serial = parse_document_serial(op.entity_id)
    if serial is None:
        return rejected(issue(Code.INVALID_CHOICE, "serial"))
    if serial.body[:7] != batch.device.number_prefix:
        return rejected(issue(Code.NOT_ALLOWED, "serial"))
    return serial


def _document(batch: Batch, serial: DocumentSerial) -> DocumentState:
    """The document as the batch knows it, or a new one known by its serial alone."""
    key = str(serial)
    batch.load_documents({key})
    state = batch.documents.get(key)
    if state is None:
        data: dict[str, Any] = {"serial": key, "owner_office": serial.region + serial.office}
        data.update(dict.fromkeys(_ISSUE_FIELDS))
        data.update(cancelled_at=None, cancelled_by=None, cancel_reason="", withdrawn=False)
        state = DocumentState(serial, data, issued=False, version=0, is_new=True)
        batch.documents[key] = state
    return state


def _changed(batch: Batch, op: Op, state: DocumentState, fields: tuple[str, ...]) -> OpResult:
    state.version += 1
    batch.touch(state.key)
    batch.log_change(state.key, state.version, op.actor, as_stored(op.at), fields)
    return OpResult(Outcome.APPLIED, state.key, state.version)
