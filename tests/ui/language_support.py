"""The real screens on realistic data, for the language tests: the catalogue of texts,
translators that mark or lengthen every text, the windows a user meets, and every text
those windows show.

A :class:`Scene` is an office store holding what makes each screen show all it can: a
cooperative with a photo, edits and status changes, a record returned to the
administrator, records waiting for review, users of each role, one locked out.
"""

from __future__ import annotations

import contextlib
import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import PySide6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from stdnum.ma import ice as stdnum_ice

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk
from desktop_app.services.document_log import print_log
from desktop_app.services.documents import Layout, cancel_document
from desktop_app.services.interrupted_prints import InterruptedBatch, interrupted_batches
from desktop_app.services.print_batches import reserve_batch
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.status import change_status
from desktop_app.services.users import (
    LoginRefused,
    add_user,
    authenticate,
    list_users,
    set_active,
)
from desktop_app.ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from desktop_app.ui.context import AppContext
from desktop_app.ui.first_start import FirstStartWizard
from desktop_app.ui.languages import I18N_DIR, Language
from desktop_app.ui.login import LoginDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.printing.cancellation import CancelDocumentDialog
from desktop_app.ui.printing.document_dialog import DocumentPrintDialog
from desktop_app.ui.printing.interrupted_banner import WithdrawBatchDialog
from desktop_app.ui.printing.log_dialog import LogPrintDialog
from desktop_app.ui.printing.resume_dialog import ResumePrintDialog
from desktop_app.ui.record.dialog import RecordDialog
from desktop_app.ui.record.reason import ReasonDialog
from desktop_app.ui.registration.crop import CropDialog
from desktop_app.ui.registration.screen import RegistrationScreen
from desktop_app.ui.screens import screen_entries
from registry.artisan import ArtisanDraft
from registry.workflow import Action, Role
from tests.documents_support import issue_documents
from tests.factories import make_draft, make_photo

PLACEHOLDER = re.compile(r"%[1-9]|\{[a-z_]+\}")
SCREEN_SIZE = (1366, 768)
# Codes and names that stay in Latin letters in every language.
LATIN_CODES = frozenset(
    "CIN ICE RC IF CNSS AMO CPU ODCO CSV XLSX JPEG PNG JPG JSON PDF QR Excel Hirfa Ctrl Esc "
    "Français"
    .casefold()
    .split()
)  # fmt: skip


# The catalogue -----------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool


def catalogue_path(language: Language) -> Path:
    return I18N_DIR / f"hirfa_{language}.ts"


def read_catalogue(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type") in ("unfinished", "obsolete", "vanished"),
                )
            )
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def template_pattern(source: str) -> re.Pattern[str]:
    """A text made from ``source``, its placeholders replaced by any values."""
    parts = PLACEHOLDER.split(source)
    return re.compile("^" + "(.+)".join(re.escape(p) for p in parts) + "$", re.S)


# Translators for checks --------------------------------------------------------------

OPEN, CLOSE = "⟦", "⟧"
LRELEASE = Path(PySide6.__file__).resolve().parent / "lrelease"


def marked(source: str) -> str:
    """⟦text⟧: any letter shown outside the marks was never translated."""
    return f"{OPEN}{source}{CLOSE}"


def lengthened(source: str) -> str:
    """The text 40% longer, as translations often are."""
    return f"{source} {'o' * max(1, math.ceil(len(source) * 0.4) - 1)}"


def pseudo_translator(directory: Path, pseudo: Callable[[str], str]) -> QTranslator:
    """A translator giving ``pseudo(source)`` for every text of the catalogue.

    Compiled with ``lrelease`` rather than written as a ``QTranslator`` subclass: in
    PySide6 6.12 each call of a Python ``translate`` override drops a reference to
    ``None``, and the thousands of calls of a whole window abort the interpreter.
    """
    root = ET.Element("TS", version="2.1", language="en")
    contexts: dict[str, ET.Element] = {}
    for message in read_catalogue(catalogue_path(Language.FRENCH)):
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        entry = ET.SubElement(contexts[message.context], "message")
        ET.SubElement(entry, "source").text = message.source
        ET.SubElement(entry, "translation").text = pseudo(message.source)
    source, compiled = directory / "pseudo.ts", directory / "pseudo.qm"
    ET.ElementTree(root).write(source, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(LRELEASE), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(compiled)), compiled
    return translator


