"""High-water marks: the last registration and serial sequence seen from a computer.

Computed from what was pushed by any device that held the number, so a desk that takes
the number again (a store that worked alone, a reinstalled one) starts above them.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from central_server.store.models import Artisan, Document
from registry.wire import HighWater


def high_water(conn: Connection, prefix: str) -> HighWater:
    """``prefix``: region, office and computer number, ``0151101``."""
    numbers = conn.execute(
        select(Artisan.number_year, func.max(Artisan.number_seq))
        .where(Artisan.number_prefix == prefix)
        .group_by(Artisan.number_year)
    ).all()
    serials = conn.execute(
        select(Document.serial_year, func.max(Document.serial_seq))
        .where(Document.serial_prefix == prefix)
        .group_by(Document.serial_year)
    ).all()
    return HighWater(
        numbers={int(year): int(last) for year, last in numbers},
        documents={int(year): int(last) for year, last in serials},
    )
