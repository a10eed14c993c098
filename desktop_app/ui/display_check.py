"""What Qt needs from the system to open a window, checked before Qt starts.

On Linux, Qt's X11 plugin loads a few X libraries that a minimal system may lack;
without them Qt aborts the process, after a message that blames another library.
Saying which packages are missing is the one useful thing to do instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library name for ctypes.util.find_library -> Debian/Ubuntu package that ships it
X11_LIBRARIES = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0",
}


def _uses_x11() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def missing_display_packages() -> list[str]:
    """Packages to install before the window can open (none off Linux or off X11)."""
    if not sys.platform.startswith("linux") or not _uses_x11():
        return []
    return [
        package for name, package in X11_LIBRARIES.items() if ctypes.util.find_library(name) is None
    ]
