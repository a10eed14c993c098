"""Records for tests: valid by default, any field overridable."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from PIL import Image

from registry.artisan import ArtisanDraft

FIXED_NOW = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
TODAY = date(2026, 11, 29)


def make_draft(**overrides: Any) -> ArtisanDraft:
    """An artisan by experience in Tangier province, valid on :data:`TODAY`."""
    base = ArtisanDraft(
        cin="K123456",
        last_name_fr="El Amrani",
        first_name_fr="Fatima",
        last_name_ar="العمراني",
        first_name_ar="فاطمة",
        sex="F",
        birth_date="1980-05-17",
        birth_place="Tanger",
        phone="0612345678",
        province="511",
        category="artisan_experience",
        activity="01.01",
        activity_since="2005",
    )
    return replace(base, **overrides)


def make_photo(width: int = 300, height: int = 400, kind: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (180, 140, 100)).save(buffer, kind)
    return buffer.getvalue()
