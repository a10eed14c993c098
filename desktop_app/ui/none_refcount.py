"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12 returns ``None`` from every method that returns nothing (``setText``,
``hide``, ``setObjectName``…) without taking a new reference to it: it relies on ``None``
being immortal, as it is from Python 3.12 (PEP 683). On Python 3.11 each such call takes
one reference away from ``None``; a session of the desk program makes tens of thousands
of them (about 900 for one change of language), and when ``None`` has none left the
interpreter aborts with "none_dealloc: deallocating None". Giving ``None`` a reference
count that no session can use up makes it immortal in effect, as on Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 48  # references: at a million void calls a second, nine years


def keep_none_alive() -> None:
    """Raise the reference count of ``None`` far out of reach (Python < 3.12 only)."""
    if sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every object, at the address id() gives.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
