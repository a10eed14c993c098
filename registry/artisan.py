"""The artisan record: what a chamber registers about a person, a cooperative or an
enterprise.

:class:`ArtisanDraft` is what a form or an imported row gives — every value as typed.
:func:`registry.validation.validate_draft` turns a draft into :class:`ArtisanFields`,
the typed, canonical values that are stored. The attribute names are the canonical
field names used by the import/export columns, JSON output and error reports.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class Category(StrEnum):
    ARTISAN_DIPLOMA = "artisan_diploma"
    ARTISAN_EXPERIENCE = "artisan_experience"
    MASTER_ARTISAN = "master_artisan"
    COOPERATIVE = "cooperative"
    ENTERPRISE = "enterprise"

    @property
    def is_entity(self) -> bool:
        """Cooperatives and enterprises are legal entities, represented by a person."""
        return self in (Category.COOPERATIVE, Category.ENTERPRISE)


class Workplace(StrEnum):
    OWN_WORKSHOP = "own_workshop"
    HOME = "home"
    COOPERATIVE = "cooperative"
    ITINERANT = "itinerant"
    OTHER = "other"


class AmoStatus(StrEnum):
    """Compulsory health insurance (AMO) for the self-employed."""

    NOT_ENROLLED = "not_enrolled"
    ENROLLED = "enrolled"
    SUSPENDED = "suspended"


class FiscalRegime(StrEnum):
    CPU = "cpu"
    AUTO_ENTREPRENEUR = "auto_entrepreneur"
    SIMPLIFIED_ACCOUNTING = "simplified_accounting"
    NONE = "none"


class Status(StrEnum):
    PENDING_REVIEW = "pending_review"
    RETURNED = "returned"
    REGISTERED = "registered"
    SUSPENDED = "suspended"
    STRUCK_OFF = "struck_off"

    @property
    def is_live(self) -> bool:
        """A struck-off registration no longer holds its CIN or ICE."""
        return self is not Status.STRUCK_OFF


@dataclass(frozen=True)
class ArtisanDraft:
    """A record as typed: strings everywhere, '' for empty; the photo as bytes."""

    cin: str = ""
    last_name_fr: str = ""
    first_name_fr: str = ""
    last_name_ar: str = ""
    first_name_ar: str = ""
    sex: str = ""
    birth_date: str = ""
    birth_place: str = ""
    nationality: str = "MA"
    phone: str = ""
    email: str = ""
    address_fr: str = ""
    address_ar: str = ""
    province: str = ""
    commune: str = ""
    category: str = ""
    activity: str = ""
    activity_since: str = ""
    diploma: str = ""
    diploma_school: str = ""
    workplace: str = ""
    cnss_number: str = ""
    amo_status: str = ""
    fiscal_regime: str = ""
    entity_name_fr: str = ""
    entity_name_ar: str = ""
    ice: str = ""
    rc_court: str = ""
    rc_number: str = ""
    tax_id: str = ""
    odco_number: str = ""
    members: str = ""
    supervisor_number: str = ""
    registered_on: str = ""
    photo: bytes | None = None


@dataclass(frozen=True)
class ArtisanFields:
    """The canonical, typed values of a valid record (``None`` for not recorded)."""

    cin: str
    last_name_fr: str
    first_name_fr: str
    last_name_ar: str
    first_name_ar: str
    sex: Sex
    birth_date: date
    birth_place: str
    nationality: str
    phone: str | None
    email: str | None
    address_fr: str
    address_ar: str
    province: str
    region: str
    commune: str | None
    category: Category
    activity: str
    activity_version: str
    branch: str
    activity_since: int | None
    diploma: str
    diploma_school: str
    workplace: Workplace | None
    cnss_number: str | None
    amo_status: AmoStatus | None
    fiscal_regime: FiscalRegime | None
    entity_name_fr: str
    entity_name_ar: str
    ice: str | None
    rc_court: str
    rc_number: str | None
    tax_id: str | None
    odco_number: str | None
    members: int | None
    supervisor_number: str | None
    registered_on: date
    photo: bytes | None


DRAFT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ArtisanDraft) if f.name != "photo")
"""The canonical text fields of a record, in form order (import and export columns)."""

IDENTITY_FIELDS: frozenset[str] = frozenset(
    {
        "cin", "last_name_fr", "first_name_fr", "last_name_ar", "first_name_ar",
        "birth_date", "photo", "category",
    }
)  # fmt: skip
"""Fields whose concurrent change by two offices needs a supervisor (see DESIGN.md)."""


def draft_from_fields(values: ArtisanFields) -> ArtisanDraft:
    """The draft a form shows to edit a stored record."""

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    kwargs: dict[str, object] = {name: text(getattr(values, name)) for name in DRAFT_FIELDS}
    kwargs["photo"] = values.photo
    return ArtisanDraft(**kwargs)  # type: ignore[arg-type]
