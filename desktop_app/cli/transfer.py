"""``hirfa import``, ``hirfa export`` and ``hirfa seed-demo``."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    del sub
