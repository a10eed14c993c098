"""The wire form of each entity's state, as a pull sends it (docs/sync.md, *Pull*).

These are the only places that decide what a device receives; the feed stores what
they return and passes it through.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from central_server.core.clock import iso_utc
from registry.device_keys import DeviceCertificate
from registry.names import name_key
from registry.wire import OfficeInfo


def base64_text(data: bytes) -> str:
    """Bytes as the wire carries them (msgspec's form: standard base64)."""
    return base64.b64encode(data).decode("ascii")


def artisan_full(
    *,
    artisan_id: str,
    registration_number: str,
    owner_office: str,
    region: str,
    version: int,
    status: str,
    fields: dict[str, Any],
    photo: str | None,
    history: list[dict[str, Any]],
    held: str | None,
) -> dict[str, Any]:
    return {
        "id": artisan_id,
        "registration_number": registration_number,
        "owner_office": owner_office,
        "region": region,
        "version": version,
        "status": status,
        "fields": fields,
        "photo": photo,
        "history": history,
        "held": held,
    }


def name_keys(fields: dict[str, Any]) -> list[str]:
    """The names as the duplicate checks compare them: ``[latin, arabic]``, made as
    :meth:`registry.duplicates.NameKeys.of` makes its ``latin`` and ``arabic``."""
    latin = f"{fields.get('last_name_fr') or ''} {fields.get('first_name_fr') or ''}"
    arabic = f"{fields.get('last_name_ar') or ''} {fields.get('first_name_ar') or ''}"
    return [name_key(latin), name_key(arabic)]


def artisan_index(
    *,
    artisan_id: str,
    registration_number: str,
    owner_office: str,
    region: str,
    status: str,
    fields: dict[str, Any],
) -> dict[str, Any]:
    """The slim national index entry: enough for a counter's duplicate checks."""
    return {
        "id": artisan_id,
        "registration_number": registration_number,
        "owner_office": owner_office,
        "region": region,
        "status": status,
        "cin": fields.get("cin"),
        "category": fields.get("category"),
        "ice": fields.get("ice"),
        "name_keys": name_keys(fields),
    }


def cancellation(serial: str, cancelled_at: str | None) -> dict[str, Any]:
    return {"serial": serial, "cancelled_at": cancelled_at}


def user_full(
    *,
    user_id: str,
    username: str,
    full_name: str,
    role: str,
    password_hash: str,
    active: bool,
) -> dict[str, Any]:
    return {
        "id": user_id,
        "username": username,
        "full_name": full_name,
        "role": role,
        "password_hash": password_hash,
        "active": active,
    }


def office_info(code: str, region: str, office: str, name_fr: str, name_ar: str) -> OfficeInfo:
    return OfficeInfo(code=code, region=region, office=office, name_fr=name_fr, name_ar=name_ar)


def office_full(info: OfficeInfo) -> dict[str, Any]:
    return {
        "code": info.code,
        "region": info.region,
        "office": info.office,
        "name_fr": info.name_fr,
        "name_ar": info.name_ar,
    }


def device_full(
    certificate: DeviceCertificate, certificate_bytes: bytes, revoked_at: datetime | None
) -> dict[str, Any]:
    return {
        "device_id": certificate.device_id,
        "device_code": certificate.device_code,
        "public_key": base64_text(certificate.public_key),
        "certificate": base64_text(certificate_bytes),
        "revoked_at": iso_utc(revoked_at),
    }


def activity_list_full(version: str, status: str, document: str) -> dict[str, Any]:
    return {"version": version, "status": status, "document": document}


def office_settings_full(office: str, values: dict[str, str], logo: str | None) -> dict[str, Any]:
    return {"office": office, "values": values, "logo": logo}
