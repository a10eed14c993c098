"""The register's rules: a draft becomes canonical values, or a list of issues.

Two stages. :func:`validate_draft` needs only reference data and today's date, so a
form can run it on every keystroke. :func:`check_against_register` needs the store
(CIN and ICE already held, the supervising artisan) and runs inside the transaction
that saves, through the :class:`RegisterLookups` the storage layer provides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol, TypedDict, TypeVar

from registry.artisan import (
    AmoStatus,
    ArtisanDraft,
    ArtisanFields,
    Category,
    FiscalRegime,
    Sex,
    Status,
    Workplace,
)
from registry.dates import age_on, parse_date
from registry.identifiers import (
    parse_cin,
    parse_digits,
    parse_email,
    parse_ice,
    parse_odco,
    parse_phone,
)
from registry.issues import Code, Issue, Severity
from registry.numbering import parse_registration_number
from registry.photo import check_photo
from registry.reference import COMMUNE_CODE, ActivityCatalogue, Geography
from registry.text import check_name, check_text, clean_text

NAME_MAX = 60
PLACE_MAX = 80
ADDRESS_MAX = 200
TITLE_MAX = 120
COURT_MAX = 60
MIN_AGE = 15
MAX_AGE = 100
EXPERIENCE_YEARS = {Category.ARTISAN_EXPERIENCE: 3, Category.MASTER_ARTISAN: 10}
MIN_COOPERATIVE_MEMBERS = 5  # law 112-12 on cooperatives
EARLIEST_REGISTRATION = date(1950, 1, 1)

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_SEX_ALIASES = {
    "m": Sex.MALE, "h": Sex.MALE, "homme": Sex.MALE, "male": Sex.MALE, "masculin": Sex.MALE,
    "ذكر": Sex.MALE, "ذ": Sex.MALE,
    "f": Sex.FEMALE, "femme": Sex.FEMALE, "female": Sex.FEMALE, "féminin": Sex.FEMALE,
    "feminin": Sex.FEMALE, "أنثى": Sex.FEMALE, "انثى": Sex.FEMALE, "أ": Sex.FEMALE,
}  # fmt: skip


@dataclass(frozen=True)
class RuleContext:
    """What the rules need besides the record: reference data and the day."""

    geography: Geography
    activities: ActivityCatalogue
    today: date
    office_region: str | None = None


@dataclass(frozen=True)
class SupervisorInfo:
    status: Status
    category: Category


class RegisterLookups(Protocol):
    """Questions only the store can answer; ``exclude_id`` is the record being edited."""

    def cin_in_use(self, cin: str, exclude_id: str | None) -> bool: ...

    def ice_in_use(self, ice: str, exclude_id: str | None) -> bool: ...

    def supervisor(self, registration_number: str) -> SupervisorInfo | None: ...


E = TypeVar("E", bound=StrEnum)


class _Checker:
    """Collects issues while reading one draft."""

    def __init__(self, draft: ArtisanDraft) -> None:
        self.draft = draft
        self.issues: list[Issue] = []

    def add(self, code: Code, field: str, **params: str | int) -> None:
        self.issues.append(Issue(code, field, params=params))

    def warn(self, code: Code, field: str, **params: str | int) -> None:
        self.issues.append(Issue(code, field, Severity.WARNING, params))

    def has_error(self, field: str) -> bool:
        return any(i.field == field and i.is_error for i in self.issues)

    def text(self, field: str, max_length: int, *, required: bool = False) -> str:
        value = clean_text(getattr(self.draft, field))
        self.issues += check_text(value, field, max_length=max_length, required=required)
        return value

    def name(self, field: str, *, arabic: bool, max_length: int = NAME_MAX) -> str:
        value = self.text(field, max_length)
        if value and not self.has_error(field):
            self.issues += check_name(value, field, arabic=arabic)
        return value

    def choice(self, field: str, enum: type[E], *, required: bool = False) -> E | None:
        raw = clean_text(getattr(self.draft, field)).lower()
        if not raw:
            if required:
                self.add(Code.REQUIRED, field)
            return None
        try:
            return enum(raw)
        except ValueError:
            self.add(Code.INVALID_CHOICE, field)
            return None

    def parsed(
        self, field: str, parse: Callable[[str], str | None], code: Code, *, required: bool = False
    ) -> str | None:
        raw = clean_text(getattr(self.draft, field))
        if not raw:
            if required:
                self.add(Code.REQUIRED, field)
            return None
        value = parse(raw)
        if value is None:
            self.add(code, field)
        return value

    def date(self, field: str, today: date, *, required: bool = False) -> date | None:
        raw = clean_text(getattr(self.draft, field))
        if not raw:
            if required:
                self.add(Code.REQUIRED, field)
            return None
        value = parse_date(raw)
        if value is None:
            self.add(Code.DATE_INVALID, field)
        elif value > today:
            self.add(Code.DATE_IN_FUTURE, field)
            return None
        return value

    def integer(self, field: str, lowest: int, highest: int, code: Code) -> int | None:
        raw = clean_text(getattr(self.draft, field)).translate(_ARABIC_DIGITS)
        if not raw:
            return None
        if not (raw.isascii() and raw.isdigit()) or not lowest <= int(raw) <= highest:
            self.add(code, field, min=lowest, max=highest)
            return None
        return int(raw)


def parse_sex(text: str) -> Sex | None:
    return _SEX_ALIASES.get(clean_text(text).casefold())


def validate_draft(
    draft: ArtisanDraft, ctx: RuleContext, previous: ArtisanFields | None = None
) -> tuple[ArtisanFields | None, list[Issue]]:
    """Canonical values of ``draft`` (``None`` if any error) and every issue found.

    ``previous`` is the stored record when editing: an activity coded against an older
    version of the nomenclature stays valid as long as it is not changed.
    """
    c = _Checker(draft)

    cin = c.parsed("cin", parse_cin, Code.CIN_FORMAT, required=True)
    last_fr = c.name("last_name_fr", arabic=False)
    first_fr = c.name("first_name_fr", arabic=False)
    last_ar = c.name("last_name_ar", arabic=True)
    first_ar = c.name("first_name_ar", arabic=True)
    for fr_field, ar_field, fr, ar in (
        ("last_name_fr", "last_name_ar", last_fr, last_ar),
        ("first_name_fr", "first_name_ar", first_fr, first_ar),
    ):
        if not fr and not ar and not c.has_error(fr_field) and not c.has_error(ar_field):
            c.add(Code.NAME_MISSING, fr_field)
            c.add(Code.NAME_MISSING, ar_field)

    sex = None
    if not clean_text(draft.sex):
        c.add(Code.REQUIRED, "sex")
    elif (sex := parse_sex(draft.sex)) is None:
        c.add(Code.INVALID_CHOICE, "sex")

    registered_on = c.date("registered_on", ctx.today)
    if registered_on is None and not c.has_error("registered_on"):
        registered_on = ctx.today
    if registered_on and registered_on < EARLIEST_REGISTRATION:
        c.add(Code.DATE_INVALID, "registered_on")
        registered_on = None
    birth_date = c.date("birth_date", ctx.today, required=True)
    if birth_date and registered_on:
        age = age_on(birth_date, registered_on)
        if age < MIN_AGE:
            c.add(Code.AGE_TOO_LOW, "birth_date", min=MIN_AGE)
        elif age > MAX_AGE:
            c.add(Code.AGE_TOO_HIGH, "birth_date", max=MAX_AGE)
    birth_place = c.text("birth_place", PLACE_MAX)
    nationality = clean_text(draft.nationality).upper() or "MA"
    if not re.fullmatch("[A-Z]{2}", nationality):
        c.add(Code.INVALID_CHOICE, "nationality")

    phone = c.parsed("phone", parse_phone, Code.PHONE_INVALID)
    email = c.parsed("email", parse_email, Code.EMAIL_INVALID)
    address_fr = c.text("address_fr", ADDRESS_MAX)
    address_ar = c.text("address_ar", ADDRESS_MAX)

    province = clean_text(draft.province)
    region = ""
    if not province:
        c.add(Code.REQUIRED, "province")
    elif (found := ctx.geography.provinces.get(province)) is None:
        c.add(Code.PROVINCE_UNKNOWN, "province")
    else:
        region = found.region_code
        if ctx.office_region and region != ctx.office_region:
            c.warn(Code.OUTSIDE_OFFICE_REGION, "province", region=region)
    commune = clean_text(draft.commune) or None
    if commune is not None:
        if not COMMUNE_CODE.fullmatch(commune):
            c.add(Code.COMMUNE_FORMAT, "commune")
        elif region and not commune.startswith(ctx.geography.provinces[province].geo_code + "."):
            c.add(Code.COMMUNE_OUTSIDE_PROVINCE, "commune")
        elif ctx.geography.communes and commune not in ctx.geography.communes:
            c.add(Code.COMMUNE_UNKNOWN, "commune")

    category = c.choice("category", Category, required=True)
    activity, activity_version = _check_activity(c, ctx.activities, previous)
    since = c.integer("activity_since", 1900, ctx.today.year, Code.YEAR_INVALID)
    if since is not None and birth_date and since < birth_date.year:
        c.add(Code.YEAR_BEFORE_BIRTH, "activity_since")
        since = None
    diploma = c.text("diploma", TITLE_MAX)
    diploma_school = c.text("diploma_school", TITLE_MAX)
    if category in EXPERIENCE_YEARS and not c.has_error("activity_since"):
        needed = EXPERIENCE_YEARS[category]
        if since is None:
            c.add(Code.REQUIRED, "activity_since")
        elif registered_on and registered_on.year - since < needed:
            c.add(Code.EXPERIENCE_TOO_SHORT, "activity_since", years=needed)
    if category is Category.ARTISAN_DIPLOMA:
        for field, value in (("diploma", diploma), ("diploma_school", diploma_school)):
            if not value and not c.has_error(field):
                c.add(Code.DIPLOMA_REQUIRED, field)
    workplace = c.choice("workplace", Workplace)
    cnss = c.parsed("cnss_number", lambda v: parse_digits(v, 7, 10), Code.NUMBER_FORMAT)
    amo = c.choice("amo_status", AmoStatus)
    fiscal = c.choice("fiscal_regime", FiscalRegime)

    entity = _check_entity(c, category)
    photo = draft.photo or None
    c.issues += check_photo(photo)

    if any(i.is_error for i in c.issues):
        return None, c.issues
    assert cin and sex and birth_date and category and activity and registered_on
    return (
        ArtisanFields(
            cin=cin,
            last_name_fr=last_fr,
            first_name_fr=first_fr,
            last_name_ar=last_ar,
            first_name_ar=first_ar,
            sex=sex,
            birth_date=birth_date,
            birth_place=birth_place,
            nationality=nationality,
            phone=phone,
            email=email,
            address_fr=address_fr,
            address_ar=address_ar,
            province=province,
            region=region,
            commune=commune,
            category=category,
            activity=activity,
            activity_version=activity_version,
            branch=_branch_code(ctx.activities, activity, activity_version),
            activity_since=since,
            diploma=diploma,
            diploma_school=diploma_school,
            workplace=workplace,
            cnss_number=cnss,
            amo_status=amo,
            fiscal_regime=fiscal,
            registered_on=registered_on,
            photo=photo,
            **entity,
        ),
        c.issues,
    )


def _check_activity(
    c: _Checker, activities: ActivityCatalogue, previous: ArtisanFields | None
) -> tuple[str, str]:
    code = clean_text(c.draft.activity)
    if not code:
        c.add(Code.REQUIRED, "activity")
        return "", ""
    if previous is not None and code == previous.activity:
        if activities.resolve(code, previous.activity_version) is not None:
            return code, previous.activity_version
    if code not in activities.active.activities:
        c.add(Code.ACTIVITY_UNKNOWN, "activity")
        return "", ""
    return code, activities.active.version


def _branch_code(activities: ActivityCatalogue, code: str, version: str) -> str:
    branch = activities.branch(code, version)
    return branch.code if branch else ""


_ENTITY_ONLY_FIELDS = (
    "entity_name_fr", "entity_name_ar", "odco_number", "members", "supervisor_number",
)  # fmt: skip


class _EntityFields(TypedDict):
    entity_name_fr: str
    entity_name_ar: str
    ice: str | None
    rc_court: str
    rc_number: str | None
    tax_id: str | None
    odco_number: str | None
    members: int | None
    supervisor_number: str | None


def _check_entity(c: _Checker, category: Category | None) -> _EntityFields:
    """Cooperative and enterprise fields; an individual may still hold an ICE, RC and IF."""
    is_entity = category is not None and category.is_entity
    if category is not None and not is_entity:
        for field in _ENTITY_ONLY_FIELDS:
            if clean_text(getattr(c.draft, field)):
                c.add(Code.NOT_FOR_CATEGORY, field)
    name_fr = c.text("entity_name_fr", TITLE_MAX)
    name_ar = c.text("entity_name_ar", TITLE_MAX)
    if is_entity and not name_fr and not name_ar:
        c.add(Code.NAME_MISSING, "entity_name_fr")
        c.add(Code.NAME_MISSING, "entity_name_ar")
    ice = c.parsed("ice", parse_ice, Code.ICE_INVALID, required=category is Category.ENTERPRISE)
    rc_court = c.text("rc_court", COURT_MAX)
    rc_number = c.parsed("rc_number", lambda v: parse_digits(v, 1, 8), Code.NUMBER_FORMAT)
    if rc_court and rc_number is None and not c.has_error("rc_number"):
        c.add(Code.REQUIRED, "rc_number")
    if rc_number and not rc_court:
        c.add(Code.REQUIRED, "rc_court")
    tax_id = c.parsed("tax_id", lambda v: parse_digits(v, 6, 10), Code.NUMBER_FORMAT)
    odco = c.parsed("odco_number", parse_odco, Code.NUMBER_FORMAT)
    if category is Category.COOPERATIVE and odco is None and not c.has_error("odco_number"):
        c.add(Code.ODCO_REQUIRED, "odco_number")
    members = c.integer("members", 1, 100_000, Code.NUMBER_FORMAT)
    if category is Category.COOPERATIVE and not c.has_error("members"):
        if members is None:
            c.add(Code.REQUIRED, "members")
        elif members < MIN_COOPERATIVE_MEMBERS:
            c.add(Code.MEMBERS_TOO_FEW, "members", min=MIN_COOPERATIVE_MEMBERS)
    supervisor = None
    raw_supervisor = clean_text(c.draft.supervisor_number)
    if category is Category.ENTERPRISE and not raw_supervisor:
        c.add(Code.SUPERVISOR_REQUIRED, "supervisor_number")
    elif raw_supervisor:
        number = parse_registration_number(raw_supervisor)
        if number is None:
            c.add(Code.REGISTRATION_NUMBER_INVALID, "supervisor_number")
        else:
            supervisor = str(number)
    return {
        "entity_name_fr": name_fr,
        "entity_name_ar": name_ar,
        "ice": ice,
        "rc_court": rc_court,
        "rc_number": rc_number,
        "tax_id": tax_id,
        "odco_number": odco,
        "members": members,
        "supervisor_number": supervisor,
    }


@dataclass(frozen=True)
class RegisterKeys:
    """The values of a record that the register-wide rules look at."""

    cin: str
    category: Category
    ice: str | None
    supervisor_number: str | None
    entity_name_fr: str
    entity_name_ar: str

    @classmethod
    def of(cls, values: ArtisanFields) -> RegisterKeys:
        return cls(
            values.cin,
            values.category,
            values.ice,
            values.supervisor_number,
            values.entity_name_fr,
            values.entity_name_ar,
        )


def check_against_register(
    keys: RegisterKeys,
    lookups: RegisterLookups,
    exclude_id: str | None = None,
    *,
    live: bool = True,
    moved: bool = False,
) -> list[Issue]:
    """Rules that need the register itself: uniqueness and the supervising artisan.

    ``live``: the record holds its CIN and ICE; a struck-off one does not (the person
    may have been registered again since). ``moved``: the record is registered already,
    elsewhere, and comes with its number (a file another desk exported): its supervising
    artisan must exist and be an individual, whatever their status is now; a new
    enterprise needs one whose registration is in force.
    """
    issues: list[Issue] = []
    if live and not keys.category.is_entity and lookups.cin_in_use(keys.cin, exclude_id):
        issues.append(Issue(Code.CIN_IN_USE, "cin"))
    if live and keys.ice and lookups.ice_in_use(keys.ice, exclude_id):
        issues.append(Issue(Code.ICE_IN_USE, "ice"))
    if keys.category is Category.ENTERPRISE and keys.supervisor_number:
        info = lookups.supervisor(keys.supervisor_number)
        if info is None or info.category.is_entity:
            issues.append(Issue(Code.SUPERVISOR_UNKNOWN, "supervisor_number"))
        elif info.status is not Status.REGISTERED and not moved:
            issues.append(Issue(Code.SUPERVISOR_NOT_REGISTERED, "supervisor_number"))
    return issues
