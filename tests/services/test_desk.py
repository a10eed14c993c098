"""Creating and opening an office store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services.desk import Desk, init_office, load_activity_list, open_desk
from desktop_app.services.errors import NotAllowed, StoreProblem
from desktop_app.services.lookup import find_record
from desktop_app.services.passwords import verify_password
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.engine import store_path
from desktop_app.storage.models import User
from registry.issues import Code, ValidationFailed
from tests.conftest import ADMIN_PASSWORD, FixedClock
from tests.factories import make_draft


def test_init_creates_identity_admin_and_activity_list(desk: Desk) -> None:
    assert desk.identity.region == "01"
    assert desk.identity.office_code == "01511"
    assert desk.activities.active.version == "provisional-2026-11"
    with desk.store.read() as session:
        admin = session.execute(select(User)).scalar_one()
        assert admin.role == "administrator"
        assert admin.password_hash.startswith("$argon2id$")
        assert verify_password(admin.password_hash, ADMIN_PASSWORD)
        assert verify_chain(session).intact


def test_init_refuses_an_existing_store_and_leaves_it_untouched(
    desk: Desk, data_dir: Path, clock: FixedClock
) -> None:
    before = store_path(data_dir).read_bytes()[:100]
    with pytest.raises(StoreProblem, match="already exists"):
        init_office(
            data_dir,
            region="02",
            office="001",
            office_name="Other",
            admin_username="other",
            admin_password="another password",
            clock=clock,
        )
    assert store_path(data_dir).read_bytes()[:100] == before
    assert desk.identity.region == "01"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"region": "13"}, "unknown region"),
        ({"office": "51"}, "three digits"),
        ({"device": "00"}, "device code"),
        ({"office_name": "  "}, "needs a name"),
        ({"admin_username": "Admin!"}, "user name"),
        ({"admin_password": "short"}, "at least 10"),
    ],
)
def test_init_refuses_bad_settings_without_creating_anything(
    tmp_path: Path, changes: dict[str, str], message: str
) -> None:
    settings = {
        "region": "01",
        "office": "511",
        "office_name": "Tanger",
        "admin_username": "admin",
        "admin_password": ADMIN_PASSWORD,
    } | changes
    with pytest.raises(StoreProblem, match=message):
        init_office(tmp_path, **settings)  # type: ignore[arg-type]
    assert not store_path(tmp_path).exists()


def test_open_reports_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreProblem, match="hirfa init"):
        open_desk(tmp_path)


def test_reopened_store_keeps_its_records(desk: Desk, data_dir: Path, admin: Actor) -> None:
    saved = register_artisan(desk, admin, make_draft()).record
    desk.close()
    reopened = open_desk(data_dir)
    try:
        assert reopened.identity == desk.identity
        assert find_record(reopened, saved.registration_number).fields.cin == "K123456"
    finally:
        reopened.close()


def _official_list(version: str, codes: list[str]) -> str:
    return json.dumps(
        {
            "_meta": {"version": version, "status": "OFFICIAL"},
            "categories": [],
            "branches": [
                {
                    "code": "20",
                    "category": "P",
                    "name_fr": "Branche",
                    "name_ar": "فرع",
                    "activities": [
                        {"code": c, "name_fr": f"Activité {c}", "name_ar": "نشاط"} for c in codes
                    ],
                }
            ],
        }
    )


def test_a_new_activity_list_replaces_the_old_for_new_records_only(
    desk: Desk, admin: Actor
) -> None:
    old = register_artisan(desk, admin, make_draft()).record
    load_activity_list(desk, admin, _official_list("decree-2.21.991", ["20.01"]))
    assert desk.activities.active.version == "decree-2.21.991"
    # The old code still resolves for the record coded against it...
    assert desk.activities.resolve("01.01", old.fields.activity_version) is not None
    # ...but a new registration must use the list in force.
    with pytest.raises(ValidationFailed) as refused:
        register_artisan(desk, admin, make_draft(cin="K2"))
    assert [(i.code, i.field) for i in refused.value.errors] == [
        (Code.ACTIVITY_UNKNOWN, "activity")
    ]
    new = register_artisan(desk, admin, make_draft(cin="K2", activity="20.01")).record
    assert new.fields.activity_version == "decree-2.21.991"
    assert new.fields.branch == "20"


def test_only_an_administrator_loads_reference_data(desk: Desk, supervisor: Actor) -> None:
    with pytest.raises(NotAllowed):
        load_activity_list(desk, supervisor, _official_list("v2", ["20.01"]))


def test_a_malformed_activity_list_is_refused_and_nothing_changes(desk: Desk, admin: Actor) -> None:
    with pytest.raises(StoreProblem, match="not an activity list"):
        load_activity_list(desk, admin, '{"_meta": {}}')
    with pytest.raises(StoreProblem, match="not an activity list"):
        load_activity_list(desk, admin, "not json")
    assert desk.activities.active.version == "provisional-2026-11"


def test_a_version_cannot_be_reloaded_with_other_content(desk: Desk, admin: Actor) -> None:
    load_activity_list(desk, admin, _official_list("v2", ["20.01"]))
    with pytest.raises(StoreProblem, match="already loaded"):
        load_activity_list(desk, admin, _official_list("v2", ["20.02"]))
    assert "20.01" in desk.activities.active.activities
