"""Realistic documents for the printing tests (the ones the docs/ pictures show)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.printing.documents import ArtisanDocument, DocumentKind
from desktop_app.printing.samples import sample_documents
from tests.factories import make_photo

LONG_NAME_FR = ("Ben Abdelouahab El Idrissi El Hassani El Alaoui", "Mohammed Amine Abdelkrim")
LONG_NAME_AR = ("بن عبد الوهاب الإدريسي الحسني العلوي الشريف", "مُحَمَّد أَمِين عَبْد الكَرِيم")
MIXED_ADDRESS = "12، زنقة الحرية (Bloc B) 2"


@pytest.fixture
def certificates() -> list[ArtisanDocument]:
    """Ten certificates: the first with the long vowelled name and the mixed address,
    the second a cooperative, the third a reprint."""
    return sample_documents(DocumentKind.CERTIFICATE)


@pytest.fixture
def cards() -> list[ArtisanDocument]:
    return sample_documents(DocumentKind.CARD)


@pytest.fixture
def longest(certificates: list[ArtisanDocument]) -> ArtisanDocument:
    """Longer than any name the register holds, with vowel marks and a mixed address."""
    return replace(
        certificates[0],
        last_name_fr=LONG_NAME_FR[0],
        first_name_fr=LONG_NAME_FR[1],
        last_name_ar=LONG_NAME_AR[0],
        first_name_ar=LONG_NAME_AR[1],
        address_ar=MIXED_ADDRESS,
        photo=make_photo(),
    )
