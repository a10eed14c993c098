"""Enrolling a desk with the central server (docs/sync.md, *Enrolment*).

Two cases. An empty data directory becomes a store made from the server's answer: the
office's identity and this computer's number come from the server, and there is no
local administrator (the office's users arrive with the first pull). A store that
worked alone is sent as ``standalone`` (its region, office, computer number and
high-water marks): if the server refuses, nothing changes on either side.

Either way, once the server accepts: the token is kept (keyring or file), the
sequences are raised to the high-water marks, the device certificate goes on this
device's trust-list row (its QR codes then carry it), the root key is trusted and the
server's address recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session
from uuid_utils import uuid7

from desktop_app.services.desk import Clock, Desk, NewDesk, create_store, system_clock
from desktop_app.services.errors import StoreProblem
from desktop_app.storage import audit, sequences
from desktop_app.storage.device_key_file import KeyFileProblem, load_or_create_private_key
from desktop_app.storage.models import DocumentSequence, NumberSequence, TrustedKey
from desktop_app.storage.pulled import store_office
from desktop_app.storage.sync_state import record_enrolment, standing
from desktop_app.storage.trusted_keys import KeyKind, KeySource, add_key, key_id
from desktop_app.sync.client import Client
from desktop_app.sync.tokens import DeviceTokens, TokenStore
from registry import wire
from registry.device_keys import DeviceCertificate, certificate_from_bytes, certified_by_any
from registry.device_keys import raw_public_key as public_bytes

ACTOR = "enrolment"
TokensFor = Callable[[Path, str], TokenStore]  # (data dir, device id) -> where its token goes


class EnrolmentFailed(StoreProblem):
    """The server's answer cannot be used as it is (message for the operator)."""


def _certificate(answer: wire.EnrolAnswer, device_id: str, public_key: bytes) -> DeviceCertificate:
    """The device certificate of the answer, checked: this device's key, the root's
    signature."""
    try:
        certificate = certificate_from_bytes(answer.certificate)
    except ValueError as exc:
        raise EnrolmentFailed(f"the server's device certificate is unreadable: {exc}") from exc
    if certificate.device_id != device_id or certificate.public_key != public_key:
        raise EnrolmentFailed("the server's certificate is for another device")
    if not certified_by_any(certificate, [answer.root_public_key]):
        raise EnrolmentFailed("the server's certificate is not signed by its root key")
    return certificate


def _enrolled(
    session: Session,
    server_url: str,
    answer: wire.EnrolAnswer,
    device_id: str,
    public_key: bytes,
    now: datetime,
) -> None:
    """Everything an accepted enrolment changes in the store, in one transaction."""
    for counter, marks in (
        (NumberSequence, answer.high_water.numbers),
        (DocumentSequence, answer.high_water.documents),
    ):
        for year, last in marks.items():
            sequences.raise_to(session, answer.device, int(year), last, counter)
    row = session.get_one(TrustedKey, key_id(public_key))
    row.certificate = answer.certificate
    add_key(session, kind=KeyKind.ROOT, public_key=answer.root_public_key,
            source=KeySource.SERVER, actor=ACTOR, now=now)  # fmt: skip
    store_office(session, answer.office)
    record_enrolment(session, server_url, now)
    after = {"server": server_url, "device": answer.device, "office": answer.office.code}
    audit.append(session, [audit.AuditEvent.of(ACTOR, "enrol", "device", device_id, {}, after,
                                               now)])  # fmt: skip


def _ask(
    server_url: str, request: wire.EnrolRequest, transport: httpx.BaseTransport | None
) -> wire.EnrolAnswer:
    with Client(server_url, transport=transport) as client:
        return client.enrol(request)


def enrol_new_desk(
    data_dir: Path,
    server_url: str,
    code: str,
    *,
    tokens_for: TokensFor = DeviceTokens,
    transport: httpx.BaseTransport | None = None,
    clock: Clock = system_clock,
) -> Desk:
    """Create this desk's store from the server's answer to ``code`` (an empty data
    directory: no store yet). Raises the client's failures when refused."""
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        public_key = public_bytes(load_or_create_private_key(data_dir))
    except KeyFileProblem as exc:
        raise StoreProblem(str(exc)) from exc
    device_id = str(uuid7())
    answer = _ask(server_url, wire.EnrolRequest(code.strip(), device_id, public_key), transport)
    _certificate(answer, device_id, public_key)
    tokens_for(data_dir, device_id).save(answer.token)
    office = answer.office
    new = NewDesk(office.region, office.office, answer.device, office.name_fr, device_id)

    def enrolled(session: Session, new: NewDesk, public_key: bytes, now: datetime) -> None:
        _enrolled(session, server_url, answer, new.device_id, public_key, now)

    return create_store(data_dir, new, ACTOR, enrolled, clock)


def high_water(desk: Desk) -> wire.HighWater:
    """The last number and serial sequences this computer used, each year."""
    device = desk.identity.device
    with desk.store.read() as session:
        numbers, documents = (
            dict(
                session.execute(select(table.year, table.last).where(table.device == device)).all()
            )
            for table in (NumberSequence, DocumentSequence)
        )
    return wire.HighWater(numbers=numbers, documents=documents)


def enrol_standalone(
    desk: Desk,
    server_url: str,
    code: str,
    *,
    tokens_for: TokensFor = DeviceTokens,
    transport: httpx.BaseTransport | None = None,
) -> None:
    """Enrol a store that worked alone under its own identity; a refusal (raised as
    the client's failure) changes nothing."""
    me = desk.identity
    with desk.store.read() as session:
        known = standing(session)
    if known.enrolled:
        raise StoreProblem(f"this desk is enrolled already, with {known.server_url}")
    key = desk.device_key
    standalone = wire.StandaloneStore(me.region, me.office, me.device, high_water(desk))
    request = wire.EnrolRequest(code.strip(), me.device_id, key.public_key, standalone)
    answer = _ask(server_url, request, transport)
    if (answer.office.code, answer.device) != (me.office_code, me.device):
        raise EnrolmentFailed(
            f"the server gave computer {answer.office.code}-{answer.device}, not this "
            f"store's {me.device_code}"
        )
    certificate = _certificate(answer, me.device_id, key.public_key)
    tokens_for(desk.data_dir, me.device_id).save(answer.token)
    with desk.store.write() as session:
        _enrolled(session, server_url, answer, me.device_id, key.public_key, desk.now())
    desk.device_key = replace(key, certificate=certificate)
    desk.reload()
