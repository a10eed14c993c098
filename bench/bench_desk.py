"""The desk program at 1M artisans: start to login, search to first rows, open a record.

    python -m bench.bench_desk [--size 1000000]

Runs Qt offscreen with the real work lanes (background threads), as the program does.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.measure import Timing  # noqa: E402
from bench.stores import seeded_store  # noqa: E402
from desktop_app.logs import log_path  # noqa: E402
from desktop_app.services.desk import Desk, open_desk  # noqa: E402
from desktop_app.services.users import list_users  # noqa: E402
from desktop_app.storage.models import Artisan  # noqa: E402
from desktop_app.ui.bus import Bus  # noqa: E402
from desktop_app.ui.context import AppContext  # noqa: E402
from desktop_app.ui.fonts import load_fonts  # noqa: E402
from desktop_app.ui.languages import Language, Translations  # noqa: E402
from desktop_app.ui.preferences import Preferences  # noqa: E402
from desktop_app.ui.record.dialog import RecordDialog  # noqa: E402
from desktop_app.ui.register.screen import RegisterScreen  # noqa: E402
from desktop_app.ui.tasks import TaskRunner  # noqa: E402

SAMPLES = 40


def start_to_login(directory: Path) -> Timing:
    """A new process, until the login dialog is on screen (its log line)."""
    log = log_path(directory)

    def shown() -> int:
        return log.read_text(encoding="utf-8").count("login shown") if log.exists() else 0

    samples = []
    for _ in range(5):
        before = shown()
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(directory)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            while shown() == before:
                time.sleep(0.005)
            samples.append((time.perf_counter() - start) * 1000)
        finally:
            process.terminate()
            process.wait(10)
    return Timing("start to login screen (new process)", tuple(samples))


def _wait(signal: object, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _context(desk: Desk, app: QApplication, directory: Path) -> AppContext:
    translations = Translations(app)
    translations.apply(Language.FRENCH)
    admin = next(u for u in list_users(desk) if u.username == "bench")
    return AppContext(desk, TaskRunner(), Bus(), Preferences(directory), translations, None, admin)


def search_and_open(directory: Path, count: int) -> list[Timing]:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    load_fonts(app)
    desk = open_desk(directory)
    ctx = _context(desk, app, directory)
    rng = random.Random(5)
    with desk.store.read() as session:
        people = session.execute(
            select(
                Artisan.id, Artisan.last_name_fr, Artisan.first_name_fr, Artisan.last_name_ar
            ).where(Artisan.pk.in_([rng.randint(1, count) for _ in range(SAMPLES)]))
        ).all()
    screen = RegisterScreen(ctx)
    screen.resize(1366, 700)
    screen.show()
    _wait(screen.model.rows_replaced)
    texts = [
        text
        for _, last_fr, first_fr, last_ar in people
        for text in (f"{last_fr} {first_fr}".strip() or last_ar, last_ar or last_fr)
    ]
    searches = []
    for text in dict.fromkeys(texts):  # the same text twice would not search again
        screen.search.blockSignals(True)
        screen.search.setText(text)
        screen.search.blockSignals(False)
        start = time.perf_counter()
        screen.search_now()  # what the typing pause triggers
        _wait(screen.model.rows_replaced)
        screen.table.viewport().repaint()
        searches.append((time.perf_counter() - start) * 1000)
    opens = []
    for artisan_id, *_ in people:
        start = time.perf_counter()
        dialog = RecordDialog(ctx, artisan_id)
        dialog.show()
        _wait(dialog.loaded)
        dialog.repaint()
        opens.append((time.perf_counter() - start) * 1000)
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.processEvents()
    ctx.runner.wait()
    desk.close()
    return [
        Timing(f"search (after the typing pause) to first rows shown, {count:,}", tuple(searches)),
        Timing(f"open a record (data, history, photo), {count:,}", tuple(opens)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    directory = seeded_store(args.size)
    print(start_to_login(directory).line(), flush=True)
    for timing in search_and_open(directory, args.size):
        print(timing.line(), flush=True)


if __name__ == "__main__":
    main()
