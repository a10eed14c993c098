"""Demo data: every synthetic artisan passes the rules, and looks like the real register."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from stdnum.ma import ice as stdnum_ice

from desktop_app.services.demo import CHUNK_SIZE, seed_demo
from desktop_app.services.demo_data import (
    MOBILE_PREFIXES,
    DemoArtisan,
    DemoGenerator,
    load_vocabulary,
    vocabulary_path,
    with_tatweel,
    without_hamza,
)
from desktop_app.services.desk import Desk, builtin_nomenclature, load_geography
from desktop_app.services.errors import NotAllowed
from desktop_app.services.records import Actor
from desktop_app.storage.models import Artisan
from registry.artisan import Category, Sex, Status
from registry.dates import age_on, parse_date
from registry.identifiers import parse_cin, parse_phone
from registry.names import name_key
from registry.numbering import RegistrationNumber
from registry.reference import ActivityCatalogue, Nomenclature
from registry.validation import RuleContext, validate_draft
from tests.factories import TODAY

ARABIC_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
TATWEEL = "\u0640"
SUPERVISORS = [str(RegistrationNumber("01", "511", "01", 2024, n)) for n in range(1, 40)]


@cache
def context() -> RuleContext:
    nomenclature = Nomenclature.from_json(json.loads(builtin_nomenclature()))
    return RuleContext(
        load_geography(), ActivityCatalogue([nomenclature], nomenclature.version), TODAY, "01"
    )


def generate(count: int, seed: int = 7) -> list[DemoArtisan]:
    generator = DemoGenerator(context(), seed)
    return [
        item
        for start in range(0, count, CHUNK_SIZE)
        for item in generator.chunk(min(CHUNK_SIZE, count - start), SUPERVISORS)
    ]


@cache
def sample() -> tuple[DemoArtisan, ...]:
    return tuple(generate(5000))


@cache
def large_sample() -> tuple[DemoArtisan, ...]:
    return tuple(generate(50_000, seed=11))


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def is_latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


def errors_of(item: DemoArtisan) -> list[str]:
    _, issues = validate_draft(item.draft, context())
    return [f"{i.field}: {i.code.value}" for i in issues if i.is_error]


# --- the vocabulary ---------------------------------------------------------------


def test_vocabulary_has_enough_names_in_the_right_scripts() -> None:
    doc = json.loads(vocabulary_path().read_text(encoding="utf-8"))
    for key, least in (
        ("male_first_names", 150),
        ("female_first_names", 150),
        ("family_names", 300),
    ):
        entries = doc[key]
        assert len(entries) >= least, key
        arabic = [e["ar"] for e in entries]
        assert len(set(arabic)) == len(arabic), f"{key}: an Arabic spelling appears twice"
        for entry in entries:
            for latin in [entry["fr"], *entry.get("fr_variants", [])]:
                assert all(is_latin_letter(ch) or ch in " -'" for ch in latin), latin
            assert all(is_arabic_letter(ch) or ch == " " for ch in entry["ar"]), entry["ar"]
    first_names = {e["ar"] for e in doc["male_first_names"] + doc["female_first_names"]}
    assert {"أحمد", "إيمان", "آمنة", "عبد الله", "عبد الرحيم"} <= first_names
    families = {e["fr"] for e in doc["family_names"]}
    assert {"Alaoui", "Bennani", "El Idrissi", "Ait Ouahmane", "Oubella"} <= families
    assert any(name.startswith("Id ") for name in families)


def test_vocabulary_covers_every_province_and_region() -> None:
    vocabulary = load_vocabulary()
    geography = load_geography()
    assert set(vocabulary.province_weights) == set(geography.provinces)
    assert set(vocabulary.cin_prefixes) == set(geography.regions)
    for prefixes in vocabulary.cin_prefixes.values():
        assert all(parse_cin(f"{p}123456") == f"{p}123456" for p in prefixes)


def test_typed_variants_normalise_to_the_written_name() -> None:
    assert without_hamza("أحمد") == "احمد"
    assert without_hamza("عبد الإله") == "عبد الاله"
    assert with_tatweel("محمد") == "محـمد"
    assert with_tatweel("لا") == "لا"  # no joint to stretch but the lam-alef ligature
    vocabulary = load_vocabulary()
    for name in vocabulary.male + vocabulary.female + vocabulary.family:
        for typed in name.ar_typed:
            assert name_key(typed) == name_key(name.ar)


@pytest.mark.parametrize("prefix", MOBILE_PREFIXES)
def test_every_mobile_prefix_is_a_real_moroccan_mobile(prefix: str) -> None:
    for rest in ("0000000", "5555555", "9999999"):
        assert parse_phone(f"0{prefix}{rest}") == f"+212{prefix}{rest}"


# --- the drafts ---------------------------------------------------------------------


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**63))
def test_every_draft_passes_the_rules(seed: int) -> None:
    for item in DemoGenerator(context(), seed).chunk(250, SUPERVISORS):
        assert not errors_of(item), item.draft


def test_every_draft_of_a_sample_of_5000_passes_the_rules() -> None:
    refused = [(item.draft, errors) for item in sample() if (errors := errors_of(item))]
    assert not refused[:3]


def test_the_same_seed_makes_the_same_artisans() -> None:
    assert generate(600, seed=3) == generate(600, seed=3)
    assert generate(600, seed=3) != generate(600, seed=4)


def test_cins_are_unique_in_a_run() -> None:
    cins = [parse_cin(item.draft.cin) for item in large_sample()]
    assert None not in cins
    assert len(set(cins)) == len(cins)


def test_every_region_province_category_and_activity_occurs() -> None:
    geography = load_geography()
    items = sample()
    provinces = Counter(item.draft.province for item in items)
    assert {geography.provinces[p].region_code for p in provinces} == set(geography.regions)
    assert {item.draft.category for item in items} == {c.value for c in Category}
    assert {item.draft.activity for item in items} == set(context().activities.active.activities)
    assert {item.draft.province for item in large_sample()} == set(geography.provinces)
    # Weighted by population: Casablanca far ahead of Tarfaya.
    assert provinces["141"] > 20 * max(provinces["537"], 1)


def test_the_mix_of_categories_and_statuses_is_realistic() -> None:
    items = sample()
    categories = Counter(item.draft.category for item in items)
    assert categories.most_common(1)[0][0] == Category.ARTISAN_EXPERIENCE.value
    assert categories[Category.MASTER_ARTISAN.value] > categories[Category.COOPERATIVE.value]
    assert categories[Category.COOPERATIVE.value] > 0 and categories[Category.ENTERPRISE.value] > 0
    statuses = Counter(item.status for item in items)
    assert 0.85 < statuses[Status.REGISTERED] / len(items) < 0.95
    assert 0.03 < statuses[Status.PENDING_REVIEW] / len(items) < 0.07
    assert statuses[Status.SUSPENDED] > 0 and statuses[Status.STRUCK_OFF] > 0


def test_ages_and_registration_dates_are_spread() -> None:
    ages: list[int] = []
    years: set[int] = set()
    for item in sample():
        registered = parse_date(item.draft.registered_on)
        born = parse_date(item.draft.birth_date)
        assert registered is not None and born is not None
        ages.append(age_on(born, registered))
        years.add(registered.year)
    assert 15 <= min(ages) and max(ages) <= 100
    assert 0.75 < sum(25 <= a <= 65 for a in ages) / len(ages) < 0.95
    assert any(a < 25 for a in ages) and any(a > 65 for a in ages)
    assert years == set(range(TODAY.year - 7, TODAY.year + 1))


def test_names_are_in_their_script_and_match_the_sex() -> None:
    vocabulary = load_vocabulary()
    male = {name_key(n.ar) for n in vocabulary.male}
    female = {name_key(n.ar) for n in vocabulary.female}
    for item in sample():
        draft = item.draft
        for arabic in (draft.first_name_ar, draft.last_name_ar):
            assert all(is_arabic_letter(ch) or ch in " " + TATWEEL + ARABIC_MARKS for ch in arabic)
        if draft.first_name_ar:
            expected = male if draft.sex == Sex.MALE.value else female
            assert name_key(draft.first_name_ar) in expected, draft


def test_drafts_vary_as_typed_at_a_counter() -> None:
    items = sample()
    drafts = [item.draft for item in items]
    assert any(d.first_name_ar and not d.first_name_fr for d in drafts)
    assert any(d.first_name_fr and not d.first_name_ar for d in drafts)
    assert any(TATWEEL in d.first_name_ar + d.last_name_ar for d in drafts)
    assert any(set(ARABIC_MARKS) & set(d.first_name_ar) for d in drafts)
    assert any("أ" in d.first_name_ar for d in drafts)
    hamza_left_off = {
        typed for n in load_vocabulary().male if (typed := without_hamza(n.ar)) != n.ar
    }
    assert any(d.first_name_ar in hamza_left_off for d in drafts)
    assert any(d.cin != parse_cin(d.cin) for d in drafts)  # lower case or spaced
    assert any(d.email for d in drafts) and any(d.address_ar for d in drafts)
    assert any(d.address_fr for d in drafts)


def test_entities_carry_what_their_category_needs() -> None:
    for item in sample():
        draft = item.draft
        if draft.category == Category.COOPERATIVE.value:
            assert draft.entity_name_fr and draft.entity_name_ar and draft.odco_number
            assert int(draft.members) >= 5
        elif draft.category == Category.ENTERPRISE.value:
            assert stdnum_ice.is_valid(draft.ice)
            assert draft.supervisor_number in SUPERVISORS
        elif draft.category == Category.ARTISAN_DIPLOMA.value:
            assert draft.diploma and draft.diploma_school
    ices = [item.draft.ice for item in large_sample() if item.draft.ice]
    assert len(set(ices)) == len(ices)


def test_no_enterprise_without_a_supervisor_to_name() -> None:
    items = DemoGenerator(context(), 5).chunk(2000, [])
    assert not [i for i in items if i.draft.category == Category.ENTERPRISE.value]


# --- seeding a store ----------------------------------------------------------------


def stored_statuses(desk: Desk) -> Counter[str]:
    with desk.store.read() as session:
        rows = session.execute(select(Artisan.status, func.count()).group_by(Artisan.status))
        return Counter({status: n for status, n in rows})


def test_a_rerun_with_the_same_seed_adds_nothing(desk: Desk, admin: Actor) -> None:
    calls: list[tuple[int, int]] = []
    first = seed_demo(desk, admin, 2100, seed=9, progress=lambda *a: calls.append(a))
    assert first.rejected == 0 and first.skipped == 0
    assert first.saved_total == 2100
    assert calls[-1] == (2100, 2100)
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})
    before = stored_statuses(desk)
    again = seed_demo(desk, admin, 2100, seed=9)
    assert (again.saved_total, again.skipped, again.rejected) == (0, 2100, 0)
    assert stored_statuses(desk) == before


def test_only_an_administrator_seeds(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(NotAllowed):
        seed_demo(desk, clerk, 10, seed=1)
