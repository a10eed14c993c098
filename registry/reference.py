"""Reference data — geography and the activity nomenclature — as data, never code.

Both come from JSON documents (``resources/reference/``). The activity list is
versioned: the official list replaces the provisional one by loading a new file, and
a record keeps the version it was coded against so that older codes still resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

COMMUNE_CODE = re.compile(r"\d{2}\.\d{3}\.\d{2}\.\d{2}")


class ReferenceDataError(ValueError):
    """A reference document that does not have the expected shape."""


@dataclass(frozen=True)
class Region:
    code: str
    name_fr: str
    name_ar: str
    chamber_fr: str
    chamber_ar: str


@dataclass(frozen=True)
class Province:
    code: str
    geo_code: str
    region_code: str
    kind: str
    name_fr: str
    name_ar: str


@dataclass(frozen=True)
class Commune:
    code: str
    province_code: str
    name_fr: str
    name_ar: str


@dataclass(frozen=True)
class Geography:
    """Regions, provinces and (when a list is loaded) communes."""

    regions: Mapping[str, Region]
    provinces: Mapping[str, Province]
    communes: Mapping[str, Commune] = field(default_factory=dict)

    @classmethod
    def from_json(
        cls, regions_doc: Mapping[str, Any], communes_doc: Mapping[str, Any] | None = None
    ) -> Geography:
        try:
            regions: dict[str, Region] = {}
            provinces: dict[str, Province] = {}
            for r in regions_doc["regions"]:
                regions[r["code"]] = Region(
                    r["code"], r["name_fr"], r["name_ar"], r["chamber_fr"], r["chamber_ar"]
                )
                for p in r["provinces_prefectures"]:
                    provinces[p["code"]] = Province(
                        p["code"], p["geo_code"], r["code"], p["type"], p["name_fr"], p["name_ar"]
                    )
            communes = {
                c["code"]: Commune(c["code"], c["province"], c["name_fr"], c["name_ar"])
                for c in (communes_doc or {}).get("communes", [])
            }
        except (KeyError, TypeError) as exc:
            raise ReferenceDataError(f"regions document: missing {exc}") from exc
        return cls(regions, provinces, communes)

    def region_of(self, province_code: str) -> Region | None:
        province = self.provinces.get(province_code)
        return self.regions.get(province.region_code) if province else None

    def provinces_of(self, region_code: str) -> list[Province]:
        return [p for p in self.provinces.values() if p.region_code == region_code]

    def communes_of(self, province_code: str) -> list[Commune]:
        return [c for c in self.communes.values() if c.province_code == province_code]


@dataclass(frozen=True)
class Branch:
    code: str
    category: str
    name_fr: str
    name_ar: str


@dataclass(frozen=True)
class Activity:
    code: str
    branch_code: str
    name_fr: str
    name_ar: str


@dataclass(frozen=True)
class Nomenclature:
    """One version of the list of craft activities (decree 2.21.991 and its successors)."""

    version: str
    status: str
    branches: Mapping[str, Branch]
    activities: Mapping[str, Activity]

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Nomenclature:
        try:
            meta = doc["_meta"]
            branches: dict[str, Branch] = {}
            activities: dict[str, Activity] = {}
            for b in doc["branches"]:
                branches[b["code"]] = Branch(b["code"], b["category"], b["name_fr"], b["name_ar"])
                for a in b["activities"]:
                    activities[a["code"]] = Activity(
                        a["code"], b["code"], a["name_fr"], a["name_ar"]
                    )
            version = str(meta["version"])
        except (KeyError, TypeError) as exc:
            raise ReferenceDataError(f"activity list: missing {exc}") from exc
        if not version or not activities:
            raise ReferenceDataError("activity list: no version or no activities")
        return cls(version, str(meta.get("status", "")), branches, activities)

    def branch_of(self, activity_code: str) -> Branch | None:
        activity = self.activities.get(activity_code)
        return self.branches.get(activity.branch_code) if activity else None


class ActivityCatalogue:
    """Every loaded version of the nomenclature; the newest active one is used for new codes."""

    def __init__(self, versions: Iterable[Nomenclature], active_version: str) -> None:
        self._versions = {n.version: n for n in versions}
        if active_version not in self._versions:
            raise ReferenceDataError(f"activity list version {active_version!r} is not loaded")
        self.active = self._versions[active_version]

    @property
    def versions(self) -> list[str]:
        return list(self._versions)

    def _lookup(self, code: str, version: str | None) -> tuple[Nomenclature, Activity] | None:
        for nomenclature in (self._versions.get(version or ""), self.active):
            if nomenclature and code in nomenclature.activities:
                return nomenclature, nomenclature.activities[code]
        return None

    def resolve(self, code: str, version: str | None = None) -> Activity | None:
        """The activity a record coded against ``version`` means (active list otherwise)."""
        found = self._lookup(code, version)
        return found[1] if found else None

    def branch(self, code: str, version: str | None = None) -> Branch | None:
        found = self._lookup(code, version)
        return found[0].branches.get(found[1].branch_code) if found else None
