"""Changing the status of a registration along the workflow."""

from __future__ import annotations

from desktop_app.services.creation import ENTITY
from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import bump, record_of, row_for_update
from desktop_app.storage import audit, outbox
from desktop_app.storage.artisans import StoreLookups, fields_from_row, load_photo
from desktop_app.storage.models import StatusChange
from registry import wire
from registry.artisan import Status
from registry.issues import Code, Issue, ValidationFailed
from registry.text import check_text, clean_text
from registry.validation import RegisterKeys, check_against_register
from registry.workflow import Action, find_transition

REASON_MAX = 500


def change_status(
    desk: Desk,
    actor: Actor,
    artisan_id: str,
    action: Action,
    reason: str,
    expected_version: int,
) -> ArtisanRecord:
    """Apply ``action`` to the record, if the workflow and the actor's role allow it."""
    reason = clean_text(reason)
    with desk.store.write() as session:
        row = row_for_update(session, desk, artisan_id, expected_version)
        source = Status(row.status)
        transition = find_transition(source, action)
        if transition is None:
            raise ValidationFailed(
                [Issue(Code.STATUS_TRANSITION, "status", params={"from": source, "action": action})]
            )
        if actor.role not in transition.roles:
            raise NotAllowed(f"{actor.role} may not {action}")
        issues = check_text(reason, "reason", max_length=REASON_MAX)
        if transition.needs_reason and not reason:
            issues.append(Issue(Code.REASON_REQUIRED, "reason"))
        if issues:
            raise ValidationFailed(issues)
        values = fields_from_row(row, load_photo(session, row.pk))
        if not source.is_live:
            # Back from struck off: its CIN or ICE may have been registered again since.
            found = check_against_register(
                RegisterKeys.of(values), StoreLookups(session), exclude_id=row.id
            )
            found = [i for i in found if i.code in (Code.CIN_IN_USE, Code.ICE_IN_USE)]
            if found:
                raise ValidationFailed(found)
        now = desk.now()
        row.status = transition.target.value
        base = bump(row, actor, now)
        session.add(
            StatusChange(
                artisan_pk=row.pk,
                action=action.value,
                from_status=source.value,
                to_status=transition.target.value,
                reason=reason,
                actor=actor.username,
                at=now,
            )
        )
        audit.append(
            session,
            [
                audit.AuditEvent.of(
                    actor.username,
                    action.value,
                    ENTITY,
                    row.id,
                    {"status": source.value},
                    {"status": transition.target.value, "reason": reason},
                    now,
                )
            ],
        )
        data = {"action": action.value, "from_status": source.value,
                "to_status": transition.target.value, "reason": reason}  # fmt: skip
        outbox.enqueue(
            session,
            [
                outbox.Operation(
                    wire.Entity.ARTISAN, row.id, outbox.Kind.STATUS, base, actor.username, now, data
                )
            ],
        )
        session.flush()
        return record_of(row, values)
