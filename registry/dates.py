"""Dates as clerks and spreadsheets write them."""

from __future__ import annotations

import re
from datetime import date

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` or ``DD/MM/YYYY`` (also with ``-`` or ``.``); ``None`` if not a real day."""
    value = text.translate(_ARABIC_DIGITS).strip()
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def age_on(birth: date, day: date) -> int:
    """Completed years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
