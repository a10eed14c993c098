"""The register as a Qt table: rows fetched page by page, never SQL in ``data()``.

The model holds the plain :class:`ArtisanRow` values already fetched. Qt asks for
more (``canFetchMore``/``fetchMore``) as the view scrolls near the end; the next
keyset page is then read off the GUI thread and appended. A new query supersedes the
one before: every request carries the query's generation, and answers of an older
generation are dropped, so a slow answer to "fat" never overwrites the rows of
"fatima".
"""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.services.records import ArtisanRow
from desktop_app.services.search import (
    MAX_PAGE,
    Cursor,
    SearchPage,
    SearchQuery,
    SortKey,
    search,
)
from desktop_app.ui.context import AppContext, choice, label, translate
from desktop_app.ui.record.display import (
    ARABIC_CELL_ALIGNMENT,
    ReferenceNames,
    date_text,
    joined,
)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


class Column(IntEnum):
    NUMBER = 0
    CIN = 1
    NAME_FR = 2
    NAME_AR = 3
    BIRTH_DATE = 4
    PROVINCE = 5
    CATEGORY = 6
    ACTIVITY = 7
    STATUS = 8
    REGISTERED_ON = 9


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole,
    }
)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.NAME_FR: SortKey.NAME_FR,
    Column.NAME_AR: SortKey.NAME_AR,
    Column.REGISTERED_ON: SortKey.REGISTERED_ON,
}
"""The columns the search service can sort by; the others cannot be sorted."""


def column_title(column: Column) -> str:
    titles = {
        Column.NUMBER: translate("register", "Number"),
        Column.CIN: label("cin"),
        Column.NAME_FR: translate("register", "Name (Latin)"),
        Column.NAME_AR: translate("register", "Name (Arabic)"),
        # Column titles of their own, short enough in every language for a narrow column.
        Column.BIRTH_DATE: translate("register", "Birth date"),
        Column.PROVINCE: translate("register", "Province"),
        Column.CATEGORY: label("category"),
        Column.ACTIVITY: label("activity"),
        Column.STATUS: label("status"),
        Column.REGISTERED_ON: translate("register", "Registered on"),
    }
    return titles[column]


class ArtisanTableModel(QAbstractTableModel):
    """Rows of a :class:`SearchQuery`, fetched lazily through ``ctx.runner.read``."""

    rows_replaced = Signal()  # the first page of a query (or a reload) replaced the rows
    failed = Signal(object)  # the exception of a page that could not be read

    def __init__(
        self, ctx: AppContext, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._names = ReferenceNames(ctx)
        self._page_size = page_size
        self._query = SearchQuery(limit=page_size)
        self._rows: list[ArtisanRow] = []
        # A cell is asked for its text many times a paint (display, tool tip, size
        # hints): each row's texts are made once, on first demand.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._cursor: Cursor | None = None  # the next page's Cursor; None when all rows are here
        self._pending = False  # a page of the current generation is on its way
        self._generation = 0

    # The query -----------------------------------------------------------------------

    @property
    def query(self) -> SearchQuery:
        """The current query, without its paging."""
        return dataclasses.replace(self._query, after=None)

    @property
    def loading(self) -> bool:
        """A page of the current query is on its way."""
        return self._pending

    def set_query(self, query: SearchQuery) -> None:
        """Show the rows of ``query`` from its first page (the old rows stay until then)."""
        self._query = dataclasses.replace(query, limit=self._page_size, after=None)
        self._read_first(self._query)

    def reload(self) -> None:
        """Read the current query again, as many rows as are shown (within one page)."""
        limit = min(MAX_PAGE, max(self._page_size, len(self._rows)))
        self._read_first(dataclasses.replace(self._query, limit=limit, after=None))

    def sort_by(self, key: SortKey, descending: bool) -> None:
        self.set_query(dataclasses.replace(self._query, sort=key, descending=descending))

    def _read_first(self, query: SearchQuery) -> None:
        self._generation += 1
        self._cursor = None
        self._request(query, replace=True)

    def _request(self, query: SearchQuery, *, replace: bool) -> None:
        generation, desk = self._generation, self._ctx.desk
        self._pending = True
        self._ctx.runner.read(
            lambda: search(desk, query),
            lambda page: self._arrived(generation, page, replace),
            lambda error: self._not_read(generation, error),
        )

    def _arrived(self, generation: int, page: SearchPage, replace: bool) -> None:
        if generation != self._generation:
            return  # an answer to a query that was superseded
        self._pending = False
        self._cursor = page.next_cursor
        if replace:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._texts.clear()
            self.endResetModel()
            self.rows_replaced.emit()
        elif page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def _not_read(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.failed.emit(error)

    # Paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._cursor is not None and not self._pending

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        query = dataclasses.replace(self._query, limit=self._page_size, after=self._cursor)
        self._request(query, replace=False)

    # Rows ----------------------------------------------------------------------------

    def row_at(self, row: int) -> ArtisanRow:
        return self._rows[row]

    def row_of(self, artisan_id: str) -> int | None:
        """Where the record ``artisan_id`` is among the fetched rows."""
        for number, row in enumerate(self._rows):
            if row.id == artisan_id:
                return number
        return None

    def retranslate(self) -> None:
        """Headers and reference names follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times a paint: the roles this model has no answer for
        # are turned away before anything else is looked at.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if number >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ARABIC_CELL_ALIGNMENT if index.column() == Column.NAME_AR else None
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[number].id
        texts = self._texts.get(number)
        if texts is None:
            row = self._rows[number]
            texts = self._texts[number] = tuple(self._text(row, column) for column in Column)
        return texts[index.column()]

    def _text(self, row: ArtisanRow, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return row.registration_number
            case Column.CIN:
                return row.cin
            case Column.NAME_FR:
                return joined(row.last_name_fr, row.first_name_fr)
            case Column.NAME_AR:
                return joined(row.last_name_ar, row.first_name_ar)
            case Column.BIRTH_DATE:
                return date_text(row.birth_date)
            case Column.PROVINCE:
                return self._names.province(row.province)
            case Column.CATEGORY:
                return choice("category", row.category.value)
            case Column.ACTIVITY:
                return self._names.activity(row.activity)
            case Column.STATUS:
                return choice("status", row.status.value)
            case Column.REGISTERED_ON:
                return date_text(row.registered_on)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column)
        if role == Qt.ItemDataRole.InitialSortOrderRole and column in SORT_KEYS:
            # Dates newest first on the first click; names and numbers A to Z.
            if column is Column.REGISTERED_ON:
                return Qt.SortOrder.DescendingOrder
            return Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in SORT_KEYS:
                how = translate("register", "Click to sort by this column; click again to reverse.")
            else:
                how = translate("register", "This column cannot be sorted.")
            return f"{column_title(column)}\n{how}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
