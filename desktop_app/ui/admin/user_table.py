"""The office's users as a Qt table model, fed with plain rows."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.services.users import UserInfo
from desktop_app.ui.context import choice, translate
from desktop_app.ui.languages import MOMENT_FORMAT, latin_code

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("username", "full_name", "role", "state", "locked_until")


def local_moment(moment: datetime) -> str:
    """A stored moment (UTC, without tzinfo) as local date and time in the interface's locale."""
    local = QDateTime(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))
    return latin_code(QLocale().toString(local, MOMENT_FORMAT))


class UserTableModel(QAbstractTableModel):
    """One row per user; ``now`` (UTC) decides whether a lockout is still running."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[UserInfo] = []
        self._now = datetime.min

    def set_rows(self, rows: list[UserInfo], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def user(self, row: int) -> UserInfo:
        return self._rows[row]

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("admin", "User name"),
            translate("admin", "Full name"),
            translate("admin", "Role"),
            translate("admin", "Account"),
            translate("admin", "Locked until"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, column)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.darkGray
        return None

    def _text(self, user: UserInfo, column: str) -> str:
        if column == "username":
            return user.username
        if column == "full_name":
            return user.full_name
        if column == "role":
            return choice("role", user.role.value)
        if column == "state":
            return translate("admin", "Enabled") if user.active else translate("admin", "Disabled")
        if user.locked_until is not None and user.locked_until > self._now:
            return local_moment(user.locked_until)
        return ""
