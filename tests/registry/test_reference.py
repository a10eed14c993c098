"""Reference data: the shipped geography and the versioned activity list."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from registry.reference import (
    COMMUNE_CODE,
    ActivityCatalogue,
    Geography,
    Nomenclature,
    ReferenceDataError,
)
from tests.registry.conftest import OLD_ONLY_CODE, OLD_VERSION


def test_geography_has_12_regions_and_75_provinces(geography: Geography) -> None:
    assert len(geography.regions) == 12
    assert len(geography.provinces) == 75
    assert sorted(geography.regions) == [f"{n:02d}" for n in range(1, 13)]
    assert sum(len(geography.provinces_of(code)) for code in geography.regions) == 75


def test_provinces_have_consistent_codes(geography: Geography) -> None:
    for code, province in geography.provinces.items():
        assert province.code == code
        assert province.geo_code == f"{province.region_code}.{code}"
        assert province.region_code in geography.regions
        assert province.name_fr and province.name_ar


def test_region_of(geography: Geography) -> None:
    region = geography.region_of("511")
    assert region is not None
    assert region.code == "01"
    assert region.name_ar and region.chamber_fr and region.chamber_ar
    berkane = geography.region_of("113")
    assert berkane is not None and berkane.code == "02"
    assert geography.region_of("999") is None
    assert geography.region_of("") is None


def test_provinces_of(geography: Geography) -> None:
    north = geography.provinces_of("01")
    assert {p.code for p in north} == {"051", "151", "227", "331", "405", "511", "571", "573"}
    assert all(p.region_code == "01" for p in north)
    assert geography.provinces_of("13") == []


def test_communes_when_loaded(geography: Geography) -> None:
    assert geography.communes == {}
    assert geography.communes_of("511") == []
    loaded = Geography.from_json(
        {"regions": []},
        {
            "communes": [
                {"code": "01.511.01.01", "province": "511", "name_fr": "Tanger", "name_ar": "طنجة"},
                {
                    "code": "01.051.01.01",
                    "province": "051",
                    "name_fr": "Al Hoceima",
                    "name_ar": "x",
                },
            ]
        },
    )
    assert [c.code for c in loaded.communes_of("511")] == ["01.511.01.01"]
    assert COMMUNE_CODE.fullmatch("01.511.01.01")
    assert not COMMUNE_CODE.fullmatch("01.511.1.01")


REGIONS_OK: dict[str, Any] = {
    "regions": [
        {
            "code": "01",
            "name_fr": "R",
            "name_ar": "ر",
            "chamber_fr": "C",
            "chamber_ar": "غ",
            "provinces_prefectures": [
                {"code": "511", "geo_code": "01.511", "type": "P", "name_fr": "T", "name_ar": "ط"}
            ],
        }
    ]
}


def _broken_regions() -> list[Any]:
    docs: list[Any] = [{}, {"regions": [{}]}, {"regions": None}, [], {"regions": ["01"]}]
    for key in ("code", "name_fr", "chamber_ar", "provinces_prefectures"):
        doc = copy.deepcopy(REGIONS_OK)
        del doc["regions"][0][key]
        docs.append(doc)
    for key in ("code", "geo_code", "type", "name_ar"):
        doc = copy.deepcopy(REGIONS_OK)
        del doc["regions"][0]["provinces_prefectures"][0][key]
        docs.append(doc)
    return docs


@pytest.mark.parametrize("doc", _broken_regions())
def test_malformed_regions_document(doc: Any) -> None:
    with pytest.raises(ReferenceDataError):
        Geography.from_json(doc)


def test_malformed_communes_document() -> None:
    with pytest.raises(ReferenceDataError):
        Geography.from_json(REGIONS_OK, {"communes": [{"code": "01.511.01.01"}]})
    assert Geography.from_json(REGIONS_OK).provinces["511"].kind == "P"


# --- the activity list -----------------------------------------------------------------


def test_shipped_nomenclature(nomenclature: Nomenclature) -> None:
    assert nomenclature.version
    assert len(nomenclature.branches) == 13
    assert {b.category for b in nomenclature.branches.values()} == {"P", "S"}
    assert len(nomenclature.activities) >= 13
    for code, activity in nomenclature.activities.items():
        assert activity.code == code
        assert code.startswith(activity.branch_code + ".")
        assert activity.branch_code in nomenclature.branches


def test_branch_of(nomenclature: Nomenclature) -> None:
    branch = nomenclature.branch_of("01.01")
    assert branch is not None and branch.code == "01"
    assert nomenclature.branch_of("99.99") is None


NOMENCLATURE_OK: dict[str, Any] = {
    "_meta": {"version": "v1", "status": "OFFICIAL"},
    "branches": [
        {
            "code": "01",
            "category": "P",
            "name_fr": "B",
            "name_ar": "ب",
            "activities": [{"code": "01.01", "name_fr": "A", "name_ar": "ا"}],
        }
    ],
}


def _broken_nomenclatures() -> list[Any]:
    docs: list[Any] = [
        {},
        [],
        "text",
        {"branches": NOMENCLATURE_OK["branches"]},  # no _meta
        {"_meta": {"version": "v1"}},  # no branches
        {"_meta": {}, "branches": NOMENCLATURE_OK["branches"]},  # no version
        {"_meta": {"version": ""}, "branches": NOMENCLATURE_OK["branches"]},
        {"_meta": {"version": "v1"}, "branches": []},  # no activities
        {"_meta": {"version": "v1"}, "branches": None},
        {"_meta": "v1", "branches": NOMENCLATURE_OK["branches"]},
        {"_meta": {"version": "v1"}, "branches": {"01": {}}},
    ]
    for key in ("code", "category", "name_fr", "activities"):
        doc = copy.deepcopy(NOMENCLATURE_OK)
        del doc["branches"][0][key]
        docs.append(doc)
    for key in ("code", "name_ar"):
        doc = copy.deepcopy(NOMENCLATURE_OK)
        del doc["branches"][0]["activities"][0][key]
        docs.append(doc)
    doc = copy.deepcopy(NOMENCLATURE_OK)
    doc["branches"][0]["activities"] = None
    docs.append(doc)
    return docs


@pytest.mark.parametrize("doc", _broken_nomenclatures())
def test_malformed_nomenclature(doc: Any) -> None:
    with pytest.raises(ReferenceDataError):
        Nomenclature.from_json(doc)


def test_minimal_nomenclature() -> None:
    loaded = Nomenclature.from_json(NOMENCLATURE_OK)
    assert (loaded.version, loaded.status) == ("v1", "OFFICIAL")
    assert list(loaded.activities) == ["01.01"]
    numeric = Nomenclature.from_json({**NOMENCLATURE_OK, "_meta": {"version": 2}})
    assert (numeric.version, numeric.status) == ("2", "")


def test_catalogue_resolves_active_and_older_codes(
    activities: ActivityCatalogue, nomenclature: Nomenclature
) -> None:
    assert activities.active is nomenclature
    assert set(activities.versions) == {OLD_VERSION, nomenclature.version}
    # A code of the active list, asked with or without a version.
    current = activities.resolve("02.01")
    assert current is not None and current.branch_code == "02"
    assert activities.resolve("02.01", OLD_VERSION) == current
    # A code only the older list has: found through its version, not otherwise.
    old = activities.resolve(OLD_ONLY_CODE, OLD_VERSION)
    assert old is not None and old.name_fr == "Ancienne activité"
    assert activities.resolve(OLD_ONLY_CODE) is None
    assert activities.resolve(OLD_ONLY_CODE, "no-such-version") is None
    assert activities.resolve("99.99", OLD_VERSION) is None


def test_catalogue_branch_lookup(activities: ActivityCatalogue) -> None:
    branch = activities.branch("03.02")
    assert branch is not None and branch.code == "03"
    old_branch = activities.branch(OLD_ONLY_CODE, OLD_VERSION)
    assert old_branch is not None and old_branch.code == "01"
    assert activities.branch(OLD_ONLY_CODE) is None
    assert activities.branch("99.99") is None


def test_catalogue_needs_its_active_version_loaded(nomenclature: Nomenclature) -> None:
    with pytest.raises(ReferenceDataError):
        ActivityCatalogue([nomenclature], "not-loaded")
    with pytest.raises(ReferenceDataError):
        ActivityCatalogue([], nomenclature.version)
