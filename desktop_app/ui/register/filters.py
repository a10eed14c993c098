"""The register's filters: where (region, province), what (branch, activity), who
(category, status, sex) and when (registration date range).

Each list starts with an "All ..." entry that doubles as the list's label, which keeps
the bar two lines high on a 1366-pixel screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

import qtawesome
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop_app.services.search import SearchFilters
from desktop_app.ui.context import AppContext, choice, label, translate
from desktop_app.ui.record.display import ReferenceNames
from registry.artisan import Category, Sex, Status
from registry.dates import parse_date

E = TypeVar("E", bound=StrEnum)
_INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; }"


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def _fill(combo: QComboBox, all_text: str, items: Iterable[tuple[str, object]]) -> None:
    """Replace the entries, keeping the chosen one when it is still offered."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def _enum(kind: type[E], value: object) -> E | None:
    # Combo boxes keep an enum's value (a str): a StrEnum would come back as a plain str.
    return kind(str(value)) if value is not None else None


def _date_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setMaxLength(10)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
    return edit


class FilterBar(QWidget):
    """Emits :attr:`changed` whenever a filter changes; :meth:`filters` reads them."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.names = ReferenceNames(ctx)
        self.region = _combo("region")
        self.province = _combo("province")
        self.branch = _combo("branch")
        self.activity = _combo("activity")
        self.category = _combo("category")
        self.status = _combo("status")
        self.sex = _combo("sex")
        self.registered_from = _date_edit("registered_from")
        self.registered_to = _date_edit("registered_to")
        self.between_label = QLabel()
        self.and_label = QLabel()
        self.clear_button = QPushButton(qtawesome.icon("fa5s.eraser"), "")
        self.clear_button.setObjectName("clear_filters")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, combo in enumerate((self.region, self.province, self.branch, self.activity)):
            grid.addWidget(combo, 0, column)
        for column, combo in enumerate((self.category, self.status, self.sex)):
            grid.addWidget(combo, 1, column)
        dates = QHBoxLayout()
        dates.addWidget(self.between_label)
        dates.addWidget(self.registered_from)
        dates.addWidget(self.and_label)
        dates.addWidget(self.registered_to)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 1, 3)

        self.region.currentIndexChanged.connect(self._region_chosen)
        self.branch.currentIndexChanged.connect(self._branch_chosen)
        for combo in (self.province, self.activity, self.category, self.status, self.sex):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.registered_from, self.registered_to):
            edit.textChanged.connect(self._date_typed)
        self.clear_button.clicked.connect(self.clear)

    def retranslate(self) -> None:
        """Fill the lists in the interface language (the choices are kept)."""
        geography, nomenclature = self.ctx.desk.geography, self.ctx.desk.activities.active
        names = self.names
        _fill(
            self.region,
            translate("register", "All regions"),
            ((names.pick(r.name_fr, r.name_ar), r.code) for r in geography.regions.values()),
        )
        self._fill_provinces()
        _fill(
            self.branch,
            translate("register", "All branches"),
            ((names.pick(b.name_fr, b.name_ar), b.code) for b in nomenclature.branches.values()),
        )
        self._fill_activities()
        _fill(
            self.category,
            translate("register", "All categories"),
            ((choice("category", c.value), c.value) for c in Category),
        )
        _fill(
            self.status,
            translate("register", "All statuses"),
            ((choice("status", s.value), s.value) for s in Status),
        )
        _fill(
            self.sex,
            translate("register", "Men and women"),
            ((choice("sex", s.value), s.value) for s in Sex),
        )
        for combo, field in (
            (self.region, "region"),
            (self.province, "province"),
            (self.branch, "branch"),
            (self.activity, "activity"),
            (self.category, "category"),
            (self.status, "status"),
            (self.sex, "sex"),
        ):
            combo.setToolTip(label(field))
        self.between_label.setText(translate("register", "Registered from"))
        self.and_label.setText(translate("register", "to"))
        for edit in (self.registered_from, self.registered_to):
            edit.setPlaceholderText(translate("register", "DD/MM/YYYY"))
        self.clear_button.setText(translate("register", "Clear filters"))

    def _fill_provinces(self) -> None:
        geography, region = self.ctx.desk.geography, self.region.currentData()
        provinces = geography.provinces_of(region) if region else geography.provinces.values()
        items = sorted((self.names.pick(p.name_fr, p.name_ar), p.code) for p in provinces)
        _fill(self.province, translate("register", "All provinces"), items)

    def _fill_activities(self) -> None:
        nomenclature, branch = self.ctx.desk.activities.active, self.branch.currentData()
        activities = (a for a in nomenclature.activities.values() if a.branch_code == branch)
        items = [(self.names.pick(a.name_fr, a.name_ar), a.code) for a in activities]
        _fill(self.activity, translate("register", "All activities"), items)
        self.activity.setEnabled(branch is not None)

    def _region_chosen(self) -> None:
        self._fill_provinces()
        self.changed.emit()

    def _branch_chosen(self) -> None:
        self._fill_activities()
        self.changed.emit()

    def _date_typed(self) -> None:
        for edit in (self.registered_from, self.registered_to):
            bad = bool(edit.text().strip()) and parse_date(edit.text()) is None
            edit.setStyleSheet(_INVALID_STYLE if bad else "")
        self.changed.emit()

    def filters(self) -> SearchFilters:
        """The filters as chosen; a date not (yet) valid filters nothing."""
        return SearchFilters(
            region=self.region.currentData(),
            province=self.province.currentData(),
            branch=self.branch.currentData(),
            activity=self.activity.currentData(),
            category=_enum(Category, self.category.currentData()),
            status=_enum(Status, self.status.currentData()),
            sex=_enum(Sex, self.sex.currentData()),
            registered_from=parse_date(self.registered_from.text()),
            registered_to=parse_date(self.registered_to.text()),
        )

    def clear(self) -> None:
        self.blockSignals(True)
        for combo in (
            self.region, self.province, self.branch, self.activity,
            self.category, self.status, self.sex,
        ):  # fmt: skip
            combo.setCurrentIndex(0)
        self.registered_from.clear()
        self.registered_to.clear()
        self.blockSignals(False)
        self.changed.emit()
