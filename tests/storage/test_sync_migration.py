"""Migration 0008: a store made at 0007 upgrades, its outbox rebuilt as operations
numbered from 1 that carry what the store holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk, open_desk
from desktop_app.services.document_settings import set_signatory
from desktop_app.services.documents import cancel_document
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from desktop_app.services.trust import export_public_key, trust_key_file
from desktop_app.storage import migrate
from desktop_app.storage.audit import verify_chain
from registry.workflow import Action
from tests.documents_support import issue_documents
from tests.factories import make_draft, make_photo
from tests.outbox_support import as_bytes, sent
from tests.services.test_trust import new_office
from tests.storage.migration_support import downgrade


def test_a_store_made_at_0007_upgrades_with_its_outbox_rebuilt(
    desk: Desk, data_dir: Path, tmp_path: Path, clerk: Actor, supervisor: Actor, admin: Actor
) -> None:
    photo = make_photo()
    record = register_artisan(desk, clerk, make_draft(photo=photo)).record
    change_status(desk, supervisor, record.id, Action.APPROVE, "", 1)
    (certificate,) = issue_documents(desk, clerk, [record.id], DocumentKind.CERTIFICATE).serials
    cancel_document(desk, supervisor, certificate, "misprint")
    set_signatory(desk, admin, "Ahmed Tazi", "", "")
    other = new_office(tmp_path / "other", desk.clock, "01", "511", "02")  # type: ignore[arg-type]
    trust_key_file(desk, admin, export_public_key(other))
    other.close()
    desk.close()
    downgrade(data_dir, "0007")

    upgraded = open_desk(data_dir)
    try:
        assert migrate.current_revision(upgraded.store.engine) == migrate.HEAD
        ops = sent(upgraded)
        assert [op.seq for op in ops] == list(range(1, len(ops) + 1))  # gap-free, from 1
        assert [(op.entity, op.kind) for op in ops] == [
            ("user", "add"), ("office_settings", "set"), ("trusted_key", "trust"),
            ("artisan", "create"), ("artisan", "status"),
            ("document", "issue"), ("document", "cancel"),
        ]  # fmt: skip
        user, settings, key, create, status, issue, cancel = ops
        assert user.data["username"] == "admin" and user.data["password_hash"].startswith("$argon2")
        assert settings.entity_id == "01511"
        assert settings.data == {
            "values": {
                "signatory_name": "Ahmed Tazi",
                "signatory_title_fr": "",
                "signatory_title_ar": "",
            }
        }
        assert key.data["device_code"] == "01-511-02" and key.actor == "admin"
        assert (create.entity_id, create.actor) == (record.id, "clerk1")
        assert create.data["status"] == "pending_review"
        assert as_bytes(create.data["photo"]) == photo
        assert create.data["fields"]["cin"] == "K123456" and "photo" not in create.data["fields"]
        assert create.data["history"]["action"] == "register"
        assert (status.actor, status.data) == ("super1", {
            "action": "approve", "from_status": "pending_review", "to_status": "registered",
            "reason": ""})  # fmt: skip
        assert issue.data["payload"] and issue.data["issued_by"] == "clerk1"
        assert (cancel.actor, cancel.data["reason"]) == ("super1", "misprint")
        with upgraded.store.read() as session:
            assert verify_chain(session).intact
        # The local uniqueness of a live CIN holds, for the records made here.
        with pytest.raises(IntegrityError), upgraded.store.write() as session:
            session.execute(
                text(
                    "INSERT INTO artisans SELECT pk + 1, 'copy', 'copy', status, version,"
                    " owner_office, created_at, created_by, updated_at, updated_by, cin,"
                    " last_name_fr, first_name_fr, last_name_ar, first_name_ar, sex, birth_date,"
                    " birth_place, nationality, phone, email, address_fr, address_ar, region,"
                    " province, commune, category, activity, activity_version, branch,"
                    " activity_since, diploma, diploma_school, workplace, cnss_number, amo_status,"
                    " fiscal_regime, entity_name_fr, entity_name_ar, ice, rc_court, rc_number,"
                    " tax_id, odco_number, members, supervisor_number, registered_on,"
                    " photo_sha256, sort_name_fr, sort_name_ar, synced_version, origin"
                    " FROM artisans"
                )
            )
    finally:
        upgraded.close()
