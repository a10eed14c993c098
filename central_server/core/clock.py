"""The server's clock: UTC instants as stored (naive), and the office's calendar day.

Every function that looks at the time takes a :data:`Clock`, so tests move time by
handing over another one instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, in UTC, without tzinfo (the form the store keeps)."""
    return datetime.now(UTC).replace(tzinfo=None)


def as_stored(moment: datetime) -> datetime:
    """``moment`` in UTC without tzinfo; a naive moment is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def iso_utc(moment: datetime | None) -> str | None:
    """A stored moment as the wire writes it: ISO 8601 with ``Z`` (to the microsecond,
    so that a desk matches it with the moment it stored)."""
    return None if moment is None else moment.isoformat() + "Z"


def local_day(moment: datetime, timezone: str) -> date:
    """The calendar day at the offices for a stored UTC moment: the day a desk's rules
    would call today (a record registered just after midnight in Morocco is not in the
    future because the server's clock is still on yesterday in UTC)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return moment.date()
    return moment.replace(tzinfo=UTC).astimezone(zone).date()