# The scene ---------------------------------------------------------------------------

FREE_TEXT_FIELDS = (
    "cin", "last_name_fr", "first_name_fr", "last_name_ar", "first_name_ar", "birth_place",
    "nationality", "phone", "email", "address_fr", "address_ar", "diploma", "diploma_school",
    "cnss_number", "ice", "rc_court", "rc_number", "tax_id", "odco_number", "members",
    "entity_name_fr", "entity_name_ar", "supervisor_number", "activity",
)  # fmt: skip
RETURN_COMMENT = "Photo floue, merci de la reprendre — الصورة غير واضحة"
SUSPEND_REASON = "Atelier fermé pour travaux — الورشة مغلقة"
REPRINT_REASON = "Original perdu — ضاع الأصل"
CANCEL_REASON = "Carte abîmée — بطاقة تالفة"


def valid_ice() -> str:
    return next(ice for n in range(100) if stdnum_ice.is_valid(ice := f"0015258930000{n:02d}"))


@dataclass
class Scene:
    """What the store holds, and every value that came from it (shown as it is)."""

    ctx: AppContext
    cooperative: ArtisanRecord
    data: set[str]
    printed: ArtisanRecord | None = None  # registered, with a certificate and a spoilt card
    interrupted: InterruptedBatch | None = None  # its new card's print, cut off

    def add_data(self, *values: str) -> None:
        self.data.update(v for v in values if v and v.strip())


def cooperative_draft() -> ArtisanDraft:
    return make_draft(
        cin="K123456",
        category="cooperative",
        entity_name_fr="Coopérative Nour du Tapis",
        entity_name_ar="تعاونية النور للزرابي",
        odco_number="12345",
        members="12",
        ice=valid_ice(),
        rc_court="Tanger",
        rc_number="4321",
        tax_id="1234567",
        cnss_number="1234567",
        activity_since="",
        email="nour@example.ma",
        address_fr="12, rue Ibn Batouta, Tanger",
        address_ar="12، زنقة ابن بطوطة، طنجة",
        workplace="cooperative",
        amo_status="enrolled",
        fiscal_regime="cpu",
        photo=make_photo(),
    )


def people() -> list[ArtisanDraft]:
    return [
        make_draft(cin="K123456", first_name_fr="Fatima Zahra", birth_place="Tétouan"),
        make_draft(
            cin="AB98765", last_name_fr="Benali", first_name_fr="Youssef",
            last_name_ar="بنعلي", first_name_ar="يوسف", sex="M", birth_date="1975-02-03",
            category="master_artisan", activity_since="1995", workplace="own_workshop",
        ),
        make_draft(
            cin="BK4521", last_name_fr="", first_name_fr="", last_name_ar="الإدريسي",
            first_name_ar="خديجة", category="artisan_diploma", activity_since="",
            diploma="Diplôme de technicien", diploma_school="ISTA Tanger",
        ),
        make_draft(
            cin="L778899", last_name_fr="Ouazzani", first_name_fr="Karim",
            last_name_ar="الوزاني", first_name_ar="كريم", sex="M", birth_date="1990-11-20",
        ),
    ]  # fmt: skip


