"""The register: search as you type, filters, sortable columns, lazy paging, export.

Typing waits for a pause (``SEARCH_DELAY_MS``) before searching; the table model drops
answers to superseded queries, and the result count — slower on broad queries — comes
after the first rows, with its own generation counter.
"""

from __future__ import annotations

import dataclasses

import qtawesome
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.documents import Layout
from desktop_app.services.records import ArtisanRow
from desktop_app.services.search import SearchQuery, SortKey, count
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.printing.batch import PrintMenuButton, print_selection
from desktop_app.ui.register.export import ResultExport
from desktop_app.ui.register.filters import FilterBar
from desktop_app.ui.register.returned import ReturnedPanel
from desktop_app.ui.register.table_model import SORT_KEYS, ArtisanTableModel, Column
from desktop_app.ui.register.table_view import configure_artisan_table, select_row, size_columns
from desktop_app.ui.screen import Screen, empty_hint

SEARCH_DELAY_MS = 250


def count_text(total: int, locale_number: str) -> str:
    if total == 1:
        return translate("register", "1 artisan")
    return translate("register", "%1 artisans").replace("%1", locale_number)


class RegisterScreen(Screen):
    """The register, searched and filtered; the clerk's returned records above it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self._count_generation = 0
        self._counted: SearchQuery | None = None
        self._total: int | None = None
        self._keep_id: str | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            qtawesome.icon("fa5s.search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.export_button = QPushButton(qtawesome.icon("fa5s.file-export"), "")
        self.export_button.setObjectName("export")
        self.export = ResultExport(ctx, self.export_button, self)
        self.print_button = PrintMenuButton()
        self.print_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)

        self.filters = FilterBar(ctx)
        self.returned = ReturnedPanel(ctx)
        self.returned.open_requested.connect(ctx.bus.open_record_requested)

        self.model = ArtisanTableModel(ctx, parent=self)
        self.table = QTableView()
        self.table.setObjectName("table")
        configure_artisan_table(self.table, self.model)
        # Several rows at once (Shift, Ctrl) for batch printing.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_chosen)
        self.empty_hint = empty_hint()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.returned)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

        self.debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.search_now)
        self.search.textChanged.connect(self.debounce.start)
        self.filters.changed.connect(self.debounce.start)
        self.table.activated.connect(self._open)
        self.export_button.clicked.connect(lambda: self.export.start(self.model.query))
        self.print_button.requested.connect(self.print_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rows_replaced.connect(self._rows_replaced)
        self.model.failed.connect(ctx.runner.unexpected_error)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        ctx.bus.record_saved.connect(self._record_saved)
        ctx.bus.records_changed.connect(self.refresh)
        self.setFocusProxy(self.search)

        self.retranslate()
        self.search_now()
        self.returned.refresh()

    def title(self) -> str:
        return translate("register", "Register")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            translate(
                "register", "Search: name (Latin or Arabic), CIN, registration number or phone"
            )
        )
        self.filters.retranslate()
        self.returned.retranslate()
        self.export.retranslate()
        self.model.retranslate()
        size_columns(self.table)
        self.empty_hint.setText(translate("register", "No artisan matches this search."))
        if self._total is not None:
            self.count_label.setText(count_text(self._total, self.locale().toString(self._total)))

    def activated(self) -> None:
        if self._stale:
            self.refresh()
        self.focus_search()

    # Searching -----------------------------------------------------------------------

    def current_query(self) -> SearchQuery:
        """What the search box and the filters ask for, in the table's order."""
        return dataclasses.replace(
            self.model.query, text=self.search.text().strip(), filters=self.filters.filters()
        )

    def search_now(self) -> None:
        """Run the search at once (Return in the search box; end of a typing pause)."""
        self.debounce.stop()
        query = self.current_query()
        if query == self.model.query and self._counted is not None:
            return
        self._keep_id = None
        self.model.set_query(query)
        self._count(query)

    def refresh(self) -> None:
        """The register changed: read it again, keeping the search and the current row."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._keep_id = self._current_id()
        self.model.reload()
        self._count(self.model.query)
        self.returned.refresh()

    def _record_saved(self, _artisan_id: str) -> None:
        self.refresh()

    def _count(self, query: SearchQuery) -> None:
        self._count_generation += 1
        generation, desk = self._count_generation, self.ctx.desk
        self._counted, self._total = query, None
        self.count_label.setText(translate("register", "Counting…"))
        self.ctx.runner.read(
            lambda: count(desk, query), lambda total: self._show_count(generation, total)
        )

    def _show_count(self, generation: int, total: int) -> None:
        if generation == self._count_generation:
            self._total = total
            self.count_label.setText(count_text(total, self.locale().toString(total)))

    def _rows_replaced(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(self._keep_id) if self._keep_id else None
        if row is None and self.table.hasFocus() and self.model.rowCount():
            row = 0  # Return pressed in the search box before the rows came
        if row is not None:
            select_row(self.table, row)
        self._selection_changed()

    def _sort_chosen(self, section: int, order: Qt.SortOrder) -> None:
        self._keep_id = self._current_id()  # the same person, wherever the order puts them
        if section < 0:  # third click on a header: back to the default order
            self.model.sort_by(SortKey.NEWEST, False)
            return
        key = SORT_KEYS.get(Column(section))
        if key is None:
            # Not sortable: put the indicator back where the rows' order really is.
            query, header = self.model.query, self.table.horizontalHeader()
            shown = next((c for c, k in SORT_KEYS.items() if k is query.sort), -1)
            header.blockSignals(True)
            header.setSortIndicator(
                shown,
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.model.sort_by(key, order == Qt.SortOrder.DescendingOrder)

    # Keyboard and opening ------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def selected_rows(self) -> list[ArtisanRow]:
        """The rows selected in the table, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows if row < self.model.rowCount()]

    def _selection_changed(self) -> None:
        self.print_button.setEnabled(self.table.selectionModel().hasSelection())

    def print_selected(self, layout: Layout) -> None:
        """The print preview for the registered records among the selected rows."""
        rows = self.selected_rows()
        if rows:
            print_selection(self.ctx, rows, layout, self)

    def _open(self) -> None:
        artisan_id = self._current_id()
        if artisan_id is not None:
            self.ctx.bus.open_record_requested.emit(artisan_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self._enter_table()
                return True
            if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                self._enter_table()
                return True
            if (
                watched is self.table
                and key == Qt.Key.Key_Up
                and self.table.currentIndex().row() <= 0
            ):
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.table.currentIndex().isValid():
            select_row(self.table, 0)
