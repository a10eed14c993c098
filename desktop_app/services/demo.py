"""Filling a store with synthetic artisans for demonstrations and benchmarks.

Drafts from :class:`~desktop_app.services.demo_data.DemoGenerator` go through
:func:`~desktop_app.services.batch.register_batch`, the rules and write path of a real
import, chunk after chunk: one transaction per status of a chunk (the batch takes one
status per call). An enterprise names a supervisor registered in the previous chunk, so
that its supervisor is in the store when the enterprise is checked.

Running again with the same seed makes the same people. Rows whose CIN the store
already holds are skipped here, before the batch: the batch alone would register a
struck-off person again, since a struck-off registration no longer holds its CIN.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.services.batch import register_batch
from desktop_app.services.demo_data import DemoArtisan, DemoGenerator
from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.records import Actor
from desktop_app.storage.models import Artisan
from registry.artisan import Category, Status
from registry.identifiers import parse_cin
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


def _stored_cins(desk: Desk, cins: Iterable[str]) -> set[str]:
    with desk.store.read() as session:
        return set(session.execute(select(Artisan.cin).where(Artisan.cin.in_(set(cins)))).scalars())


def _registered_numbers(desk: Desk, cins: Sequence[str]) -> list[str]:
    """Registration numbers of the registered individuals holding ``cins``, in that order."""
    with desk.store.read() as session:
        rows = session.execute(
            select(Artisan.cin, Artisan.registration_number).where(
                Artisan.cin.in_(set(cins)),
                Artisan.status == Status.REGISTERED.value,
                Artisan.category.in_(_INDIVIDUALS),
            )
        )
        found = {cin: number for cin, number in rows}
    return [found[cin] for cin in cins if cin in found]


def seed_demo(
    desk: Desk, actor: Actor, count: int, seed: int, progress: Progress | None = None
) -> SeedSummary:
    """Register ``count`` synthetic artisans made from ``seed``; see the module's doc."""
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator fills a store with demo data")
    if not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 1 and {MAX_COUNT}, not {count}")
    generator = DemoGenerator(desk.rule_context(), seed)
    saved: Counter[Status] = Counter()
    skipped = rejected = 0
    first_rejection: tuple[Issue, ...] = ()
    supervisors: list[str] = []
    for start in range(0, count, CHUNK_SIZE):
        chunk = generator.chunk(min(CHUNK_SIZE, count - start), supervisors)
        cins = [parse_cin(item.draft.cin) or item.draft.cin for item in chunk]
        stored = _stored_cins(desk, cins)
        fresh = [item for item, cin in zip(chunk, cins, strict=True) if cin not in stored]
        skipped += len(chunk) - len(fresh)
        for status in _STATUS_ORDER:
            drafts = [item.draft for item in fresh if item.status is status]
            if not drafts:
                continue
            for outcome in register_batch(desk, actor, drafts, status=status, action=ACTION):
                if outcome.record is not None:
                    saved[status] += 1
                elif outcome.skipped:
                    skipped += 1
                else:
                    rejected += 1
                    first_rejection = first_rejection or outcome.issues
        supervisors = _registered_numbers(desk, _registered_individual_cins(chunk, cins))
        if progress is not None:
            progress(start + len(chunk), count)
    return SeedSummary(count, dict(saved), skipped, rejected, first_rejection)


def _registered_individual_cins(chunk: Sequence[DemoArtisan], cins: Sequence[str]) -> list[str]:
    return [
        cin
        for item, cin in zip(chunk, cins, strict=True)
        if item.status is Status.REGISTERED and item.draft.category in _INDIVIDUALS
    ]
