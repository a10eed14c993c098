"""Pulling the server's feed (docs/sync.md, *Pull*): pages after the cursor until the
server says there is no more, each applied in one local transaction with its cursor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.storage.engine import Store
from desktop_app.storage.pulled import Here, apply_page
from desktop_app.storage.sync_state import standing
from desktop_app.sync.client import Client, UnexpectedAnswer
from registry import wire


@dataclass
class PullReport:
    pages: int = 0
    changes: int = 0  # received
    applied: int = 0
    kept_local: int = 0
    left_out: list[str] = field(default_factory=list)
    cursor: int = 0


Progress = Callable[[PullReport], None]


def pull_all(
    store: Store,
    client: Client,
    here: Here,
    now: Callable[[], datetime],
    *,
    limit: int = wire.MAX_PULL_CHANGES,
    on_page: Progress | None = None,
) -> PullReport:
    """Pull and apply pages until ``more`` is false; ``on_page`` is told after each."""
    with store.read() as session:
        report = PullReport(cursor=standing(session).cursor)
    while True:
        page = client.pull(report.cursor, limit)
        if page.last_seq < report.cursor or (page.more and page.last_seq == report.cursor):
            raise UnexpectedAnswer(
                f"the server's feed went back or stood still (at {page.last_seq}, "
                f"after {report.cursor})"
            )
        with store.write() as session:
            result = apply_page(session, page, here, now())
        report.pages += 1
        report.changes += len(page.changes)
        report.applied += result.applied
        report.kept_local += result.kept_local
        report.left_out += result.left_out
        report.cursor = page.last_seq
        if on_page is not None:
            on_page(report)
        if not page.more:
            return report
