"""The work lanes: work off the GUI thread, answers on it, writes in order, busy when slow."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.tasks import SLOW_MS, TaskRunner


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    found = TaskRunner()
    yield found
    found.wait()
    QApplication.processEvents()
    found.deleteLater()


def test_work_runs_off_the_gui_thread_and_answers_on_it(runner: TaskRunner, qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, int | str] = {}

    def work() -> str:
        seen["work"] = threading.get_ident()
        return "result"

    def done(value: str) -> None:
        seen["done"] = threading.get_ident()
        seen["value"] = value

    for submit in (runner.read, runner.write):
        seen.clear()
        submit(work, done)
        qtbot.waitUntil(lambda: "done" in seen)
        assert seen["work"] != gui
        assert seen["done"] == gui
        assert seen["value"] == "result"


def test_errors_come_back_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    gui = threading.get_ident()
    failures: list[tuple[BaseException, int]] = []

    def work() -> None:
        raise ValueError("broken")

    runner.read(
        work,
        lambda _: pytest.fail("no result"),
        lambda e: failures.append((e, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(failures))
    error, thread = failures[0]
    assert isinstance(error, ValueError) and str(error) == "broken"
    assert thread == gui


def test_an_error_without_a_handler_is_unexpected(runner: TaskRunner, qtbot: QtBot) -> None:
    with qtbot.waitSignal(runner.unexpected_error) as caught:
        runner.write(lambda: 1 / 0, lambda _: None)
    assert isinstance(caught.args[0], ZeroDivisionError)


def test_writes_run_one_at_a_time_in_the_order_asked(runner: TaskRunner, qtbot: QtBot) -> None:
    started: list[int] = []
    finished: list[int] = []
    answered: list[int] = []
    running = threading.Lock()

    def write(n: int) -> int:
        assert running.acquire(blocking=False), "two writes at once"
        started.append(n)
        time.sleep(0.01 * (5 - n % 5))  # early ones are slower: a pool would reorder them
        finished.append(n)
        running.release()
        return n

    for n in range(10):
        runner.write(partial(write, n), answered.append)
    qtbot.waitUntil(lambda: len(answered) == 10)
    assert started == finished == answered == list(range(10))


def test_busy_is_signalled_only_for_slow_work(runner: TaskRunner, qtbot: QtBot) -> None:
    changes: list[tuple[bool, float]] = []
    runner.busy_changed.connect(lambda busy: changes.append((busy, time.monotonic())))
    answered: list[str] = []
    runner.read(lambda: "quick", answered.append)
    qtbot.waitUntil(lambda: bool(answered))
    qtbot.wait(SLOW_MS + 200)
    assert changes == []

    gate = threading.Event()

    def slow() -> str:
        gate.wait(10)
        return "slow"

    asked = time.monotonic()
    runner.write(slow, answered.append)
    qtbot.waitUntil(lambda: len(changes) == 1, timeout=5000)
    assert changes[0][0] is True
    assert changes[0][1] - asked >= SLOW_MS / 1000 - 0.05
    gate.set()
    qtbot.waitUntil(lambda: len(answered) == 2, timeout=5000)
    assert [busy for busy, _ in changes] == [True, False]


def test_an_answer_to_a_deleted_object_is_dropped(runner: TaskRunner, qtbot: QtBot) -> None:
    """A screen closed while its query runs must not be called back (its C++ side is gone)."""

    class Receiver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.answers: list[str] = []

        def take(self, value: str) -> None:
            self.answers.append(self.objectName() + value)  # needs the C++ object

    receiver = Receiver()
    other: list[str] = []
    gate = threading.Event()
    runner.read(lambda: gate.wait(5) and "late", receiver.take)
    runner.read(lambda: gate.wait(5) and "late", other.append)
    receiver.deleteLater()
    QApplication.processEvents()
    gate.set()
    qtbot.waitUntil(lambda: bool(other))
    runner.wait()
    QApplication.processEvents()
    assert other == ["late"]


def test_inline_runs_at_once_in_order() -> None:
    runner = TaskRunner(inline=True)
    seen: list[object] = []
    runner.write(lambda: 1, seen.append)
    runner.read(lambda: 2, seen.append)
    runner.write(lambda: 1 / 0, seen.append, lambda e: seen.append(type(e)))
    assert seen == [1, 2, ZeroDivisionError]
