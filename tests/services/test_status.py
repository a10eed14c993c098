"""Status changes along the workflow, by role, with reasons."""

from __future__ import annotations

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed, VersionConflict
from desktop_app.services.lookup import record_with_history
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from registry.artisan import Status
from registry.issues import Code, ValidationFailed
from registry.workflow import Action
from tests.factories import make_draft


@pytest.fixture
def pending(desk: Desk, clerk: Actor) -> ArtisanRecord:
    return register_artisan(desk, clerk, make_draft()).record


def test_supervisor_approves_and_history_records_it(
    desk: Desk, supervisor: Actor, pending: ArtisanRecord
) -> None:
    approved = change_status(desk, supervisor, pending.id, Action.APPROVE, "", 1)
    assert (approved.status, approved.version) == (Status.REGISTERED, 2)
    history = record_with_history(desk, pending.registration_number).status_history
    assert [(h.action, h.from_status, h.to_status, h.actor) for h in history] == [
        ("register", None, Status.PENDING_REVIEW, "clerk1"),
        ("approve", Status.PENDING_REVIEW, Status.REGISTERED, "super1"),
    ]


def test_a_clerk_cannot_approve(desk: Desk, clerk: Actor, pending: ArtisanRecord) -> None:
    with pytest.raises(NotAllowed):
        change_status(desk, clerk, pending.id, Action.APPROVE, "", 1)
    assert record_with_history(desk, pending.id).record.status is Status.PENDING_REVIEW


def test_return_needs_a_reason_and_the_clerk_resubmits(
    desk: Desk, clerk: Actor, supervisor: Actor, pending: ArtisanRecord
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        change_status(desk, supervisor, pending.id, Action.RETURN, "   ", 1)
    assert [(i.code, i.field) for i in refused.value.errors] == [(Code.REASON_REQUIRED, "reason")]
    returned = change_status(desk, supervisor, pending.id, Action.RETURN, "photo missing", 1)
    assert returned.status is Status.RETURNED
    again = change_status(desk, clerk, pending.id, Action.RESUBMIT, "", 2)
    assert again.status is Status.PENDING_REVIEW
    reasons = [h.reason for h in record_with_history(desk, pending.id).status_history]
    assert reasons == ["", "photo missing", ""]


def test_suspend_reinstate_and_strike_off(
    desk: Desk, supervisor: Actor, pending: ArtisanRecord
) -> None:
    change_status(desk, supervisor, pending.id, Action.APPROVE, "", 1)
    assert change_status(desk, supervisor, pending.id, Action.SUSPEND, "unpaid", 2).status is (
        Status.SUSPENDED
    )
    assert change_status(desk, supervisor, pending.id, Action.REINSTATE, "paid", 3).status is (
        Status.REGISTERED
    )
    struck = change_status(desk, supervisor, pending.id, Action.STRIKE_OFF, "ceased", 4)
    assert struck.status is Status.STRUCK_OFF


def test_a_change_off_the_workflow_is_refused(
    desk: Desk, supervisor: Actor, pending: ArtisanRecord
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        change_status(desk, supervisor, pending.id, Action.SUSPEND, "why", 1)
    assert [(i.code, i.field) for i in refused.value.errors] == [(Code.STATUS_TRANSITION, "status")]


def test_a_stale_version_is_refused(desk: Desk, supervisor: Actor, pending: ArtisanRecord) -> None:
    with pytest.raises(VersionConflict):
        change_status(desk, supervisor, pending.id, Action.APPROVE, "", 7)


def test_a_too_long_reason_is_refused(
    desk: Desk, supervisor: Actor, pending: ArtisanRecord
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        change_status(desk, supervisor, pending.id, Action.RETURN, "x" * 501, 1)
    assert [(i.code, i.field) for i in refused.value.errors] == [(Code.TOO_LONG, "reason")]
