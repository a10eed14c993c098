"""What every write path puts in the sync outbox, in its own transaction: the operation
the server needs to rebuild the truth (docs/sync.md, *Operations*)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.services.desk import Desk
from desktop_app.services.document_settings import set_logo, set_signatory
from desktop_app.services.policies import Policy, set_policy
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.status import change_status
from desktop_app.services.trust import export_public_key, trust_key_file
from desktop_app.services.users import add_user, reset_password, set_active
from registry.artisan import draft_from_fields
from registry.workflow import Action, Role
from tests.conftest import FixedClock
from tests.factories import make_draft, make_photo
from tests.outbox_support import as_bytes, sent
from tests.services.test_trust import new_office

AT = "2026-11-29T09:30:00Z"


def test_a_registration_sends_its_fields_its_photo_bytes_and_first_status(
    desk: Desk, clerk: Actor
) -> None:
    photo = make_photo()
    record = register_artisan(desk, clerk, make_draft(photo=photo)).record
    (op,) = sent(desk, "artisan")
    assert (op.entity_id, op.kind, op.base_version, op.actor) == (record.id, "create", 0, "clerk1")
    data = op.data
    assert data["registration_number"] == record.registration_number
    assert data["status"] == "pending_review"
    assert as_bytes(data["photo"]) == photo
    assert data["fields"]["cin"] == "K123456" and data["fields"]["birth_date"] == "1980-05-17"
    assert "photo" not in data["fields"]  # the bytes travel, not the digest
    assert data["history"] == {
        "action": "register", "from_status": None, "to_status": "pending_review", "reason": "",
        "actor": "clerk1", "at": AT,
    }  # fmt: skip


def test_an_edit_sends_what_changed_and_what_it_was(desk: Desk, clerk: Actor) -> None:
    old_photo, new_photo = make_photo(), make_photo(320, 420)
    record = register_artisan(desk, clerk, make_draft(photo=old_photo)).record
    draft = replace(draft_from_fields(record.fields), birth_place="Assilah", photo=new_photo)
    update_artisan(desk, clerk, record.id, draft, 1)
    op = sent(desk, "artisan")[-1]
    assert (op.kind, op.base_version, op.actor) == ("update", 0, "clerk1")
    changes, before = op.data["changes"], op.data["before"]
    assert set(changes) == set(before) == {"birth_place", "photo"}
    assert (changes["birth_place"], before["birth_place"]) == ("Assilah", "Tanger")
    assert as_bytes(changes["photo"]) == new_photo and as_bytes(before["photo"]) == old_photo


def test_a_status_change_sends_the_action_the_reason_and_who(
    desk: Desk, clerk: Actor, supervisor: Actor
) -> None:
    record = register_artisan(desk, clerk, make_draft()).record
    change_status(desk, supervisor, record.id, Action.RETURN, "birth date to check", 1)
    op = sent(desk, "artisan")[-1]
    assert (op.kind, op.actor, op.base_version) == ("status", "super1", 0)
    assert op.data == {
        "action": "return", "from_status": "pending_review", "to_status": "returned",
        "reason": "birth date to check",
    }  # fmt: skip


def test_user_changes_are_sent_with_the_password_hash(desk: Desk, admin: Actor) -> None:
    user = add_user(desk, admin, "samira", "Samira Alaoui", Role.CLERK, "a long password")
    set_active(desk, admin, "samira", False)
    reset_password(desk, admin, "samira", "another long password")
    init, added, disabled, reset = sent(desk, "user")
    assert (init.kind, init.data["username"], init.actor) == ("add", "admin", "init:admin")
    assert (added.entity_id, added.kind, added.actor) == (user.id, "add", "admin")
    assert added.data | {"password_hash": "…"} == {
        "username": "samira", "full_name": "Samira Alaoui", "role": "clerk",
        "password_hash": "…", "active": True,
    }  # fmt: skip
    assert added.data["password_hash"].startswith("$argon2id$")
    assert (disabled.kind, disabled.data) == ("update", {"changes": {"active": False}})
    assert reset.kind == "update" and set(reset.data["changes"]) == {"password_hash"}
    assert reset.data["changes"]["password_hash"] != added.data["password_hash"]


def test_office_settings_are_sent_and_the_logo_as_its_bytes(desk: Desk, admin: Actor) -> None:
    set_signatory(desk, admin, "Ahmed Tazi", "Le Président", "الرئيس")
    set_policy(desk, admin, Policy.LOCKOUT_ATTEMPTS, 7)
    logo = make_photo(200, 200, "PNG")
    set_logo(desk, admin, logo)
    set_logo(desk, admin, None)
    signatory, policy, logo_set, logo_removed = sent(desk, "office_settings")
    assert {op.entity_id for op in (signatory, policy, logo_set)} == {"01511"}
    assert signatory.data == {"values": {"signatory_name": "Ahmed Tazi",
                                         "signatory_title_fr": "Le Président",
                                         "signatory_title_ar": "الرئيس"}}  # fmt: skip
    assert policy.data == {"values": {"lockout_attempts": "7"}}
    assert logo_set.data["values"] == {} and as_bytes(logo_set.data["logo"]) == logo
    assert logo_removed.data == {"values": {}, "logo": None}
    assert all(op.kind == "set" and op.actor == "admin" for op in (signatory, policy, logo_set))


def test_a_key_trusted_by_hand_is_sent(
    desk: Desk, tmp_path: Path, clock: FixedClock, admin: Actor
) -> None:
    other = new_office(tmp_path / "other", clock, "01", "511", "02")
    trust_key_file(desk, admin, export_public_key(other))
    trust_key_file(desk, admin, export_public_key(other))  # already trusted: nothing more
    (op,) = sent(desk, "trusted_key")
    assert (op.kind, op.actor, op.base_version) == ("trust", "admin", 0)
    assert as_bytes(op.data["public_key"]) == other.device_key.public_key
    assert op.data | {"public_key": "…"} == {
        "kind": "device", "public_key": "…", "device_id": other.identity.device_id,
        "device_code": "01-511-02", "source": "imported", "certificate": None,
    }  # fmt: skip
    other.close()


def test_the_sequence_is_gap_free_in_the_order_of_the_changes(
    desk: Desk, clerk: Actor, supervisor: Actor, admin: Actor
) -> None:
    first = register_artisan(desk, clerk, make_draft()).record
    second = register_artisan(desk, clerk, make_draft(cin="K7")).record
    change_status(desk, supervisor, first.id, Action.APPROVE, "", 1)
    add_user(desk, admin, "samira", "Samira Alaoui", Role.CLERK, "a long password")
    ops = sent(desk)
    assert [op.seq for op in ops] == [1, 2, 3, 4, 5]
    assert [(op.entity, op.entity_id) for op in ops[1:4]] == [
        ("artisan", first.id), ("artisan", second.id), ("artisan", first.id),
    ]  # fmt: skip
    assert len({op.op_id for op in ops}) == 5
