"""Identity photos: JPEG or PNG, bounded in bytes and pixels, sized from headers."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from registry.issues import Code, Issue
from registry.photo import (
    MAX_PHOTO_BYTES,
    MAX_PHOTO_SIDE,
    MIN_PHOTO_SIDE,
    check_photo,
    image_size,
    photo_kind,
)
from tests.factories import make_photo


def encoded(width: int, height: int, kind: str, mode: str = "RGB", **options: object) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), 128 if mode == "L" else (10, 120, 200)).save(
        buffer, kind, **options
    )
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
def test_jpeg_and_png_are_accepted(kind: str) -> None:
    photo = make_photo(kind=kind)
    assert check_photo(photo) == []
    assert photo_kind(photo) == f"image/{kind.lower()}"
    assert image_size(photo) == (300, 400)


def test_no_photo_is_no_issue() -> None:
    assert check_photo(None) == []


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        encoded(300, 400, "GIF"),
        encoded(300, 400, "BMP"),
        encoded(300, 400, "WEBP"),
        encoded(300, 400, "TIFF"),
        b"%PDF-1.7\n" + bytes(1000),
        b"\xff\xd8\xff",  # a JPEG start and nothing more
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20,  # no frame header
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 8,  # no IHDR
    ],
    ids=[
        "empty",
        "text",
        "gif",
        "bmp",
        "webp",
        "tiff",
        "pdf",
        "jpeg-start",
        "jfif-only",
        "png-sig",
    ],
)
def test_other_bytes_are_refused(data: bytes) -> None:
    assert check_photo(data) == [Issue(Code.PHOTO_FORMAT, "photo")]


def test_the_field_name_is_reported() -> None:
    assert check_photo(b"x", "id_photo") == [Issue(Code.PHOTO_FORMAT, "id_photo")]


def test_too_many_bytes() -> None:
    photo = make_photo()
    padded = photo + bytes(MAX_PHOTO_BYTES - len(photo))
    assert len(padded) == MAX_PHOTO_BYTES
    assert check_photo(padded) == []
    assert check_photo(padded + b"\x00") == [
        Issue(Code.PHOTO_TOO_LARGE, "photo", params={"max_kb": MAX_PHOTO_BYTES // 1024})
    ]


@pytest.mark.parametrize(
    ("width", "height"), [(MIN_PHOTO_SIDE - 1, 400), (300, MIN_PHOTO_SIDE - 1), (16, 16)]
)
@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
def test_too_small(width: int, height: int, kind: str) -> None:
    assert check_photo(make_photo(width, height, kind)) == [
        Issue(Code.PHOTO_TOO_SMALL, "photo", params={"min": MIN_PHOTO_SIDE})
    ]


def test_smallest_and_largest_sides_are_accepted() -> None:
    assert check_photo(make_photo(MIN_PHOTO_SIDE, MIN_PHOTO_SIDE)) == []
    assert check_photo(make_photo(MAX_PHOTO_SIDE, MIN_PHOTO_SIDE, "PNG")) == []


def test_too_many_pixels() -> None:
    assert check_photo(make_photo(MIN_PHOTO_SIDE, MAX_PHOTO_SIDE + 1, "PNG")) == [
        Issue(Code.PHOTO_TOO_LARGE, "photo", params={"max_px": MAX_PHOTO_SIDE})
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 700),
    st.integers(1, 700),
    st.sampled_from(
        [
            ("JPEG", "RGB", {}),
            ("JPEG", "L", {}),
            ("JPEG", "RGB", {"progressive": True}),
            ("JPEG", "RGB", {"exif": b"Exif\x00\x00" + bytes(64)}),
            ("PNG", "RGB", {}),
            ("PNG", "L", {}),
            ("PNG", "RGBA", {}),
        ]
    ),
)
def test_image_size_from_headers_equals_pillow(
    width: int, height: int, variant: tuple[str, str, dict[str, object]]
) -> None:
    kind, mode, options = variant
    data = encoded(width, height, kind, "RGB" if mode == "RGBA" else mode, **options)
    with Image.open(io.BytesIO(data)) as image:
        assert image_size(data) == image.size == (width, height)


def test_jpeg_fill_bytes_before_a_marker() -> None:
    data = make_photo(321, 123)
    filled = data[:2] + b"\xff\xff\xff" + data[2:]
    assert image_size(filled) == (321, 123)


def test_unreadable_headers() -> None:
    assert image_size(b"") is None
    assert image_size(b"GIF89a") is None
    assert image_size(b"\xff\xd8\x00\x00\x00\x00") is None  # not a marker
    assert image_size(make_photo()[:20]) is None  # cut before the frame header
