"""Writing the office's settings (policies, the signatory, the logo): the rows, their
audit entry and the operation that carries them to the other desks of the office, in
one transaction."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor
from desktop_app.storage import audit, outbox
from desktop_app.storage.models import OfficeSetting
from desktop_app.storage.office_logo import LOGO_SETTING
from desktop_app.storage.sync_state import settings_version
from registry import wire

ENTITY = "office"


def store_settings(
    desk: Desk,
    actor: Actor,
    action: str,
    values: Mapping[str, str],
    *,
    logo: bytes | None = None,
    defaults: Mapping[str, str] | None = None,
) -> None:
    """Set ``values`` (key → text); ``logo``: the image whose file ``values`` names
    under ``logo_file`` (its bytes travel, not the local file's name). ``defaults``:
    what a key not stored yet stands for, in the audit entry."""
    now = desk.now()
    with desk.store.write() as session:
        before: dict[str, str] = {}
        for key, value in values.items():
            row = session.get(OfficeSetting, key)
            before[key] = row.value if row else (defaults or {}).get(key, "")
            if row is None:
                session.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value
        office = desk.identity.office_code
        audit.append(
            session, [audit.AuditEvent.of(actor.username, action, ENTITY, office, before,
                                          values, now)]
        )  # fmt: skip
        data: dict[str, object] = {"values": {k: v for k, v in values.items() if k != LOGO_SETTING}}
        if LOGO_SETTING in values:
            data["logo"] = logo
        outbox.enqueue(
            session,
            [
                outbox.Operation(
                    wire.Entity.OFFICE_SETTINGS,
                    office,
                    outbox.Kind.SET,
                    settings_version(session),
                    actor.username,
                    now,
                    data,
                )
            ],
        )
