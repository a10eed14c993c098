"""What a printed document says, prepared by the services before anything is drawn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class DocumentKind(StrEnum):
    CERTIFICATE = "certificate"  # A4 attestation of registration
    CARD = "card"  # ID-1 professional card, front and back


@dataclass(frozen=True)
class Chamber:
    """The issuing chamber, from reference data and the office's settings."""

    name_fr: str
    name_ar: str
    office_name: str
    signatory_name: str
    signatory_title_fr: str
    signatory_title_ar: str
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class ArtisanDocument:
    """One document for one registered artisan, every text already in both languages."""

    kind: DocumentKind
    serial: str
    duplicate: bool  # a reprint: marked "DUPLICATA / نظير"
    issued_on: date
    registration_number: str
    registered_on: date
    last_name_fr: str
    first_name_fr: str
    last_name_ar: str
    first_name_ar: str
    entity_name_fr: str  # cooperatives and enterprises ('' otherwise)
    entity_name_ar: str
    cin: str
    category_fr: str
    category_ar: str
    activity_fr: str
    activity_ar: str
    branch_fr: str
    branch_ar: str
    province_fr: str
    province_ar: str
    region_fr: str
    region_ar: str
    photo: bytes | None  # JPEG passes through as it is; PNG is embedded as an image
    qr_payload: str  # the signed payload (see registry.signed_payload), drawn as a QR code
    chamber: Chamber
    address_fr: str = ""  # printed on the certificate when recorded
    address_ar: str = ""
