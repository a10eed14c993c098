"""Verifying documents at the desk: a scanned or pasted code, or a PDF file.

The signature is checked against the office's trust list and root keys
(:func:`registry.signed_payload.verify_payload`); a document this office issued and
later cancelled is refused too, as the register knows what the paper cannot tell, and so
is one whose print was never confirmed (interrupted: it is not in force), one cancelled
elsewhere (the server's list of cancelled serials) and one of a device the server
revoked. A
PDF is verified as it would print: its pages are rendered (pdfium) and every QR code
on them is decoded (zxing-cpp) and checked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import pypdfium2 as pdfium
import zxingcpp
from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.errors import FileRefused
from desktop_app.storage import trusted_keys
from desktop_app.storage.models import CancelledSerial, IssuedDocument
from desktop_app.sync.client import Client
from registry import wire
from registry.issues import Code
from registry.signed_payload import Reason, Verification, verify_payload

# Pages are rendered at 300 dpi: a card's QR modules (~0.3 mm) get 3–4 pixels each.
RENDER_SCALE = 300 / 72
_QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)

# What a file can ask of the renderer is bounded by what Hirfa prints: a batch of a
# thousand cards (two pages each) on pages no larger than A3. A tiny crafted file can
# declare one page of 5 × 5 m, which at 300 dpi would be gigabytes of pixels.
MAX_PAGES = 2_000
MAX_PAGE_SIDE_PT = 420 / 25.4 * 72 + 1  # the long side of A3
MAX_PAGE_AREA_PT2 = 297 * 420 / 25.4**2 * 72**2 + 1


@dataclass(frozen=True)
class FoundCode:
    """One QR code found in a PDF: its page (from 1), its text and the verdict."""

    page: int
    text: str
    result: Verification


def verify_text(desk: Desk, text: str) -> Verification:
    """The verdict on a code as a scanner typed it or as it was pasted."""
    with desk.store.read() as session:
        result = verify_payload(text, trusted_keys.trust_list(session))
        fields = result.fields
        if fields is None or not (result.valid or result.reason is Reason.UNTRUSTED_KEY):
            return result
        if fields.device_id in trusted_keys.revoked_devices(session):
            # Its key left the trust list: said as what it is, not as a stranger's.
            return replace(result, valid=False, reason=Reason.REVOKED)
        if not result.valid:
            return result
        issued = session.execute(
            select(IssuedDocument.cancelled_at, IssuedDocument.printed_at).where(
                IssuedDocument.serial == fields.serial
            )
        ).first()
        if issued is not None and issued.cancelled_at is not None:
            return replace(result, valid=False, reason=Reason.CANCELLED)
        if issued is not None and issued.printed_at is None:
            return replace(result, valid=False, reason=Reason.NOT_PRINTED)
        if session.get(CancelledSerial, fields.serial) is not None:
            return replace(result, valid=False, reason=Reason.CANCELLED)  # elsewhere
    return result


def _check_pages(document: pdfium.PdfDocument, path: Path) -> None:
    """Refuse a file that would have the renderer draw more than any document of ours."""
    if len(document) > MAX_PAGES:
        raise FileRefused(Code.PDF_TOO_MANY_PAGES, path)
    for index in range(len(document)):
        width, height = document[index].get_size()
        if max(width, height) > MAX_PAGE_SIDE_PT or width * height > MAX_PAGE_AREA_PT2:
            raise FileRefused(Code.PDF_PAGE_TOO_LARGE, path, f"page {index + 1}")


def qr_texts(path: Path) -> list[tuple[int, str]]:
    """Every QR code of a PDF as (page number, text), in page order."""
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise FileRefused(Code.FILE_UNREADABLE, path) from exc
    found: list[tuple[int, str]] = []
    try:
        _check_pages(document, path)
        for index in range(len(document)):
            image = document[index].render(scale=RENDER_SCALE, grayscale=True).to_pil()
            codes = zxingcpp.read_barcodes(image, formats=_QR_ONLY)
            found += [(index + 1, code.text) for code in codes]
    finally:
        document.close()
    return found


def verify_pdf(desk: Desk, path: Path) -> list[FoundCode]:
    """The verdict on every QR code in a PDF (an empty list: no code found)."""
    return [FoundCode(page, text, verify_text(desk, text)) for page, text in qr_texts(path)]


def verify_online(
    server_url: str, text: str, *, transport: httpx.BaseTransport | None = None
) -> wire.VerifyAnswer:
    """The national register's verdict on a code (``GET /api/v1/verify``): the signature
    against every office's keys, and what the register knows (cancelled, withdrawn,
    revoked, the holder's current status). Raises the client's failures."""
    with Client(server_url, transport=transport) as client:
        return client.verify(" ".join(text.split()))
