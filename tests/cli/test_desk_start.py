"""``hirfa`` without a command starts the window; without a display it says so."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    env.update(
        PYTHONPATH=str(ROOT),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HIRFA_DATA_DIR=str(tmp_path / "unused"),
        **extra,
    )
    return env


def hirfa(tmp_path: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "office"), *args],
        cwd=ROOT,
        env=environment(tmp_path, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_log(process: subprocess.Popen[str], log: Path, line: str) -> None:
    """Until the program logs ``line`` (a loaded machine may take long to import Qt)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if log.exists() and line in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.1)
    raise AssertionError(f"never logged {line!r}; exit status {process.poll()}")


@pytest.mark.slow
def test_without_a_command_the_window_starts_and_stays(tmp_path: Path) -> None:
    process = hirfa(tmp_path, QT_QPA_PLATFORM="offscreen")
    try:
        wait_for_log(process, tmp_path / "office" / "logs" / "hirfa.log", "first start")
        time.sleep(3)  # the wizard is up: it must stay up
        assert process.poll() is None, process.communicate()
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert err == "", err
    assert out == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays exist elsewhere")
def test_without_a_display_one_clear_line(tmp_path: Path) -> None:
    process = hirfa(tmp_path)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err == "hirfa: no display: run Hirfa in a desktop session\n"
    assert out == ""


def test_the_commands_never_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from desktop_app.cli.main import main\n"
        f"status = main(['--data-dir', {str(tmp_path / 'office')!r}, 'activities', 'list'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'qtawesome'))]\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "AssertionError" not in done.stderr
    assert done.returncode == 1 and "no office store" in done.stderr
