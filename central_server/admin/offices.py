"""Offices: added by the national administrator, sent to every desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select

from central_server.admin import AdminError
from central_server.admin.office_codes import parse_office_code, shown
from central_server.store.engine import Store
from central_server.store.feed import Published, encode_payload, publish
from central_server.store.models import Office
from central_server.sync.payloads import office_full, office_info
from registry.reference import Geography
from registry.text import clean_text

OFFICE = "office"
NAME_MAX = 120


@dataclass(frozen=True)
class OfficeRow:
    code: str  # "01-511"
    region: str
    office: str
    name_fr: str
    name_ar: str


def add_office(
    store: Store, geography: Geography, text: str, name_fr: str, name_ar: str, now: datetime
) -> OfficeRow:
    region, number = parse_office_code(text)
    if region not in geography.regions:
        raise AdminError(f"there is no region {region} (regions are 01 to 12)")
    names = clean_text(name_fr), clean_text(name_ar)
    if not all(names) or any(len(name) > NAME_MAX for name in names):
        raise AdminError(f"an office needs a French and an Arabic name of 1 to {NAME_MAX} letters")
    code = region + number
    with store.write() as conn:
        if office_exists(conn, code):
            raise AdminError(f"office {shown(code)} exists already")
        conn.execute(
            insert(Office).values(
                code=code, region=region, office=number, name_fr=names[0], name_ar=names[1],
                version=1, created_at=now,
            )
        )  # fmt: skip
        info = office_info(code, region, number, *names)
        publish(conn, [Published(OFFICE, code, 1, encode_payload(office_full(info)), is_new=True)])
    return OfficeRow(shown(code), region, number, *names)


def office_exists(conn: Connection, code: str) -> bool:
    return conn.execute(select(Office.code).where(Office.code == code)).first() is not None


def list_offices(store: Store) -> list[OfficeRow]:
    with store.read() as conn:
        rows = conn.execute(
            select(
                Office.code, Office.region, Office.office, Office.name_fr, Office.name_ar
            ).order_by(Office.code)
        ).all()
    return [OfficeRow(shown(code), *rest) for code, *rest in rows]


def known_office(conn: Connection, text: str) -> str:
    """The stored code of an existing office typed as ``01-511``."""
    region, number = parse_office_code(text)
    if not office_exists(conn, region + number):
        raise AdminError(f"there is no office {region}-{number} (hirfa-server office list)")
    return region + number
