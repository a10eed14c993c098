"""Ops on registrations: ``create``, ``update``, ``status`` (docs/sync.md, *Operations*).

A desk is never trusted: a new record's number must carry the device's prefix, its
owner is the device's office, and its fields go through the registry's rules again
(:func:`registry.validation.validate_draft`, the server's day, the office's region).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from central_server.core.clock import as_stored, iso_utc
from central_server.sync import conflicts
from central_server.sync.batch import (
    Batch,
    OpResult,
    RegisterKeys,
    issue,
    rejected,
    wire_issues,
)
from central_server.sync.op_data import ArtisanCreate, ArtisanUpdate, StatusChange, read_data
from central_server.sync.record_fields import (
    DERIVED_FIELDS,
    PHOTO,
    WRITABLE_FIELDS,
    draft_of,
    photo_bytes,
    photo_text,
    read_photo,
    stored_fields,
    wire_fields,
)
from central_server.sync.states import ArtisanState
from registry.artisan import ArtisanFields, Category, Status
from registry.issues import Code
from registry.numbering import RegistrationNumber, parse_registration_number
from registry.validation import RegisterKeys as RuleKeys
from registry.validation import SupervisorInfo, check_against_register, validate_draft
from registry.wire import ConflictKind, Op, Outcome, WireIssue
from registry.workflow import Action, Role, find_transition

_STATUSES = frozenset(s.value for s in Status)


@dataclass(frozen=True)
class PreparedCreate:
    """A create whose data, number and fields passed the checks needing no store."""

    data: ArtisanCreate
    number: RegistrationNumber
    values: ArtisanFields


def prepare_create(batch: Batch, op: Op) -> PreparedCreate | OpResult:
    """The checks of a create that need nothing loaded (run for the whole batch first,
    so that the store is asked about every number and CIN at once)."""
    data = read_data(op.data, ArtisanCreate)
    if isinstance(data, list):
        return rejected(*data)
    if not _is_uuid(op.entity_id):
        return rejected(issue(Code.INVALID_CHOICE, "entity_id"))
    number = parse_registration_number(data.registration_number)
    if number is None:
        return rejected(issue(Code.REGISTRATION_NUMBER_INVALID, "registration_number"))
    if number.body[:7] != batch.device.number_prefix:
        return rejected(issue(Code.NOT_ALLOWED, "registration_number"))
    if data.status not in _STATUSES:
        return rejected(issue(Code.INVALID_CHOICE, "status"))
    draft = draft_of(data.fields, data.photo)
    if isinstance(draft, list):
        return rejected(*draft)
    values, found = validate_draft(draft, batch.rules)
    if values is None:
        return rejected(*wire_issues(found))
    return PreparedCreate(data, number, values)


def create(batch: Batch, op: Op, prepared: PreparedCreate | OpResult) -> OpResult:
    if isinstance(prepared, OpResult):
        return prepared
    if batch.artisan(op.entity_id) is not None:
        return rejected(issue(Code.NOT_ALLOWED, "entity_id"))
    number = str(prepared.number)
    if number in batch.numbers_in_use:
        return rejected(issue(Code.REGISTRATION_NUMBER_IN_USE, "registration_number"))
    found = check_against_register(
        RuleKeys.of(prepared.values), _Lookups(batch), live=False, moved=True
    )
    if refusal := wire_issues(found):
        return rejected(*refusal)
    entry = prepared.data.history
    state = ArtisanState(
        id=op.entity_id,
        number=prepared.number,
        owner_office=batch.device.office_code,
        region=batch.device.region,
        status=prepared.data.status,
        version=1,
        held_with=None,
        fields=wire_fields(prepared.values),
        photo=photo_text(prepared.values.photo),
        history=[
            {
                "action": entry.action,
                "from_status": entry.from_status,
                "to_status": entry.to_status,
                "reason": entry.reason,
                "actor": entry.actor,
                "at": entry.at,
            }
        ],
        created_at=batch.now,
        updated_at=batch.now,
        is_new=True,
    )
    batch.artisans[state.id] = state
    batch.numbers_in_use.add(number)
    batch.touch(state.key)
    batch.log_change(state.key, 1, op.actor, as_stored(op.at), [conflicts.EVERY_FIELD])
    return _hold_if_duplicate(batch, op, state) or OpResult(Outcome.APPLIED, state.key, 1)


def update(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, ArtisanUpdate)
    if isinstance(data, list):
        return rejected(*data)
    state = batch.artisan(op.entity_id)
    if state is None:
        return rejected(issue(Code.NOT_FOUND, "entity_id"))
    if state.owner_office != batch.device.office_code:
        return rejected(issue(Code.NOT_ALLOWED, "owner_office"))
    changes: dict[str, Any] = {}
    ours: dict[str, Any] = {}
    photo = photo_bytes(state.photo)
    for name, value in data.changes.items():
        if name in DERIVED_FIELDS:
            continue
        if name == PHOTO:
            read = read_photo(value)
            if isinstance(read, WireIssue):
                return rejected(read)
            photo = read
            ours[PHOTO] = photo_text(read)
        elif name in WRITABLE_FIELDS:
            changes[name] = ours[name] = value
        else:
            return rejected(issue(Code.NOT_ALLOWED, name))
    if op.base_version < state.version:
        held = _hold_if_both_changed(batch, op, state, ours, data.before)
        if held is not None:
            return held
    draft = draft_of({**state.fields, **changes}, photo)
    if isinstance(draft, list):
        return rejected(*draft)
    previous = stored_fields(state.fields, photo_bytes(state.photo))
    values, found = validate_draft(draft, batch.rules, previous)
    if values is None:
        return rejected(*wire_issues(found))
    if (
        values.category is Category.ENTERPRISE
        and values.supervisor_number != previous.supervisor_number
    ):
        found = check_against_register(RuleKeys.of(values), _Lookups(batch), live=False, moved=True)
        if refusal := wire_issues(found):
            return rejected(*refusal)
    new_fields, new_photo = wire_fields(values), photo_text(values.photo)
    changed = [name for name, value in new_fields.items() if state.fields.get(name) != value]
    if new_photo != state.photo:
        changed.append(PHOTO)
    keys_before = (state.cin, state.ice, state.is_person)
    state.fields, state.photo = new_fields, new_photo
    state.version += 1
    state.updated_at = batch.now
    batch.touch(state.key)
    batch.log_change(state.key, state.version, op.actor, as_stored(op.at), changed)
    applied = OpResult(Outcome.APPLIED, state.key, state.version)
    if (
        state.held_with is None
        and state.live
        and keys_before != (state.cin, state.ice, state.is_person)
    ):
        batch.load_register_keys(
            {state.cin} if state.is_person else set(), {state.ice} if state.ice else set()
        )
        return _hold_if_duplicate(batch, op, state) or applied
    return applied


def change_status(batch: Batch, op: Op) -> OpResult:
    data = read_data(op.data, StatusChange)
    if isinstance(data, list):
        return rejected(*data)
    state = batch.artisan(op.entity_id)
    if state is None:
        return rejected(issue(Code.NOT_FOUND, "entity_id"))
    if state.owner_office != batch.device.office_code:
        return rejected(issue(Code.NOT_ALLOWED, "owner_office"))
    try:
        action = Action(data.action)
        source, target = Status(data.from_status), Status(data.to_status)
    except ValueError:
        return rejected(issue(Code.INVALID_CHOICE, "status"))
    transition = find_transition(source, action)
    if transition is None or transition.target is not target:
        return rejected(issue(Code.STATUS_TRANSITION, "status"))
    if transition.needs_reason and not data.reason.strip():
        return rejected(issue(Code.REASON_REQUIRED, "reason"))
    role = _role_of(batch, op.actor)
    if role is not None and role not in transition.roles:
        return rejected(issue(Code.NOT_ALLOWED, "actor"))
    current = Status(state.status)
    if current is not source:
        # A stale base: still applied when the action leads from the current status
        # to the same place (docs/sync.md, *Operations*).
        instead = find_transition(current, action)
        if instead is None or instead.target is not target:
            conflict = conflicts.hold(
                batch,
                op,
                kind=ConflictKind.STATUS,
                owner_office=state.owner_office,
                fields=["status"],
                base={"status": source.value},
                ours={"status": target.value, "action": action.value, "reason": data.reason},
                theirs={"status": current.value},
                their_changes=conflicts.changes_by_others(batch, state.key, op.base_version),
            )
            return OpResult(Outcome.CONFLICT, conflict=conflict)
    at = as_stored(op.at)
    state.history.append(
        {
            "action": action.value,
            "from_status": current.value,
            "to_status": target.value,
            "reason": data.reason,
            "actor": op.actor,
            "at": iso_utc(at),
        }
    )
    state.status = target.value
    state.version += 1
    state.updated_at = batch.now
    changed = ["status"]
    if target is Status.STRUCK_OFF:
        changed += _resolve_duplicates(batch, op, state)
    batch.touch(state.key)
    batch.log_change(state.key, state.version, op.actor, at, changed)
    return OpResult(Outcome.APPLIED, state.key, state.version)


def _hold_if_both_changed(
    batch: Batch, op: Op, state: ArtisanState, ours: dict[str, Any], before: dict[str, Any]
) -> OpResult | None:
    theirs = conflicts.changes_by_others(batch, state.key, op.base_version)
    current = {**state.fields, PHOTO: state.photo}
    both = conflicts.both_changed(ours, current, theirs)
    if not both:
        return None
    conflict = conflicts.hold(
        batch,
        op,
        kind=ConflictKind.FIELDS,
        owner_office=state.owner_office,
        fields=both,
        base={name: before.get(name) for name in ours},
        ours=ours,
        theirs={name: current[name] for name in both},
        their_changes=theirs,
    )
    return OpResult(Outcome.CONFLICT, conflict=conflict)


def _hold_if_duplicate(batch: Batch, op: Op, state: ArtisanState) -> OpResult | None:
    """A live CIN (of a person) or ICE another live record holds: the record is kept,
    held as a possible duplicate of the other, for people to decide."""
    found = _duplicate_of(batch, state)
    batch.remember_keys(
        RegisterKeys(state.id, state.cin, state.ice, state.is_person, str(state.number),
                     state.owner_office)
    )  # fmt: skip
    if found is None:
        return None
    other, field = found
    state.held_with = other.id
    conflict = conflicts.hold(
        batch,
        op,
        kind=ConflictKind.DUPLICATE,
        owner_office=state.owner_office,
        fields=[field],
        base={},
        ours={
            "id": state.id,
            "registration_number": str(state.number),
            field: getattr(state, field),
        },
        theirs={
            "id": other.id,
            "registration_number": other.registration_number,
            "owner_office": other.owner_office,
            field: getattr(other, field),
        },
        other_id=other.id,
    )
    return OpResult(Outcome.CONFLICT, state.key, state.version, conflict)


def _duplicate_of(batch: Batch, state: ArtisanState) -> tuple[RegisterKeys, str] | None:
    candidates: list[tuple[str, str]] = []
    if state.is_person and state.cin:
        candidates += [(uid, "cin") for uid in batch.by_cin.get(state.cin, ())]
    if state.ice:
        candidates += [(uid, "ice") for uid in batch.by_ice.get(state.ice, ())]
    for uid, field in sorted(candidates):
        keys = batch.register_keys[uid]
        current = batch.artisans.get(uid)
        if uid == state.id:
            continue
        if current is not None:  # changed in this batch: its state now decides
            if not current.live or getattr(current, field) != getattr(state, field):
                continue
            if field == "cin" and not current.is_person:
                continue
        return keys, field
    return None


def _resolve_duplicates(batch: Batch, op: Op, state: ArtisanState) -> list[str]:
    """A record struck off (as a duplicate or otherwise) no longer holds its pair."""
    changed = []
    if state.held_with is not None:
        state.held_with = None
        changed.append("held")
    held_by_it = batch.records_held_with(state.id)
    for uid in held_by_it:
        other = batch.artisan(uid)
        if other is None or other.held_with != state.id:
            continue
        other.held_with = None
        other.version += 1
        other.updated_at = batch.now
        batch.touch(other.key)
        batch.log_change(other.key, other.version, op.actor, as_stored(op.at), ["held"])
    batch.resolved_duplicates.add(state.id)
    return changed


def _role_of(batch: Batch, username: str) -> Role | None:
    """The role of the op's author, when the server knows them as a user of the office."""
    batch.load_office_users()
    for user in batch.users.values():
        if user.office == batch.device.office_code and user.username == username:
            try:
                return Role(user.role)
            except ValueError:
                return None
    return None


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return len(text) == 36


class _Lookups:
    """What :func:`check_against_register` asks, answered from the batch. Only the
    supervising artisan is asked: a shared CIN or ICE holds the record instead."""

    def __init__(self, batch: Batch) -> None:
        self.batch = batch

    def cin_in_use(self, cin: str, exclude_id: str | None) -> bool:
        return False

    def ice_in_use(self, ice: str, exclude_id: str | None) -> bool:
        return False

    def supervisor(self, registration_number: str) -> SupervisorInfo | None:
        return self.batch.supervisor(registration_number)
