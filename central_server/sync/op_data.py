"""What each kind of op carries in ``data`` (docs/sync.md, *Operations*).

``wire.Op.data`` is a plain mapping; each handler converts it to one of these shapes
first, so a missing or mistyped value becomes a per-op rejection naming the field,
never an error of the batch. Unknown keys are ignored: a newer desk may send more.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

import msgspec

from registry.issues import Code
from registry.wire import WireIssue


class Data(msgspec.Struct, frozen=True):
    """Base of the op data shapes."""


class HistoryEntry(Data, frozen=True):
    action: str
    to_status: str
    actor: str
    at: str
    from_status: str | None = None
    reason: str = ""


class ArtisanCreate(Data, frozen=True):
    registration_number: str
    status: str
    fields: dict[str, Any]
    history: HistoryEntry
    photo: bytes | None = None


class ArtisanUpdate(Data, frozen=True):
    changes: dict[str, Any]
    before: dict[str, Any] = {}


class StatusChange(Data, frozen=True):
    action: str
    from_status: str
    to_status: str
    reason: str = ""


class DocumentIssue(Data, frozen=True):
    kind: str
    artisan_id: str
    registration_number: str
    issued_on: str
    issued_at: str
    issued_by: str
    payload: str
    copies: int = 1
    duplicate_of: str | None = None
    reprint_reason: str = ""
    printed_at: str | None = None


class DocumentCancel(Data, frozen=True):
    reason: str
    cancelled_at: str
    cancelled_by: str


class DocumentWithdraw(Data, frozen=True):
    reason: str
    at: str
    by: str


class UserAdd(Data, frozen=True):
    username: str
    full_name: str
    role: str
    password_hash: str
    active: bool = True


class UserUpdate(Data, frozen=True):
    changes: dict[str, Any]


class OfficeSettingsSet(Data, frozen=True):
    values: dict[str, str] = {}
    # Absent: the logo did not change; null: it was removed.
    logo: bytes | None | msgspec.UnsetType = msgspec.UNSET


class TrustedKeyTrust(Data, frozen=True):
    kind: str
    public_key: bytes
    device_id: str | None = None
    device_code: str = ""
    source: str = ""
    certificate: bytes | None = None


D = TypeVar("D", bound=Data)

_MISSING = re.compile(r"missing required field `([^`]+)`")
_PATH = re.compile(r"at `\$\.?([^`]*)`")


def read_data(data: dict[str, Any], shape: type[D]) -> D | list[WireIssue]:
    """``data`` as ``shape``, or the issue that names what is wrong with it."""
    try:
        return msgspec.convert(data, shape)
    except msgspec.ValidationError as exc:
        return [data_issue(str(exc))]


def data_issue(message: str) -> WireIssue:
    """A msgspec validation message as an issue on the field it names."""
    missing = _MISSING.search(message)
    path = _PATH.search(message)
    where = path.group(1) if path else ""
    if missing:
        field = f"{where}.{missing.group(1)}" if where else missing.group(1)
        return WireIssue(code=Code.REQUIRED.value, field=field)
    return WireIssue(
        code=Code.INVALID_CHOICE.value, field=where or "data", params={"error": message}
    )
