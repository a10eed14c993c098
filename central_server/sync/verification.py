"""``GET /api/v1/verify``: a document's QR payload checked against the national register.

First the payload itself (:func:`registry.signed_payload.verify_payload`) against the
keys the country trusts for its device — the device's enrolled key, the keys its
office's trust list holds for it — and the root behind every certificate; then the
register: a revoked device, and a serial the server knows as cancelled, withdrawn or
not at all, make it invalid. The answer carries only what the QR code carries, plus
the holder's current status.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from central_server.runtime import Runtime
from central_server.store.models import Artisan, Device, Document, Office, TrustedKey
from registry.signed_payload import PayloadFields, Reason, TrustList, read_payload, verify_payload
from registry.wire import VerifyAnswer


def verify(runtime: Runtime, payload: str) -> VerifyAnswer:
    read = read_payload(payload)
    if read.fields is None:
        return VerifyAnswer(valid=False, reason=read.reason.value if read.reason else None)
    fields = read.fields
    with runtime.store.read() as conn:
        device = _device(conn, fields.device_id)
        trust = TrustList(
            {fields.device_id: _device_keys(conn, fields.device_id)},
            root_keys=[runtime.root_public_key],
        )
        result = verify_payload(payload, trust)
        device_code = (
            result.certificate.device_code if result.certificate else device[0] if device else None
        )
        reason = result.reason if not result.valid else _register_reason(conn, fields, device)
        status = conn.execute(
            select(Artisan.status).where(Artisan.registration_number == fields.registration_number)
        ).scalar_one_or_none()
    return VerifyAnswer(
        valid=reason is None,
        reason=reason.value if reason else None,
        fields=shown_fields(fields),
        device_code=device_code,
        status=status,
    )


def shown_fields(fields: PayloadFields) -> dict[str, Any]:
    """The payload's fields as JSON values (the CIN digest in hexadecimal)."""
    shown: dict[str, Any] = {}
    for name, value in asdict(fields).items():
        if isinstance(value, bytes):
            value = value.hex()
        elif isinstance(value, date):
            value = value.isoformat()
        shown[name] = str(value)
    return shown


def _device(conn: Connection, device_id: str) -> tuple[str, bool] | None:
    """The device's code and whether it was revoked, if it ever enrolled."""
    row = conn.execute(
        select(Office.region, Office.office, Device.device, Device.revoked_at)
        .join(Office, Office.code == Device.office)
        .where(Device.device_id == device_id)
    ).one_or_none()
    if row is None:
        return None
    return f"{row.region}-{row.office}-{row.device}", row.revoked_at is not None


def _device_keys(conn: Connection, device_id: str) -> list[bytes]:
    enrolled = conn.execute(select(Device.public_key).where(Device.device_id == device_id))
    listed = conn.execute(
        select(TrustedKey.public_key).where(
            TrustedKey.device_id == device_id, TrustedKey.kind == "device"
        )
    )
    return list(dict.fromkeys([*enrolled.scalars(), *listed.scalars()]))


def _register_reason(
    conn: Connection, fields: PayloadFields, device: tuple[str, bool] | None
) -> Reason | None:
    if device is not None and device[1]:
        return Reason.REVOKED
    row = conn.execute(
        select(Document.issued, Document.cancelled, Document.withdrawn).where(
            Document.serial == fields.serial
        )
    ).one_or_none()
    if row is None:
        return Reason.UNKNOWN_SERIAL
    if row.cancelled:
        return Reason.CANCELLED
    if row.withdrawn:
        return Reason.NOT_PRINTED
    if not row.issued:
        return Reason.UNKNOWN_SERIAL
    return None
