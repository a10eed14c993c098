"""Filling a store with synthetic artisans for demonstrations and benchmarks.

Drafts from :class:`~desktop_app.services.demo_data.DemoGenerator` go through
:func:`~desktop_app.services.batch.register_chunks`, the rules and write path of a real
import: chunks of one status each, prepared in worker processes while the previous
ones are written. An enterprise names as supervisor an individual already registered
in the store when its chunk is made. Running again with the same seed makes the same
people (an enterprise may name another supervisor), and the batch skips everyone the
store already holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.services.batch import Chunk, register_chunks, workers_for
from desktop_app.services.demo_data import DemoGenerator
from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.records import Actor
from desktop_app.storage.models import Artisan
from registry.artisan import Category, Status
from registry.issues import Issue
from registry.workflow import Role

CHUNK_SIZE = 2000
MAX_COUNT = 1_000_000
ACTION = "seed"
_INDIVIDUALS = (
    Category.ARTISAN_DIPLOMA.value,
    Category.ARTISAN_EXPERIENCE.value,
    Category.MASTER_ARTISAN.value,
)
_STATUS_ORDER = (Status.REGISTERED, Status.PENDING_REVIEW, Status.SUSPENDED, Status.STRUCK_OFF)

Progress = Callable[[int, int], None]
"""Called after each chunk with the number of drafts handled so far and the total."""


@dataclass(frozen=True)
class SeedSummary:
    requested: int
    saved: dict[Status, int]  # by status
    skipped: int  # already in the store (a rerun)
    rejected: int  # refused by the rules: a bug of the generator
    first_rejection: tuple[Issue, ...]  # the issues of the first refused draft

    @property
    def saved_total(self) -> int:
        return sum(self.saved.values())


SUPERVISOR_POOL = 200


def _recent_supervisors(desk: Desk) -> list[str]:
    """Numbers of individuals registered lately, for enterprises to name as supervisor."""
    with desk.store.read() as session:
        return list(
            session.execute(
                select(Artisan.registration_number)
                .where(
                    Artisan.status == Status.REGISTERED.value,
                    Artisan.category.in_(_INDIVIDUALS),
                )
                .order_by(Artisan.pk.desc())
                .limit(SUPERVISOR_POOL)
            ).scalars()
        )


def seed_demo(
    desk: Desk,
    actor: Actor,
    count: int,
    seed: int,
    progress: Progress | None = None,
    workers: int | None = None,
) -> SeedSummary:
    """Register ``count`` synthetic artisans made from ``seed``; see the module's doc."""
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator fills a store with demo data")
    if not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 1 and {MAX_COUNT}, not {count}")
    generator = DemoGenerator(desk.rule_context(), seed)
    if workers is None:
        workers = workers_for(count)
    # Enterprises start once their supervisors are certainly saved: after the chunks
    # that may still be in flight. Fixed by the job's shape, not by what the store
    # holds, so that a rerun makes the same people.
    first_with_enterprises = 1 if workers == 0 else 2 * workers + 2

    def chunks() -> Iterator[Chunk]:
        for index, start in enumerate(range(0, count, CHUNK_SIZE)):
            pool = _recent_supervisors(desk) if index >= first_with_enterprises else []
            made = generator.chunk(min(CHUNK_SIZE, count - start), pool)
            for status in _STATUS_ORDER:
                drafts = [item.draft for item in made if item.status is status]
                if drafts:
                    yield Chunk(drafts, status)

    saved: Counter[Status] = Counter()
    skipped = rejected = done = 0
    first_rejection: tuple[Issue, ...] = ()
    for outcomes in register_chunks(desk, actor, chunks(), action=ACTION, workers=workers):
        for outcome in outcomes:
            if outcome.record is not None:
                saved[outcome.record.status] += 1
            elif outcome.skipped:
                skipped += 1
            else:
                rejected += 1
                first_rejection = first_rejection or outcome.issues
        done += len(outcomes)
        if progress is not None:
            progress(done, count)
    return SeedSummary(count, dict(saved), skipped, rejected, first_rejection)
