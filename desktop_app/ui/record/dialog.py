"""The record view: one registration, its history, and the status actions the role allows.

Non-modal, so a clerk can keep several records open beside the register. It reloads
itself whenever the record is saved anywhere (``bus.record_saved``).
"""

from __future__ import annotations

import qtawesome
import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import VersionConflict
from desktop_app.services.lookup import record_with_history
from desktop_app.services.records import ArtisanRecord, RecordWithHistory
from desktop_app.services.status import change_status
from desktop_app.ui.context import AppContext, choice, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.printing.record_documents import RecordDocuments
from desktop_app.ui.record.display import ReferenceNames, align_script, joined, moment_text
from desktop_app.ui.record.feedback import report_failure
from desktop_app.ui.record.history import ChangeHistory, StatusHistory
from desktop_app.ui.record.reason import ReasonDialog
from desktop_app.ui.record.sections import RecordSections
from registry.artisan import Status
from registry.workflow import Action, allowed_actions, find_transition

PHOTO_SIZE = QSize(105, 140)
STATUS_COLOURS = {
    Status.PENDING_REVIEW: "#8a6d00",
    Status.RETURNED: "#b35900",
    Status.REGISTERED: "#1e7b34",
    Status.SUSPENDED: "#5f6368",
    Status.STRUCK_OFF: "#b00020",
}
ACTION_ICONS = {
    Action.APPROVE: "fa5s.check",
    Action.RETURN: "fa5s.undo",
    Action.RESUBMIT: "fa5s.paper-plane",
    Action.SUSPEND: "fa5s.pause",
    Action.STRIKE_OFF: "fa5s.ban",
    Action.REINSTATE: "fa5s.redo",
}


def titled(entity: str, person: str) -> str:
    """A cooperative or enterprise by its name, then the person who represents it."""
    return " — ".join(part for part in (entity, person) if part)


