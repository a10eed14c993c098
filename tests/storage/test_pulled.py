"""The pulled write path: a page of the server's feed applied in one transaction with its
cursor, keeping the server's identities and versions, writing no outbox entry."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import func, select, update

from desktop_app.services.desk import Desk, builtin_nomenclature
from desktop_app.services.document_log import documents_of
from desktop_app.services.document_settings import office_logo, signatory
from desktop_app.services.duplicates import find_duplicates, find_national_duplicates
from desktop_app.services.lookup import find_record, record_with_history
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.search import SearchQuery, search
from desktop_app.services.trust import trusted_keys
from desktop_app.services.users import add_user, authenticate, list_users
from desktop_app.services.verification import verify_text
from desktop_app.storage import fulltext
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import Artisan, AuditEntry, OfficeSetting, OutboxEntry, User
from desktop_app.storage.outbox import unanswered_count
from desktop_app.storage.sync_state import settings_version, standing
from desktop_app.storage.trusted_keys import KeySource, revoked_devices, trust_list
from registry import wire
from registry.artisan import Status, draft_from_fields
from registry.duplicates import MatchKind
from registry.issues import Code, ValidationFailed
from registry.signed_payload import Reason, read_payload
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD, FixedClock
from tests.factories import make_draft, make_photo
from tests.pull_support import AT, Feed, apply, b64
from tests.services.test_trust import issued_code, new_office


def outbox_rows(desk: Desk) -> int:
    with desk.store.read() as session:
        return session.execute(select(func.count()).select_from(OutboxEntry)).scalar_one()


def test_a_page_keeps_the_servers_identities_and_writes_no_outbox_entry(desk: Desk) -> None:
    feed = Feed()
    photo = make_photo()
    change = feed.artisan(desk, version=4, photo=photo, last_name_fr="Tazi", cin="AB12345")
    before = outbox_rows(desk)

    result = apply(desk, change, last_seq=9)

    assert (result.applied, result.kept_local, result.left_out) == (1, 0, [])
    record = find_record(desk, change.entity_id)
    data = change.data
    assert (record.id, record.registration_number, record.owner_office) == (
        data["id"], data["registration_number"], "01512",
    )  # fmt: skip
    assert (record.version, record.status, record.fields.photo) == (4, Status.REGISTERED, photo)
    assert [e.action for e in record_with_history(desk, record.id).status_history] == [
        "register", "approve",
    ]  # fmt: skip
    assert [r.id for r in search(desk, SearchQuery(text="tazi")).rows] == [record.id]
    assert outbox_rows(desk) == before  # nothing to push back
    with desk.store.read() as session:
        assert standing(session).cursor == 9
        assert verify_chain(session).intact
        row = session.execute(select(Artisan).where(Artisan.id == record.id)).scalar_one()
        assert (row.synced_version, row.origin) == (4, "pulled")
        (arrival,) = session.execute(
            select(AuditEntry).where(AuditEntry.action == "pull")
        ).scalars()
        assert (arrival.entity, arrival.entity_id, arrival.actor) == ("artisan", record.id, "sync")


def test_a_later_version_replaces_the_record_and_its_index(desk: Desk) -> None:
    feed = Feed()
    first = feed.artisan(desk, last_name_fr="Tazi", cin="AB12345")
    apply(desk, first)
    renamed = feed.artisan(desk, artisan_id=first.entity_id, version=2, last_name_fr="Bennani",
                           cin="AB12345", status="suspended")  # fmt: skip
    apply(desk, renamed)
    record = find_record(desk, first.entity_id)
    assert (record.version, record.status, record.fields.last_name_fr) == (
        2, Status.SUSPENDED, "Bennani",
    )  # fmt: skip
    assert search(desk, SearchQuery(text="tazi")).rows == ()
    assert len(record_with_history(desk, record.id).status_history) == 2  # not repeated


def test_a_failure_inside_a_page_leaves_neither_rows_nor_cursor(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = Feed()
    changes = [feed.artisan(desk, cin=f"AB{n}", sequence=n) for n in range(1, 4)]
    calls = 0
    indexing = fulltext.insert_rows

    def dies_at_the_third(*args: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError("the disk went away")  # not the data's fault: the page fails whole
        indexing(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(fulltext, "insert_rows", dies_at_the_third)
    with pytest.raises(OSError):
        apply(desk, *changes)
    with desk.store.read() as session:
        assert session.execute(select(func.count()).select_from(Artisan)).scalar_one() == 0
        assert standing(session).cursor == 0
    monkeypatch.undo()
    assert apply(desk, *changes).applied == 3  # the same page again, whole


def test_a_pulled_record_sharing_a_live_cin_with_a_local_one_is_kept_as_a_duplicate(
    desk: Desk, clerk: Actor
) -> None:
    local = register_artisan(desk, clerk, make_draft()).record
    change = Feed().artisan(desk)  # the same person (K123456), registered at 01-512
    result = apply(desk, change)
    assert result.applied == 1
    found = find_duplicates(desk, make_draft())
    assert {(c.row.id, c.kind) for c in found} == {
        (local.id, MatchKind.SAME_CIN), (change.entity_id, MatchKind.SAME_CIN),
    }  # fmt: skip
    # The local record is still edited while the pair waits for people.
    draft = replace(draft_from_fields(local.fields), birth_place="Assilah")
    assert update_artisan(desk, clerk, local.id, draft, local.version).changed == ("birth_place",)


def test_a_malformed_change_is_left_out_and_the_rest_applied(desk: Desk) -> None:
    feed = Feed()
    broken = feed.artisan(desk, cin="AB1")
    broken = msgspec.structs.replace(broken, data={**broken.data, "status": "vanished"})
    good = feed.artisan(desk, cin="AB2", sequence=2)
    result = apply(desk, broken, good)
    assert result.applied == 1 and len(result.left_out) == 1
    assert broken.entity_id in result.left_out[0]
    find_record(desk, good.entity_id)
    with desk.store.read() as session:
        assert standing(session).cursor == good.seq
        assert verify_chain(session).intact


def test_a_record_with_unanswered_local_changes_keeps_its_local_state(
    desk: Desk, clerk: Actor
) -> None:
    feed = Feed()
    mine = feed.artisan(desk, office="01511", version=3)  # made on another desk of the office
    apply(desk, mine)
    record = find_record(desk, mine.entity_id)
    draft = replace(draft_from_fields(record.fields), birth_place="Assilah")
    update_artisan(desk, clerk, record.id, draft, record.version)  # not pushed yet
    newer = feed.artisan(desk, office="01511", artisan_id=record.id, version=4,
                         birth_place="Tétouan")  # fmt: skip
    result = apply(desk, newer)
    assert (result.applied, result.kept_local) == (0, 1)
    kept = find_record(desk, record.id)
    assert (kept.fields.birth_place, kept.version) == ("Assilah", 4)  # local: 3, then the edit
    with desk.store.read() as session:
        assert unanswered_count(session) >= 1


def test_a_pulled_user_never_overwrites_the_local_lockout(
    desk: Desk, admin: Actor, clock: FixedClock
) -> None:
    user = add_user(desk, admin, "samira", "Samira Alaoui", Role.CLERK, "a long password")
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 (the refusal itself is tested elsewhere)
            authenticate(desk, "samira", "wrong password")
    with desk.store.read() as session:
        locked = session.get_one(User, user.id).locked_until
    assert locked is not None
    with desk.store.write() as session:  # the add was answered: nothing unanswered is left
        session.execute(update(OutboxEntry).values(outcome="applied"))
    apply(desk, Feed().user(user.id, "samira", full_name="Samira Alaoui-Idrissi", version=2))
    with desk.store.read() as session:
        row = session.get_one(User, user.id)
        assert (row.full_name, row.synced_version) == ("Samira Alaoui-Idrissi", 2)
        assert row.locked_until == locked and row.failed_logins == 0


def test_users_arrive_and_a_local_user_of_the_same_name_becomes_the_servers(
    desk: Desk, clock: FixedClock
) -> None:
    with desk.store.write() as session:
        session.execute(update(OutboxEntry).values(outcome="rejected"))
    feed = Feed()
    server_admin = "01938c3e-0000-7000-8000-00000000a0a0"
    apply(desk, feed.user(server_admin, "admin", role="administrator"),
          feed.user("01938c3e-0000-7000-8000-00000000b0b0", "samira"))  # fmt: skip
    users = {u.username: u for u in list_users(desk)}
    assert set(users) == {"admin", "samira"} and users["admin"].id == server_admin
    clock.now += timedelta(minutes=1)
    with pytest.raises(Exception):  # noqa: B017 (the server's hash is not this password's)
        authenticate(desk, "admin", ADMIN_PASSWORD)


def test_index_entries_feed_the_duplicate_checks(desk: Desk, clerk: Actor) -> None:
    entry = Feed().index_entry(cin="K123456", name_keys=("amrani fatima", ""))
    apply(desk, entry)
    (found,) = find_national_duplicates(desk, make_draft())
    assert (found.id, found.owner_office, found.kind) == (
        entry.entity_id, "05101", MatchKind.SAME_CIN,
    )  # fmt: skip
    with pytest.raises(ValidationFailed) as refused:
        register_artisan(desk, clerk, make_draft())
    assert [i.code for i in refused.value.errors] == [Code.CIN_IN_USE]
    assert find_national_duplicates(desk, make_draft(cin="K7")) == []


def test_a_document_pulled_before_its_record_is_linked_when_the_record_comes(
    desk: Desk,
) -> None:
    feed = Feed()
    record = feed.artisan(desk)
    serial = "A-01-512-01-26-000001-" + "00"
    document = feed.change("document", serial, {
        "kind": "certificate", "artisan_id": record.entity_id,
        "registration_number": record.data["registration_number"], "issued_on": "2026-11-30",
        "issued_at": AT, "issued_by": "clerk9", "copies": 1, "duplicate_of": None,
        "reprint_reason": "", "payload": "HRF1X", "printed_at": AT,
        "cancelled_at": None, "cancelled_by": None, "cancel_reason": "", "withdrawn": False,
    })  # fmt: skip
    apply(desk, document)
    assert documents_of(desk, record.entity_id) == []
    apply(desk, record)
    (info,) = documents_of(desk, record.entity_id)
    assert (info.serial, info.live, info.issued_by) == (serial, True, "clerk9")


def test_the_national_trust_list_its_revocations_and_cancellations_come_by_pull(
    desk: Desk, tmp_path: Path, clock: FixedClock, admin: Actor
) -> None:
    elsewhere = new_office(tmp_path / "casa", clock, "06", "141", "01")
    code = issued_code(elsewhere, admin)
    serial = read_payload(code).fields.serial  # type: ignore[union-attr]
    key = elsewhere.device_key
    elsewhere.close()
    assert verify_text(desk, code).reason is Reason.UNTRUSTED_KEY
    feed = Feed()
    device = {
        "device_id": key.device_id,
        "device_code": "06-141-01",
        "public_key": b64(key.public_key),
        "certificate": None,
        "revoked_at": None,
    }
    apply(desk, feed.change("device", key.device_id, device))
    assert verify_text(desk, code).valid
    apply(desk, feed.change("cancellation", serial, {"serial": serial, "cancelled_at": AT},
                            scope=wire.Scope.INDEX))  # fmt: skip
    assert verify_text(desk, code).reason is Reason.CANCELLED
    apply(desk, feed.change("device", key.device_id, device | {"revoked_at": AT}, version=2))
    assert verify_text(desk, code).reason is Reason.REVOKED
    with desk.store.read() as session:
        assert key.device_id in revoked_devices(session)
        assert key.device_id not in trust_list(session).device_keys
    listed = [k for k in trusted_keys(desk) if k.device_id == key.device_id]
    assert [(k.source, k.revoked_at is not None) for k in listed] == [(KeySource.SERVER, True)]


def test_the_offices_settings_and_logo_come_by_pull(desk: Desk) -> None:
    logo = make_photo(120, 120, "PNG")
    values = {"signatory_name": "Ahmed Tazi", "print_queue_filed_to": "999"}
    data = {"office": "01511", "values": values, "logo": b64(logo)}
    apply(desk, Feed().change("office_settings", "01511", data, version=3))
    assert signatory(desk).name == "Ahmed Tazi" and office_logo(desk) == logo
    with desk.store.read() as session:
        assert session.get(OfficeSetting, "print_queue_filed_to") is None  # this desk's own
        assert settings_version(session) == 3
    other = Feed().change("office_settings", "02201", data)
    assert len(apply(desk, other).left_out) == 1  # another office's: not for this desk


def test_the_office_and_an_activity_list_come_by_pull(desk: Desk) -> None:
    feed = Feed()
    office = {"code": "01511", "region": "01", "office": "511", "name_fr": "Tanger-Assilah",
              "name_ar": "طنجة أصيلة"}  # fmt: skip
    document = json.loads(builtin_nomenclature())
    document["_meta"]["version"] = "2027-official"
    listing = {"version": "2027-official", "status": "official", "document": json.dumps(document)}
    apply(desk, feed.change("office", "01511", office), feed.change("activity_list", "x", listing))
    desk.reload()
    assert desk.identity.office_name == "Tanger-Assilah"
    assert desk.activities.active.version == "2027-official"


def test_the_echo_of_a_record_made_here_keeps_its_history_once(
    desk: Desk, clerk: Actor, clock: FixedClock
) -> None:
    clock.now = clock.now.replace(microsecond=123456)
    mine = register_artisan(desk, clerk, make_draft()).record
    with desk.store.write() as session:  # pushed and applied
        session.execute(update(OutboxEntry).values(outcome="applied"))
    history = [{"action": "register", "from_status": None, "to_status": "pending_review",
                "reason": "", "actor": "clerk1", "at": "2026-11-29T09:30:00Z"}]  # fmt: skip
    echo = Feed().artisan(desk, office="01511", artisan_id=mine.id, status="pending_review",
                          history=history, sequence=1)  # fmt: skip
    apply(desk, echo)
    assert len(record_with_history(desk, mine.id).status_history) == 1
    with desk.store.read() as session:
        row = session.execute(select(Artisan).where(Artisan.id == mine.id)).scalar_one()
        assert (row.origin, row.synced_version) == ("here", 1)
