"""The enrolled device a request comes from, found by the SHA-256 of its token."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from central_server.core.security import digest
from central_server.store.models import Device, Office


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    office_code: str  # region + office, "01511": the owner of what it writes
    region: str
    office: str
    device: str  # its computer number, "01"
    revoked: bool

    @property
    def device_code(self) -> str:
        return f"{self.region}-{self.office}-{self.device}"

    @property
    def number_prefix(self) -> str:
        """The first digits of every registration number and serial it makes."""
        return f"{self.region}{self.office}{self.device}"


def device_by_token(conn: Connection, token: str) -> DeviceIdentity | None:
    row = conn.execute(
        select(Device.device_id, Office.code, Office.region, Office.office, Device.device)
        .add_columns(Device.revoked_at.is_not(None))
        .join(Office, Office.code == Device.office)
        .where(Device.token_sha256 == digest(token))
    ).one_or_none()
    if row is None:
        return None
    device_id, code, region, office, device, revoked = row
    return DeviceIdentity(device_id, code, region, office, device, bool(revoked))
