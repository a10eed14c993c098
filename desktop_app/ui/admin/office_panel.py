"""The office's identity (read-only) and the activity list in force."""

from __future__ import annotations

from pathlib import Path

import qtawesome
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.desk import load_activity_list
from desktop_app.services.errors import FileRefused, StoreProblem
from desktop_app.services.input_files import read_text
from desktop_app.ui.admin.feedback import ERROR_STYLE, handle_failure
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import Language, latin_code
from desktop_app.ui.record.display import align_script
from desktop_app.ui.record.feedback import service_error_text
from registry.reference import Nomenclature


def _value_label(name: str, *, latin: bool = False) -> QLabel:
    value = QLabel()
    value.setObjectName(name)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(True)
    if latin:
        value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return value


class _LabelledValues(QGroupBox):
    """A read-only form: a label and a selectable value per row."""

    def __init__(
        self,
        names: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        latin: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in names:
            self.labels[name] = QLabel()
            self.values[name] = _value_label(name, latin=name in latin)
            self.form.addRow(self.labels[name], self.values[name])

    def set_texts(self, texts: dict[str, tuple[str, str]]) -> None:
        for name, (label, value) in texts.items():
            self.labels[name].setText(label)
            self.values[name].setText(value)
            # Every value beside its caption, whether it starts with an Arabic word or not.
            align_script(self.values[name], None)


class IdentityPanel(_LabelledValues):
    """Where this desk belongs; set at the first start and never changed here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(("region", "office", "office_name", "device"), parent)
        self.ctx = ctx
        self.setObjectName("identity")

    def retranslate(self) -> None:
        self.setTitle(translate("admin", "This office"))
        identity = self.ctx.desk.identity
        region = self.ctx.desk.geography.regions.get(identity.region)
        region_name = ""
        if region is not None:
            arabic = self.ctx.translations.language is Language.ARABIC
            region_name = region.name_ar if arabic else region.name_fr
        self.set_texts(
            {
                "region": (
                    translate("admin", "Region"),
                    f"{identity.region} — {region_name}" if region_name else identity.region,
                ),
                "office": (translate("admin", "Office code"), identity.office),
                "office_name": (translate("admin", "Office name"), identity.office_name),
                "device": (translate("admin", "Computer number"), identity.device),
            }
        )


class ActivityListPanel(_LabelledValues):
    """The version of the activity list in force, and loading the official one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(("version", "status", "contents"), parent, latin=frozenset({"version"}))
        self.ctx = ctx
        self.setObjectName("activity_list")
        self.load_button = QPushButton(qtawesome.icon("fa5s.file-import", color="#5a4632"), "")
        self.load_button.setObjectName("load_activity_list")
        self.load_button.clicked.connect(self.choose_file)
        self.outcome = QLabel()
        self.outcome.setObjectName("activity_list_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.outcome)
        self.form.addRow(column)

    def retranslate(self) -> None:
        self.setTitle(translate("admin", "Activity list"))
        self.load_button.setText(translate("admin", "Load an official list…"))
        active = self.ctx.desk.activities.active
        self.set_texts(
            {
                "version": (translate("admin", "Version in force"), active.version),
                "status": (translate("admin", "Status"), self._status_text(active)),
                "contents": (
                    translate("admin", "Contents"),
                    translate("admin", "%1 activities in %2 branches")
                    .replace("%1", str(len(active.activities)))
                    .replace("%2", str(len(active.branches))),
                ),
            }
        )

    @staticmethod
    def _status_text(nomenclature: Nomenclature) -> str:
        status = nomenclature.status.strip().upper()
        if status == "PROVISIONAL":
            return translate(
                "admin", "Provisional: load the official list as soon as you receive it."
            )
        if status == "OFFICIAL":
            return translate("admin", "Official")
        return nomenclature.status

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("admin", "Load an official activity list"),
            str(Path.home()),
            translate("admin", "Activity lists (*.json)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Make the list in ``path`` the one in force (records keep their own version)."""
        desk, actor = self.ctx.desk, self.ctx.actor
        self._say("", error=False)
        self.load_button.setEnabled(False)
        self.ctx.runner.write(
            lambda: load_activity_list(desk, actor, read_text(path)),
            self._loaded,
            lambda error: self._failed(path, error),
        )

    def _loaded(self, nomenclature: Nomenclature) -> None:
        self.load_button.setEnabled(True)
        self.retranslate()
        self._say(
            translate("admin", "The activity list %1 is now in force.").replace(
                "%1", nomenclature.version
            ),
            error=False,
        )

    def _failed(self, path: Path, error: BaseException) -> None:
        self.load_button.setEnabled(True)
        if isinstance(error, StoreProblem):
            detail = str(error)
        elif isinstance(error, FileRefused):
            detail = service_error_text(error) or ""
        else:
            handle_failure(self.ctx, self, error)
            return
        self._say(
            translate("admin", "%1 was not loaded; the list in force is unchanged.").replace(
                "%1", latin_code(path.name)
            )
            + "\n"
            + detail,
            error=True,
        )

    def _say(self, text: str, *, error: bool) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.setText(text)
