"""One-time enrolment codes: shown once, kept as their SHA-256, single use, and each
reserving the computer number it will give (the lowest never given in the office)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, select

from central_server.admin import AdminError
from central_server.admin.office_codes import shown
from central_server.admin.offices import known_office
from central_server.core.security import code_digest, new_enrol_code
from central_server.store.engine import Store
from central_server.store.models import EnrolCode, Office
from central_server.sync.computer_numbers import lowest_free_number


@dataclass(frozen=True)
class NewCode:
    code: str  # shown this once, never again
    office: str  # "01-511"
    device: str  # the computer number it reserves
    expires_at: datetime


def make_enrol_code(store: Store, office: str, hours: int, now: datetime) -> NewCode:
    if not 1 <= hours <= 24 * 30:
        raise AdminError("a code is valid between 1 hour and 30 days")
    with store.write() as conn:
        code = known_office(conn, office)
        # The office's row is locked: two codes made at once reserve two numbers.
        conn.execute(select(Office.code).where(Office.code == code).with_for_update()).one()
        number = lowest_free_number(conn, code, now)
        if number is None:
            raise AdminError(f"office {shown(code)} has no computer number left (01 to 99)")
        text = new_enrol_code()
        expires = now + timedelta(hours=hours)
        conn.execute(
            insert(EnrolCode).values(
                code_sha256=code_digest(text), office=code, device=number, created_at=now,
                expires_at=expires, used_at=None, used_by=None,
            )
        )  # fmt: skip
    return NewCode(text, shown(code), number, expires)
