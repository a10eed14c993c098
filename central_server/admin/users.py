"""Users: of an office (sent to its desks, who log in there offline with the argon2id
hash), or national administrators (no office, never sent)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, insert, select, update

from central_server.admin import AdminError
from central_server.admin.office_codes import shown
from central_server.admin.offices import known_office
from central_server.core.security import MIN_PASSWORD_LENGTH, hash_password, username_valid
from central_server.store.engine import Store
from central_server.store.feed import Published, encode_payload, publish
from central_server.store.models import EntityChange, User
from central_server.sync.conflicts import EVERY_FIELD
from central_server.sync.payloads import user_full
from registry.text import clean_text
from registry.workflow import Role

USER = "user"
SERVER_ACTOR = "server"
FULL_NAME_MAX = 120


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: str
    office: str | None  # "01-511"; None for a national administrator
    active: bool
    version: int


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")


def add_user(
    store: Store,
    username: str,
    full_name: str,
    role: str,
    office: str | None,
    password: str,
    now: datetime,
) -> UserRow:
    if not username_valid(username):
        raise AdminError(
            f"{username!r} is not a user name: 2 to 32 lower-case letters, digits, '.', '_'"
            " or '-', starting with a letter"
        )
    if role not in {r.value for r in Role}:
        raise AdminError(f"{role!r} is not a role (clerk, supervisor or administrator)")
    name = clean_text(full_name)
    if not name or len(name) > FULL_NAME_MAX:
        raise AdminError(f"a user needs a name of 1 to {FULL_NAME_MAX} letters")
    check_password(password)
    hashed = hash_password(password)
    with store.write() as conn:
        code = known_office(conn, office) if office else None
        taken = conn.execute(
            select(User.id).where(User.username == username, _in_office(code))
        ).first()
        if taken:
            where = f"office {shown(code)}" if code else "the national administration"
            raise AdminError(f"{username} is a user of {where} already")
        row = UserRow(str(uuid.uuid4()), username, name, role, code, True, 1)
        conn.execute(
            insert(User).values(
                id=row.id, office=code, username=username, full_name=name, role=role,
                password_hash=hashed, active=True, version=1, created_at=now, updated_at=now,
            )
        )  # fmt: skip
        _changed(conn, row, hashed, [EVERY_FIELD], now)
    return _shown(row)


def set_active(
    store: Store, username: str, office: str | None, active: bool, now: datetime
) -> UserRow:
    return _update(store, username, office, {"active": active}, now)


def reset_password(
    store: Store, username: str, office: str | None, password: str, now: datetime
) -> UserRow:
    check_password(password)
    return _update(store, username, office, {"password_hash": hash_password(password)}, now)


def list_users(store: Store, office: str | None = None) -> list[UserRow]:
    with store.read() as conn:
        query = select(
            User.id, User.username, User.full_name, User.role, User.office, User.active,
            User.version,
        ).order_by(User.office.is_not(None), User.office, User.username)  # fmt: skip
        if office:
            query = query.where(User.office == known_office(conn, office))
        rows = conn.execute(query).all()
    return [_shown(UserRow(*row)) for row in rows]


def _in_office(code: str | None) -> ColumnElement[bool]:
    return User.office.is_(None) if code is None else User.office == code


def _find(conn: Connection, username: str, office: str | None) -> UserRow:
    query = select(
        User.id, User.username, User.full_name, User.role, User.office, User.active, User.version
    ).where(User.username == username)
    if office:
        query = query.where(User.office == known_office(conn, office))
    rows = conn.execute(query.with_for_update()).all()
    if not rows:
        raise AdminError(
            f"there is no user {username}" + (f" in office {office}" if office else "")
        )
    if len(rows) > 1:
        raise AdminError(f"{username} is a user of several offices: name one with --office")
    return UserRow(*rows[0])


def _update(
    store: Store, username: str, office: str | None, values: dict[str, object], now: datetime
) -> UserRow:
    with store.write() as conn:
        row = _find(conn, username, office)
        version = row.version + 1
        conn.execute(
            update(User).where(User.id == row.id).values(version=version, updated_at=now, **values)
        )
        hashed = conn.execute(select(User.password_hash).where(User.id == row.id)).scalar_one()
        active = bool(values.get("active", row.active))
        row = UserRow(row.id, row.username, row.full_name, row.role, row.office, active, version)
        _changed(conn, row, hashed, list(values), now)
    return _shown(row)


def _changed(
    conn: Connection, row: UserRow, password_hash: str, fields: list[str], now: datetime
) -> None:
    """Remember what the server changed (a stale desk change is compared with it) and
    send a user of an office to its desks."""
    conn.execute(
        insert(EntityChange).values(
            entity=USER, entity_id=row.id, version=row.version, device_id=None,
            actor=SERVER_ACTOR, at=now, fields=json.dumps(sorted(fields)),
        )
    )  # fmt: skip
    if row.office is None:
        return
    full = user_full(
        user_id=row.id, username=row.username, full_name=row.full_name, role=row.role,
        password_hash=password_hash, active=row.active,
    )  # fmt: skip
    publish(
        conn, [Published(USER, row.id, row.version, encode_payload(full), scope_office=row.office)]
    )


def _shown(row: UserRow) -> UserRow:
    office = shown(row.office) if row.office else None
    return UserRow(row.id, row.username, row.full_name, row.role, office, row.active, row.version)
