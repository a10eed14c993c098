"""The artisan's photo: taken from a file or from the scanner's folder, cropped to the
card, shown as a thumbnail, removable."""

from __future__ import annotations

from pathlib import Path

import qtawesome
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.context import AppContext, full_message, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.registration.crop import CARD_SIZE, CropDialog, fits_a_card
from desktop_app.ui.registration.field_row import repolish
from registry.issues import Code, Issue
from registry.photo import MIN_PHOTO_SIDE

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
THUMBNAIL = CARD_SIZE / 2.5


def latest_image(folder: Path) -> Path | None:
    """The newest JPEG or PNG file of ``folder`` (a scanner's drop folder)."""
    images = [p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()]
    return max(images, key=lambda p: p.stat().st_mtime, default=None)


def read_image(path: Path) -> QImage:
    """The image of a file, turned upright as the camera said (null if unreadable)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return reader.read()


class PhotoBox(QFrame):
    """Thumbnail and buttons; :attr:`changed` when a photo is taken or removed."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("photo")
        self._photo: bytes | None = None
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("photo_thumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.from_file = QPushButton(qtawesome.icon("fa5s.folder-open"), "")
        self.from_file.setObjectName("photo_from_file")
        self.from_file.clicked.connect(self.choose_file)
        self.from_scan = QToolButton()
        self.from_scan.setObjectName("photo_from_scan")
        self.from_scan.setIcon(qtawesome.icon("fa5s.file-import"))
        self.from_scan.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.from_scan.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.from_scan.clicked.connect(self.take_latest_scan)
        self.scan_folder_action = QAction(self)
        self.scan_folder_action.triggered.connect(self.choose_scan_folder)
        menu = QMenu(self.from_scan)
        menu.addAction(self.scan_folder_action)
        self.from_scan.setMenu(menu)
        self.remove = QPushButton(qtawesome.icon("fa5s.trash-alt"), "")
        self.remove.setObjectName("photo_remove")
        self.remove.clicked.connect(lambda: self.set_photo(None, changed=True))
        self.notice = QLabel()
        self.notice.setObjectName("photo_notice")
        self.notice.setWordWrap(True)
        self.notice.setProperty("severity", "error")
        self.notice.hide()

        buttons = QVBoxLayout()
        for button in (self.from_file, self.from_scan, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail)
        row.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self._show()

    def retranslate(self) -> None:
        self.from_file.setText(translate("registration", "From a file…"))
        self.from_file.setToolTip(
            translate("registration", "Take the photo from a JPEG or PNG file")
        )
        self.from_scan.setText(translate("registration", "Latest scan"))
        self.from_scan.setToolTip(
            translate("registration", "Take the newest image of the scanner's folder")
        )
        self.scan_folder_action.setText(translate("registration", "Choose the scanner's folder…"))
        self.remove.setText(translate("registration", "Remove"))
        self._show()

    def photo(self) -> bytes | None:
        return self._photo

    def set_photo(self, photo: bytes | None, *, changed: bool = False) -> None:
        self._photo = photo or None
        self.notice.hide()
        self._show()
        if changed:
            self.changed.emit()

    def _show(self) -> None:
        self.remove.setEnabled(self._photo is not None)
        if self._photo is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(translate("registration", "No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._photo)
        self.thumbnail.setPixmap(
            pixmap.scaled(
                self.thumbnail.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        repolish(self.notice)
        self.notice.show()

    # Taking a photo ----------------------------------------------------------------

    def choose_file(self) -> None:
        start = self.ctx.preferences.scan_folder or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("registration", "Choose the photo"),
            start,
            translate("registration", "Images (*.jpg *.jpeg *.png)"),
        )
        if path:
            self.take_file(Path(path))

    def choose_scan_folder(self) -> str:
        """Ask for the scanner's folder once; it is remembered for the next times."""
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("registration", "Choose the folder where the scanner saves its images"),
            self.ctx.preferences.scan_folder or str(Path.home()),
        )
        if folder:
            self.ctx.preferences.scan_folder = folder
        return folder

    def take_latest_scan(self) -> None:
        folder = self.ctx.preferences.scan_folder or self.choose_scan_folder()
        if not folder:
            return
        self.ctx.runner.read(
            lambda: latest_image(Path(folder)),
            lambda found: self._scan_found(found, folder),
            lambda _error: self._tell(
                translate("registration", "The scanner's folder %1 cannot be read.").replace(
                    "%1", latin_code(folder)
                )
            ),
        )

    def _scan_found(self, found: Path | None, folder: str) -> None:
        if found is None:
            self._tell(
                translate("registration", "There is no JPEG or PNG image in %1.").replace(
                    "%1", latin_code(folder)
                )
            )
        else:
            self.take_file(found)

    def take_file(self, path: Path) -> None:
        self.ctx.runner.read(
            lambda: read_image(path),
            self.crop,
            lambda _error: self._tell(full_message(Issue(Code.PHOTO_FORMAT, "photo"))),
        )

    def crop(self, image: QImage) -> None:
        """Ask for the card's frame within ``image`` and keep the result."""
        if image.isNull():
            self._tell(full_message(Issue(Code.PHOTO_FORMAT, "photo")))
            return
        if not fits_a_card(image):
            small = Issue(Code.PHOTO_TOO_SMALL, "photo", params={"min": MIN_PHOTO_SIDE})
            self._tell(full_message(small))
            return
        dialog = CropDialog(image, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_photo(dialog.photo(), changed=True))
        dialog.open()
