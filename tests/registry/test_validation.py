"""Every rule of :func:`registry.validation.validate_draft` and of the register-wide
checks, each bad input asserting its exact code, field and (where a message needs
them) params."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pytest

from registry.artisan import (
    AmoStatus,
    ArtisanFields,
    Category,
    FiscalRegime,
    Sex,
    Status,
    Workplace,
    draft_from_fields,
)
from registry.issues import Code, Issue, Severity
from registry.numbering import RegistrationNumber
from registry.reference import Geography
from registry.validation import (
    RegisterKeys,
    RuleContext,
    SupervisorInfo,
    check_against_register,
    parse_sex,
    validate_draft,
)
from tests.factories import TODAY, make_draft, make_photo
from tests.registry.conftest import OLD_ONLY_CODE, OLD_VERSION
from tests.registry.support import (
    SUPERVISOR_NUMBER,
    VALID_ICE,
    cooperative,
    diploma,
    enterprise,
    errors,
    refused,
    valid,
)

INDIVIDUAL = ("artisan_diploma", "artisan_experience", "master_artisan")


# --- the factory's record ------------------------------------------------------------


def test_the_factory_draft_is_valid_with_canonical_values(ctx: RuleContext) -> None:
    values = valid(ctx)
    assert values.cin == "K123456"
    assert values.sex is Sex.FEMALE
    assert values.birth_date == date(1980, 5, 17)
    assert values.phone == "+212612345678"
    assert values.province == "511"
    assert values.region == "01"
    assert values.category is Category.ARTISAN_EXPERIENCE
    assert values.activity == "01.01"
    assert values.activity_version == ctx.activities.active.version
    assert values.branch == "01"
    assert values.activity_since == 2005
    assert values.registered_on == TODAY  # not typed: the day of registration
    assert values.nationality == "MA"
    assert values.email is None and values.commune is None and values.photo is None


# --- CIN -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("K123456", "K123456"),
        ("k123456", "K123456"),
        ("  ab 12 34 56 ", "AB123456"),
        ("A1", "A1"),
        ("BE 1", "BE1"),
        ("K١٢٣٤٥٦", "K123456"),
        ("ab٠٠٧", "AB007"),
    ],
)
def test_cin_is_upper_cased_without_spaces(ctx: RuleContext, typed: str, stored: str) -> None:
    assert valid(ctx, cin=typed).cin == stored


@pytest.mark.parametrize(
    "typed",
    [
        "K1234567",  # seven digits
        "AB1234567",
        "ABC123",  # three letters
        "KABCD",  # letters only
        "K",
        "123456",  # digits only
        "K12A34",
        "1K2345",
        "ك123456",  # an Arabic letter
        "K12345É",
    ],
)
def test_cin_of_the_wrong_shape_is_refused(ctx: RuleContext, typed: str) -> None:
    refused(ctx, Code.CIN_FORMAT, "cin", cin=typed)


@pytest.mark.parametrize("typed", ["", "   ", "\u200f"])
def test_cin_is_required(ctx: RuleContext, typed: str) -> None:
    refused(ctx, Code.REQUIRED, "cin", cin=typed)


@pytest.mark.parametrize("entity", [cooperative, enterprise])
def test_an_entity_needs_its_representative_cin_too(ctx: RuleContext, entity: Any) -> None:
    refused(ctx, Code.REQUIRED, "cin", **entity(cin=""))
    refused(ctx, Code.CIN_FORMAT, "cin", **entity(cin="K1234567"))
    assert valid(ctx, **entity(cin="k 123456")).cin == "K123456"


# --- categories ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "since", "years"),
    [
        ("artisan_experience", "2024", 3),  # 2 years on 2026-11-29
        ("master_artisan", "2017", 10),  # 9 years
        ("master_artisan", "2024", 10),
    ],
)
def test_too_little_practice_for_the_category(
    ctx: RuleContext, category: str, since: str, years: int
) -> None:
    refused(
        ctx,
        Code.EXPERIENCE_TOO_SHORT,
        "activity_since",
        {"years": years},
        category=category,
        activity_since=since,
    )


@pytest.mark.parametrize(
    ("category", "since"),
    [
        ("artisan_experience", "2023"),  # exactly 3 years
        ("master_artisan", "2016"),  # exactly 10 years
        ("master_artisan", "1990"),
        ("artisan_experience", "1980"),  # the birth year itself
    ],
)
def test_enough_practice_for_the_category(ctx: RuleContext, category: str, since: str) -> None:
    values = valid(ctx, category=category, activity_since=since)
    assert values.activity_since == int(since)


def test_practice_is_counted_to_the_registration_day_not_today(ctx: RuleContext) -> None:
    # Registered in 2010: practice since 2008 was two years then, though 18 now.
    refused(
        ctx,
        Code.EXPERIENCE_TOO_SHORT,
        "activity_since",
        {"years": 3},
        registered_on="2010-06-01",
        activity_since="2008",
    )
    assert valid(ctx, registered_on="2010-06-01", activity_since="2007").registered_on == date(
        2010, 6, 1
    )


@pytest.mark.parametrize("category", ["artisan_experience", "master_artisan"])
def test_activity_since_is_required_for_practice_categories(
    ctx: RuleContext, category: str
) -> None:
    refused(ctx, Code.REQUIRED, "activity_since", category=category, activity_since="")


@pytest.mark.parametrize(
    "overrides", [diploma(), cooperative(), enterprise()], ids=["diploma", "coop", "enterprise"]
)
def test_activity_since_is_optional_otherwise(ctx: RuleContext, overrides: dict[str, Any]) -> None:
    assert valid(ctx, **overrides).activity_since is None
    assert valid(ctx, **(overrides | {"activity_since": "2025"})).activity_since == 2025


def test_activity_since_before_birth_is_refused(ctx: RuleContext) -> None:
    refused(ctx, Code.YEAR_BEFORE_BIRTH, "activity_since", activity_since="1979")
    refused(ctx, Code.YEAR_BEFORE_BIRTH, "activity_since", **diploma(activity_since="1979"))


@pytest.mark.parametrize("since", ["2027", "2100", "1899", "0", "abc", "20O5", "2005.0", "-2005"])
def test_activity_since_must_be_a_year_up_to_this_one(ctx: RuleContext, since: str) -> None:
    refused(
        ctx,
        Code.YEAR_INVALID,
        "activity_since",
        {"min": 1900, "max": TODAY.year},
        activity_since=since,
    )


def test_this_year_is_a_valid_start_for_a_diploma_holder(ctx: RuleContext) -> None:
    assert valid(ctx, **diploma(activity_since=str(TODAY.year))).activity_since == TODAY.year


def test_a_diploma_needs_its_title_and_its_school(ctx: RuleContext) -> None:
    refused(ctx, Code.DIPLOMA_REQUIRED, "diploma", **diploma(diploma=""))
    refused(ctx, Code.DIPLOMA_REQUIRED, "diploma_school", **diploma(diploma_school="  "))
    values, issues = validate_draft(make_draft(**diploma(diploma="", diploma_school="")), ctx)
    assert values is None
    assert errors(issues) == [
        Issue(Code.DIPLOMA_REQUIRED, "diploma"),
        Issue(Code.DIPLOMA_REQUIRED, "diploma_school"),
    ]


def test_a_too_long_diploma_is_too_long_not_missing(ctx: RuleContext) -> None:
    refused(ctx, Code.TOO_LONG, "diploma", {"max": 120}, **diploma(diploma="D" * 121))
    assert valid(ctx, **diploma(diploma="D" * 120)).diploma == "D" * 120


def test_diploma_fields_are_kept_for_other_categories(ctx: RuleContext) -> None:
    values = valid(ctx, diploma="CAP", diploma_school="")
    assert (values.diploma, values.diploma_school) == ("CAP", "")


def test_a_cooperative_needs_its_odco_number(ctx: RuleContext) -> None:
    refused(ctx, Code.ODCO_REQUIRED, "odco_number", **cooperative(odco_number=""))
    refused(ctx, Code.NUMBER_FORMAT, "odco_number", **cooperative(odco_number="#12"))
    refused(ctx, Code.NUMBER_FORMAT, "odco_number", **cooperative(odco_number="/12"))
    assert valid(ctx, **cooperative(odco_number=" 2015/123 ")).odco_number == "2015/123"
    assert valid(ctx, **cooperative(odco_number="tan-88")).odco_number == "TAN-88"


@pytest.mark.parametrize("members", ["4", "1"])
def test_a_cooperative_has_at_least_five_members(ctx: RuleContext, members: str) -> None:
    refused(ctx, Code.MEMBERS_TOO_FEW, "members", {"min": 5}, **cooperative(members=members))


def test_five_members_are_enough(ctx: RuleContext) -> None:
    assert valid(ctx, **cooperative(members="5")).members == 5
    assert valid(ctx, **cooperative(members="100000")).members == 100_000


@pytest.mark.parametrize("members", ["0", "100001", "five", "-5", "5.0"])
def test_members_must_be_a_count(ctx: RuleContext, members: str) -> None:
    refused(
        ctx,
        Code.NUMBER_FORMAT,
        "members",
        {"min": 1, "max": 100_000},
        **cooperative(members=members),
    )


@pytest.mark.parametrize("entity", [cooperative, enterprise])
def test_an_entity_needs_a_name_in_one_script(ctx: RuleContext, entity: Any) -> None:
    values, issues = validate_draft(make_draft(**entity(entity_name_fr="", entity_name_ar="")), ctx)
    assert values is None
    assert errors(issues) == [
        Issue(Code.NAME_MISSING, "entity_name_fr"),
        Issue(Code.NAME_MISSING, "entity_name_ar"),
    ]
    only_arabic = valid(ctx, **entity(entity_name_fr="", entity_name_ar="ورشة الشمال"))
    assert (only_arabic.entity_name_fr, only_arabic.entity_name_ar) == ("", "ورشة الشمال")
    refused(ctx, Code.TOO_LONG, "entity_name_fr", {"max": 120}, **entity(entity_name_fr="E" * 121))


def test_an_enterprise_needs_a_supervising_artisan(ctx: RuleContext) -> None:
    refused(ctx, Code.SUPERVISOR_REQUIRED, "supervisor_number", **enterprise(supervisor_number=""))


def test_the_supervisor_number_must_have_valid_check_digits(ctx: RuleContext) -> None:
    digits = SUPERVISOR_NUMBER.replace("-", "")
    wrong_check = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    swapped = digits[:13] + digits[14] + digits[13] + digits[15:]  # ...000042... → ...000024...
    assert swapped != digits
    for typed in (wrong_check, swapped, "12345", "not a number"):
        refused(
            ctx,
            Code.REGISTRATION_NUMBER_INVALID,
            "supervisor_number",
            **enterprise(supervisor_number=typed),
        )


def test_the_supervisor_number_is_stored_in_its_printed_form(ctx: RuleContext) -> None:
    compact = SUPERVISOR_NUMBER.replace("-", "")
    spaced = " ".join([compact[:2], compact[2:5], compact[5:9], compact[9:]])
    for typed in (compact, spaced, SUPERVISOR_NUMBER):
        values = valid(ctx, **enterprise(supervisor_number=typed))
        assert values.supervisor_number == SUPERVISOR_NUMBER


def test_an_enterprise_needs_an_ice_with_valid_check_digits(ctx: RuleContext) -> None:
    refused(ctx, Code.REQUIRED, "ice", **enterprise(ice=""))
    bad = VALID_ICE[:-1] + "7"
    refused(ctx, Code.ICE_INVALID, "ice", **enterprise(ice=bad))
    refused(ctx, Code.ICE_INVALID, "ice", **enterprise(ice=VALID_ICE[:-1]))
    refused(ctx, Code.ICE_INVALID, "ice", **enterprise(ice=VALID_ICE + "0"))
    assert valid(ctx, **enterprise(ice="00 15 61 191 0000 66")).ice == VALID_ICE


def test_an_individual_may_hold_an_ice_rc_and_tax_id(ctx: RuleContext) -> None:
    values = valid(ctx, ice=VALID_ICE, rc_court="Tanger", rc_number="123", tax_id="1234567")
    assert (values.ice, values.rc_court, values.rc_number, values.tax_id) == (
        VALID_ICE,
        "Tanger",
        "123",
        "1234567",
    )
    refused(ctx, Code.ICE_INVALID, "ice", ice="001561191000067")


ENTITY_ONLY_VALUES = {
    "entity_name_fr": "Atelier Nord",
    "entity_name_ar": "ورشة الشمال",
    "odco_number": "2015/123",
    "members": "12",
    "supervisor_number": SUPERVISOR_NUMBER,
}


@pytest.mark.parametrize("category", INDIVIDUAL)
@pytest.mark.parametrize("field_name", sorted(ENTITY_ONLY_VALUES))
def test_entity_fields_are_refused_for_an_individual(
    ctx: RuleContext, category: str, field_name: str
) -> None:
    overrides = diploma() if category == "artisan_diploma" else {"category": category}
    refused(
        ctx,
        Code.NOT_FOR_CATEGORY,
        field_name,
        **(overrides | {field_name: ENTITY_ONLY_VALUES[field_name]}),
    )


@pytest.mark.parametrize(
    ("typed", "issue"),
    [("", Issue(Code.REQUIRED, "category")), ("artisan", Issue(Code.INVALID_CHOICE, "category"))],
)
def test_category_is_one_of_the_five(ctx: RuleContext, typed: str, issue: Issue) -> None:
    refused(ctx, issue.code, issue.field, category=typed)


def test_category_is_read_case_insensitively(ctx: RuleContext) -> None:
    assert valid(ctx, category=" Master_Artisan ").category is Category.MASTER_ARTISAN


# --- age and dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "code", "params"),
    [
        ("2011-11-30", Code.AGE_TOO_LOW, {"min": 15}),  # 15 tomorrow
        ("2015-01-01", Code.AGE_TOO_LOW, {"min": 15}),
        ("2026-11-29", Code.AGE_TOO_LOW, {"min": 15}),  # born today
        ("1925-11-29", Code.AGE_TOO_HIGH, {"max": 100}),  # 101 today
        ("1900-01-01", Code.AGE_TOO_HIGH, {"max": 100}),
    ],
)
def test_age_out_of_bounds_at_registration(
    ctx: RuleContext, birth: str, code: Code, params: dict[str, int]
) -> None:
    refused(ctx, code, "birth_date", params, **diploma(birth_date=birth))


@pytest.mark.parametrize(
    "birth",
    [
        "2011-11-29",  # 15 today, on the birthday
        "1926-11-29",  # 100 today
        "1925-11-30",  # 101 tomorrow: still 100
    ],
)
def test_age_at_the_bounds_is_accepted(ctx: RuleContext, birth: str) -> None:
    assert valid(ctx, **diploma(birth_date=birth)).birth_date == date.fromisoformat(birth)


def test_age_is_counted_on_the_registration_day(ctx: RuleContext) -> None:
    young = {"birth_date": "1990-01-01", "activity_since": "1990"}
    refused(ctx, Code.AGE_TOO_LOW, "birth_date", {"min": 15}, registered_on="2004-12-31", **young)
    assert valid(ctx, registered_on="2005-01-01", **young).registered_on == date(2005, 1, 1)
    old = {"birth_date": "1900-06-01", "activity_since": "1960"}
    assert valid(ctx, registered_on="2000-06-01", **old).birth_date == date(1900, 6, 1)
    refused(ctx, Code.AGE_TOO_HIGH, "birth_date", {"max": 100}, registered_on="2001-06-01", **old)


@pytest.mark.parametrize(
    "typed",
    [
        "1980-05-17",
        "17/05/1980",
        "17.05.1980",
        "17-05-1980",
        "1980-5-17",
        "17/5/1980",
        "١٧/٠٥/١٩٨٠",
    ],
)
def test_birth_date_formats(ctx: RuleContext, typed: str) -> None:
    assert valid(ctx, birth_date=typed).birth_date == date(1980, 5, 17)


def test_leap_day_birth_date(ctx: RuleContext) -> None:
    assert valid(ctx, birth_date="29/02/1980").birth_date == date(1980, 2, 29)
    assert valid(ctx, birth_date="2000-02-29").birth_date == date(2000, 2, 29)


@pytest.mark.parametrize(
    "typed",
    [
        "1980-02-31",
        "31/02/1980",
        "29/02/1981",  # not a leap year
        "1900-02-29",  # nor is 1900
        "1980-13-01",
        "00/05/1980",
        "05/17/1980",  # month first
        "1980/05/17",
        "17 mai 1980",
        "17051980",
        "80-05-17",
    ],
)
def test_birth_date_must_be_a_real_day(ctx: RuleContext, typed: str) -> None:
    refused(ctx, Code.DATE_INVALID, "birth_date", birth_date=typed)


def test_birth_date_in_the_future_is_refused(ctx: RuleContext) -> None:
    refused(ctx, Code.DATE_IN_FUTURE, "birth_date", birth_date="2026-11-30")
    refused(ctx, Code.DATE_IN_FUTURE, "birth_date", birth_date="01/01/2030")


def test_birth_date_is_required(ctx: RuleContext) -> None:
    refused(ctx, Code.REQUIRED, "birth_date", birth_date=" ")


def test_registered_on_is_not_in_the_future(ctx: RuleContext) -> None:
    refused(ctx, Code.DATE_IN_FUTURE, "registered_on", registered_on="2026-11-30")
    assert valid(ctx, registered_on="29/11/2026").registered_on == TODAY


def test_registered_on_is_not_before_1950(ctx: RuleContext) -> None:
    old = {"birth_date": "1920-01-01", "activity_since": "1940"}
    refused(ctx, Code.DATE_INVALID, "registered_on", registered_on="1949-12-31", **old)
    assert valid(ctx, registered_on="1950-01-01", **old).registered_on == date(1950, 1, 1)


def test_registered_on_must_be_a_real_day(ctx: RuleContext) -> None:
    refused(ctx, Code.DATE_INVALID, "registered_on", registered_on="2020-02-30")
    refused(ctx, Code.DATE_INVALID, "registered_on", registered_on="hier")


# --- geography -----------------------------------------------------------------------


def test_province_is_required_and_known(ctx: RuleContext) -> None:
    refused(ctx, Code.REQUIRED, "province", province="")
    refused(ctx, Code.PROVINCE_UNKNOWN, "province", province="999")
    refused(ctx, Code.PROVINCE_UNKNOWN, "province", province="01.511")  # a geo code
    refused(ctx, Code.PROVINCE_UNKNOWN, "province", province="Tanger")
    assert valid(ctx, province=" 511 ").province == "511"


def test_region_is_derived_from_every_province(geography: Geography, ctx: RuleContext) -> None:
    anywhere = replace(ctx, office_region=None)
    for code, province in geography.provinces.items():
        values = valid(anywhere, province=code)
        assert values.region == province.region_code


def test_a_province_outside_the_office_region_is_a_warning(ctx: RuleContext) -> None:
    values, issues = validate_draft(make_draft(province="113"), ctx)  # Berkane, Oriental
    assert values is not None
    assert values.region == "02"
    assert issues == [
        Issue(Code.OUTSIDE_OFFICE_REGION, "province", Severity.WARNING, {"region": "02"})
    ]
    assert not issues[0].is_error


def test_no_region_warning_without_an_office_region(ctx: RuleContext) -> None:
    assert valid(replace(ctx, office_region=None), province="113").region == "02"


def test_every_province_of_the_office_region_gives_no_warning(
    geography: Geography, ctx: RuleContext
) -> None:
    for province in geography.provinces_of("01"):
        assert valid(ctx, province=province.code).region == "01"


def test_commune_in_the_province(ctx: RuleContext) -> None:
    assert valid(ctx, commune=" 01.511.01.03 ").commune == "01.511.01.03"


@pytest.mark.parametrize(
    "typed", ["1.511.01.01", "01.511.1.01", "01511.01.01", "01.511.01", "Tanger", "01.511.01.01."]
)
def test_commune_code_format(ctx: RuleContext, typed: str) -> None:
    refused(ctx, Code.COMMUNE_FORMAT, "commune", commune=typed)


def test_commune_outside_the_province(ctx: RuleContext) -> None:
    refused(ctx, Code.COMMUNE_OUTSIDE_PROVINCE, "commune", commune="01.051.01.01")
    refused(ctx, Code.COMMUNE_OUTSIDE_PROVINCE, "commune", commune="02.511.01.01")


def test_commune_is_not_checked_against_an_unknown_province(ctx: RuleContext) -> None:
    refused(ctx, Code.PROVINCE_UNKNOWN, "province", province="999", commune="01.051.01.01")


def test_commune_unknown_when_a_commune_list_is_loaded(ctx: RuleContext) -> None:
    communes = {
        "communes": [
            {"code": "01.511.01.01", "province": "511", "name_fr": "Tanger", "name_ar": "طنجة"}
        ]
    }
    geography = Geography(ctx.geography.regions, ctx.geography.provinces, {})
    loaded = Geography.from_json(
        {
            "regions": [
                {
                    "code": r.code,
                    "name_fr": r.name_fr,
                    "name_ar": r.name_ar,
                    "chamber_fr": r.chamber_fr,
                    "chamber_ar": r.chamber_ar,
                    "provinces_prefectures": [
                        {
                            "code": p.code,
                            "geo_code": p.geo_code,
                            "type": p.kind,
                            "name_fr": p.name_fr,
                            "name_ar": p.name_ar,
                        }
                        for p in geography.provinces_of(r.code)
                    ],
                }
                for r in geography.regions.values()
            ]
        },
        communes,
    )
    with_list = replace(ctx, geography=loaded)
    assert valid(with_list, commune="01.511.01.01").commune == "01.511.01.01"
    refused(with_list, Code.COMMUNE_UNKNOWN, "commune", commune="01.511.01.02")


# --- activity ------------------------------------------------------------------------


def test_activity_is_required_and_in_the_active_list(ctx: RuleContext) -> None:
    refused(ctx, Code.REQUIRED, "activity", activity="")
    refused(ctx, Code.ACTIVITY_UNKNOWN, "activity", activity="99.99")
    refused(ctx, Code.ACTIVITY_UNKNOWN, "activity", activity="01")  # a branch, not an activity


def test_branch_is_derived_from_every_active_activity(ctx: RuleContext) -> None:
    active = ctx.activities.active
    for code, activity in active.activities.items():
        values = valid(ctx, activity=code)
        assert (values.activity, values.activity_version) == (code, active.version)
        assert values.branch == activity.branch_code


def test_a_code_only_in_an_older_list_is_refused_for_a_new_record(ctx: RuleContext) -> None:
    refused(ctx, Code.ACTIVITY_UNKNOWN, "activity", activity=OLD_ONLY_CODE)


def _stored_with_old_activity(ctx: RuleContext) -> ArtisanFields:
    return replace(valid(ctx), activity=OLD_ONLY_CODE, activity_version=OLD_VERSION)


def test_an_older_code_stays_valid_when_editing_a_record_that_had_it(ctx: RuleContext) -> None:
    previous = _stored_with_old_activity(ctx)
    values, issues = validate_draft(make_draft(activity=OLD_ONLY_CODE, phone=""), ctx, previous)
    assert issues == []
    assert values is not None
    assert (values.activity, values.activity_version, values.branch) == (
        OLD_ONLY_CODE,
        OLD_VERSION,
        "01",
    )


def test_editing_cannot_switch_to_another_retired_code(ctx: RuleContext) -> None:
    previous = replace(_stored_with_old_activity(ctx), activity="01.91")
    values, issues = validate_draft(make_draft(activity=OLD_ONLY_CODE), ctx, previous)
    assert values is None
    assert errors(issues) == [Issue(Code.ACTIVITY_UNKNOWN, "activity")]


def test_editing_to_an_active_code_takes_the_active_version(ctx: RuleContext) -> None:
    previous = _stored_with_old_activity(ctx)
    values, issues = validate_draft(make_draft(activity="02.01"), ctx, previous)
    assert issues == [] and values is not None
    assert (values.activity_version, values.branch) == (ctx.activities.active.version, "02")


# --- names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fr", "ar"), [("last_name_fr", "last_name_ar"), ("first_name_fr", "first_name_ar")]
)
def test_each_name_needs_at_least_one_script(ctx: RuleContext, fr: str, ar: str) -> None:
    values, issues = validate_draft(make_draft(**{fr: "", ar: " "}), ctx)
    assert values is None
    assert errors(issues) == [Issue(Code.NAME_MISSING, fr), Issue(Code.NAME_MISSING, ar)]
    assert getattr(valid(ctx, **{fr: ""}), fr) == ""
    assert getattr(valid(ctx, **{ar: ""}), ar) == ""


def test_a_bad_name_is_not_also_reported_missing(ctx: RuleContext) -> None:
    refused(ctx, Code.CONTROL_CHARACTERS, "last_name_fr", last_name_fr="\x07", last_name_ar="")


@pytest.mark.parametrize(
    ("field_name", "typed", "script"),
    [
        ("last_name_fr", "العمراني", "latin"),
        ("first_name_fr", "Fatima فاطمة", "latin"),
        ("last_name_ar", "Amrani", "arabic"),
        ("first_name_ar", "فاطمة Z", "arabic"),
    ],
)
def test_a_name_in_the_other_script_is_refused(
    ctx: RuleContext, field_name: str, typed: str, script: str
) -> None:
    refused(ctx, Code.WRONG_SCRIPT, field_name, {"script": script}, **{field_name: typed})


@pytest.mark.parametrize(
    ("field_name", "typed"),
    [
        ("last_name_fr", "Amrani2"),
        ("last_name_fr", "Amr@ni"),
        ("first_name_fr", "Fatima!"),
        ("first_name_fr", "Fatima_"),
        ("first_name_fr", "Fatima (Fati)"),
        ("first_name_fr", "Fatima × 2"),
        ("last_name_ar", "العمراني٢"),
        ("last_name_ar", "العمراني3"),
        ("first_name_ar", "فاطمة؟"),
        ("first_name_ar", "فاطمة."),
        ("first_name_ar", "فاطمة،"),
    ],
)
def test_digits_and_symbols_in_names_are_refused(
    ctx: RuleContext, field_name: str, typed: str
) -> None:
    refused(ctx, Code.INVALID_CHARACTERS, field_name, **{field_name: typed})


@pytest.mark.parametrize(
    ("field_name", "typed"),
    [
        ("first_name_ar", "فَاطِمَة"),  # vowel marks
        ("first_name_ar", "مُحَمَّد"),  # shadda
        ("first_name_ar", "فاطـــمة"),  # tatweel
        ("last_name_ar", "الإدريسي"),
        ("last_name_ar", "آيت أوريرت"),
        ("last_name_ar", "بن-علي"),
        ("last_name_ar", "ڭناوي"),  # Moroccan g
        ("last_name_ar", "عبد الرحمٰن"),  # superscript alef
        ("last_name_fr", "El-Idrissi"),
        ("last_name_fr", "Aït Baha"),
        ("first_name_fr", "M'hamed"),
        ("first_name_fr", "M’hamed"),
        ("first_name_fr", "Hélène"),
        ("first_name_fr", "Moulay Abd. Salam"),
    ],
)
def test_names_of_their_script_are_accepted(ctx: RuleContext, field_name: str, typed: str) -> None:
    assert getattr(valid(ctx, **{field_name: typed}), field_name) == typed


def test_name_length_is_bounded(ctx: RuleContext) -> None:
    assert valid(ctx, last_name_fr="A" * 60).last_name_fr == "A" * 60
    refused(ctx, Code.TOO_LONG, "last_name_fr", {"max": 60}, last_name_fr="A" * 61)
    refused(ctx, Code.TOO_LONG, "first_name_ar", {"max": 60}, first_name_ar="ب" * 61)


# --- free text through the rules -----------------------------------------------------


def test_text_is_trimmed_collapsed_and_composed(ctx: RuleContext) -> None:
    values = valid(
        ctx,
        last_name_fr="  El \t  Amrani ",
        first_name_fr="He\u0301le\u0300ne",
        birth_place="Tanger\n Médina",
        address_fr="  12, rue   Ibn Battouta  ",
    )
    assert values.last_name_fr == "El Amrani"
    assert values.first_name_fr == "Hélène" == "H\u00e9l\u00e8ne"
    assert values.birth_place == "Tanger Médina"
    assert values.address_fr == "12, rue Ibn Battouta"


def test_invisible_marks_are_dropped(ctx: RuleContext) -> None:
    values = valid(
        ctx,
        last_name_ar="\u200fالعمراني\u200e",
        first_name_fr="\ufeffFatima",
        address_ar="زنقة\u200f 12",
    )
    assert values.last_name_ar == "العمراني"
    assert values.first_name_fr == "Fatima"
    assert values.address_ar == "زنقة 12"


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x7f", "\u202e", "\u2066", "\u202a"])
@pytest.mark.parametrize(
    "field_name", ["last_name_fr", "first_name_ar", "birth_place", "address_fr"]
)
def test_control_characters_are_refused(ctx: RuleContext, bad: str, field_name: str) -> None:
    typed = {"last_name_fr": "Amrani", "first_name_ar": "فاطمة"}.get(field_name, "Tanger")
    refused(ctx, Code.CONTROL_CHARACTERS, field_name, **{field_name: typed[:3] + bad + typed[3:]})


@pytest.mark.parametrize(
    ("field_name", "limit"),
    [
        ("birth_place", 80),
        ("address_fr", 200),
        ("address_ar", 200),
        ("diploma_school", 120),
        ("rc_court", 60),
        ("entity_name_ar", 120),
    ],
)
def test_text_lengths_are_bounded(ctx: RuleContext, field_name: str, limit: int) -> None:
    base: dict[str, Any] = {"rc_number": "1"} if field_name == "rc_court" else {}
    if field_name.startswith("entity"):
        base = cooperative()
    longest = "x" * limit
    assert getattr(valid(ctx, **base | {field_name: longest}), field_name) == longest
    # Spaces around do not count: the value is trimmed first.
    assert getattr(valid(ctx, **base | {field_name: f"  {longest}  "}), field_name) == longest
    refused(ctx, Code.TOO_LONG, field_name, {"max": limit}, **base | {field_name: longest + "x"})


# --- contact and identifiers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0612345678", "+212612345678"),
        ("06 12 34 56 78", "+212612345678"),
        ("06-12-34-56-78", "+212612345678"),
        ("+212 6 12 34 56 78", "+212612345678"),
        ("00212 6 12 34 56 78", "+212612345678"),
        ("٠٦١٢٣٤٥٦٧٨", "+212612345678"),
        ("0712345678", "+212712345678"),
        ("0522 12 34 56", "+212522123456"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("", None),
    ],
)
def test_phone_is_stored_in_e164(ctx: RuleContext, typed: str, stored: str | None) -> None:
    assert valid(ctx, phone=typed).phone == stored


@pytest.mark.parametrize(
    "typed",
    ["0612", "06123456789", "0112345678", "+212 1 12 34 56 78", "phone", "+33 1", "+999 12"],
)
def test_invalid_phone_numbers_are_refused(ctx: RuleContext, typed: str) -> None:
    refused(ctx, Code.PHONE_INVALID, "phone", phone=typed)


def test_email(ctx: RuleContext) -> None:
    assert valid(ctx, email=" Fatima.Amrani@Example.MA ").email == "Fatima.Amrani@example.ma"
    assert valid(ctx, email="").email is None
    for typed in ("fatima", "fatima@", "@example.ma", "fatima amrani@example.ma", "a@b"):
        refused(ctx, Code.EMAIL_INVALID, "email", email=typed)


def test_cnss_number(ctx: RuleContext) -> None:
    assert valid(ctx, cnss_number="1234567").cnss_number == "1234567"
    assert valid(ctx, cnss_number="12 345 678 90").cnss_number == "1234567890"
    for typed in ("123456", "12345678901", "12A4567"):
        refused(ctx, Code.NUMBER_FORMAT, "cnss_number", cnss_number=typed)


def test_tax_id(ctx: RuleContext) -> None:
    assert valid(ctx, tax_id="123456").tax_id == "123456"
    assert valid(ctx, tax_id="١٢٣٤٥٦٧").tax_id == "1234567"
    for typed in ("12345", "12345678901", "IF123456"):
        refused(ctx, Code.NUMBER_FORMAT, "tax_id", tax_id=typed)


def test_rc_number_goes_with_its_court(ctx: RuleContext) -> None:
    values = valid(ctx, rc_court=" Tribunal de commerce de Tanger ", rc_number="12 345")
    assert (values.rc_court, values.rc_number) == ("Tribunal de commerce de Tanger", "12345")
    refused(ctx, Code.REQUIRED, "rc_number", rc_court="Tanger")
    refused(ctx, Code.REQUIRED, "rc_court", rc_number="12345")
    refused(ctx, Code.NUMBER_FORMAT, "rc_number", rc_court="Tanger", rc_number="12A")
    refused(ctx, Code.NUMBER_FORMAT, "rc_number", rc_court="Tanger", rc_number="123456789")
    assert valid(ctx, rc_court="Tanger", rc_number="12345678").rc_number == "12345678"


# --- choices -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "sex"),
    [
        ("M", Sex.MALE),
        ("m", Sex.MALE),
        ("H", Sex.MALE),
        ("Homme", Sex.MALE),
        ("ذكر", Sex.MALE),
        ("F", Sex.FEMALE),
        (" femme ", Sex.FEMALE),
        ("Féminin", Sex.FEMALE),
        ("أنثى", Sex.FEMALE),
    ],
)
def test_sex_aliases(ctx: RuleContext, typed: str, sex: Sex) -> None:
    assert parse_sex(typed) is sex
    assert valid(ctx, sex=typed).sex is sex


def test_sex_is_required_and_known(ctx: RuleContext) -> None:
    refused(ctx, Code.REQUIRED, "sex", sex="")
    refused(ctx, Code.INVALID_CHOICE, "sex", sex="X")
    refused(ctx, Code.INVALID_CHOICE, "sex", sex="MF")


def test_nationality(ctx: RuleContext) -> None:
    assert valid(ctx, nationality="").nationality == "MA"
    assert valid(ctx, nationality=" fr ").nationality == "FR"
    for typed in ("FRA", "F", "M1", "مغربية"):
        refused(ctx, Code.INVALID_CHOICE, "nationality", nationality=typed)


@pytest.mark.parametrize(
    ("field_name", "enum"),
    [("workplace", Workplace), ("amo_status", AmoStatus), ("fiscal_regime", FiscalRegime)],
)
def test_optional_choices(ctx: RuleContext, field_name: str, enum: type[Any]) -> None:
    for member in enum:
        assert getattr(valid(ctx, **{field_name: member.value.upper()}), field_name) is member
    assert getattr(valid(ctx, **{field_name: ""}), field_name) is None
    refused(ctx, Code.INVALID_CHOICE, field_name, **{field_name: "something else"})


# --- photo ---------------------------------------------------------------------------


def test_photo_through_the_rules(ctx: RuleContext) -> None:
    photo = make_photo()
    assert valid(ctx, photo=photo).photo == photo
    assert valid(ctx, photo=b"").photo is None
    refused(ctx, Code.PHOTO_FORMAT, "photo", photo=b"GIF89a" + bytes(100))
    refused(ctx, Code.PHOTO_TOO_SMALL, "photo", {"min": 120}, photo=make_photo(100, 100))


# --- all issues at once --------------------------------------------------------------


def test_every_issue_is_reported_in_one_pass(ctx: RuleContext) -> None:
    draft = make_draft(
        cin="12",
        sex="?",
        birth_date="31/02/1980",
        phone="0612",
        province="999",
        activity="99.99",
        email="x",
    )
    values, issues = validate_draft(draft, ctx)
    assert values is None
    assert {(i.code, i.field) for i in errors(issues)} == {
        (Code.CIN_FORMAT, "cin"),
        (Code.INVALID_CHOICE, "sex"),
        (Code.DATE_INVALID, "birth_date"),
        (Code.PHONE_INVALID, "phone"),
        (Code.EMAIL_INVALID, "email"),
        (Code.PROVINCE_UNKNOWN, "province"),
        (Code.ACTIVITY_UNKNOWN, "activity"),
    }


# --- round trip ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {
            "email": "Fatima@Example.ma",
            "commune": "01.511.01.01",
            "workplace": "home",
            "amo_status": "enrolled",
            "fiscal_regime": "cpu",
            "cnss_number": "1234567",
            "address_fr": "12 rue Ibn Battouta",
            "address_ar": "12 زنقة ابن بطوطة",
            "registered_on": "15/03/2020",
            "ice": VALID_ICE,
            "rc_court": "Tanger",
            "rc_number": "42",
            "tax_id": "7654321",
            "nationality": "es",
            "phone": "+33 6 12 34 56 78",
        },
        {"category": "master_artisan", "activity_since": "1999", "sex": "homme"},
        diploma(),
        cooperative(),
        enterprise(),
    ],
    ids=["experience", "full", "master", "diploma", "cooperative", "enterprise"],
)
def test_draft_from_fields_round_trip(ctx: RuleContext, overrides: dict[str, Any]) -> None:
    values = valid(ctx, photo=make_photo(), **overrides)
    again, issues = validate_draft(draft_from_fields(values), ctx)
    assert issues == []
    assert again == values


def test_round_trip_of_a_record_coded_against_an_older_list(ctx: RuleContext) -> None:
    stored = _stored_with_old_activity(ctx)
    again, issues = validate_draft(draft_from_fields(stored), ctx, stored)
    assert issues == []
    assert again == stored


# --- rules that need the register ----------------------------------------------------


@dataclass
class FakeLookups:
    cins: set[str] = field(default_factory=set)
    ices: set[str] = field(default_factory=set)
    supervisors: dict[str, SupervisorInfo] = field(default_factory=dict)
    asked: list[tuple[str, str, str | None]] = field(default_factory=list)

    def cin_in_use(self, cin: str, exclude_id: str | None) -> bool:
        self.asked.append(("cin", cin, exclude_id))
        return cin in self.cins

    def ice_in_use(self, ice: str, exclude_id: str | None) -> bool:
        self.asked.append(("ice", ice, exclude_id))
        return ice in self.ices

    def supervisor(self, registration_number: str) -> SupervisorInfo | None:
        self.asked.append(("supervisor", registration_number, None))
        return self.supervisors.get(registration_number)


def test_a_person_cin_already_in_the_register(ctx: RuleContext) -> None:
    keys = RegisterKeys.of(valid(ctx))
    lookups = FakeLookups(cins={"K123456"})
    assert check_against_register(keys, lookups, "id-1") == [Issue(Code.CIN_IN_USE, "cin")]
    assert lookups.asked == [("cin", "K123456", "id-1")]
    assert check_against_register(keys, FakeLookups()) == []


@pytest.mark.parametrize("entity", [cooperative, enterprise])
def test_an_entity_may_share_its_representative_cin(ctx: RuleContext, entity: Any) -> None:
    lookups = FakeLookups(
        cins={"K123456"},
        supervisors={SUPERVISOR_NUMBER: SupervisorInfo(Status.REGISTERED, Category.MASTER_ARTISAN)},
    )
    assert check_against_register(RegisterKeys.of(valid(ctx, **entity())), lookups) == []
    assert not [a for a in lookups.asked if a[0] == "cin"]


def test_an_ice_already_in_the_register(ctx: RuleContext) -> None:
    lookups = FakeLookups(
        ices={VALID_ICE},
        supervisors={SUPERVISOR_NUMBER: SupervisorInfo(Status.REGISTERED, Category.MASTER_ARTISAN)},
    )
    keys = RegisterKeys.of(valid(ctx, **enterprise()))
    assert check_against_register(keys, lookups, "id-2") == [Issue(Code.ICE_IN_USE, "ice")]
    assert ("ice", VALID_ICE, "id-2") in lookups.asked


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (SupervisorInfo(Status.REGISTERED, Category.ARTISAN_EXPERIENCE), []),
        (SupervisorInfo(Status.REGISTERED, Category.MASTER_ARTISAN), []),
        (None, [Issue(Code.SUPERVISOR_UNKNOWN, "supervisor_number")]),
        (
            SupervisorInfo(Status.REGISTERED, Category.ENTERPRISE),
            [Issue(Code.SUPERVISOR_UNKNOWN, "supervisor_number")],
        ),
        (
            SupervisorInfo(Status.REGISTERED, Category.COOPERATIVE),
            [Issue(Code.SUPERVISOR_UNKNOWN, "supervisor_number")],
        ),
        (
            SupervisorInfo(Status.SUSPENDED, Category.MASTER_ARTISAN),
            [Issue(Code.SUPERVISOR_NOT_REGISTERED, "supervisor_number")],
        ),
        (
            SupervisorInfo(Status.PENDING_REVIEW, Category.MASTER_ARTISAN),
            [Issue(Code.SUPERVISOR_NOT_REGISTERED, "supervisor_number")],
        ),
        (
            SupervisorInfo(Status.STRUCK_OFF, Category.MASTER_ARTISAN),
            [Issue(Code.SUPERVISOR_NOT_REGISTERED, "supervisor_number")],
        ),
    ],
)
def test_the_supervising_artisan(
    ctx: RuleContext, info: SupervisorInfo | None, expected: list[Issue]
) -> None:
    lookups = FakeLookups(supervisors={SUPERVISOR_NUMBER: info} if info else {})
    keys = RegisterKeys.of(valid(ctx, **enterprise()))
    assert check_against_register(keys, lookups) == expected
    assert ("supervisor", SUPERVISOR_NUMBER, None) in lookups.asked


def test_a_struck_off_record_holds_no_cin_nor_ice(ctx: RuleContext) -> None:
    lookups = FakeLookups(
        cins={"K123456"},
        ices={VALID_ICE},
        supervisors={SUPERVISOR_NUMBER: SupervisorInfo(Status.REGISTERED, Category.MASTER_ARTISAN)},
    )
    for values in (valid(ctx), valid(ctx, **enterprise())):
        assert check_against_register(RegisterKeys.of(values), lookups, live=False) == []
    assert not [a for a in lookups.asked if a[0] in ("cin", "ice")]


@pytest.mark.parametrize("status", list(Status))
def test_a_moved_enterprise_needs_a_supervisor_who_exists_in_any_status(
    ctx: RuleContext, status: Status
) -> None:
    keys = RegisterKeys.of(valid(ctx, **enterprise()))
    for info, expected in (
        (SupervisorInfo(status, Category.MASTER_ARTISAN), []),
        (SupervisorInfo(status, Category.COOPERATIVE), [Code.SUPERVISOR_UNKNOWN]),
        (None, [Code.SUPERVISOR_UNKNOWN]),
    ):
        lookups = FakeLookups(supervisors={SUPERVISOR_NUMBER: info} if info else {})
        assert [i.code for i in check_against_register(keys, lookups, moved=True)] == expected


def test_register_keys_of_a_record(ctx: RuleContext) -> None:
    values = valid(ctx, **enterprise())
    assert RegisterKeys.of(values) == RegisterKeys(
        "K123456",
        Category.ENTERPRISE,
        VALID_ICE,
        SUPERVISOR_NUMBER,
        "Atelier Zellige Nord SARL",
        "",
    )
    assert str(RegistrationNumber("01", "511", "01", 2024, 42)) == SUPERVISOR_NUMBER


def test_a_cooperative_states_its_members(ctx: RuleContext) -> None:
    refused(ctx, Code.REQUIRED, "members", **cooperative(members=""))


def test_years_and_counts_in_arabic_indic_digits(ctx: RuleContext) -> None:
    assert valid(ctx, activity_since="٢٠٠٥").activity_since == 2005
    assert valid(ctx, **cooperative(members="١٢")).members == 12


def test_arabic_copied_from_a_pdf_is_stored_as_letters(ctx: RuleContext) -> None:
    presentation_forms = "\ufee3\ufea4\ufee4\ufeaa"  # محمد as a PDF's text layer holds it
    assert valid(ctx, first_name_ar=presentation_forms).first_name_ar == "محمد"
