"""The office's logo: an image file in the data directory, named by its content, that
the ``logo_file`` setting names (set at this desk or pulled from the server)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from registry.photo import photo_kind

LOGO_SETTING = "logo_file"
_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg"}


def write_logo(data_dir: Path, image: bytes) -> str:
    """Write ``image`` (PNG or JPEG) beside the store; its file's name. Named by its
    content, so that the audit entry says which image was set."""
    suffix = _SUFFIXES.get(photo_kind(image) or "")
    if suffix is None:
        raise ValueError("a logo is a PNG or JPEG image")
    name = f"office-logo-{hashlib.sha256(image).hexdigest()[:16]}{suffix}"
    path = data_dir / name
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(image)
    partial.replace(path)
    return name


def read_logo(data_dir: Path, name: str | None) -> bytes | None:
    path = data_dir / name if name else None
    return path.read_bytes() if path and path.is_file() else None
