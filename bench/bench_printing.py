"""Printing speed (issue 4 targets): 1,000 certificates in one batch at ≥ 100 pages/s, one
certificate ready for preview in ≤ 150 ms including first-time font loading.

python -m bench.bench_printing [--count 1000]

Every certificate has its own photo (a distinct 300 × 400 JPEG with grain, ~25 kB) and
its own QR payload (250 random characters, the size of a signed payload).
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import replace

from PIL import Image

from desktop_app.printing.documents import ArtisanDocument, DocumentKind
from desktop_app.printing.render import render_card_sheets, render_cards, render_certificates
from desktop_app.printing.samples import sample_documents

# Run in a fresh interpreter: imports done (a warm program), fonts not yet loaded.
_FIRST_CERTIFICATE = """
import io, time
from desktop_app.printing.render import render_certificates
from desktop_app.printing.samples import sample_documents
doc = sample_documents()[0]
start = time.perf_counter()
buffer = io.BytesIO()
render_certificates([doc], buffer)
assert buffer.getvalue().startswith(b"%PDF")
print((time.perf_counter() - start) * 1000)
"""


def distinct_photo(seed: int) -> bytes:
    """A portrait-sized JPEG unlike any other (noise makes it photo-sized, not 3 kB)."""
    rng = random.Random(seed)
    grain = Image.effect_noise((300, 400), 24).convert("RGB")
    tint = Image.new("RGB", (300, 400), (rng.randint(90, 200), rng.randint(90, 200), 160))
    buffer = io.BytesIO()
    Image.blend(grain, tint, 0.6).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def distinct_payload(rng: random.Random) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(188)).decode()[:250]


def batch(count: int, kind: DocumentKind = DocumentKind.CERTIFICATE) -> list[ArtisanDocument]:
    base = sample_documents(kind)[0]
    rng = random.Random(4)
    return [
        replace(
            base,
            serial=f"C-01511-26-{index:06d}",
            photo=distinct_photo(index),
            qr_payload=distinct_payload(rng),
        )
        for index in range(count)
    ]


def pages_per_second(render: object, docs: list[ArtisanDocument], runs: int = 3) -> str:
    """Wall-clock rate, and the rate per second of this process's CPU time (which other
    work on a shared machine does not lower)."""
    rates, cpu_rates, sizes = [], [], []
    for _ in range(runs):
        buffer = io.BytesIO()
        start, cpu = time.perf_counter(), time.process_time()
        pages = render(docs, buffer)  # type: ignore[operator]
        rates.append(pages / (time.perf_counter() - start))
        cpu_rates.append(pages / (time.process_time() - cpu))
        sizes.append(len(buffer.getvalue()))
    return (
        f"{pages} pages: median {statistics.median(rates):.0f} pages/s "
        f"(runs: {', '.join(f'{r:.0f}' for r in rates)}; per CPU second: "
        f"{statistics.median(cpu_rates):.0f}), {sizes[0] / 1e6:.1f} MB"
    )


def first_certificate_ms(runs: int = 5) -> list[float]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", _FIRST_CERTIFICATE],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
        )
        for _ in range(runs)
    ]


def next_certificate_ms(runs: int = 50) -> list[float]:
    docs = batch(runs)
    times = []
    for doc in docs:
        start = time.perf_counter()
        render_certificates([doc], io.BytesIO())
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    count = parser.parse_args().count
    docs = batch(count)
    print(f"certificates, one batch of {count:,}: {pages_per_second(render_certificates, docs)}")
    cards = batch(count, DocumentKind.CARD)
    print(f"cards (front + back pages), {count:,}: {pages_per_second(render_cards, cards)}")
    print(f"card sheets, {count:,} cards: {pages_per_second(render_card_sheets, cards)}")
    first = first_certificate_ms()
    print(
        "one certificate to PDF bytes, fresh process with imports done, fonts loaded on "
        f"first use: median {statistics.median(first):.0f} ms, max {max(first):.0f} ms"
    )
    warm = next_certificate_ms()
    print(
        f"one certificate, fonts already loaded: median {statistics.median(warm):.1f} ms, "
        f"max {max(warm):.1f} ms"
    )


if __name__ == "__main__":
    main()
