"""The ID-1 card and the A4 sheet of ten, read back: sizes, QR codes where the duplex
flip puts them, crop marks, duplicate marks, nothing near the card's edge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop_app.printing.card import CARD_HEIGHT, CARD_WIDTH
from desktop_app.printing.card_sheet import (
    BOTTOM,
    COLUMNS,
    LEFT,
    MARK_GAP,
    ROWS,
    front_slot,
)
from desktop_app.printing.documents import ArtisanDocument
from desktop_app.printing.render import render_card_sheets, render_cards
from tests.printing.support import crop, decode_qr, glyphs, page_text, render_png, words


def test_card_pages_are_id1_front_then_back(tmp_path: Path, cards: list[ArtisanDocument]) -> None:
    pdf = tmp_path / "cards.pdf"
    assert render_cards(cards[:2], pdf) == 4
    for page in PdfReader(pdf).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (85.6 * mm, 54 * mm), abs=0.01
        )
    front, back = page_text(pdf, 0), page_text(pdf, 1)
    assert cards[0].registration_number in front
    assert "Maître artisan" in front
    assert {"مُحَمَّد", "الإدريسي", "معلم", "حرفي"} <= words(front)
    assert cards[0].serial in back
    assert "Carte professionnelle d'artisan" in back
    assert {"البطاقة", "المهنية", "للصانع", "التقليدي"} <= words(back)


def test_nothing_is_drawn_within_two_millimetres_of_the_edge(
    tmp_path: Path, cards: list[ArtisanDocument]
) -> None:
    pdf = tmp_path / "cards.pdf"
    render_cards(cards[:3], pdf)
    for page in range(6):
        for glyph in glyphs(pdf, page):
            assert 2 * mm <= glyph.left and glyph.right <= CARD_WIDTH - 2 * mm, glyph
            assert 2 * mm <= glyph.bottom and glyph.top <= CARD_HEIGHT - 2 * mm, glyph


def test_duplicate_mark_only_on_reprinted_cards(
    tmp_path: Path, cards: list[ArtisanDocument]
) -> None:
    pdf = tmp_path / "cards.pdf"
    render_cards([cards[0], replace(cards[0], duplicate=True)], pdf)
    assert "DUPLICATA" not in page_text(pdf, 0) + page_text(pdf, 1)
    assert "DUPLICATA" in page_text(pdf, 2) and "DUPLICATA" in page_text(pdf, 3)
    assert "نظير" in words(page_text(pdf, 2))  # shaped and in order, not reversed


@pytest.mark.slow
def test_card_back_qr_decodes_to_the_payload(tmp_path: Path, cards: list[ArtisanDocument]) -> None:
    pdf = tmp_path / "card.pdf"
    render_cards(cards[:1], pdf)
    assert decode_qr(render_png(pdf, 1, tmp_path, dpi=300)) == [cards[0].qr_payload]


def test_sheet_has_ten_cards_front_and_back(tmp_path: Path, cards: list[ArtisanDocument]) -> None:
    pdf = tmp_path / "sheet.pdf"
    assert render_card_sheets(cards + cards[:3], pdf) == 4  # two sheets
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)

    def photos(page: int) -> int:
        content = ContentStream(reader.pages[page].get_contents(), reader)
        return sum(op == b"Do" for _, op in content.operations)

    assert photos(0) == 10 and photos(2) == 3
    text = page_text(pdf, 0)
    assert all(card.registration_number in text for card in cards)
    assert all(card.serial in page_text(pdf, 1) for card in cards)


def test_sheet_has_crop_marks_on_every_cut_line(
    tmp_path: Path, cards: list[ArtisanDocument]
) -> None:
    pdf = tmp_path / "sheet.pdf"
    render_card_sheets(cards, pdf)
    reader = PdfReader(pdf)
    for page in (0, 1):
        content = ContentStream(reader.pages[page].get_contents(), reader)
        starts = {
            (round(float(args[0]), 1), round(float(args[1]), 1))
            for args, op in content.operations
            if op == b"m"
        }
        top = BOTTOM + ROWS * CARD_HEIGHT
        for column in range(COLUMNS + 1):
            x = round(LEFT + column * CARD_WIDTH, 1)
            assert (x, round(top + MARK_GAP, 1)) in starts
            assert (x, round(BOTTOM - MARK_GAP, 1)) in starts
        for row in range(ROWS + 1):
            y = round(BOTTOM + row * CARD_HEIGHT, 1)
            assert (round(LEFT - MARK_GAP, 1), y) in starts
            assert (round(LEFT + COLUMNS * CARD_WIDTH + MARK_GAP, 1), y) in starts


@pytest.mark.slow
def test_each_back_lands_behind_its_front_on_a_long_edge_flip(
    tmp_path: Path, cards: list[ArtisanDocument]
) -> None:
    pdf = tmp_path / "sheet.pdf"
    render_card_sheets(cards, pdf)
    dpi = 200
    png = render_png(pdf, 1, tmp_path, dpi=dpi)
    scale = dpi / 72
    for index, card in enumerate(cards):
        # Where the front of this card is, seen from the back after the flip.
        x, y = front_slot(index).origin()
        x = A4[0] - x - CARD_WIDTH
        box = (
            int(x * scale),
            int((A4[1] - y - CARD_HEIGHT) * scale),
            int((x + CARD_WIDTH) * scale),
            int((A4[1] - y) * scale),
        )
        assert decode_qr(crop(png, box, tmp_path / f"slot{index}.png")) == [card.qr_payload]
