"""Before Qt starts: the missing X11 libraries are named, instead of Qt aborting."""

from __future__ import annotations

import ctypes.util
import sys
from pathlib import Path

import pytest

from desktop_app.ui import app
from desktop_app.ui.display_check import missing_display_packages

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")


def _without(monkeypatch: pytest.MonkeyPatch, absent: str) -> None:
    found = ctypes.util.find_library
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name == absent else found(name) or f"lib{name}.so",
    )


@linux_only
def test_a_missing_x11_library_is_named_by_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    _without(monkeypatch, "xcb-keysyms")

    assert missing_display_packages() == ["libxcb-keysyms1"]


@linux_only
def test_other_platforms_need_no_x11_library(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "xcb-keysyms")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_display_packages() == []
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert missing_display_packages() == []
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert missing_display_packages() == ["libxcb-keysyms1"]


def test_the_program_says_what_to_install_and_exits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(app, "missing_display_packages", lambda: ["libxcb-icccm4"])

    assert app.run_gui(tmp_path) == 1

    assert capsys.readouterr().err.strip() == (
        "hirfa: the window cannot open: the system lacks libxcb-icccm4"
        " (Debian/Ubuntu: sudo apt-get install libxcb-icccm4)"
    )
