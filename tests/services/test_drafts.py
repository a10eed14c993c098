"""Half-typed forms survive in the store until saved or discarded."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from desktop_app.services.desk import Desk
from desktop_app.services.drafts import discard_draft, drafts_of, save_draft
from desktop_app.services.records import Actor
from tests.conftest import FixedClock
from tests.factories import make_draft, make_photo


def test_a_draft_is_kept_replaced_and_discarded(
    desk: Desk, clerk: Actor, clock: FixedClock
) -> None:
    draft = make_draft(last_name_ar="العمرانـي", photo=make_photo())
    save_draft(desk, clerk, "form-1", draft)
    save_draft(desk, clerk, "form-1", replace(draft, phone="0522123456"))
    (kept,) = drafts_of(desk, clerk)
    assert kept.id == "form-1"
    assert kept.draft == replace(draft, phone="0522123456")
    assert kept.artisan_id is None
    discard_draft(desk, "form-1")
    assert drafts_of(desk, clerk) == []


def test_drafts_belong_to_their_user_latest_first(
    desk: Desk, clerk: Actor, supervisor: Actor, clock: FixedClock
) -> None:
    save_draft(desk, clerk, "a", make_draft(cin="K1"))
    clock.now += timedelta(minutes=1)
    save_draft(desk, clerk, "b", make_draft(cin="K2"), artisan_id="some-id", base_version=3)
    save_draft(desk, supervisor, "c", make_draft(cin="K3"))
    found = drafts_of(desk, clerk)
    assert [(d.id, d.artisan_id, d.base_version) for d in found] == [
        ("b", "some-id", 3),
        ("a", None, None),
    ]