class RecordDialog(QDialog):
    """Shows the record ``artisan_id``. :attr:`loaded` tells extensions (such as the
    print buttons added to :attr:`print_actions`) each time the record is (re)loaded."""

    loaded = Signal(object)  # RecordWithHistory

    def __init__(self, ctx: AppContext, artisan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.artisan_id = artisan_id
        self.history: RecordWithHistory | None = None
        self.names = ReferenceNames(ctx)
        self.setObjectName("record_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.resize(1000, 680)

        header = self._build_header()

        self.sections = RecordSections(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections)
        self.status_history = StatusHistory()
        self.change_history = ChangeHistory(self.names)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.status_history, "")
        self.tabs.addTab(self.change_history, "")

        self.edit_button = QPushButton(qtawesome.icon("fa5s.edit"), "")
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(self._edit)
        self.status_actions = QHBoxLayout()
        self.action_buttons: dict[Action, QPushButton] = {}
        # Where the certificates and cards work adds its buttons.
        self.print_actions = QWidget()
        self.print_actions.setObjectName("print_actions")
        print_layout = QHBoxLayout(self.print_actions)
        print_layout.setContentsMargins(0, 0, 0, 0)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addLayout(self.status_actions)
        buttons.addStretch(1)
        buttons.addWidget(self.print_actions)
        buttons.addWidget(self.close_button)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)

        # Certificates and cards: the print buttons and the "Documents" tab.
        self.documents = RecordDocuments(self)

        ctx.bus.record_saved.connect(self._record_saved)
        self.retranslate()
        self.load()

    def _build_header(self) -> QHBoxLayout:
        """Photo, number, names in both scripts, status and the last return's comment."""
        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid palette(mid);")
        self.number = QLabel()
        self.number.setObjectName("number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number.setFont(font)
        self.name_fr = QLabel()
        self.name_fr.setObjectName("name_fr")
        self.name_ar = QLabel()
        self.name_ar.setObjectName("name_ar")
        for name in (self.name_fr, self.name_ar):
            bold = name.font()
            bold.setPointSizeF(bold.pointSizeF() * 1.2)
            name.setFont(bold)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.return_note = QLabel()
        self.return_note.setObjectName("return_note")
        self.return_note.setWordWrap(True)
        self.return_note.setStyleSheet(
            "background: #fff4e5; border: 1px solid #e0a030; padding: 6px;"
        )
        self.return_note.hide()

        # Latin name on the left, Arabic name on the right, as on the chamber's
        # bilingual documents, whatever the interface direction.
        names = QWidget()
        names.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        names_line = QHBoxLayout(names)
        names_line.setContentsMargins(0, 0, 0, 0)
        names_line.addWidget(self.name_fr)
        names_line.addStretch(1)
        names_line.addWidget(self.name_ar)
        self.name_fr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        status_line = QHBoxLayout()
        status_line.addWidget(self.status)
        status_line.addStretch(1)
        identity = QVBoxLayout()
        identity.addWidget(self.number)
        identity.addWidget(names)
        identity.addLayout(status_line)
        identity.addWidget(self.return_note)
        identity.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(identity, 1)
        return header

    # Texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        align_script(self.number, Qt.LayoutDirection.LeftToRight)
        self.tabs.setTabText(0, translate("record", "Record"))
        self.tabs.setTabText(1, translate("record", "Status history"))
        self.tabs.setTabText(2, translate("record", "Changes"))
        self.edit_button.setText(translate("record", "Edit"))
        self.close_button.setText(translate("record", "Close"))
        for action, button in self.action_buttons.items():
            button.setText(choice("action", action.value))
        self.sections.retranslate()
        self.status_history.retranslate()
        self.change_history.retranslate()
        if self.history is not None:
            self._show_header(self.history)
        else:
            self.setWindowTitle(translate("record", "Record"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            align_script(self.number, Qt.LayoutDirection.LeftToRight)
        super().changeEvent(event)

    # Loading -------------------------------------------------------------------------

    def load(self) -> None:
        desk, key = self.ctx.desk, self.artisan_id
        self.ctx.runner.read(
            lambda: record_with_history(desk, key), self._loaded, self._load_failed
        )

    def _loaded(self, history: RecordWithHistory) -> None:
        if not shiboken6.isValid(self):
            return  # closed while loading
        self.history = history
        self._show_header(history)
        self.sections.show_record(history.record)
        self.status_history.show_entries(history.status_history)
        self.change_history.show_entries(history.changes)
        self._show_actions(history.record)
        self.loaded.emit(history)

    def _load_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            report_failure(self.ctx, self, translate("record", "Record"), error)

    def _record_saved(self, artisan_id: str) -> None:
        if artisan_id == self.artisan_id:
            self.load()

    def _show_header(self, history: RecordWithHistory) -> None:
        record, values = history.record, history.record.fields
        self.setWindowTitle(
            translate("record", "Record %1").replace("%1", latin_code(record.registration_number))
        )
        self.number.setText(record.registration_number)
        self.name_fr.setText(
            titled(values.entity_name_fr, joined(values.last_name_fr, values.first_name_fr))
        )
        self.name_ar.setText(
            titled(values.entity_name_ar, joined(values.last_name_ar, values.first_name_ar))
        )
        self.status.setText(choice("status", record.status.value))
        colour = STATUS_COLOURS[record.status]
        self.status.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;"
        )
        self._show_photo(values.photo)
        returned = [e for e in history.status_history if e.to_status is Status.RETURNED]
        if record.status is Status.RETURNED and returned:
            last = returned[-1]
            self.return_note.setText(
                translate("record", "Returned by %1 on %2: %3")
                .replace("%1", last.actor)
                .replace("%2", moment_text(last.at))
                .replace("%3", last.reason)
            )
            self.return_note.show()
        else:
            self.return_note.hide()

    def _show_photo(self, photo: bytes | None) -> None:
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo.setPixmap(
                pixmap.scaled(
                    PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.setPixmap(qtawesome.icon("fa5s.user", color="#b0a89c").pixmap(64, 64))
            self.photo.setToolTip(translate("record", "No photo"))

    # Actions -------------------------------------------------------------------------

    def _show_actions(self, record: ArtisanRecord) -> None:
        for button in self.action_buttons.values():
            self.status_actions.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.action_buttons = {}
        role = self.ctx.user.role if self.ctx.user else None
        actions = allowed_actions(record.status, role) if role else []
        for action in actions:
            button = QPushButton(
                qtawesome.icon(ACTION_ICONS[action]), choice("action", action.value)
            )
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, chosen=action: self.start_action(chosen))
            self.status_actions.addWidget(button)
            button.show()  # at once, not at the next turn of the event loop
            self.action_buttons[action] = button
        self.edit_button.setVisible(record.status is not Status.STRUCK_OFF)

    def _edit(self) -> None:
        self.ctx.bus.edit_record_requested.emit(self.artisan_id)
        self.close()

    def start_action(self, action: Action) -> None:
        """Apply ``action``, asking first for its reason when the workflow wants one."""
        if self.history is None:
            return
        transition = find_transition(self.history.record.status, action)
        needs_reason = transition is not None and transition.needs_reason
        if not needs_reason and action in (Action.APPROVE, Action.RESUBMIT):
            self._apply(action, "")
            return
        ask = ReasonDialog(action, needs_reason, self)
        ask.reason_given.connect(lambda reason: self._apply(action, reason))
        ask.open()

    def _apply(self, action: Action, reason: str) -> None:
        if self.history is None:
            return
        desk, actor, key = self.ctx.desk, self.ctx.actor, self.artisan_id
        version = self.history.record.version
        self._set_busy(True)
        self.ctx.runner.write(
            lambda: change_status(desk, actor, key, action, reason, version),
            self._applied,
            self._refused,
        )

    def _applied(self, record: ArtisanRecord) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.feedback.setText(
            translate("record", "Done. The status is now: %1.").replace(
                "%1", choice("status", record.status.value)
            )
        )
        self.ctx.bus.record_saved.emit(self.artisan_id)  # reloads this view too

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        report_failure(self.ctx, self, translate("record", "Status not changed"), error)
        if isinstance(error, VersionConflict):
            self.load()

    def _set_busy(self, busy: bool) -> None:
        for button in (*self.action_buttons.values(), self.edit_button):
            button.setEnabled(not busy)
