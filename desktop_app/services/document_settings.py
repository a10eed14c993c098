"""What the office's documents say about the issuer: the signatory and the logo.

The signatory's name and titles are office settings (``office_settings``); the logo is
a file copied into the data directory, so that printing never depends on where the
original image was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.records import Actor
from desktop_app.storage import audit
from desktop_app.storage.models import OfficeSetting
from registry.issues import Code, Issue, ValidationFailed
from registry.photo import MAX_PHOTO_BYTES, image_size, photo_kind
from registry.text import check_text, clean_text
from registry.workflow import Role

SIGNATORY_MAX = 120
LOGO_SETTING = "logo_file"
_LOGO_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg"}
# The chamber's president signs unless the office says otherwise.
DEFAULT_TITLE_FR = "Le Président de la Chambre"
DEFAULT_TITLE_AR = "رئيس الغرفة"


@dataclass(frozen=True)
class Signatory:
    name: str
    title_fr: str
    title_ar: str


def _settings(desk: Desk) -> dict[str, str]:
    with desk.store.read() as session:
        rows = session.execute(select(OfficeSetting.key, OfficeSetting.value)).all()
    return {key: value for key, value in rows}


def signatory(desk: Desk) -> Signatory:
    stored = _settings(desk)
    return Signatory(
        stored.get("signatory_name", ""),
        stored.get("signatory_title_fr") or DEFAULT_TITLE_FR,
        stored.get("signatory_title_ar") or DEFAULT_TITLE_AR,
    )


def office_logo(desk: Desk) -> bytes | None:
    """The logo printed on the office's documents, if one was set."""
    name = _settings(desk).get(LOGO_SETTING)
    path = desk.data_dir / name if name else None
    return path.read_bytes() if path and path.is_file() else None


def _store_settings(desk: Desk, actor: Actor, action: str, values: dict[str, str]) -> None:
    with desk.store.write() as session:
        before: dict[str, str] = {}
        for key, value in values.items():
            row = session.get(OfficeSetting, key)
            before[key] = row.value if row else ""
            if row is None:
                session.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value
        audit.append(
            session,
            [audit.AuditEvent.of(actor.username, action, "office", desk.identity.office_code,
                                 before, values, desk.now())],
        )  # fmt: skip


def _require_administrator(actor: Actor) -> None:
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator sets what documents say")


def set_signatory(desk: Desk, actor: Actor, name: str, title_fr: str, title_ar: str) -> Signatory:
    """Who signs the office's documents ('' for a title restores its default)."""
    _require_administrator(actor)
    values = {
        "signatory_name": clean_text(name),
        "signatory_title_fr": clean_text(title_fr),
        "signatory_title_ar": clean_text(title_ar),
    }
    issues = [
        issue
        for field, value in values.items()
        for issue in check_text(value, field, max_length=SIGNATORY_MAX)
    ]
    if issues:
        raise ValidationFailed(issues)
    _store_settings(desk, actor, "set_signatory", values)
    return signatory(desk)


def set_logo(desk: Desk, actor: Actor, image: bytes | None) -> None:
    """Copy a PNG or JPEG logo into the data directory (``None`` removes it)."""
    _require_administrator(actor)
    if image is None:
        _store_settings(desk, actor, "set_logo", {LOGO_SETTING: ""})
        return
    kind = photo_kind(image)
    if kind is None or image_size(image) is None:
        raise ValidationFailed([Issue(Code.PHOTO_FORMAT, "logo")])
    if len(image) > MAX_PHOTO_BYTES:
        raise ValidationFailed(
            [Issue(Code.PHOTO_TOO_LARGE, "logo", params={"max_kb": MAX_PHOTO_BYTES // 1024})]
        )
    # Named by its content, so that the audit entry says which image was set.
    name = f"office-logo-{hashlib.sha256(image).hexdigest()[:16]}{_LOGO_SUFFIXES[kind]}"
    _write_file(desk.data_dir / name, image)
    _store_settings(desk, actor, "set_logo", {LOGO_SETTING: name})


def _write_file(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
