"""What a document says, prepared from a registered record and the office's reference
data: the bilingual texts the renderers draw and the signed payload of its QR code."""

from __future__ import annotations

from datetime import date

from desktop_app.printing.documents import ArtisanDocument, Chamber, DocumentKind
from desktop_app.services.desk import Desk
from desktop_app.services.document_settings import office_logo, signatory
from desktop_app.services.records import ArtisanRecord
from desktop_app.storage.trusted_keys import DeviceKey
from registry.artisan import Category
from registry.signed_payload import PayloadFields, cin_digest, sign_payload

# The categories of law 50-17 as the documents name them (French, Arabic).
CATEGORY_NAMES: dict[Category, tuple[str, str]] = {
    Category.ARTISAN_DIPLOMA: ("Artisan diplômé", "صانع تقليدي حاصل على دبلوم"),
    Category.ARTISAN_EXPERIENCE: ("Artisan par expérience", "صانع تقليدي بالتجربة"),
    Category.MASTER_ARTISAN: ("Maître artisan", "معلم حرفي"),
    Category.COOPERATIVE: ("Coopérative d'artisanat", "تعاونية الصناعة التقليدية"),
    Category.ENTERPRISE: ("Entreprise d'artisanat", "مقاولة الصناعة التقليدية"),
}


def issuing_chamber(desk: Desk) -> Chamber:
    """The chamber of the office's region, with the office's signatory and logo."""
    region = desk.geography.regions[desk.identity.region]
    signer = signatory(desk)
    return Chamber(
        name_fr=region.chamber_fr,
        name_ar=region.chamber_ar,
        office_name=desk.identity.office_name,
        signatory_name=signer.name,
        signatory_title_fr=signer.title_fr,
        signatory_title_ar=signer.title_ar,
        logo=office_logo(desk),
    )


def payload_fields(
    record: ArtisanRecord, serial: str, issued_on: date, device_id: str
) -> PayloadFields:
    values = record.fields
    return PayloadFields(
        registration_number=record.registration_number,
        last_name_fr=values.last_name_fr,
        first_name_fr=values.first_name_fr,
        last_name_ar=values.last_name_ar,
        first_name_ar=values.first_name_ar,
        entity_name_fr=values.entity_name_fr,
        entity_name_ar=values.entity_name_ar,
        cin_digest=cin_digest(record.registration_number, values.cin),
        category=values.category,
        activity=values.activity,
        status=record.status,
        issued_on=issued_on,
        serial=serial,
        device_id=device_id,
    )


def signed_payload(record: ArtisanRecord, serial: str, issued_on: date, key: DeviceKey) -> str:
    """The QR text of one document, signed by ``key`` (with its certificate, if any)."""
    fields = payload_fields(record, serial, issued_on, key.device_id)
    return sign_payload(fields, key.private_key, key.certificate)


def build_document(
    desk: Desk,
    record: ArtisanRecord,
    kind: DocumentKind,
    *,
    serial: str,
    duplicate: bool,
    issued_on: date,
    qr_payload: str,
    chamber: Chamber,
) -> ArtisanDocument:
    values = record.fields
    activity = desk.activities.resolve(values.activity, values.activity_version)
    branch = desk.activities.branch(values.activity, values.activity_version)
    province = desk.geography.provinces.get(values.province)
    region = desk.geography.regions.get(values.region)
    category_fr, category_ar = CATEGORY_NAMES[values.category]
    return ArtisanDocument(
        kind=kind,
        serial=serial,
        duplicate=duplicate,
        issued_on=issued_on,
        registration_number=record.registration_number,
        registered_on=values.registered_on,
        last_name_fr=values.last_name_fr,
        first_name_fr=values.first_name_fr,
        last_name_ar=values.last_name_ar,
        first_name_ar=values.first_name_ar,
        entity_name_fr=values.entity_name_fr,
        entity_name_ar=values.entity_name_ar,
        cin=values.cin,
        category_fr=category_fr,
        category_ar=category_ar,
        activity_fr=activity.name_fr if activity else values.activity,
        activity_ar=activity.name_ar if activity else values.activity,
        branch_fr=branch.name_fr if branch else values.branch,
        branch_ar=branch.name_ar if branch else values.branch,
        province_fr=province.name_fr if province else values.province,
        province_ar=province.name_ar if province else values.province,
        region_fr=region.name_fr if region else values.region,
        region_ar=region.name_ar if region else values.region,
        photo=values.photo,
        qr_payload=qr_payload,
        chamber=chamber,
        address_fr=values.address_fr,
        address_ar=values.address_ar,
    )
