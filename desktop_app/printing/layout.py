"""Text in boxes: every value shrinks, then wraps, until it fits the width it was given.

Names and activities vary in length; a document must never let one run into its
neighbour or off the page. ``fit`` picks the largest size (down to a floor) at which the
text fits in the lines allowed; past the floor it wraps into more lines, and a single
word still too wide is set smaller still, so no line is ever wider than its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing.arabic_text import has_arabic, has_vowel_marks, wrap

# Line metrics in font sizes: from a box's top to the first baseline, and from one
# baseline to the next. Amiri's Arabic needs more room than its Latin, and much more
# with vowel marks: without the font's positioning table (ReportLab does not apply it)
# marks sit at a fixed height that clears the tallest letters, up to 1.25 em.
LATIN_METRICS = (0.85, 1.2)
ARABIC_METRICS = (1.0, 1.45)
VOWELLED_METRICS = (1.28, 1.7)
STEP = 0.5

INK = Color(0.10, 0.10, 0.12)
ACCENT = Color(0.09, 0.29, 0.23)  # deep green: rules, bands, titles
MUTED = Color(0.36, 0.38, 0.40)  # labels
DUPLICATE_RED = Color(0.72, 0.07, 0.07)


class Align(Enum):
    LEFT = "left"
    RIGHT = "right"
    CENTRE = "centre"

    @classmethod
    def natural(cls, text: str) -> Align:
        """Right for Arabic text, left for the rest."""
        return cls.RIGHT if has_arabic(text) else cls.LEFT


@dataclass(frozen=True)
class Fitted:
    """Lines ready to draw (display order), all set in one font and size."""

    lines: tuple[str, ...]
    font: str
    size: float
    metrics: tuple[float, float]  # ascent and leading, in sizes

    @property
    def ascent(self) -> float:
        return self.size * self.metrics[0]

    @property
    def leading(self) -> float:
        return self.size * self.metrics[1]

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    @property
    def width(self) -> float:
        return max((stringWidth(line, self.font, self.size) for line in self.lines), default=0.0)


@lru_cache(maxsize=4096)  # labels, activities, places repeat on every page of a batch
def fit(
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    max_lines: int = 1,
    min_size: float | None = None,
) -> Fitted:
    """``text`` at the largest size from ``size`` down to ``min_size`` that fits
    ``max_lines`` lines of ``width``; below that, more lines, then a smaller size."""
    floor = size if min_size is None else min_size
    current = size
    while True:
        lines = wrap(text, font, current, width)
        if len(lines) <= max_lines or current - STEP < floor:
            break
        current -= STEP
    widest = max((stringWidth(line, font, current) for line in lines), default=0.0)
    if widest > width:  # one word wider than the box even at the floor
        current *= width / widest
    return Fitted(tuple(lines), font, current, line_metrics(text))


def line_metrics(text: str) -> tuple[float, float]:
    if not has_arabic(text):
        return LATIN_METRICS
    return VOWELLED_METRICS if has_vowel_marks(text) else ARABIC_METRICS


def draw_fitted(
    canvas: Canvas,
    fitted: Fitted,
    x: float,
    top: float,
    width: float,
    align: Align,
    color: Color = INK,
) -> float:
    """Draw the lines inside ``[x, x + width]`` from ``top`` down; returns the bottom."""
    canvas.setFont(fitted.font, fitted.size)
    canvas.setFillColor(color)
    baseline = top - fitted.ascent
    for line in fitted.lines:
        if align is Align.LEFT:
            canvas.drawString(x, baseline, line)
        elif align is Align.RIGHT:
            canvas.drawRightString(x + width, baseline, line)
        else:
            canvas.drawCentredString(x + width / 2, baseline, line)
        baseline -= fitted.leading
    return top - fitted.height


def draw_text(
    canvas: Canvas,
    text: str,
    font: str,
    size: float,
    x: float,
    top: float,
    width: float,
    align: Align,
    *,
    max_lines: int = 1,
    min_size: float | None = None,
    color: Color = INK,
) -> float:
    """Fit ``text`` to the box and draw it; returns the bottom of what was drawn."""
    fitted = fit(text, font, size, width, max_lines=max_lines, min_size=min_size)
    return draw_fitted(canvas, fitted, x, top, width, align, color)


@dataclass(frozen=True)
class Block:
    """One entry of a vertical stack: lines in one alignment, and optionally a second
    text on the same lines at the other side (French left, Arabic right)."""

    fitted: Fitted
    align: Align
    color: Color = INK
    space_before: float = 0.0
    beside: Fitted | None = None  # drawn right-aligned next to a left-aligned ``fitted``

    @property
    def height(self) -> float:
        if self.beside is None:
            return self.space_before + self.fitted.height
        ascent = max(self.fitted.ascent, self.beside.ascent)
        below = max(f.height - f.ascent for f in (self.fitted, self.beside))
        return self.space_before + ascent + below


def stack_height(blocks: list[Block]) -> float:
    return sum(block.height for block in blocks)


def draw_stack(canvas: Canvas, blocks: list[Block], x: float, top: float, width: float) -> float:
    """Draw the blocks one under the other from ``top``; returns the bottom."""
    for block in blocks:
        top -= block.space_before
        first, beside = block.fitted, block.beside
        if beside is None:
            draw_fitted(canvas, first, x, top, width, block.align, block.color)
        else:  # one baseline for both sides
            ascent = max(first.ascent, beside.ascent)
            draw_fitted(canvas, first, x, top - ascent + first.ascent, width, block.align,
                        block.color)  # fmt: skip
            draw_fitted(canvas, beside, x, top - ascent + beside.ascent, width, Align.RIGHT,
                        block.color)  # fmt: skip
        top -= block.height - block.space_before
    return top
