"""Reference data and a rule context for the register's rules, built from the shipped
reference files (regions, provinces and the activity list)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.services.desk import builtin_nomenclature, load_geography
from registry.reference import ActivityCatalogue, Geography, Nomenclature
from registry.validation import RuleContext
from tests.factories import TODAY

OFFICE_REGION = "01"  # Tanger-Tétouan-Al Hoceïma; the factory's province 511 is in it
OLD_VERSION = "provisional-2025-01"
OLD_ONLY_CODE = "01.90"  # an activity of the older list that the active list dropped


@pytest.fixture(scope="session")
def geography() -> Geography:
    return load_geography()


@pytest.fixture(scope="session")
def nomenclature_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(builtin_nomenclature())
    return doc


@pytest.fixture(scope="session")
def nomenclature(nomenclature_doc: dict[str, Any]) -> Nomenclature:
    return Nomenclature.from_json(nomenclature_doc)


@pytest.fixture(scope="session")
def old_nomenclature(nomenclature_doc: dict[str, Any]) -> Nomenclature:
    """An earlier version of the list: the same branches plus one activity since dropped."""
    doc = json.loads(json.dumps(nomenclature_doc))
    doc["_meta"]["version"] = OLD_VERSION
    doc["branches"][0]["activities"].append(
        {"code": OLD_ONLY_CODE, "name_fr": "Ancienne activité", "name_ar": "حرفة قديمة"}
    )
    return Nomenclature.from_json(doc)


@pytest.fixture(scope="session")
def activities(nomenclature: Nomenclature, old_nomenclature: Nomenclature) -> ActivityCatalogue:
    return ActivityCatalogue([old_nomenclature, nomenclature], nomenclature.version)


@pytest.fixture(scope="session")
def ctx(geography: Geography, activities: ActivityCatalogue) -> RuleContext:
    return RuleContext(geography, activities, TODAY, office_region=OFFICE_REGION)
