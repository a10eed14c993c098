"""The Verify screen: a scanned, typed or pasted code, or a PDF, and the verdict in the
interface language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.messages import MESSAGES, verification_label, verification_reason
from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_files import print_to_file
from desktop_app.services.documents import Layout, preview_documents
from desktop_app.services.output_files import checked_output
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import Language
from desktop_app.ui.printing.verify_screen import SCAN_PAUSE_MS, VerifyScreen
from registry.issues import Code
from registry.signed_payload import Reason
from registry.workflow import Role
from tests.cli.test_bad_files import giant_page_pdf
from tests.documents_support import issue_documents
from tests.ui.print_support import registered

MakeCtx = Callable[[Role], AppContext]


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> AppContext:
    return make_ctx(Role.CLERK)


@pytest.fixture
def payload(ctx: AppContext) -> str:
    """The signed code of a certificate just printed."""
    record = registered(ctx.desk, ctx.actor)
    batch = issue_documents(ctx.desk, ctx.actor, [record.id], DocumentKind.CERTIFICATE)
    return batch.documents[0].qr_payload


@pytest.fixture
def screen(ctx: AppContext, qtbot: QtBot) -> VerifyScreen:
    found = VerifyScreen(ctx)
    qtbot.addWidget(found)
    found.show()
    return found


def check(screen: VerifyScreen, text: str) -> None:
    screen.code.setText(text)
    screen.verify_now()


def shown(screen: VerifyScreen, field: str) -> str:
    value = screen.panel.values[field]
    return value.text() if value.isVisibleTo(screen) else ""


def changed_character(payload: str, at: int) -> str:
    replacement = "A" if payload[at] != "A" else "B"
    return payload[:at] + replacement + payload[at + 1 :]


def test_a_printed_document_is_valid_and_its_fields_are_shown(
    screen: VerifyScreen, payload: str
) -> None:
    check(screen, payload)
    panel = screen.panel
    assert panel.verdict.text() == "VALID"
    assert not panel.reason.isVisibleTo(screen)
    assert shown(screen, "serial").startswith("A-01-511-")
    assert shown(screen, "registration_number").startswith("01-511-")
    assert shown(screen, "name_fr") == "El Amrani Fatima"
    assert shown(screen, "name_ar") == "العمراني فاطمة"
    assert shown(screen, "category") == "Artisan by experience"
    assert shown(screen, "status") == "Registered"
    assert shown(screen, "issued_on") == "29/11/2026"
    assert shown(screen, "device") != ""
    assert shown(screen, "entity_name_fr") == ""  # rows without a value are hidden
    assert panel.values["name_ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft

    screen.cin.setText("K123456")
    assert panel.cin_check.text() == "The CIN matches the document."
    screen.cin.setText("K999999")
    assert panel.cin_check.text() == "The CIN does not match the document."


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda p: changed_character(p, 60), Reason.BAD_SIGNATURE),
        (lambda p: p[:-25], Reason.TRUNCATED),
        (lambda p: "HELLO WORLD", Reason.MALFORMED),
    ],
    ids=["changed character", "truncated", "not a code"],
)
def test_a_spoilt_code_is_invalid_with_its_reason_in_the_interface_language(
    screen: VerifyScreen, ctx: AppContext, payload: str, spoil: Callable[[str], str], reason: Reason
) -> None:
    ctx.translations.apply(Language.FRENCH)
    check(screen, spoil(payload))
    french = verification_reason(reason, translate)
    assert french != verification_reason(reason)  # translated, not the English source
    assert screen.panel.verdict.text() == "NON VALIDE"
    assert screen.panel.reason.text() == french


def test_a_code_signed_by_an_untrusted_key_is_invalid(
    screen: VerifyScreen, ctx: AppContext
) -> None:
    record = registered(ctx.desk, ctx.actor)
    (specimen,) = preview_documents(ctx.desk, [record.id], DocumentKind.CERTIFICATE)
    check(screen, specimen.qr_payload)
    assert screen.panel.verdict.text() == verification_label("invalid")
    assert screen.panel.reason.text() == verification_reason(Reason.UNTRUSTED_KEY)
    # What it claims is shown, flagged as not confirmed.
    assert shown(screen, "name_fr") == "El Amrani Fatima"
    assert "not confirmed" in screen.panel.fields_heading.text()


def test_a_scanner_types_the_code_and_ends_with_enter(
    screen: VerifyScreen, payload: str, qtbot: QtBot
) -> None:
    qtbot.keyClicks(screen.code, payload)
    QTest.keyClick(screen.code, Qt.Key.Key_Return)
    assert screen.panel.verdict.text() == "VALID"
    assert screen.code.selectedText() == payload  # the next scan replaces it
    qtbot.keyClicks(screen.code, payload[:-25])
    QTest.keyClick(screen.code, Qt.Key.Key_Enter)
    assert screen.panel.reason.text() == verification_reason(Reason.TRUNCATED)


def test_a_scanner_without_enter_is_checked_after_a_pause(
    screen: VerifyScreen, payload: str, qtbot: QtBot
) -> None:
    qtbot.keyClicks(screen.code, payload)
    assert screen.panel.verdict.text() != "VALID"  # not while it types
    qtbot.waitUntil(lambda: screen.panel.verdict.text() == "VALID", timeout=SCAN_PAUSE_MS * 5)


def test_a_pdf_is_checked_code_by_code(
    screen: VerifyScreen, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    first = registered(ctx.desk, ctx.actor)
    second = registered(ctx.desk, ctx.actor, cin="AB654321", last_name_fr="Benali")
    pdf = tmp_path / "cards.pdf"
    reserved, _ = print_to_file(
        ctx.desk,
        ctx.actor,
        [first.id, second.id],
        Layout.CARD,
        checked_output(ctx.desk.data_dir, pdf),
    )
    screen.verify_file(pdf)
    assert screen.codes.isVisibleTo(screen) and screen.codes.count() == 2
    assert screen.codes.itemText(0) == "Page 2: VALID"  # the codes are on the backs
    assert screen.panel.verdict.text() == "VALID"
    screen.codes.setCurrentIndex(1)
    assert shown(screen, "serial") == reserved.batch.serials[1]


def test_a_file_without_a_code_or_not_a_pdf_says_so(screen: VerifyScreen, tmp_path: Path) -> None:
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("not a PDF")
    screen.verify_file(not_pdf)
    assert screen.panel.verdict.text() == "INVALID"
    assert screen.panel.reason.text() == "This file cannot be read as a PDF."


def test_a_pdf_with_a_giant_page_is_refused_in_the_users_language(
    screen: VerifyScreen, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.translations.apply(Language.FRENCH)
    screen.verify_file(giant_page_pdf(tmp_path / "tiny.pdf"))
    assert "A3" in screen.panel.reason.text()
    assert translate("messages", MESSAGES[Code.PDF_PAGE_TOO_LARGE]) in screen.panel.reason.text()
