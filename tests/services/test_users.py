"""Logging in, lockout and user administration."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.policies import Policy, policies, set_policy
from desktop_app.services.records import Actor
from desktop_app.services.users import (
    LoginRefused,
    add_user,
    authenticate,
    list_users,
    record_logout,
    reset_password,
    set_active,
)
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import AuditEntry
from registry.issues import Code, ValidationFailed
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD, FixedClock

CLERK_PASSWORD = "clerk password 1"


@pytest.fixture
def with_clerk(desk: Desk, admin: Actor) -> Desk:
    add_user(desk, admin, "amina", "Amina Tazi", Role.CLERK, CLERK_PASSWORD)
    return desk


def audit_actions(desk: Desk) -> list[str]:
    with desk.store.read() as session:
        return list(session.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def test_login_with_the_right_password(with_clerk: Desk) -> None:
    user = authenticate(with_clerk, " Amina ", CLERK_PASSWORD)
    assert (user.username, user.role, user.full_name) == ("amina", Role.CLERK, "Amina Tazi")
    assert audit_actions(with_clerk)[-1] == "login"


def test_wrong_password_and_unknown_user_get_the_same_refusal(with_clerk: Desk) -> None:
    for name, password in (("amina", "wrong password"), ("nobody", CLERK_PASSWORD)):
        with pytest.raises(LoginRefused) as refused:
            authenticate(with_clerk, name, password)
        assert refused.value.code is Code.LOGIN_FAILED
    assert audit_actions(with_clerk)[-2:] == ["login_failed", "login_failed"]


def test_five_failures_lock_the_account_for_five_minutes(
    with_clerk: Desk, clock: FixedClock
) -> None:
    for _ in range(4):
        with pytest.raises(LoginRefused):
            authenticate(with_clerk, "amina", "wrong password")
    with pytest.raises(LoginRefused) as fifth:
        authenticate(with_clerk, "amina", "wrong password")
    assert fifth.value.code is Code.ACCOUNT_LOCKED
    # Even the right password is refused while locked...
    with pytest.raises(LoginRefused) as locked:
        authenticate(with_clerk, "amina", CLERK_PASSWORD)
    assert locked.value.code is Code.ACCOUNT_LOCKED
    assert locked.value.until == clock.now.replace(tzinfo=None) + timedelta(minutes=5)
    # ...and accepted once the five minutes are over.
    clock.now += timedelta(minutes=5, seconds=1)
    assert authenticate(with_clerk, "amina", CLERK_PASSWORD).username == "amina"
    assert "lockout" in audit_actions(with_clerk)
    with with_clerk.store.read() as session:
        assert verify_chain(session).intact


def test_the_lockout_policy_is_configurable(with_clerk: Desk, admin: Actor) -> None:
    set_policy(with_clerk, admin, Policy.LOCKOUT_ATTEMPTS, 3)
    assert policies(with_clerk)[Policy.LOCKOUT_ATTEMPTS] == 3
    for _ in range(2):
        with pytest.raises(LoginRefused):
            authenticate(with_clerk, "amina", "wrong password")
    with pytest.raises(LoginRefused) as third:
        authenticate(with_clerk, "amina", "wrong password")
    assert third.value.code is Code.ACCOUNT_LOCKED


def test_policies_are_bounded_and_for_administrators(desk: Desk, admin: Actor) -> None:
    with pytest.raises(ValidationFailed) as refused:
        set_policy(desk, admin, Policy.LOCKOUT_MINUTES, 0)
    assert refused.value.errors[0].code is Code.OUT_OF_RANGE
    with pytest.raises(NotAllowed):
        set_policy(desk, Actor("s", Role.SUPERVISOR), Policy.LOCKOUT_MINUTES, 10)
    assert policies(desk)[Policy.LOCKOUT_MINUTES] == 5


def test_a_disabled_user_cannot_log_in(with_clerk: Desk, admin: Actor) -> None:
    set_active(with_clerk, admin, "amina", False)
    with pytest.raises(LoginRefused) as refused:
        authenticate(with_clerk, "amina", CLERK_PASSWORD)
    assert refused.value.code is Code.ACCOUNT_DISABLED
    set_active(with_clerk, admin, "amina", True)
    assert authenticate(with_clerk, "amina", CLERK_PASSWORD).active


def test_the_last_administrator_cannot_be_disabled(desk: Desk, admin: Actor) -> None:
    with pytest.raises(ValidationFailed) as refused:
        set_active(desk, admin, "admin", False)
    assert refused.value.errors[0].code is Code.LAST_ADMINISTRATOR


def test_reset_password_lifts_a_lockout(with_clerk: Desk, admin: Actor) -> None:
    for _ in range(5):
        with pytest.raises(LoginRefused):
            authenticate(with_clerk, "amina", "wrong password")
    reset_password(with_clerk, admin, "amina", "a brand new password")
    assert authenticate(with_clerk, "amina", "a brand new password").username == "amina"
    with pytest.raises(LoginRefused):
        authenticate(with_clerk, "amina", CLERK_PASSWORD)


@pytest.mark.parametrize(
    ("username", "full_name", "password", "expected"),
    [
        ("Bad Name", "X", CLERK_PASSWORD, (Code.USERNAME_FORMAT, "username")),
        ("amina", "Amina", CLERK_PASSWORD, (Code.USERNAME_TAKEN, "username")),
        ("karim", "Karim", "short", (Code.PASSWORD_TOO_SHORT, "password")),
        ("karim", "  ", CLERK_PASSWORD, (Code.REQUIRED, "full_name")),
    ],
)
def test_add_user_refuses_bad_input(
    with_clerk: Desk,
    admin: Actor,
    username: str,
    full_name: str,
    password: str,
    expected: tuple[Code, str],
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        add_user(with_clerk, admin, username, full_name, Role.CLERK, password)
    assert [(i.code, i.field) for i in refused.value.errors] == [expected]


def test_only_administrators_manage_users(with_clerk: Desk) -> None:
    clerk = Actor("amina", Role.CLERK)
    with pytest.raises(NotAllowed):
        add_user(with_clerk, clerk, "karim", "Karim", Role.ADMINISTRATOR, CLERK_PASSWORD)
    with pytest.raises(NotAllowed):
        reset_password(with_clerk, clerk, "admin", "my own password!")


def test_list_and_logout_are_recorded(with_clerk: Desk) -> None:
    assert [u.username for u in list_users(with_clerk)] == ["admin", "amina"]
    record_logout(with_clerk, Actor("amina", Role.CLERK))
    with with_clerk.store.read() as session:
        last = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
    assert last is not None
    assert (last.action, last.actor, json.loads(last.after)) == ("logout", "amina", {})


def test_the_first_administrator_can_log_in(desk: Desk) -> None:
    assert authenticate(desk, "admin", ADMIN_PASSWORD).role is Role.ADMINISTRATOR
