"""Computer numbers (``01``–``99``): unique in an office and never given twice.

A number is given once a device holds it (revoked devices keep theirs); an enrolment
code reserves one until it is used or expires.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from central_server.store.models import Device, EnrolCode

NUMBERS = tuple(f"{n:02d}" for n in range(1, 100))


def taken_numbers(
    conn: Connection, office: str, now: datetime, *, except_code: str | None = None
) -> set[str]:
    """Numbers held by a device of ``office`` or reserved by a live code of it."""
    held = set(conn.execute(select(Device.device).where(Device.office == office)).scalars())
    reserved = conn.execute(
        select(EnrolCode.device).where(
            EnrolCode.office == office,
            EnrolCode.used_at.is_(None),
            EnrolCode.expires_at > now,
            EnrolCode.code_sha256 != (except_code or ""),
        )
    ).scalars()
    return held | set(reserved)


def lowest_free_number(conn: Connection, office: str, now: datetime) -> str | None:
    taken = taken_numbers(conn, office, now)
    return next((n for n in NUMBERS if n not in taken), None)
