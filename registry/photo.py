"""Identity photos: JPEG or PNG, bounded in bytes and pixels.

Dimensions are read from the file headers so that the rules stay free of imaging
libraries; decoding (and cropping) happens in the desk program.
"""

from __future__ import annotations

import struct

from registry.issues import Code, Issue

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MIN_PHOTO_SIDE = 120
MAX_PHOTO_SIDE = 8000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB})


def photo_kind(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(_PNG_SIGNATURE):
        return "image/png"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, or ``None`` if unreadable."""
    if data.startswith(_PNG_SIGNATURE) and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if not data.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_SOF_MARKERS and pos + 9 <= len(data):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return int(width), int(height)
        pos += 2 + length
    return None


def check_photo(data: bytes | None, field: str = "photo") -> list[Issue]:
    if data is None:
        return []
    if photo_kind(data) is None:
        return [Issue(Code.PHOTO_FORMAT, field)]
    if len(data) > MAX_PHOTO_BYTES:
        return [Issue(Code.PHOTO_TOO_LARGE, field, params={"max_kb": MAX_PHOTO_BYTES // 1024})]
    size = image_size(data)
    if size is None:
        return [Issue(Code.PHOTO_FORMAT, field)]
    if min(size) < MIN_PHOTO_SIDE:
        return [Issue(Code.PHOTO_TOO_SMALL, field, params={"min": MIN_PHOTO_SIDE})]
    if max(size) > MAX_PHOTO_SIDE:
        return [Issue(Code.PHOTO_TOO_LARGE, field, params={"max_px": MAX_PHOTO_SIDE})]
    return []
