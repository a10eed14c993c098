"""``POST /api/v1/enrol``: a desk becomes a device of an office (docs/sync.md, *Enrolment*).

The code is looked up by its digest and the office's row is locked, so two desks
enrolling at once in one office take their numbers one after the other. A refusal
raises before anything is written: it changes nothing.

Two cases beyond the page: a desk whose answer was lost sends the same code again
(same device id and key, within the code's validity) and gets a new token for the
same enrolment; a desk already enrolled (its token lost) enrols again with a new code
and keeps its computer number, unless it was revoked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select, update

from central_server.core.security import code_digest, digest, new_token
from central_server.runtime import Runtime
from central_server.store.feed import Published, encode_payload, publish
from central_server.store.models import Device, EnrolCode, Office, table
from central_server.sync.computer_numbers import NUMBERS, taken_numbers
from central_server.sync.high_water import high_water
from central_server.sync.payloads import device_full, office_info
from registry.device_keys import PUBLIC_KEY_SIZE, certify_device
from registry.wire import EnrolAnswer, EnrolRefusal, EnrolRequest, StandaloneStore

DEVICE = "device"


class EnrolRefused(Exception):
    """The answer is a 403 whose message starts with the refusal's value."""

    def __init__(self, refusal: EnrolRefusal, detail: str) -> None:
        super().__init__(f"{refusal.value}: {detail}")
        self.refusal = refusal


class BadEnrolRequest(ValueError):
    """A request that is not what an enrolment sends (a 422)."""


@dataclass(frozen=True)
class _Code:
    digest: str
    office: str
    device: str
    used_by: str | None
    usable: bool  # neither used nor expired
    expired: bool


@dataclass(frozen=True)
class _KnownDevice:
    office: str
    number: str
    public_key: bytes
    revoked: bool


def enrol(runtime: Runtime, request: EnrolRequest) -> EnrolAnswer:
    _check_request(request)
    with runtime.store.write() as conn:
        return _enrol(conn, runtime, request)


def _check_request(request: EnrolRequest) -> None:
    try:
        canonical = str(uuid.UUID(request.device_id))
    except ValueError:
        canonical = ""
    if canonical != request.device_id:
        raise BadEnrolRequest("device_id: a UUID in its canonical form expected")
    if len(request.public_key) != PUBLIC_KEY_SIZE:
        raise BadEnrolRequest(f"public_key: {PUBLIC_KEY_SIZE} bytes expected")


def _enrol(conn: Connection, runtime: Runtime, request: EnrolRequest) -> EnrolAnswer:
    now = runtime.now()
    code = _code(conn, request.code, now)
    office = conn.execute(
        select(table(Office)).where(Office.code == code.office).with_for_update()
    ).one()
    known = _known_device(conn, request.device_id)
    if not code.usable:
        retry = (
            not code.expired
            and code.used_by == request.device_id
            and known is not None
            and known.public_key == request.public_key
            and not known.revoked
        )
        if not retry:
            if code.expired:
                raise EnrolRefused(
                    EnrolRefusal.EXPIRED_CODE, "this code has expired: ask for a new one"
                )
            raise EnrolRefused(
                EnrolRefusal.USED_CODE, "this code was used already: ask for a new one"
            )
    standalone = request.standalone
    if standalone is not None and standalone.region + standalone.office != code.office:
        raise EnrolRefused(
            EnrolRefusal.OTHER_OFFICE,
            f"this store belongs to office {standalone.region}-{standalone.office}, "
            f"the code to office {office.region}-{office.office}",
        )
    if known is not None:
        number = _number_of_known_device(known, standalone, code)
    else:
        number = _number_of_new_device(conn, standalone, code, now)

    token = new_token()
    today = runtime.today()
    device_code = f"{office.region}-{office.office}-{number}"
    certificate = certify_device(
        runtime.root_key, request.device_id, device_code, request.public_key,
        today, _years_after(today, runtime.settings.certificate_years),
    )  # fmt: skip
    certificate_bytes = certificate.to_bytes()
    values = {
        "public_key": request.public_key,
        "certificate": certificate_bytes,
        "token_sha256": digest(token),
    }
    if known is None:
        conn.execute(
            insert(Device).values(
                device_id=request.device_id, office=code.office, device=number,
                enrolled_at=now, revoked_at=None, last_seq=0, version=1, **values,
            )
        )  # fmt: skip
        version = 1
    else:
        version = conn.execute(
            update(Device)
            .where(Device.device_id == request.device_id)
            .values(version=Device.version + 1, **values)
            .returning(Device.version)
        ).scalar_one()
    conn.execute(
        update(EnrolCode)
        .where(EnrolCode.code_sha256 == code.digest)
        .values(used_at=now, used_by=request.device_id, device=number)
    )
    marks = high_water(conn, f"{office.region}{office.office}{number}")
    publish(
        conn,
        [
            Published(
                DEVICE,
                request.device_id,
                version,
                encode_payload(device_full(certificate, certificate_bytes, None)),
                is_new=known is None,
            )
        ],
    )
    return EnrolAnswer(
        token=token,
        device_id=request.device_id,
        device=number,
        office=office_info(
            office.code, office.region, office.office, office.name_fr, office.name_ar
        ),
        high_water=marks,
        certificate=certificate_bytes,
        root_public_key=runtime.root_public_key,
    )


def _known_device(conn: Connection, device_id: str) -> _KnownDevice | None:
    row = conn.execute(
        select(Device.office, Device.device, Device.public_key, Device.revoked_at).where(
            Device.device_id == device_id
        )
    ).one_or_none()
    if row is None:
        return None
    return _KnownDevice(row.office, row.device, row.public_key, row.revoked_at is not None)


def _code(conn: Connection, text: str, now: datetime) -> _Code:
    found = conn.execute(
        select(
            EnrolCode.code_sha256,
            EnrolCode.office,
            EnrolCode.device,
            EnrolCode.used_at,
            EnrolCode.used_by,
            EnrolCode.expires_at,
        )
        .where(EnrolCode.code_sha256 == code_digest(text))
        .with_for_update()
    ).one_or_none()
    if found is None:
        raise EnrolRefused(
            EnrolRefusal.UNKNOWN_CODE, "no such enrolment code: check what was typed"
        )
    key, office, device, used_at, used_by, expires_at = found
    expired = expires_at <= now
    return _Code(key, office, device, used_by, used_at is None and not expired, expired)


def _number_of_known_device(
    known: _KnownDevice, standalone: StandaloneStore | None, code: _Code
) -> str:
    number = known.number
    if known.office != code.office:
        raise EnrolRefused(
            EnrolRefusal.OTHER_OFFICE, "this computer is enrolled in another office already"
        )
    if known.revoked:
        raise EnrolRefused(
            EnrolRefusal.NUMBER_TAKEN,
            f"this computer ({number}) was revoked: it may not enrol again",
        )
    if standalone is not None and standalone.device != number:
        raise EnrolRefused(EnrolRefusal.NUMBER_TAKEN, f"this computer is enrolled as {number}")
    return number


def _number_of_new_device(
    conn: Connection, standalone: StandaloneStore | None, code: _Code, now: datetime
) -> str:
    if standalone is None or standalone.device == code.device:
        return code.device
    wanted = standalone.device
    if wanted not in NUMBERS or wanted in taken_numbers(
        conn, code.office, now, except_code=code.digest
    ):
        raise EnrolRefused(
            EnrolRefusal.NUMBER_TAKEN,
            f"computer number {wanted} is another device's in this office",
        )
    return wanted


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