def build_scene(ctx: AppContext) -> Scene:
    """Fill the store of ``ctx`` (logged in as an administrator)."""
    desk, admin = ctx.desk, ctx.actor
    supervisor = add_user(
        desk, admin, "samira", "Samira El Fassi", Role.SUPERVISOR, "supervisor password 1"
    ).actor
    add_user(desk, admin, "omar", "Omar Tazi", Role.CLERK, "clerk password 1")
    set_active(desk, admin, "omar", False)
    for _ in range(6):  # a lockout shows in the users' table
        with contextlib.suppress(LoginRefused):
            authenticate(desk, "samira", "not her password")

    scene = Scene(ctx, register_artisan(desk, admin, cooperative_draft()).record, set())
    coop = scene.cooperative
    edited = replace(cooperative_draft(), members="14", phone="0661234567")
    coop = update_artisan(desk, admin, coop.id, edited, coop.version).record
    coop = change_status(desk, supervisor, coop.id, Action.APPROVE, "", coop.version)
    # A certificate and its duplicate, printed before the suspension.
    issued = issue_documents(desk, admin, [coop.id], DocumentKind.CERTIFICATE).serials
    issued += issue_documents(
        desk, supervisor, [coop.id], DocumentKind.CERTIFICATE, reprint_reason=REPRINT_REASON
    ).serials
    coop = change_status(desk, supervisor, coop.id, Action.SUSPEND, SUSPEND_REASON, coop.version)
    scene.cooperative = coop

    drafts = people()
    records = [register_artisan(desk, admin, d).record for d in drafts]
    returned = records[1]
    change_status(desk, supervisor, returned.id, Action.RETURN, RETURN_COMMENT, returned.version)
    approved = records[3]
    scene.printed = change_status(
        desk, supervisor, approved.id, Action.APPROVE, "", approved.version
    )
    issued += issue_documents(desk, admin, [approved.id], DocumentKind.CERTIFICATE).serials
    card = issue_documents(desk, admin, [approved.id], DocumentKind.CARD).serials[0]
    cancel_document(desk, supervisor, card, CANCEL_REASON)
    # Its new card: the program printing it died (the lock its process held is gone).
    cut_off = reserve_batch(desk, admin, [approved.id], Layout.CARD, "/media/cards.pdf")
    cut_off.lock.release(finished=False)
    (scene.interrupted,) = interrupted_batches(desk)
    scene.add_data(*issued, card, *cut_off.batch.serials)

    for draft in [edited, *drafts]:
        scene.add_data(*(getattr(draft, name) for name in FREE_TEXT_FIELDS))
    for record in [coop, *records]:
        scene.add_data(record.registration_number)
    for comment in (RETURN_COMMENT, SUSPEND_REASON, REPRINT_REASON, CANCEL_REASON):
        scene.add_data(comment, *comment.split(" — "))
    for user in list_users(desk):
        scene.add_data(user.username, user.full_name)
    add_reference_data(scene.data, desk)
    return scene


def add_reference_data(data: set[str], desk: Desk) -> None:
    """Names of places and activities, office identity, language names: shown as stored."""
    identity = desk.identity
    data.update({identity.office_name, identity.region, identity.office, identity.device})
    geography = desk.geography
    active = desk.activities.active
    for places in (
        geography.regions.values(),
        geography.provinces.values(),
        geography.communes.values(),
        active.branches.values(),
        active.activities.values(),
    ):
        for place in places:
            data.update({place.code, place.name_fr, place.name_ar})
    data.add(active.version)
    data.update(language.native_name for language in Language)
    data.discard("")


# The windows -------------------------------------------------------------------------


def open_main_window(scene: Scene, qtbot: QtBot) -> MainWindow:
    """The administrator's window at 1366×768, the cooperative open in the form."""
    window = MainWindow(scene.ctx, screen_entries())
    qtbot.addWidget(window)
    window.resize(*SCREEN_SIZE)
    window.show()
    window.edit_record(scene.cooperative.id)
    registration = window.screens["registration"]
    assert isinstance(registration, RegistrationScreen)
    registration.banner.show_saved(scene.cooperative, edited=True)
    QApplication.processEvents()
    return window


def each_screen(window: MainWindow) -> Iterator[str]:
    """Bring every screen (and every tab of the administration) to the front in turn."""
    for key in (entry.key for entry in window.entries):
        screen = window.show_screen(key)
        QApplication.processEvents()
        tabs = screen.findChild(QTabWidget, "admin_tabs") if screen else None
        if tabs is None:
            yield key
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"{key}/{index}"
        tabs.setCurrentIndex(0)


