"""Ops on an office's own master data: users, office settings, trusted keys.

Each belongs to the device's office and no other. Users travel with their argon2id
hashes (a user logs in at any desk of the office, offline); a desk's lockout state
never travels.
"""

from __future__ import annotations

from typing import Any

import msgspec

from central_server.core.clock import as_stored
from central_server.core.security import is_argon2id_hash, username_valid
from central_server.sync import conflicts
from central_server.sync.batch import Batch, OpResult, issue, rejected
from central_server.sync.op_data import (
    OfficeSettingsSet,
    TrustedKeyTrust,
    UserAdd,
    UserUpdate,
    read_data,
)
from central_server.sync.payloads import base64_text
from central_server.sync.states import UserState
from registry.device_keys import PUBLIC_KEY_SIZE
from registry.issues import Code
from registry.text import clean_text
from registry.wire import ConflictKind, Op, Outcome, WireIssue
from registry.workflow import Role

FULL_NAME_MAX = 120
SETTING_KEY_MAX = 64
SETTING_VALUE_MAX = 200
LOGO_MAX_BYTES = 1024 * 1024
_ROLES = frozenset(r.value for r in Role)
_USER_FIELDS = frozenset({"full_name", "role", "active", "password_hash"})
_KEY_KINDS = frozenset({"device", "root"})


def add_user(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, UserAdd)
    if isinstance(data, list):
        return rejected(*data)
    values: dict[str, Any] = {
        "full_name": data.full_name,
        "role": data.role,
        "active": data.active,
        "password_hash": data.password_hash,
    }
    problems = [found for name, value in values.items() if (found := _user_value(name, value))]
    if not username_valid(data.username):
        problems.insert(0, issue(Code.USERNAME_FORMAT, "username"))
    if len(op.entity_id) > 36:
        problems.append(issue(Code.INVALID_CHOICE, "entity_id"))
    if problems:
        return rejected(*problems)
    if batch.user(op.entity_id) is not None:
        return rejected(issue(Code.NOT_ALLOWED, "entity_id"))
    batch.load_office_users()
    office = batch.device.office_code
    if any(u.office == office and u.username == data.username for u in batch.users.values()):
        return rejected(issue(Code.USERNAME_TAKEN, "username"))
    state = UserState(
        op.entity_id, office, data.username, clean_text(data.full_name), data.role,
        data.password_hash, data.active, 1, batch.now, batch.now, is_new=True,
    )  # fmt: skip
    batch.users[state.id] = state
    batch.touch(state.key)
    batch.log_change(state.key, 1, op.actor, as_stored(op.at), [conflicts.EVERY_FIELD])
    return OpResult(Outcome.APPLIED, state.key, 1)


def update_user(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, UserUpdate)
    if isinstance(data, list):
        return rejected(*data)
    state = batch.user(op.entity_id)
    if state is None:
        return rejected(issue(Code.NOT_FOUND, "entity_id"))
    if state.office != batch.device.office_code:
        return rejected(issue(Code.NOT_ALLOWED, "owner_office"))
    for name, value in data.changes.items():
        if name not in _USER_FIELDS:
            return rejected(issue(Code.NOT_ALLOWED, name))
        if found := _user_value(name, value):
            return rejected(found)
    changes = dict(data.changes)
    if "full_name" in changes:
        changes["full_name"] = clean_text(changes["full_name"])
    current = {name: getattr(state, name) for name in _USER_FIELDS}
    if op.base_version < state.version:
        theirs = conflicts.changes_by_others(batch, state.key, op.base_version)
        both = conflicts.both_changed(changes, current, theirs)
        if both:
            conflict = conflicts.hold(
                batch,
                op,
                kind=ConflictKind.FIELDS,
                owner_office=state.office,
                fields=both,
                base={},
                ours=changes,
                theirs={name: current[name] for name in both},
                their_changes=theirs,
            )
            return OpResult(Outcome.CONFLICT, conflict=conflict)
    for name, value in changes.items():
        setattr(state, name, value)
    state.version += 1
    state.updated_at = batch.now
    batch.touch(state.key)
    batch.log_change(state.key, state.version, op.actor, as_stored(op.at), changes)
    return OpResult(Outcome.APPLIED, state.key, state.version)


def _user_value(name: str, value: object) -> WireIssue | None:
    if name == "full_name":
        text = clean_text(value) if isinstance(value, str) else ""
        if not text:
            return issue(Code.REQUIRED, name)
        if len(text) > FULL_NAME_MAX:
            return WireIssue(code=Code.TOO_LONG.value, field=name, params={"max": FULL_NAME_MAX})
    elif name == "role" and value not in _ROLES:
        return issue(Code.INVALID_CHOICE, name)
    elif name == "active" and not isinstance(value, bool):
        return issue(Code.INVALID_CHOICE, name)
    elif name == "password_hash" and not (isinstance(value, str) and is_argon2id_hash(value)):
        return issue(Code.INVALID_CHOICE, name)
    return None


def set_office_settings(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, OfficeSettingsSet)
    if isinstance(data, list):
        return rejected(*data)
    if op.entity_id.replace("-", "") != batch.device.office_code:
        return rejected(issue(Code.NOT_ALLOWED, "owner_office"))
    for key, value in data.values.items():
        if not key or len(key) > SETTING_KEY_MAX:
            return rejected(issue(Code.INVALID_CHOICE, "values"))
        if len(value) > SETTING_VALUE_MAX:
            return rejected(issue(Code.TOO_LONG, f"values.{key}"))
    if isinstance(data.logo, bytes) and len(data.logo) > LOGO_MAX_BYTES:
        return rejected(issue(Code.FILE_TOO_LARGE, "logo"))
    state = batch.settings()
    state.values = {**state.values, **data.values}
    changed = list(data.values)
    if not isinstance(data.logo, msgspec.UnsetType):  # unset: the logo did not change
        state.logo = base64_text(data.logo) if data.logo else None
        changed.append("logo")
    state.version += 1
    batch.touch(state.key)
    batch.log_change(state.key, state.version, op.actor, as_stored(op.at), changed)
    return OpResult(Outcome.APPLIED, state.key, state.version)


def trust_key(batch: Batch, op: Op) -> OpResult:
    """A key the office trusts: kept for national verification (docs/sync.md,
    *Public verification*); device keys only, a desk never names a root."""
    data = read_data(op.data, TrustedKeyTrust)
    if isinstance(data, list):
        return rejected(*data)
    if data.kind not in _KEY_KINDS:
        return rejected(issue(Code.INVALID_CHOICE, "kind"))
    if len(data.public_key) != PUBLIC_KEY_SIZE:
        return rejected(issue(Code.KEY_FILE_INVALID, "public_key"))
    if not op.entity_id or len(op.entity_id) > 32:
        return rejected(issue(Code.INVALID_CHOICE, "entity_id"))
    version = batch.trusted_key_version(op.entity_id) + 1
    batch.trusted_keys[op.entity_id] = {
        "office": batch.device.office_code,
        "key_id": op.entity_id,
        "kind": data.kind,
        "device_id": data.device_id,
        "device_code": data.device_code[:16],
        "public_key": data.public_key,
        "source": data.source[:16],
        "certificate": data.certificate,
        "added_at": batch.now,
        "version": version,
    }
    return OpResult(Outcome.APPLIED, version=version)
