"""What the office's documents say about the issuer: the signatory and the logo.

The signatory's name and titles are office settings (``office_settings``); the logo is
a file copied into the data directory, so that printing never depends on where the
original image was.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.office_settings import store_settings
from desktop_app.services.records import Actor
from desktop_app.storage.models import OfficeSetting
from desktop_app.storage.office_logo import LOGO_SETTING, read_logo, write_logo
from registry.issues import Code, Issue, ValidationFailed
from registry.photo import MAX_PHOTO_BYTES, image_size, photo_kind
from registry.text import check_text, clean_text
from registry.workflow import Role

SIGNATORY_MAX = 120
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
    return read_logo(desk.data_dir, _settings(desk).get(LOGO_SETTING))


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
    store_settings(desk, actor, "set_signatory", values)
    return signatory(desk)


def set_logo(desk: Desk, actor: Actor, image: bytes | None) -> None:
    """Copy a PNG or JPEG logo into the data directory (``None`` removes it)."""
    _require_administrator(actor)
    if image is None:
        store_settings(desk, actor, "set_logo", {LOGO_SETTING: ""})
        return
    kind = photo_kind(image)
    if kind is None or image_size(image) is None:
        raise ValidationFailed([Issue(Code.PHOTO_FORMAT, "logo")])
    if len(image) > MAX_PHOTO_BYTES:
        raise ValidationFailed(
            [Issue(Code.PHOTO_TOO_LARGE, "logo", params={"max_kb": MAX_PHOTO_BYTES // 1024})]
        )
    name = write_logo(desk.data_dir, image)
    store_settings(desk, actor, "set_logo", {LOGO_SETTING: name}, logo=image)
