"""QR codes drawn as one vector path: the signed payload, readable by phones and scanners.

Encoding and drawing the QR code was most of a page's time (ReportLab's own widget:
about 22 pages/s for a certificate). Here zxing-cpp (compiled; already used to read
codes back) encodes in about a millisecond, and each row's runs of dark modules become
one rectangle of a single filled path written straight into the page, in module units
under one scaling: about a thousand short ``re`` operators for a 250-character payload.
"""

from __future__ import annotations

import re
from functools import lru_cache

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white the standard asks for around the symbol
_DARK_RUN = re.compile(rb"\x00+")


@lru_cache(maxsize=8)
def _encode(payload: str) -> tuple[int, bytes]:
    """The symbol's side in modules and its rows (0 = dark, 255 = light), each row
    followed by one light separator."""
    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape
    if height != width:
        raise ValueError(f"QR symbol is not square: {width}×{height}")
    data = bytes(memoryview(image))  # type: ignore[arg-type]  # stubs omit its buffer
    rows = b"\xff".join(data[row * width : (row + 1) * width] for row in range(width))
    return width, rows


def modules(payload: str) -> int:
    """The side of the symbol in modules, quiet zone included (for layout decisions)."""
    return _encode(payload)[0] + 2 * QUIET_ZONE


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw ``payload`` as a QR code filling the square ``size`` at ``(x, y)`` (lower left),
    quiet zone included and painted white so nothing drawn beneath can touch the symbol."""
    side, cells = _encode(payload)
    total = side + 2 * QUIET_ZONE
    unit = size / total
    ops = [
        "q 1 g",
        f"{x:.3f} {y:.3f} {size:.3f} {size:.3f} re f",
        f"{unit:.5f} 0 0 {unit:.5f} {x:.3f} {y:.3f} cm 0 g",
    ]
    # Rows are joined with a light separator so one scan finds every row's dark runs.
    stride = side + 1
    top = total - QUIET_ZONE - 1
    ops += [
        f"{start % stride + QUIET_ZONE} {top - start // stride} {end - start} 1 re"
        for start, end in (run.span() for run in _DARK_RUN.finditer(cells))
    ]
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