def open_dialogs(scene: Scene, parent: QWidget, qtbot: QtBot) -> list[QWidget]:
    """The dialogs of the program, open at once (each is checked on its own)."""
    ctx = scene.ctx
    record = RecordDialog(ctx, scene.cooperative.id, parent)
    record.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    user = next(u for u in list_users(ctx.desk) if u.username == "samira")
    image = QImage(900, 1200, QImage.Format.Format_RGB32)
    image.fill(0x886644)
    dialogs: list[QWidget] = [
        record,
        LoginDialog(ctx),
        LoginDialog(ctx, parent, unlock=ctx.user),
        AddUserDialog(ctx, parent),
        ResetPasswordDialog(ctx, user, parent),
        ReasonDialog(Action.RETURN, True, parent),
        ReasonDialog(Action.SUSPEND, True, parent),
        CropDialog(image, parent),
    ]
    if scene.printed is not None:  # a reprint (the certificate) beside a first card
        ids = [scene.printed.id]
        dialogs += [
            DocumentPrintDialog(ctx, ids, Layout.CERTIFICATE, parent, notes=[RETURN_COMMENT]),
            DocumentPrintDialog(ctx, ids, Layout.CARD_SHEET, parent),
            LogPrintDialog(ctx, ctx.desk.today(), parent),
            CancelDocumentDialog(print_log(ctx.desk)[0], parent),
        ]
    if scene.interrupted is not None:
        dialogs += [
            ResumePrintDialog(ctx, scene.interrupted, parent),
            WithdrawBatchDialog(scene.interrupted, parent),
        ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    QApplication.processEvents()
    return dialogs


def wizard_pages(wizard: FirstStartWizard) -> Iterator[int]:
    """Walk the first-start wizard to each of its pages."""
    wizard.show()
    wizard.restart()
    yield wizard.currentId()
    wizard.next()
    wizard.office_page.office.setText("511")
    wizard.office_page.office_name.setText("Tanger")
    yield wizard.currentId()
    wizard.next()
    yield wizard.currentId()


# Reading what is shown ---------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # whose columnCount is private
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView, rows: int = 30) -> list[str]:
    texts = []
    for column in range(_columns(model, QModelIndex())):
        hidden = getattr(view, "isColumnHidden", lambda _c: False)(column)
        if hidden:
            continue
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                texts.append(value)

    def walk(parent: QModelIndex) -> None:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return texts


def _menu_texts(menu: object) -> list[str]:
    if not isinstance(menu, QMenu):
        return []
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        texts.extend(_menu_texts(action.menu()))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """What ``widget`` itself shows (not its children)."""
    texts = [widget.toolTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
        if isinstance(widget, (QPushButton, QToolButton)):
            texts.extend(_menu_texts(widget.menu()))
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            texts += [widget.tabText(index), widget.tabToolTip(index)]
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.placeholderText())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QPlainTextEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += _model_texts(widget.model(), widget)
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            texts.extend(_menu_texts(action.menu()))
    if isinstance(widget, QWizard):
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            texts.append(widget.buttonText(button))
        page = widget.currentPage()
        if page is not None:
            texts += [page.title(), page.subTitle()]
    return [t for t in texts if t and t.strip()]


def shown_texts(root: QWidget) -> list[Shown]:
    """Every text of ``root`` and its visible descendants."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _where(widget)
        found += [Shown(where, text) for text in widget_texts(widget)]
    return found


# Telling data from interface texts ---------------------------------------------------


def without_data(text: str, data: set[str]) -> str:
    """``text`` with the values that came from the store or the clerk taken out."""
    for value in sorted(data, key=len, reverse=True):
        if value in text or value.casefold() in text.casefold():
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+\w+\b")


def without_codes(text: str) -> str:
    """``text`` without codes, keyboard shortcuts and examples of coded values (AB123456)."""
    words = re.split(r"([^\w]+)", SHORTCUT.sub(" ", text))
    return "".join(
        w for w in words if w.casefold() not in LATIN_CODES and not any(c.isdigit() for c in w)
    )


def without_marked(text: str) -> str:
    """Take out each ⟦...⟧ (innermost first: translated texts hold translated values)."""
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while True:
        stripped = inner.sub(" ", text)
        if stripped == text:
            return text
        text = stripped


LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
ANY_LETTER = re.compile(r"[^\W\d_]")
