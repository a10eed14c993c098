"""Small files people hand to the program (a key file, an activity list, a logo), read
with bounds: a wrong file — binary, in another encoding, huge — is refused with its
reason instead of ending in a decoding error or filling the memory."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.errors import FileRefused
from registry.issues import Code

TEXT_FILE_MAX_BYTES = 8 * 1024 * 1024
"""Far above the official activity list (about 100 kB) and a key file (1 kB)."""


def read_bytes(path: Path, limit: int) -> bytes:
    """The content of ``path``, refused beyond ``limit`` bytes."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise FileRefused(Code.FILE_MISSING, path) from None
    except IsADirectoryError:
        raise FileRefused(Code.OUTPUT_IS_FOLDER, path) from None
    except OSError as exc:
        raise FileRefused(Code.FILE_UNREADABLE_SYSTEM, path, exc.strerror or "") from exc
    if len(data) > limit:
        raise FileRefused(Code.FILE_TOO_LARGE, path)
    return data


def read_text(path: Path, limit: int = TEXT_FILE_MAX_BYTES) -> str:
    """The UTF-8 text of ``path`` (a byte order mark is dropped)."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(Code.FILE_NOT_TEXT, path) from None
