"""The registration screen: a new artisan at the counter, or an existing record edited.

What the clerk types is checked as they go (the register's own rules, run in the GUI
thread: they are pure and cheap), compared with the register for duplicates a moment
after the identity changes, and kept as a draft a moment after each change. Nothing
typed is ever lost: a refused save keeps the form as it is.
"""

from __future__ import annotations

from collections.abc import Callable

import qtawesome
from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.drafts import SavedDraft, discard_draft
from desktop_app.services.errors import RecordNotFound
from desktop_app.services.lookup import find_record
from desktop_app.services.records import ArtisanRecord
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.registration.autosave import DraftKeeper
from desktop_app.ui.registration.banner import SavedBanner
from desktop_app.ui.registration.checking import FormChecks
from desktop_app.ui.registration.dialogs import ask
from desktop_app.ui.registration.duplicates_panel import DuplicatesPanel
from desktop_app.ui.registration.field_row import ISSUE_STYLE, repolish
from desktop_app.ui.registration.form import ArtisanForm
from desktop_app.ui.registration.restore import DraftOffer
from desktop_app.ui.registration.saving import SaveFlow
from desktop_app.ui.screen import Screen
from registry.artisan import DRAFT_FIELDS, ArtisanDraft, Status, draft_from_fields
from registry.issues import Issue

SIDE_WIDTH = 290


