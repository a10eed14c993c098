"""Enrolled devices, and their revocation: a revoked desk keeps its data and may not
sync; its documents fail verification nationally; its number is never given again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, select, update

from central_server.admin import AdminError
from central_server.admin.office_codes import shown
from central_server.admin.offices import known_office
from central_server.store.engine import Store
from central_server.store.feed import Published, encode_payload, publish
from central_server.store.models import Device, Office
from central_server.sync.enrolment import DEVICE
from central_server.sync.payloads import device_full
from registry.device_keys import certificate_from_bytes


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    device_code: str  # "01-511-02"
    office: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seq: int


def list_devices(store: Store, office: str | None = None) -> list[DeviceRow]:
    with store.read() as conn:
        query = select(*_COLUMNS).join(Office, Office.code == Device.office)
        if office:
            query = query.where(Device.office == known_office(conn, office))
        return [
            _row(*found) for found in conn.execute(query.order_by(Device.office, Device.device))
        ]


def revoke_device(store: Store, which: str, now: datetime) -> DeviceRow:
    """``which``: the device id, or its code as people name it (``01-511-02``)."""
    with store.write() as conn:
        device = _find(conn, which)
        if device.revoked_at is not None:
            raise AdminError(f"device {device.device_code} was revoked already")
        version, certificate = conn.execute(
            update(Device)
            .where(Device.device_id == device.device_id)
            .values(revoked_at=now, version=Device.version + 1)
            .returning(Device.version, Device.certificate)
        ).one()
        payload = device_full(certificate_from_bytes(certificate), certificate, now)
        publish(conn, [Published(DEVICE, device.device_id, version, encode_payload(payload))])
    return DeviceRow(
        device.device_id, device.device_code, device.office, device.enrolled_at, now,
        device.last_seq,
    )  # fmt: skip


_COLUMNS = (
    Device.device_id, Office.region, Office.office, Device.device, Device.office,
    Device.enrolled_at, Device.revoked_at, Device.last_seq,
)  # fmt: skip


def _row(
    device_id: str, region: str, office: str, number: str, code: str, enrolled: datetime,
    revoked: datetime | None, last_seq: int,
) -> DeviceRow:  # fmt: skip
    return DeviceRow(
        device_id, f"{region}-{office}-{number}", shown(code), enrolled, revoked, last_seq
    )


def _find(conn: Connection, which: str) -> DeviceRow:
    text = which.strip()
    parts = text.split("-")
    condition: ColumnElement[bool]
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        condition = (Device.office == parts[0] + parts[1]) & (Device.device == parts[2])
    else:
        condition = Device.device_id == text.lower()
    found = conn.execute(
        select(*_COLUMNS)
        .join(Office, Office.code == Device.office)
        .where(condition)
        .with_for_update(of=Device)
    ).first()
    if found is None:
        raise AdminError(f"there is no device {which} (hirfa-server device list)")
    return _row(*found)
