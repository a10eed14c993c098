"""Cropping an identity photo to the card's 3:4 portrait.

The clerk drags a fixed-ratio frame over the image, resizes it at its corner, with
the mouse wheel or with + and -, and moves it with the arrow keys. The result is a
300 × 400 JPEG, whatever the source (a phone photo, a flatbed scan).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.context import translate
from desktop_app.ui.registration.editors import LTR
from registry.photo import MIN_PHOTO_SIDE

CARD_SIZE = QSize(300, 400)
RATIO = CARD_SIZE.width() / CARD_SIZE.height()
JPEG_QUALITY = 90
HANDLE = 14  # screen pixels of the resizing corner


def fits_a_card(image: QImage) -> bool:
    """Large enough for a frame of at least the register's minimum side."""
    return image.width() >= MIN_PHOTO_SIDE and image.height() >= MIN_PHOTO_SIDE / RATIO


def largest_frame(size: QSize) -> QRectF:
    """The largest 3:4 frame centred in an image of ``size``."""
    width, height = float(size.width()), float(size.height())
    if width / height > RATIO:
        frame_w, frame_h = height * RATIO, height
    else:
        frame_w, frame_h = width, width / RATIO
    return QRectF((width - frame_w) / 2, (height - frame_h) / 2, frame_w, frame_h)


def crop_to_card(image: QImage, frame: QRect) -> bytes:
    """The part of ``image`` inside ``frame``, as the card's JPEG."""
    part = image.copy(frame).scaled(
        CARD_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(JPEG_QUALITY)
    writer.write(part.convertToFormat(QImage.Format.Format_RGB32))
    buffer.close()
    return bytes(data.data())


class CropArea(QWidget):
    """The image with its frame, in image coordinates (``frame``)."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crop_area")
        self.setLayoutDirection(LTR)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 420)
        self.setMouseTracking(True)
        self.image = image
        self.frame = largest_frame(image.size())
        self._drag: str | None = None
        self._grab = QPointF()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.image.size().scaled(QSize(560, 560), Qt.AspectRatioMode.KeepAspectRatio)

    def crop_rect(self) -> QRect:
        return self.frame.toAlignedRect().intersected(self.image.rect())

    # Geometry --------------------------------------------------------------------

    def _scale(self) -> float:
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def _origin(self) -> QPointF:
        scale = self._scale()
        return QPointF(
            (self.width() - self.image.width() * scale) / 2,
            (self.height() - self.image.height() * scale) / 2,
        )

    def _on_screen(self, rect: QRectF) -> QRectF:
        scale, origin = self._scale(), self._origin()
        return QRectF(origin + rect.topLeft() * scale, rect.size() * scale)

    def _in_image(self, point: QPointF) -> QPointF:
        return (point - self._origin()) / self._scale()

    def _place(self, left: float, top: float, width: float) -> None:
        """Move and size the frame, kept inside the image and not below the minimum."""
        image_w, image_h = self.image.width(), self.image.height()
        largest = largest_frame(self.image.size()).width()
        width = max(min(width, largest), min(float(MIN_PHOTO_SIDE), largest))
        height = width / RATIO
        left = min(max(left, 0.0), image_w - width)
        top = min(max(top, 0.0), image_h - height)
        self.frame = QRectF(left, top, width, height)
        self.update()

    def _resize_by(self, factor: float) -> None:
        centre = self.frame.center()
        width = self.frame.width() * factor
        self._place(centre.x() - width / 2, centre.y() - width / RATIO / 2, width)

    # Events ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#3a3a3a"))
        whole = self._on_screen(QRectF(self.image.rect()))
        painter.drawImage(whole, self.image)
        frame = self._on_screen(self.frame)
        shade = QPainterPath()
        shade.addRect(whole)
        shade.addRect(frame)
        painter.fillPath(shade, QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(frame)
        corner = frame.bottomRight()
        painter.fillRect(QRectF(corner.x() - HANDLE, corner.y() - HANDLE, HANDLE, HANDLE), "white")
        painter.end()

    def _on_handle(self, position: QPointF) -> bool:
        corner = self._on_screen(self.frame).bottomRight()
        return abs(position.x() - corner.x()) <= HANDLE and abs(position.y() - corner.y()) <= HANDLE

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        position = event.position()
        if self._on_handle(position):
            self._drag = "resize"
        elif self._on_screen(self.frame).contains(position):
            self._drag = "move"
            self._grab = self._in_image(position) - self.frame.topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        position = event.position()
        point = self._in_image(position)
        if self._drag == "move":
            corner = point - self._grab
            self._place(corner.x(), corner.y(), self.frame.width())
        elif self._drag == "resize":
            width = max(point.x() - self.frame.left(), (point.y() - self.frame.top()) * RATIO)
            self._place(self.frame.left(), self.frame.top(), width)
        elif self._on_handle(position):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        elif self._on_screen(self.frame).contains(position):
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._drag = None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        self._resize_by(0.95 if event.angleDelta().y() > 0 else 1.05)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        step = max(self.image.width(), self.image.height()) / 50
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            self._place(self.frame.left() + dx, self.frame.top() + dy, self.frame.width())
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._resize_by(1.05)
        elif key == Qt.Key.Key_Minus:
            self._resize_by(0.95)
        else:
            super().keyPressEvent(event)


class CropDialog(QDialog):
    """Asks for the part of ``image`` that goes on the card."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crop_dialog")
        self.setWindowTitle(translate("registration", "Crop the photo"))
        self.area = CropArea(image, self)
        hint = QLabel(
            translate(
                "registration",
                "Drag the frame over the face. Drag its corner, turn the wheel or press + "
                "and − to resize it; the arrow keys move it.",
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("registration", "Crop")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("registration", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.area, 1)
        layout.addWidget(buttons)
        self.area.setFocus()

    def photo(self) -> bytes:
        return crop_to_card(self.area.image, self.area.crop_rect())
