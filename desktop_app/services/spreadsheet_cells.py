"""Cell values as spreadsheets hold them, to and from the register's text fields.

Spreadsheets change what they are given: a phone number typed as a number loses its
leading zero, the province code ``051`` becomes 51, the activity code ``01.10`` becomes
1.1, a date becomes a day serial number or a datetime. Reading undoes what can be undone
without guessing; what cannot (a phone shown in scientific notation has lost digits) is
passed on unchanged for the register's rules to refuse. Writing makes sure that no cell
starts a live formula when the file is opened in a spreadsheet.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime, time, timedelta

Cell = str | int | float | bool | datetime | date | time | timedelta | None
"""What a CSV (always ``str``) or an XLSX reader gives for one cell."""

FORMULA_STARTS = frozenset("=+-@\t\r")
"""First characters that make a spreadsheet evaluate a cell (CSV/formula injection)."""
EXCEL_EPOCH = datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system, as Excel counts
# Day serials read as dates: 1908-03-18 to 2119-01-10. A bare year such as 1985 stays
# text, so it is refused as an incomplete date rather than read as a day in 1905.
_SERIALS = range(3_000, 80_000)
_WITH_TIME = re.compile(r"(\S+)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?")
_WHOLE_NUMBER = re.compile(r"(\d+)\.0*")
_DECIMAL = re.compile(r"\d{1,2}\.\d{1,3}")
ICE_DIGITS = 15
PROVINCE_DIGITS = 3


def defuse(text: str) -> str:
    """A CSV cell a spreadsheet shows as text instead of evaluating it."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


def is_formula_like(text: str) -> bool:
    return text[:1] in FORMULA_STARTS


def cell_text(value: Cell) -> str:
    """Any cell as the text a form would hold (trimmed; a defusing apostrophe removed)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value).strip()
    if text.startswith("'") and is_formula_like(text[1:]):
        return text[1:].strip()
    return text


def date_text(value: Cell, epoch: datetime = EXCEL_EPOCH) -> str:
    """A date cell: datetimes, ``YYYY-MM-DD HH:MM:SS`` and day serials become ISO dates."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    text = cell_text(value)
    if match := _WITH_TIME.fullmatch(text):
        text = match.group(1)
    if match := _WHOLE_NUMBER.fullmatch(text):
        text = match.group(1)
    if text.isascii() and text.isdigit() and int(text) in _SERIALS:
        return (epoch + timedelta(days=int(text))).date().isoformat()
    return text


def phone_text(value: Cell) -> str:
    """A phone cell: a number that lost its leading 0 (612345678, 612345678.0) gets it back.

    Text in scientific notation (``2.12612E+11``) is left as it is: its digits are gone.
    """
    text = cell_text(value)
    if match := _WHOLE_NUMBER.fullmatch(text):
        text = match.group(1)
    if len(text) == 9 and text.isascii() and text.isdigit() and text[0] in "567":
        return "0" + text
    return text


def zero_padded(value: Cell, digits: int) -> str:
    """A fixed-length code that lost its leading zeros as a number (province, ICE)."""
    text = cell_text(value)
    if text.isascii() and text.isdigit() and len(text) < digits:
        return text.zfill(digits)
    return text


def activity_text(value: Cell, known: Collection[str]) -> str:
    """An activity code a spreadsheet turned into a number (``1.1`` for ``01.10``)."""
    text = cell_text(value)
    if text in known or not _DECIMAL.fullmatch(text):
        return text
    number = float(text)
    for decimals in (2, 3):
        candidate = f"{number:0{3 + decimals}.{decimals}f}"
        if candidate in known:
            return candidate
    return text


def national_phone(e164: str) -> str:
    """A stored Moroccan number as written at home (``0612345678``); others stay E.164."""
    return "0" + e164[4:] if e164.startswith("+212") else e164
