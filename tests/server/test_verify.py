"""Public verification (docs/sync.md, *Public verification*): no login, rate-limited per
address; the signature, the certificate chain to the root, revocation and cancellation
are checked nationally."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from central_server.admin.devices import revoke_device
from central_server.core.clock import system_clock
from registry import wire
from registry.signed_payload import Reason
from tests.server.support import VERIFY_PER_MINUTE, FakeDesk

_addresses = itertools.count(1)


def verify(desk: FakeDesk, payload: str, address: str | None = None) -> httpx.Response:
    """From an address of its own (the server trusts loopback's X-Forwarded-For, as it
    would a reverse proxy's), so each test has its own rate limit."""
    forwarded = address or f"198.51.100.{next(_addresses) % 250}"
    return httpx.get(
        f"{desk.server.url}/api/v1/verify",
        params={"payload": payload},
        headers={"X-Forwarded-For": forwarded},
    )


def answer(desk: FakeDesk, payload: str) -> wire.VerifyAnswer:
    response = verify(desk, payload)
    assert response.status_code == 200, response.text
    return wire.decode(response.content, wire.VerifyAnswer)


def issued_document(desk: FakeDesk, **signing: Any) -> tuple[str, str, str]:
    """A registered record with a printed certificate: (serial, number, payload)."""
    created = desk.create(status="registered")
    number = created.data["registration_number"]
    serial = desk.next_serial()
    payload = desk.signed_payload(serial, number, **signing)
    answers = desk.push([created, desk.issue(serial, created.entity_id, number, payload)])
    assert [a.outcome for a in answers] == [wire.Outcome.APPLIED] * 2
    return serial, number, payload


def test_a_document_issued_and_pushed_is_valid(desk: FakeDesk) -> None:
    serial, number, payload = issued_document(desk)
    result = answer(desk, payload)
    assert (result.valid, result.reason) == (True, None)
    assert result.fields["serial"] == serial and result.fields["registration_number"] == number
    assert result.device_code == f"{desk.office}-{desk.device}"
    assert result.status == "registered"
    assert "cin" not in result.fields  # only what the QR code carries (its digest)


def test_a_key_without_its_certificate_is_trusted_through_the_enrolment(desk: FakeDesk) -> None:
    _, _, payload = issued_document(desk, with_certificate=False)
    assert answer(desk, payload).valid


def test_a_tampered_payload_is_invalid(desk: FakeDesk) -> None:
    _, _, payload = issued_document(desk)
    flipped = payload[:40] + ("A" if payload[40] != "A" else "B") + payload[41:]
    result = answer(desk, flipped)
    assert not result.valid
    assert result.reason == Reason.BAD_SIGNATURE.value
    assert answer(desk, "HELLO").reason == Reason.MALFORMED.value


def test_a_cancelled_serial_is_invalid_nationally(desk: FakeDesk) -> None:
    serial, _, payload = issued_document(desk)
    desk.push([desk.cancel(serial)])
    result = answer(desk, payload)
    assert (result.valid, result.reason) == (False, Reason.CANCELLED.value)


def test_a_serial_no_office_reported_is_invalid(desk: FakeDesk) -> None:
    payload = desk.signed_payload(desk.next_serial(), desk.next_number())
    assert answer(desk, payload).reason == Reason.UNKNOWN_SERIAL.value


def test_a_revoked_devices_documents_are_invalid(desk: FakeDesk) -> None:
    _, _, payload = issued_document(desk)
    revoke_device(desk.server.store, desk.device_id, system_clock())
    assert answer(desk, payload).reason == Reason.REVOKED.value


def test_a_certificate_from_another_root_is_refused(desk: FakeDesk) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from registry.device_keys import certify_device, raw_public_key

    stranger = FakeDesk(desk.server, desk.office)
    forged = certify_device(
        Ed25519PrivateKey.generate(), stranger.device_id, "01-999-01",
        raw_public_key(stranger.key), system_clock().date(), system_clock().date(),
    )  # fmt: skip
    stranger.certificate, stranger.device = forged.to_bytes(), "01"
    payload = stranger.signed_payload("A-01-999-01-26-000001-00", "01-999-01-26-000001-00")
    assert answer(desk, payload).reason == Reason.BAD_CERTIFICATE.value


def test_verification_is_rate_limited_per_address(desk: FakeDesk) -> None:
    _, _, payload = issued_document(desk)
    address = "203.0.113.7"
    for _ in range(VERIFY_PER_MINUTE):
        assert verify(desk, payload, address).status_code == 200
    refused = verify(desk, payload, address)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert wire.decode(refused.content, wire.ErrorAnswer).error is wire.ErrorKind.RATE_LIMITED
    assert verify(desk, payload, "203.0.113.8").status_code == 200  # another address


def test_no_payload_is_422(desk: FakeDesk) -> None:
    response = httpx.get(f"{desk.server.url}/api/v1/verify")
    assert response.status_code == 422
    assert wire.decode(response.content, wire.ErrorAnswer).error is wire.ErrorKind.MALFORMED
