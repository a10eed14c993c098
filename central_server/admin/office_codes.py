"""Office codes as people type them (``01-511``) and as the store keeps them (``01511``)."""

from __future__ import annotations

import re

from central_server.admin import AdminError

_CODE = re.compile(r"(\d{2})-?(\d{3})")


def parse_office_code(text: str) -> tuple[str, str]:
    """(region, office) of ``01-511`` or ``01511``."""
    found = _CODE.fullmatch(text.strip())
    if found is None:
        raise AdminError(f"{text!r} is not an office code (RR-OOO, for example 01-511)")
    return found.group(1), found.group(2)


def shown(code: str) -> str:
    return f"{code[:2]}-{code[2:]}"
