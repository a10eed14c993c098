"""Push (docs/sync.md, *Push*): one transaction in device order, one answer per op,
idempotent retries, and a desk never trusted."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import msgspec
import pytest

from registry import wire
from registry.artisan import Status
from registry.issues import Code
from registry.numbering import RegistrationNumber
from tests.factories import make_photo
from tests.server.support import FakeDesk, RunningServer, changes_of


def outcomes(answers: list[wire.OpAnswer]) -> list[wire.Outcome]:
    return [a.outcome for a in answers]


def error(response: httpx.Response, status: int) -> wire.ErrorAnswer:
    assert response.status_code == status, response.text
    return wire.decode(response.content, wire.ErrorAnswer)


def test_creates_are_applied_with_their_version_and_feed_sequence(desk: FakeDesk) -> None:
    ops = [desk.create(), desk.create(photo=make_photo())]
    answers = desk.push(ops)
    assert outcomes(answers) == [wire.Outcome.APPLIED] * 2
    assert [a.version for a in answers] == [1, 1]
    assert [a.op_id for a in answers] == [op.op_id for op in ops]
    first, second = (a.server_seq or 0 for a in answers)
    assert 0 < first < second
    pulled = desk.pull_all()
    record = changes_of(pulled, ops[1].entity_id)[0]
    assert (record.seq, record.scope, record.version) == (second, wire.Scope.FULL, 1)
    assert record.data["owner_office"] == desk.office.replace("-", "")
    assert msgspec.convert(record.data["photo"], bytes) == make_photo()


def test_a_replayed_batch_gets_the_first_answers_as_duplicates(desk: FakeDesk) -> None:
    ops = [desk.create(), desk.create(raw={"cin": "bad"})]
    first = desk.push(ops)
    assert outcomes(first) == [wire.Outcome.APPLIED, wire.Outcome.REJECTED]
    again = desk.push(ops)
    assert outcomes(again) == [wire.Outcome.DUPLICATE] * 2
    assert [a.first_outcome for a in again] == outcomes(first)
    assert [(a.version, a.server_seq, a.issues) for a in again] == [
        (a.version, a.server_seq, a.issues) for a in first
    ]
    # A batch that starts with answered ops and goes on with new ones.
    fresh = desk.create()
    mixed = desk.push([*ops, fresh])
    assert outcomes(mixed) == [wire.Outcome.DUPLICATE, wire.Outcome.DUPLICATE, wire.Outcome.APPLIED]


def test_a_batch_that_skips_a_number_is_409_and_nothing_is_applied(desk: FakeDesk) -> None:
    first, skipped, third = desk.create(), desk.create(), desk.create()
    answer = error(desk.push_response([first, third]), 409)
    assert (answer.error, answer.expected_seq) == (wire.ErrorKind.OUT_OF_ORDER, 1)
    assert not changes_of(desk.pull_all(), first.entity_id)
    assert outcomes(desk.push([first, skipped, third])) == [wire.Outcome.APPLIED] * 3
    later = desk.create()
    desk.seq += 1
    beyond = desk.create()
    answer = error(desk.push_response([beyond]), 409)
    assert answer.expected_seq == later.seq


def test_a_batch_over_the_limits_is_413(desk: FakeDesk) -> None:
    template = desk.create()
    too_many = [
        msgspec.structs.replace(template, seq=i + 1, op_id=f"op-{i}")
        for i in range(wire.MAX_PUSH_OPS + 1)
    ]
    answer = error(desk.push_response(too_many), 413)
    assert answer.error is wire.ErrorKind.TOO_LARGE
    huge = b'{"ops": [' + b" " * (wire.MAX_PUSH_BYTES + 1) + b"]}"
    response = httpx.post(f"{desk.server.url}/api/v1/push", content=huge, headers=desk.headers)
    assert error(response, 413).error is wire.ErrorKind.TOO_LARGE


def test_a_body_that_does_not_decode_is_422_with_the_path(desk: FakeDesk) -> None:
    response = httpx.post(
        f"{desk.server.url}/api/v1/push",
        content=b'{"ops": [{"op_id": 1}]}',
        headers=desk.headers,
    )
    answer = error(response, 422)
    assert answer.error is wire.ErrorKind.MALFORMED and "$.ops[0].op_id" in answer.message
    response = httpx.post(f"{desk.server.url}/api/v1/push", content=b"\xff{", headers=desk.headers)
    assert error(response, 422).error is wire.ErrorKind.MALFORMED


@pytest.mark.parametrize("version", ["2", "0", ""])
def test_another_protocol_version_is_426(desk: FakeDesk, version: str) -> None:
    response = desk.push_response([desk.create()], **{wire.PROTOCOL_HEADER: version})
    answer = error(response, 426)
    assert (answer.error, answer.server_protocol) == (wire.ErrorKind.PROTOCOL, 1)
    response = httpx.get(f"{desk.server.url}/health", headers={wire.PROTOCOL_HEADER: "2"})
    assert response.status_code == 426


def issue_codes(answer: wire.OpAnswer) -> set[tuple[str, str]]:
    return {(i.code, i.field) for i in answer.issues}


def test_the_server_checks_every_create_again_with_the_registry_rules(desk: FakeDesk) -> None:
    bad_fields = desk.create(raw={"birth_date": "2099-01-01", "province": "999"})
    another_office = RegistrationNumber("02", "201", desk.device, date.today().year, 1)
    ops = [
        bad_fields,
        desk.create(number="01-511-01-26-000001-00"),  # mistyped check digits
        desk.create(number=str(another_office)),
        desk.create(status="no-such-status"),
    ]
    missing = desk.create()
    del missing.data["history"]
    answers = desk.push([*ops, missing, good := desk.create()])
    assert outcomes(answers) == [wire.Outcome.REJECTED] * 5 + [wire.Outcome.APPLIED]
    assert issue_codes(answers[0]) >= {
        (Code.DATE_IN_FUTURE.value, "birth_date"),
        (Code.PROVINCE_UNKNOWN.value, "province"),
    }
    assert issue_codes(answers[1]) == {
        (Code.REGISTRATION_NUMBER_INVALID.value, "registration_number")
    }
    assert issue_codes(answers[2]) == {(Code.NOT_ALLOWED.value, "registration_number")}
    assert issue_codes(answers[3]) == {(Code.INVALID_CHOICE.value, "status")}
    assert issue_codes(answers[4]) == {(Code.REQUIRED.value, "history")}
    pulled = {c.entity_id for c in desk.pull_all()}
    assert good.entity_id in pulled and not pulled & {op.entity_id for op in ops}


def test_a_number_in_use_and_an_unknown_kind_are_rejected_per_op(desk: FakeDesk) -> None:
    first = desk.create()
    same_number = desk.create(number=first.data["registration_number"])
    odd = desk.op(wire.Entity.ARTISAN, first.entity_id, "explode", {})
    answers = desk.push([first, same_number, odd])
    assert outcomes(answers) == [wire.Outcome.APPLIED, wire.Outcome.REJECTED, wire.Outcome.REJECTED]
    assert issue_codes(answers[1]) == {
        (Code.REGISTRATION_NUMBER_IN_USE.value, "registration_number")
    }
    assert issue_codes(answers[2]) == {(Code.INVALID_CHOICE.value, "kind")}


def test_an_op_on_another_offices_record_is_rejected_alone(server: RunningServer) -> None:
    owner = FakeDesk(server, server.office("01"))
    owner.enrol()
    other = FakeDesk(server, server.office("01"))
    other.enrol()
    created = owner.create()
    version = owner.push([created])[0].version or 0
    answers = other.push(
        [
            other.update(created.entity_id, version, {"birth_place": "Fès"}),
            other.status(created.entity_id, version, "approve", "pending_review", "registered"),
            other.cancel(owner.next_serial()),
            mine := other.create(),
        ]
    )
    assert outcomes(answers) == [wire.Outcome.REJECTED] * 3 + [wire.Outcome.APPLIED]
    for answer in answers[:3]:
        assert issue_codes(answer) == {(Code.NOT_ALLOWED.value, "owner_office")}
    pulled = other.pull_all()
    record = changes_of(pulled, created.entity_id)[0]
    assert record.version == 1 and record.data["fields"]["birth_place"] == "Tanger"
    assert changes_of(pulled, mine.entity_id)


def test_updates_and_status_changes_apply_in_order_within_a_batch(desk: FakeDesk) -> None:
    created = desk.create()
    answers = desk.push(
        [
            created,
            desk.update(created.entity_id, 0, {"birth_place": "Asilah"}, {"birth_place": "Tanger"}),
            desk.status(created.entity_id, 0, "approve", "pending_review", "registered"),
        ]
    )
    assert outcomes(answers) == [wire.Outcome.APPLIED] * 3
    assert [a.version for a in answers] == [1, 2, 3]
    assert len({a.server_seq for a in answers}) == 1  # the entity's place in the feed
    record = changes_of(desk.pull_all(), created.entity_id)[0]
    assert record.version == 3 and record.data["status"] == Status.REGISTERED.value
    assert record.data["fields"]["birth_place"] == "Asilah"
    assert [h["to_status"] for h in record.data["history"]] == ["pending_review", "registered"]


def test_an_update_is_checked_again_whole(desk: FakeDesk) -> None:
    created = desk.create()
    desk.push([created])
    answers = desk.push(
        [
            desk.update(created.entity_id, 1, {"category": "artisan_diploma"}),
            desk.update(created.entity_id, 1, {"status": "registered"}),
            desk.update(created.entity_id, 1, {"photo": "not base64!"}),
        ]
    )
    assert outcomes(answers) == [wire.Outcome.REJECTED] * 3
    assert (Code.DIPLOMA_REQUIRED.value, "diploma") in issue_codes(answers[0])
    assert issue_codes(answers[1]) == {(Code.NOT_ALLOWED.value, "status")}
    assert issue_codes(answers[2]) == {(Code.PHOTO_FORMAT.value, "photo")}


def test_a_status_change_the_workflow_forbids_is_rejected(desk: FakeDesk) -> None:
    created = desk.create()
    answers = desk.push(
        [
            created,
            desk.status(created.entity_id, 1, "approve", "pending_review", "struck_off"),
            desk.status(created.entity_id, 1, "return", "pending_review", "returned"),
        ]
    )
    assert outcomes(answers) == [wire.Outcome.APPLIED, wire.Outcome.REJECTED, wire.Outcome.REJECTED]
    assert issue_codes(answers[1]) == {(Code.STATUS_TRANSITION.value, "status")}
    assert issue_codes(answers[2]) == {(Code.REASON_REQUIRED.value, "reason")}


def test_documents_users_settings_and_keys_of_the_office(desk: FakeDesk) -> None:
    created = desk.create()
    serial = desk.next_serial()
    number = created.data["registration_number"]
    payload = desk.signed_payload(serial, number)
    user_id = "7a0f3f7e-4c8e-4bd0-9d4b-6c1d2f8f1e11"
    hashed = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
    ops = [
        created,
        desk.issue(serial, created.entity_id, number, payload),
        desk.op(
            wire.Entity.USER,
            user_id,
            "add",
            {
                "username": "amina",
                "full_name": "Amina B.",
                "role": "clerk",
                "password_hash": hashed,
                "active": True,
            },
        ),  # fmt: skip
        desk.op(wire.Entity.USER, user_id, "update", {"changes": {"role": "supervisor"}}, 1),
        desk.op(
            wire.Entity.USER,
            "another",
            "add",
            {"username": "amina", "full_name": "A", "role": "clerk", "password_hash": hashed},
        ),  # fmt: skip
        desk.op(
            wire.Entity.OFFICE_SETTINGS,
            desk.office,
            "set",
            {"values": {"lockout_attempts": "5"}, "logo": "UE5H"},
        ),  # fmt: skip
        desk.op(
            wire.Entity.TRUSTED_KEY,
            "ab" * 16,
            "trust",
            {"kind": "device", "public_key": "A" * 43 + "=", "device_id": None},
        ),  # fmt: skip
    ]
    answers = desk.push(ops)
    assert outcomes(answers) == [wire.Outcome.APPLIED] * 4 + [
        wire.Outcome.REJECTED, wire.Outcome.APPLIED, wire.Outcome.APPLIED,
    ]  # fmt: skip
    assert issue_codes(answers[4]) == {(Code.USERNAME_TAKEN.value, "username")}
    pulled = desk.pull_all()
    document = changes_of(pulled, serial)[0]
    assert (document.entity, document.data["payload"]) == ("document", payload)
    user = changes_of(pulled, user_id)[0]
    assert (user.data["role"], user.data["password_hash"], user.version) == (
        "supervisor",
        hashed,
        2,
    )
    settings = changes_of(pulled, desk.office.replace("-", ""))
    assert [
        (c.data["values"], c.data["logo"]) for c in settings if c.entity == "office_settings"
    ] == [({"lockout_attempts": "5"}, "UE5H")]


def test_nothing_a_desk_sends_makes_a_server_error(desk: FakeDesk) -> None:
    long = "x" * 300
    hostile = [
        desk.op(
            wire.Entity.USER,
            "u" * 60,
            "add",
            {
                "username": "zineb",
                "full_name": "Z",
                "role": "clerk",
                "password_hash": "$argon2id$v=19$x",
            },
        ),  # fmt: skip
        desk.op(
            wire.Entity.DOCUMENT,
            desk.next_serial(),
            "issue",
            {
                "kind": long,
                "artisan_id": long,
                "registration_number": long,
                "issued_on": "x",
                "issued_at": "x",
                "issued_by": long,
                "payload": long,
            },
        ),  # fmt: skip
        desk.op(
            wire.Entity.DOCUMENT,
            desk.next_serial(),
            "withdraw",
            {"reason": long * 2, "at": long, "by": long},
        ),  # fmt: skip
        desk.op(wire.Entity.OFFICE_SETTINGS, desk.office, "set", {"values": {long: "1"}}),
        desk.op(wire.Entity.TRUSTED_KEY, "k", "trust", {"kind": "device", "public_key": "AA=="}),
        desk.op(wire.Entity.ARTISAN, "not-a-uuid", "create", {"fields": [1, 2]}),
        desk.update("a3bb189e-8bf9-3888-9912-ace4e6543002", 0, {"cin": None}),
        desk.create(raw={"cin": 12, "members": [1], "unknown_field": "x"}),
    ]
    answers = desk.push(hostile)
    assert [a.outcome for a in answers] == [wire.Outcome.REJECTED] * len(hostile)
    assert all(a.issues for a in answers)
    # Identifiers no desk makes: the batch is malformed, and said so.
    shaped = desk.create()
    for field, value in (("op_id", long), ("actor", long), ("entity_id", long), ("seq", 2**63)):
        odd = msgspec.structs.replace(shaped, **{field: value})
        response = desk.push_response([odd])
        assert error(response, 422).message.startswith(f"$.ops[0].{field}")
    stranger = FakeDesk(desk.server, desk.office, device_id="{" + desk.device_id.upper() + "}")
    assert error(stranger.enrol_request(desk.server.code(desk.office)), 422).error is (
        wire.ErrorKind.MALFORMED
    )


def test_a_desk_clock_some_days_ahead_is_not_refused_for_it(desk: FakeDesk) -> None:
    ahead = (date.today() + timedelta(days=3)).isoformat()
    far = (date.today() + timedelta(days=30)).isoformat()
    answers = desk.push([desk.create(raw={"registered_on": ahead}),
                         desk.create(raw={"registered_on": far})])  # fmt: skip
    assert [a.outcome for a in answers] == [wire.Outcome.APPLIED, wire.Outcome.REJECTED]
    assert issue_codes(answers[1]) == {(Code.DATE_IN_FUTURE.value, "registered_on")}
