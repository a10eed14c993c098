"""Registering and editing: one transaction writes the record, audit, outbox and index."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from desktop_app.services.desk import Desk
from desktop_app.services.errors import RecordClosed, RecordNotFound, VersionConflict
from desktop_app.services.lookup import find_record, record_with_history
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.search import SearchQuery, search
from desktop_app.services.status import change_status
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import ArtisanPhoto, AuditEntry, StatusChange
from registry.artisan import Status, draft_from_fields
from registry.issues import Code, Severity, ValidationFailed
from registry.numbering import parse_registration_number
from registry.workflow import Action
from tests.factories import make_draft, make_photo
from tests.outbox_support import sent


def codes(error: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[Code, str]]:
    return [(i.code, i.field) for i in error.value.errors]


def test_register_writes_record_status_audit_outbox_and_index(desk: Desk, clerk: Actor) -> None:
    result = register_artisan(desk, clerk, make_draft())
    record = result.record
    assert record.status is Status.PENDING_REVIEW
    assert record.version == 1
    assert record.owner_office == "01511"
    number = parse_registration_number(record.registration_number)
    assert number is not None
    assert (number.region, number.office, number.device, number.year, number.sequence) == (
        "01",
        "511",
        "01",
        2026,
        1,
    )
    with desk.store.read() as session:
        status = session.execute(select(StatusChange)).scalar_one()
        assert (status.action, status.to_status, status.actor) == (
            "register",
            "pending_review",
            "clerk1",
        )
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.entity == "artisan")
        ).scalar_one()
        assert entry.actor == "clerk1"
        assert json.loads(entry.before) == {}
        assert json.loads(entry.after)["cin"] == "K123456"
        assert verify_chain(session).intact
        indexed = session.execute(
            text("SELECT rowid FROM artisan_fts WHERE artisan_fts MATCH 'k123456'")
        ).scalars()
        assert list(indexed) == [1]
    (op,) = sent(desk, "artisan")
    assert (op.entity_id, op.kind, op.base_version, op.actor) == (record.id, "create", 0, "clerk1")
    assert op.data["registration_number"] == record.registration_number


def test_numbers_follow_each_other_and_never_repeat(desk: Desk, clerk: Actor) -> None:
    numbers = [
        register_artisan(desk, clerk, make_draft(cin=f"K{i}")).record.registration_number
        for i in range(1, 4)
    ]
    sequences = [parse_registration_number(n).sequence for n in numbers]  # type: ignore[union-attr]
    assert sequences == [1, 2, 3]


def test_a_refused_save_takes_no_number(desk: Desk, clerk: Actor) -> None:
    register_artisan(desk, clerk, make_draft(cin="K1"))
    with pytest.raises(ValidationFailed):
        register_artisan(desk, clerk, make_draft(cin="K1"))
    second = register_artisan(desk, clerk, make_draft(cin="K2")).record
    assert parse_registration_number(second.registration_number).sequence == 2  # type: ignore[union-attr]


def test_a_live_cin_cannot_be_registered_twice(desk: Desk, clerk: Actor) -> None:
    register_artisan(desk, clerk, make_draft(cin="K 123456"))
    with pytest.raises(ValidationFailed) as refused:
        register_artisan(desk, clerk, make_draft(cin="k123456", last_name_fr="Other"))
    assert codes(refused) == [(Code.CIN_IN_USE, "cin")]


def test_a_struck_off_cin_can_be_registered_again(
    desk: Desk, clerk: Actor, supervisor: Actor
) -> None:
    first = register_artisan(desk, clerk, make_draft()).record
    change_status(desk, supervisor, first.id, Action.APPROVE, "", 1)
    change_status(desk, supervisor, first.id, Action.STRIKE_OFF, "ceased activity", 2)
    again = register_artisan(desk, clerk, make_draft()).record
    assert again.id != first.id
    # ...and then the old record cannot be reinstated over the live one.
    with pytest.raises(ValidationFailed) as refused:
        change_status(desk, supervisor, first.id, Action.REINSTATE, "appeal", 3)
    assert codes(refused) == [(Code.CIN_IN_USE, "cin")]


def test_invalid_draft_is_refused_with_every_issue_and_nothing_saved(
    desk: Desk, clerk: Actor
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register_artisan(
            desk, clerk, make_draft(cin="123", birth_date="2030-01-01", province="999")
        )
    assert set(codes(refused)) == {
        (Code.CIN_FORMAT, "cin"),
        (Code.DATE_IN_FUTURE, "birth_date"),
        (Code.PROVINCE_UNKNOWN, "province"),
    }
    assert search(desk, SearchQuery()).rows == ()


def test_a_warning_does_not_stop_the_save(desk: Desk, clerk: Actor) -> None:
    result = register_artisan(desk, clerk, make_draft(province="113"))  # Berkane, in the Oriental
    assert [(w.code, w.severity) for w in result.warnings] == [
        (Code.OUTSIDE_OFFICE_REGION, Severity.WARNING)
    ]
    assert result.record.fields.region == "02"


def test_photo_is_stored_and_read_back(desk: Desk, clerk: Actor) -> None:
    photo = make_photo()
    record = register_artisan(desk, clerk, make_draft(photo=photo)).record
    assert find_record(desk, record.registration_number).fields.photo == photo
    with desk.store.read() as session:
        assert session.execute(select(ArtisanPhoto.mime)).scalar_one() == "image/jpeg"


def test_update_saves_only_what_changed(desk: Desk, clerk: Actor) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    draft = replace(draft_from_fields(record.fields), phone="0522 12 34 56", birth_place="Assilah")
    result = update_artisan(desk, clerk, record.id, draft, record.version)
    assert set(result.changed) == {"phone", "birth_place"}
    assert result.record.version == 2
    op = sent(desk, "artisan")[-1]
    assert (op.kind, op.base_version) == ("update", 0)  # the server has no version of it yet
    assert op.data["changes"] == {"phone": "+212522123456", "birth_place": "Assilah"}
    history = record_with_history(desk, record.id)
    update = history.changes[-1]
    assert update.action == "update"
    assert {(c.field, c.before, c.after) for c in update.changes} == {
        ("phone", "+212612345678", "+212522123456"),
        ("birth_place", "Tanger", "Assilah"),
    }


def test_update_without_changes_keeps_the_version(desk: Desk, clerk: Actor) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    result = update_artisan(desk, clerk, record.id, draft_from_fields(record.fields), 1)
    assert result.changed == ()
    assert find_record(desk, record.id).version == 1


def test_update_refuses_a_stale_version_and_keeps_the_newer_save(desk: Desk, clerk: Actor) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    draft = draft_from_fields(record.fields)
    update_artisan(desk, clerk, record.id, replace(draft, birth_place="Assilah"), 1)
    with pytest.raises(VersionConflict):
        update_artisan(desk, clerk, record.id, replace(draft, birth_place="Tétouan"), 1)
    assert find_record(desk, record.id).fields.birth_place == "Assilah"


def test_update_of_an_invalid_draft_changes_nothing(desk: Desk, clerk: Actor) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    with pytest.raises(ValidationFailed):
        update_artisan(
            desk, clerk, record.id, replace(draft_from_fields(record.fields), phone="12"), 1
        )
    assert find_record(desk, record.id).fields.phone == "+212612345678"


def test_update_of_an_unknown_or_struck_off_record_is_refused(
    desk: Desk, clerk: Actor, supervisor: Actor
) -> None:
    with pytest.raises(RecordNotFound):
        update_artisan(desk, clerk, "01a225b4-0000-7000-8000-000000000000", make_draft(), 1)
    record = register_artisan(desk, clerk, make_draft()).record
    change_status(desk, supervisor, record.id, Action.APPROVE, "", 1)
    change_status(desk, supervisor, record.id, Action.STRIKE_OFF, "deceased", 2)
    with pytest.raises(RecordClosed):
        update_artisan(desk, clerk, record.id, draft_from_fields(record.fields), 3)


def test_updating_names_reindexes_the_record(desk: Desk, clerk: Actor) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    draft = replace(draft_from_fields(record.fields), last_name_fr="Bennani", last_name_ar="بناني")
    update_artisan(desk, clerk, record.id, draft, 1)
    assert [r.id for r in search(desk, SearchQuery(text="bennani")).rows] == [record.id]
    assert search(desk, SearchQuery(text="amrani")).rows == ()


def test_every_write_is_chained_in_the_audit_log(
    desk: Desk, clerk: Actor, supervisor: Actor
) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    update_artisan(
        desk, clerk, record.id, replace(draft_from_fields(record.fields), birth_place="Fnideq"), 1
    )
    change_status(desk, supervisor, record.id, Action.APPROVE, "", 2)
    with desk.store.read() as session:
        check = verify_chain(session)
        assert check.intact
        assert check.entries == 2 + 3  # init (office, admin) + register, update, approve
    assert [op.kind for op in sent(desk, "artisan")] == ["create", "update", "status"]


def test_a_tampered_audit_entry_breaks_the_chain(desk: Desk, clerk: Actor) -> None:
    register_artisan(desk, clerk, make_draft())
    register_artisan(desk, clerk, make_draft(cin="K2"))
    with desk.store.write() as session:
        session.execute(text("UPDATE audit_log SET actor = 'someone' WHERE seq = 3"))
    with desk.store.read() as session:
        assert verify_chain(session).broken_at == 3
