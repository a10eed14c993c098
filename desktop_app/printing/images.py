"""Photos and logos on the page: a JPEG goes into the PDF as it is, never re-encoded.

ReportLab embeds a JPEG given through ``ImageReader`` as its own bytes (DCTDecode);
PNG and other formats are decoded and stored losslessly (Flate).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

FRAME = Color(0.55, 0.57, 0.60)
_JPEG_START = b"\xff\xd8"


class _JpegReader(ImageReader):  # type: ignore[misc]  # ReportLab is untyped
    """A JPEG named by its own bytes.

    ``Canvas.drawImage`` names every image by hashing its decoded pixels (to store a
    repeated image once), so it would decode each photo only to name it: about a
    millisecond a page. The bytes name the image just as well; the embedding itself
    still takes the JPEG as it is.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:  # noqa: N802 (ReportLab's name)
        self._dataA = None
        return self._jpeg


def _reader(data: bytes) -> ImageReader:
    return _JpegReader(data) if data.startswith(_JPEG_START) else ImageReader(io.BytesIO(data))


def draw_picture(
    canvas: Canvas,
    data: bytes | None,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    framed: bool = True,
) -> None:
    """Draw the image scaled into the box (aspect kept, centred); an empty frame if none."""
    if data is not None:
        canvas.drawImage(
            _reader(data),
            x,
            y,
            width,
            height,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
    if framed:
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
