"""Running ``hirfa`` commands on a real small disk: a tmpfs of a chosen size, or a
read-only bind mount, made in a mount namespace of its own (``unshare --mount``) so
that nothing is left mounted on the machine and no other test sees it.

Run as a module inside the namespace, this file runs the commands it is given and
writes what each printed to a JSON file outside the mount.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ran:
    args: list[str]
    code: int
    out: list[str]
    err: list[str]


def namespaces_available() -> bool:
    """Whether this machine lets a test mount its own small disks (root, or user
    namespaces allowed)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


def on_mounted_disk(
    mount: str, prepare: str, commands: list[list[str]], work: Path, stdin: str = ""
) -> list[Ran]:
    """Mount with ``mount`` (shell), run ``prepare`` (shell), then ``commands`` (each a
    ``hirfa`` argument list), all in one mount namespace; what each printed."""
    asked, answered = work / "commands.json", work / "results.json"
    asked.write_text(json.dumps({"commands": commands, "stdin": stdin}), encoding="utf-8")
    script = f'set -e\n{mount}\n{prepare}\nexec "$0" -m tests.cli.disk_support {asked} {answered}'
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, sys.executable],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [Ran(**ran) for ran in json.loads(answered.read_text(encoding="utf-8"))]


def _run_all(asked: Path, answered: Path) -> None:
    request = json.loads(asked.read_text(encoding="utf-8"))
    results = []
    for args in request["commands"]:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", *args],
            input=request["stdin"], capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        results.append(
            {"args": args, "code": done.returncode, "out": done.stdout.splitlines(),
             "err": done.stderr.splitlines()}
        )  # fmt: skip
    answered.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    _run_all(Path(sys.argv[1]), Path(sys.argv[2]))