class RegistrationScreen(Screen):
    """The form with its duplicates panel and photo; ``edit(id)`` opens a record."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.record: ArtisanRecord | None = None  # the record edited, as loaded or saved
        self.base_version: int | None = None
        self._baseline = ArtisanDraft()
        self._notice: Callable[[], str] | None = None
        self.form = ArtisanForm(ctx)
        self.keeper = DraftKeeper(ctx, self._unsaved_draft, self)
        self.checks = FormChecks(
            ctx, self.form, lambda: self.record.fields if self.record else None
        )
        self.offer = DraftOffer(self)
        self.saving = SaveFlow(self)
        self._build()
        self._connect()
        self.retranslate()
        self.start_form(None, self.blank_draft())

    # Construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(ISSUE_STYLE)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = SavedBanner(self.ctx.bus)
        self.notice = QLabel()
        self.notice.setObjectName("form_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("form_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.form)

        self.photo_group = QGroupBox()
        photo_layout = QVBoxLayout(self.photo_group)
        photo_layout.addWidget(self.form.photo_row.box)
        self.duplicates = DuplicatesPanel(self.ctx, self._duplicates_subject)
        self.duplicates_group = QGroupBox()
        duplicates_layout = QVBoxLayout(self.duplicates_group)
        duplicates_layout.addWidget(self.duplicates)
        self.side = side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.photo_group)
        side_layout.addWidget(self.duplicates_group, 1)

        body = QHBoxLayout()
        body.addWidget(self.scroll_area, 1)
        body.addWidget(side)

        self.legend = QLabel()
        self.legend.setEnabled(False)
        self.new_button = QPushButton(qtawesome.icon("fa5s.file"), "")
        self.new_button.setObjectName("new_form")
        self.new_button.clicked.connect(self.new_form)
        self.discard_button = QPushButton(qtawesome.icon("fa5s.undo"), "")
        self.discard_button.setObjectName("discard")
        self.discard_button.clicked.connect(self.escape)
        self.save_button = QPushButton(qtawesome.icon("fa5s.save", color="white"), "")
        self.save_button.setObjectName("save")
        self.save_button.setStyleSheet(
            "QPushButton { background: #2e6b3f; color: white; padding: 5px 18px; }"
            "QPushButton:disabled { background: #9bb3a2; }"
        )
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.legend)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        layout.addLayout(bar)
        photo = self.form.photo
        chain = [self.form.editors["registered_on"], photo.from_file, photo.from_scan]
        chain += [photo.remove, self.save_button, self.new_button, self.discard_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape, context=context)

    def _connect(self) -> None:
        self.form.changed.connect(self._changed)
        self.form.committed.connect(self._committed)
        self.form.category_changed.connect(self.refresh_issues)
        self.form.identity_changed.connect(self.duplicates.schedule)

    # Texts -------------------------------------------------------------------------

    def title(self) -> str:
        if self.record is None:
            return translate("registration", "New registration")
        return translate("registration", "Edit registration %1").replace(
            "%1", latin_code(self.record.registration_number)
        )

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.form.retranslate()
        self.banner.retranslate()
        self.duplicates.retranslate()
        self.photo_group.setTitle(translate("registration", "Photo"))
        self.duplicates_group.setTitle(translate("registration", "Already in the register?"))
        self.legend.setText(translate("registration", "* required"))
        self.new_button.setText(translate("registration", "New"))
        self.new_button.setToolTip(translate("registration", "Start a new registration (Ctrl+N)"))
        self.discard_button.setText(translate("registration", "Discard changes"))
        self.discard_button.setToolTip(translate("registration", "Discard what was typed (Esc)"))
        self.save_button.setText(translate("registration", "Save"))
        self.save_button.setToolTip(translate("registration", "Save (Ctrl+S)"))
        # Wider than usual only if a translation of the photo buttons needs it.
        self.side.setFixedWidth(max(SIDE_WIDTH, self.side.sizeHint().width()))
        self._show_notice()

    def set_notice(self, text: Callable[[], str] | None, severity: str = "error") -> None:
        """A line above the form; ``text`` makes it, again when the language changes."""
        self._notice = text
        self.notice.setProperty("severity", severity)
        self._show_notice()

    def _show_notice(self) -> None:
        if self._notice is None:
            self.notice.hide()
            return
        self.notice.setText(self._notice())
        repolish(self.notice)
        self.notice.show()

    # Starting a form ---------------------------------------------------------------

    def blank_draft(self) -> ArtisanDraft:
        return ArtisanDraft(registered_on=self.ctx.desk.today().isoformat())

    def start_form(
        self,
        record: ArtisanRecord | None,
        shown: ArtisanDraft,
        baseline: ArtisanDraft | None = None,
    ) -> None:
        """Show ``shown``; changes are counted from ``baseline`` (``shown`` itself by
        default: a form just opened has nothing unsaved)."""
        self.record = record
        self.form.load(baseline or shown)
        self._baseline = self.form.draft()
        if baseline is not None:
            self.form.load(shown)
        # A restored draft shows at once what is wrong with what it holds.
        self.checks.reset({f for f in DRAFT_FIELDS if getattr(shown, f)} if baseline else set())
        self.set_notice(None)
        if self.closed:
            self.set_notice(
                lambda: translate(
                    "registration",
                    "This record is struck off: it cannot be changed until it is reinstated.",
                ),
                "warning",
            )
        self.heading.setText(self.title())
        self.refresh_issues()
        self.update_buttons()
        self.duplicates.check()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.form.editors["cin"].setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new(self) -> None:
        """A blank form for the next artisan; the kept draft of this one goes."""
        self.keeper.discard()
        self.keeper.start()
        self.base_version = None
        self.start_form(None, self.blank_draft())

    def new_form(self) -> None:
        """Ctrl+N: a blank form, after asking if what is typed would be lost."""
        self.banner.hide()
        if self.has_unsaved_changes():
            ask(
                self,
                translate("registration", "New registration"),
                translate(
                    "registration", "Discard the changes typed in this form and start a new one?"
                ),
                [
                    (translate("registration", "Discard and start a new one"), self.start_new),
                    (translate("registration", "Keep editing"), lambda: None),
                ],
                default=1,
            )
        else:
            self.start_new()

    def edit(self, artisan_id: str) -> None:
        """Open a stored record in the form, to correct or complete it."""
        self.banner.hide()
        if self.has_unsaved_changes():
            ask(
                self,
                translate("registration", "Edit a record"),
                translate(
                    "registration", "Discard the changes typed in this form and open the record?"
                ),
                [
                    (
                        translate("registration", "Discard and open"),
                        lambda: self.open_record(artisan_id),
                    ),
                    (translate("registration", "Keep editing"), lambda: None),
                ],
                default=1,
            )
        else:
            self.open_record(artisan_id)

    def open_record(self, artisan_id: str, kept: SavedDraft | None = None) -> None:
        """Load the record (and show ``kept`` over it, a restored draft of its edit)."""
        desk = self.ctx.desk
        self.ctx.runner.read(
            lambda: find_record(desk, artisan_id),
            lambda record: self._record_loaded(record, kept),
            lambda error: self._record_failed(error, kept),
        )

    def _record_loaded(self, record: ArtisanRecord, kept: SavedDraft | None) -> None:
        stored = draft_from_fields(record.fields)
        if kept is None:
            self.keeper.discard()
            self.keeper.start(artisan_id=record.id, base_version=record.version)
            self.base_version = record.version
            self.start_form(record, stored)
        else:
            self.keeper.start(kept.id, record.id, kept.base_version)
            self.base_version = kept.base_version
            self.start_form(record, kept.draft, baseline=stored)

    def _record_failed(self, error: BaseException, kept: SavedDraft | None) -> None:
        if not isinstance(error, RecordNotFound):
            self.ctx.runner.unexpected_error.emit(error)
            return
        if kept is not None:
            desk = self.ctx.desk
            self.ctx.runner.write(lambda: discard_draft(desk, kept.id), lambda _none: None)
        self.set_notice(
            lambda: translate("registration", "The record was not found in the register.")
        )

    # Changes and checks as the clerk goes ------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.form.draft() != self._baseline

    def _duplicates_subject(self) -> tuple[ArtisanDraft, str | None]:
        return self.form.draft(), self.record.id if self.record else None

    def _unsaved_draft(self) -> ArtisanDraft | None:
        return self.form.draft() if self.has_unsaved_changes() else None

    def _changed(self) -> None:
        self.keeper.schedule()
        self.update_buttons()

    @property
    def closed(self) -> bool:
        """A struck-off record is shown, not changed."""
        return self.record is not None and self.record.status is Status.STRUCK_OFF

    def update_buttons(self) -> None:
        busy = self.saving.busy
        self.save_button.setEnabled(not busy and not self.closed)
        self.new_button.setEnabled(not busy)
        self.discard_button.setEnabled(not busy and self.has_unsaved_changes())

    def _committed(self, field: str) -> None:
        self.checks.touched.add(field)
        self.checks.refresh()

    def refresh_issues(self, *, show_all: bool = False) -> list[Issue]:
        return self.checks.refresh(show_all=show_all)

    def focus_field(self, field: str) -> None:
        widget = self.form.editor_of(field)
        if widget is not None:
            self.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # Saving and discarding ---------------------------------------------------------

    def save(self) -> None:
        """Ctrl+S: check, look for duplicates, then register or update."""
        self.saving.start()

    def escape(self) -> None:
        """Esc: discard what was typed, after asking."""
        if self.saving.busy:
            return
        if not self.has_unsaved_changes():
            if self.record is not None:
                self.start_new()
            return
        ask(
            self,
            translate("registration", "Discard the changes"),
            translate("registration", "Discard what was typed in this form?"),
            [
                (translate("registration", "Discard"), self.discard_changes),
                (translate("registration", "Keep editing"), lambda: None),
            ],
            default=1,
        )

    def discard_changes(self) -> None:
        if self.record is None:
            self.start_new()
            return
        self.keeper.discard()
        self.keeper.start(artisan_id=self.record.id, base_version=self.record.version)
        self.base_version = self.record.version
        self.start_form(self.record, draft_from_fields(self.record.fields))

    # Drafts left from an earlier session -------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Leaving the screen, locking or quitting: keep the draft now, not in a moment.
        if self.keeper.timer.isActive():
            self.keeper.save_now()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.offer.screen_shown()

    def activated(self) -> None:
        self.offer.activated()

    def restore_draft(self, kept: SavedDraft) -> None:
        """Bring a kept draft back into the form, as a new registration or an edit."""
        self.banner.hide()
        if kept.artisan_id is not None:
            self.open_record(kept.artisan_id, kept)
            return
        self.keeper.start(kept.id)
        self.base_version = None
        self.start_form(None, kept.draft, baseline=self.blank_draft())
