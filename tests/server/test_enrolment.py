"""Enrolment (docs/sync.md, *Enrolment*): one-time codes, computer numbers, standalone
stores, the certificate, refusals that change nothing."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from central_server.admin.devices import revoke_device
from central_server.core.clock import system_clock
from central_server.store.models import Device, EnrolCode
from registry import wire
from registry.device_keys import certificate_from_bytes, raw_public_key
from tests.server.support import HEADERS, FakeDesk, RunningServer, hours_ago


def refusal(response: httpx.Response) -> str:
    assert response.status_code == 403, response.text
    answer = wire.decode(response.content, wire.ErrorAnswer)
    assert answer.error is wire.ErrorKind.ENROLMENT
    return answer.message.split(":")[0]


def test_a_good_code_enrols_the_desk_with_a_certificate_signed_by_the_root(
    server: RunningServer,
) -> None:
    office = server.office("03")
    desk = FakeDesk(server, office)
    answer = desk.enrol()
    assert (answer.device, answer.office.code, answer.office.region) == (
        "01",
        office.replace("-", ""),
        "03",
    )
    assert answer.root_public_key == server.root_public_key()
    certificate = certificate_from_bytes(answer.certificate)
    assert certificate.signed_by(answer.root_public_key)
    assert (certificate.device_id, certificate.device_code) == (desk.device_id, f"{office}-01")
    assert certificate.public_key == raw_public_key(desk.key)
    assert (certificate.valid_until.year - certificate.valid_from.year) == 5
    assert answer.high_water == wire.HighWater()
    with server.store.read() as conn:
        kept = conn.execute(select(Device.token_sha256).where(Device.device_id == desk.device_id))
        assert kept.scalar_one() != answer.token  # only its digest
    assert desk.pull_page().changes  # the token works


def test_each_code_reserves_the_lowest_number_never_given(server: RunningServer) -> None:
    office = server.office()
    first, second = FakeDesk(server, office), FakeDesk(server, office)
    code_one, code_two = server.code(office), server.code(office)
    assert second.enrol(code_two).device == "02"
    assert first.enrol(code_one).device == "01"
    revoke_device(server.store, first.device_id, system_clock())
    assert FakeDesk(server, office).enrol().device == "03"  # 01 is never given again


def test_a_used_code_is_refused_and_changes_nothing(server: RunningServer) -> None:
    office = server.office()
    code = server.code(office)
    FakeDesk(server, office).enrol(code)
    other = FakeDesk(server, office)
    assert refusal(other.enrol_request(code)) == "used_code"
    with server.store.read() as conn:
        assert not conn.execute(select(Device).where(Device.device_id == other.device_id)).first()


def test_a_lost_answer_is_asked_again_with_the_same_code(server: RunningServer) -> None:
    office = server.office()
    code = server.code(office)
    desk = FakeDesk(server, office)
    lost = desk.enrol(code)
    again = desk.enrol(code)
    assert again.device == lost.device and again.token != lost.token
    assert desk.pull_page().last_seq >= 0


def test_an_expired_code_is_refused(server: RunningServer) -> None:
    office = server.office()
    code = server.code(office, made_at=hours_ago(25))
    assert refusal(FakeDesk(server, office).enrol_request(code)) == "expired_code"
    # And a number an expired code reserved was never given: the next code takes it.
    assert FakeDesk(server, office).enrol().device == "01"


def test_an_unknown_code_is_refused(server: RunningServer) -> None:
    desk = FakeDesk(server, server.office())
    assert refusal(desk.enrol_request("0000-0000-0000")) == "unknown_code"


def standalone(region: str, office: str, device: str, numbers: int = 0) -> wire.StandaloneStore:
    return wire.StandaloneStore(
        region=region, office=office, device=device,
        high_water=wire.HighWater(numbers={2026: numbers}),
    )  # fmt: skip


def test_a_standalone_store_keeps_its_number_and_the_reservation_moves(
    server: RunningServer,
) -> None:
    office = server.office()
    region, number = office.split("-")
    code = server.code(office)
    desk = FakeDesk(server, office)
    response = desk.enrol_request(code, standalone(region, number, "07"))
    assert response.status_code == 200, response.text
    assert wire.decode(response.content, wire.EnrolAnswer).device == "07"
    with server.store.read() as conn:
        assert (
            conn.execute(
                select(EnrolCode.device).where(EnrolCode.used_by == desk.device_id)
            ).scalar_one()
            == "07"
        )
    assert FakeDesk(server, office).enrol().device == "01"  # the code's 01 was freed


def test_a_standalone_store_of_another_office_is_refused(server: RunningServer) -> None:
    office = server.office()
    code = server.code(office)
    desk = FakeDesk(server, office)
    assert refusal(desk.enrol_request(code, standalone("02", "999", "01"))) == "other_office"
    # Nothing changed: the code still enrols the desk.
    assert desk.enrol(code).device == "01"


def test_a_standalone_store_whose_number_is_taken_is_refused(server: RunningServer) -> None:
    office = server.office()
    region, number = office.split("-")
    FakeDesk(server, office).enrol()  # holds 01
    reserved = server.code(office)  # reserves 02
    code = server.code(office)  # reserves 03
    desk = FakeDesk(server, office)
    for taken in ("01", "02"):
        assert (
            refusal(desk.enrol_request(code, standalone(region, number, taken))) == "number_taken"
        )
    assert desk.enrol_request(code, standalone(region, number, "03")).status_code == 200
    assert FakeDesk(server, office).enrol(reserved).device == "02"


def test_high_water_marks_come_from_what_the_number_pushed(server: RunningServer) -> None:
    first = FakeDesk(server, server.office())
    first.enrol()
    first.numbers = 41
    answers = first.push([first.create(), first.create()])
    assert [a.outcome for a in answers] == [wire.Outcome.APPLIED] * 2
    serial = first.next_serial()
    first.push([first.cancel(serial)])
    # The same desk enrolling again (its token lost) is told what its number pushed.
    again = first.enrol()
    year = max(again.high_water.numbers)
    assert again.device == "01"
    assert again.high_water.numbers[year] == 43 and again.high_water.documents[year] == 1


def test_a_revoked_device_is_refused_with_403_revoked(
    desk: FakeDesk, server: RunningServer
) -> None:
    revoke_device(server.store, desk.device_id, system_clock())
    for response in (
        httpx.get(f"{server.url}/api/v1/pull", headers=desk.headers),
        desk.push_response([desk.create()]),
    ):
        assert response.status_code == 403
        assert wire.decode(response.content, wire.ErrorAnswer).error is wire.ErrorKind.REVOKED
    # Nor may it enrol again, with any code: its number is never given again.
    assert refusal(desk.enrol_request(server.code(desk.office))) == "number_taken"


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_no_token_or_an_unknown_one_is_401(server: RunningServer, token: str | None) -> None:
    headers = dict(HEADERS)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    response = httpx.get(f"{server.url}/api/v1/pull", headers=headers)
    assert response.status_code == 401
    assert wire.decode(response.content, wire.ErrorAnswer).error is wire.ErrorKind.UNAUTHENTICATED


def test_a_malformed_enrolment_is_422_with_the_field(server: RunningServer) -> None:
    response = httpx.post(f"{server.url}/api/v1/enrol", content=b'{"code": 5}', headers=HEADERS)
    assert response.status_code == 422
    answer = wire.decode(response.content, wire.ErrorAnswer)
    assert answer.error is wire.ErrorKind.MALFORMED and "$.code" in answer.message
