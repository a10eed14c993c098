"""Users of the desk: logging in (with lockout), and their administration.

Every login, failure, lockout, logout and change of a user is written to the audit
log. A wrong password and an unknown user name get the same answer, in the same time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from uuid_utils import uuid7

from desktop_app.services.desk import Desk, added_operation
from desktop_app.services.errors import NotAllowed, ServiceError
from desktop_app.services.passwords import (
    hash_password,
    needs_rehash,
    password_issues,
    username_issues,
    verify_password,
)
from desktop_app.services.policies import Policy, policies
from desktop_app.services.records import Actor
from desktop_app.storage import audit, outbox
from desktop_app.storage.models import User
from registry import wire
from registry.issues import Code, Issue, ValidationFailed
from registry.text import check_text, clean_text
from registry.workflow import Role

ENTITY = wire.Entity.USER.value
# Checked against when the user name is unknown, so that the answer takes as long.
_DECOY_HASH = hash_password("decoy password, never valid")


class LoginRefused(ServiceError):
    """Wrong credentials, a locked or a disabled account; ``until`` for a lock."""

    def __init__(self, code: Code, until: datetime | None = None) -> None:
        super().__init__(code.value)
        self.code = code
        self.until = until


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    created_at: datetime

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.role)


def _info(row: User) -> UserInfo:
    return UserInfo(
        row.id,
        row.username,
        row.full_name,
        Role(row.role),
        row.active,
        row.locked_until,
        row.created_at,
    )


def _audit(
    session: Session, actor: str, action: str, subject: str, after: dict[str, object], now: datetime
) -> None:
    audit.append(session, [audit.AuditEvent.of(actor, action, ENTITY, subject, {}, after, now)])


def _send_change(
    session: Session, row: User, actor: Actor, changes: dict[str, object], now: datetime
) -> None:
    outbox.enqueue(
        session,
        [
            outbox.Operation(
                wire.Entity.USER,
                row.id,
                outbox.Kind.UPDATE,
                row.synced_version,
                actor.username,
                now,
                {"changes": changes},
            )
        ],
    )


def authenticate(desk: Desk, username: str, password: str) -> UserInfo:
    """The user, if the password is right and the account usable; :class:`LoginRefused` if not.

    Used for logging in and for unlocking a locked session alike. A refusal is
    committed (failure count, lock, audit entry) before it is raised.
    """
    username = username.strip().lower()
    rules = policies(desk)
    now = desk.now()
    refusal: LoginRefused | None = None
    with desk.store.write() as session:
        row = session.execute(select(User).where(User.username == username)).scalar()
        if row is None:
            verify_password(_DECOY_HASH, password)
            _audit(
                session, username[:64], "login_failed", username[:36], {"reason": "unknown"}, now
            )
            refusal = LoginRefused(Code.LOGIN_FAILED)
        elif row.locked_until is not None and row.locked_until > now:
            _audit(session, username, "login_refused", row.id, {"reason": "locked"}, now)
            refusal = LoginRefused(Code.ACCOUNT_LOCKED, row.locked_until)
        elif not verify_password(row.password_hash, password):
            row.failed_logins += 1
            if row.failed_logins >= rules[Policy.LOCKOUT_ATTEMPTS]:
                row.failed_logins = 0
                row.locked_until = now + timedelta(minutes=rules[Policy.LOCKOUT_MINUTES])
                _audit(session, username, "lockout", row.id, {"until": row.locked_until}, now)
                refusal = LoginRefused(Code.ACCOUNT_LOCKED, row.locked_until)
            else:
                _audit(session, username, "login_failed", row.id, {"reason": "password"}, now)
                refusal = LoginRefused(Code.LOGIN_FAILED)
        elif not row.active:
            _audit(session, username, "login_refused", row.id, {"reason": "disabled"}, now)
            refusal = LoginRefused(Code.ACCOUNT_DISABLED)
        else:
            row.failed_logins = 0
            row.locked_until = None
            if needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            _audit(session, username, "login", row.id, {}, now)
            user = _info(row)
    if refusal is not None:
        raise refusal
    return user


def record_logout(desk: Desk, actor: Actor, reason: str = "logout") -> None:
    with desk.store.write() as session:
        _audit(session, actor.username, reason, actor.username, {}, desk.now())


def list_users(desk: Desk) -> list[UserInfo]:
    with desk.store.read() as session:
        return [_info(r) for r in session.execute(select(User).order_by(User.username)).scalars()]


def _require_admin(actor: Actor) -> None:
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator manages users")


def _user(session: Session, username: str) -> User:
    row = session.execute(select(User).where(User.username == username)).scalar()
    if row is None:
        raise ValidationFailed([Issue(Code.NOT_FOUND, "username")])
    return row


def add_user(
    desk: Desk, actor: Actor, username: str, full_name: str, role: Role, password: str
) -> UserInfo:
    _require_admin(actor)
    username = username.strip().lower()
    full_name = clean_text(full_name)
    issues = username_issues(username) + password_issues(password)
    issues += check_text(full_name, "full_name", max_length=120, required=True)
    if issues:
        raise ValidationFailed(issues)
    now = desk.now()
    with desk.store.write() as session:
        if session.execute(select(User.id).where(User.username == username)).scalar():
            raise ValidationFailed([Issue(Code.USERNAME_TAKEN, "username")])
        row = User(
            id=str(uuid7()),
            username=username,
            full_name=full_name,
            role=role.value,
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            created_at=now,
            synced_version=0,
        )
        session.add(row)
        outbox.enqueue(session, [added_operation(row, actor, now)])
        _audit(
            session,
            actor.username,
            "add_user",
            row.id,
            {"username": username, "role": role.value},
            now,
        )
        return _info(row)


def set_active(desk: Desk, actor: Actor, username: str, active: bool) -> UserInfo:
    """Disable (or enable again) an account; the last active administrator stays."""
    _require_admin(actor)
    with desk.store.write() as session:
        row = _user(session, username)
        if not active and row.role == Role.ADMINISTRATOR.value and row.active:
            others = session.execute(
                select(func.count()).where(
                    User.role == Role.ADMINISTRATOR.value, User.active, User.id != row.id
                )
            ).scalar_one()
            if others == 0:
                raise ValidationFailed([Issue(Code.LAST_ADMINISTRATOR, "username")])
        row.active = active
        action = "enable_user" if active else "disable_user"
        now = desk.now()
        _audit(session, actor.username, action, row.id, {"username": row.username}, now)
        _send_change(session, row, actor, {"active": active}, now)
        return _info(row)


def reset_password(desk: Desk, actor: Actor, username: str, password: str) -> UserInfo:
    """Give a user a new password (and lift a lockout)."""
    _require_admin(actor)
    issues = password_issues(password)
    if issues:
        raise ValidationFailed(issues)
    with desk.store.write() as session:
        row = _user(session, username)
        row.password_hash = hash_password(password)
        row.failed_logins = 0
        row.locked_until = None
        now = desk.now()
        _audit(session, actor.username, "reset_password", row.id, {"username": row.username}, now)
        _send_change(session, row, actor, {"password_hash": row.password_hash}, now)
        return _info(row)
