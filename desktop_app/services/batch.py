"""Registering many artisans at once (imports, demo data) through the same rules as the form.

A batch is one transaction: every good row of it is saved whole (record, status entry,
index, audit, outbox) or, if the process dies, none of it is. Rows whose person is
already in the register — in whatever status, struck off included — are skipped,
not duplicated, so running the same file again saves nothing new (re-registering a
struck-off person is a decision for the counter, not for a file).

Rows may instead say what their record already is (:class:`KeptAs`: an export's number
and status). Such a record, registered elsewhere, keeps both; it is matched to the
register by its number (skipped when the record holding it has the same CIN, refused
when another does), and a struck-off one holds no CIN or ICE, so a person struck off
and registered again comes back as the two records they are.

The register's questions (CIN, ICE, number, supervisor) are answered from sets loaded
once per batch, and rows claim their CIN, ICE and number as they are accepted, so that
a file holding the same person twice saves that person once and an enterprise finds
its supervising artisan accepted earlier in the file.

For long streams, :func:`register_chunks` validates and prepares the next chunks in
worker processes while this process writes the current one: the rules are pure
Python and the writer is busy with SQLite, so the two overlap on separate cores.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.creation import (
    Created,
    NewArtisan,
    PreparedArtisan,
    insert_new,
    prepare,
)
from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor
from desktop_app.storage.models import Artisan, NationalIndexEntry
from registry.artisan import ArtisanDraft, Category, Status
from registry.issues import Code, Issue
from registry.names import name_key
from registry.numbering import RegistrationNumber, parse_registration_number
from registry.text import clean_text
from registry.validation import (
    RegisterKeys,
    RuleContext,
    SupervisorInfo,
    check_against_register,
    validate_draft,
)

_ENTITIES = [Category.COOPERATIVE.value, Category.ENTERPRISE.value]
_LIVE = Artisan.status != Status.STRUCK_OFF.value


@dataclass(frozen=True)
class BatchOutcome:
    """What happened to one draft of a batch (in the order given)."""

    record: Created | None  # saved
    skipped: bool  # already in the register (or earlier in the same batch)
    issues: tuple[Issue, ...]  # the errors if refused; warnings if saved

    @property
    def rejected(self) -> bool:
        return self.record is None and not self.skipped


def _entity_key(keys: RegisterKeys) -> tuple[str, str, str]:
    name = name_key(keys.entity_name_fr) or name_key(keys.entity_name_ar)
    return keys.cin, keys.category.value, name


class _BatchLookups:
    """:class:`registry.validation.RegisterLookups` answered from sets loaded once, with
    what the rows of the batch claim as they are accepted."""

    def __init__(self, session: Session, batch: Iterable[PreparedArtisan]) -> None:
        rows = list(batch)
        cins = {p.keys.cin for p in rows}
        ices = {p.keys.ice for p in rows if p.keys.ice}
        numbers = {str(p.number) for p in rows if p.number is not None}
        supervisors = {p.keys.supervisor_number for p in rows if p.keys.supervisor_number}
        self.person_cins: set[str] = set()  # people of the register, in any status
        self.live_cins: set[str] = set()  # those not struck off
        for cin, status in session.execute(
            select(Artisan.cin, Artisan.status).where(
                Artisan.cin.in_(cins), Artisan.category.not_in(_ENTITIES)
            )
        ):
            self.person_cins.add(cin)
            if Status(status).is_live:
                self.live_cins.add(cin)
        self.entities: set[tuple[str, str, str]] = {
            (r.cin, r.category, name_key(r.entity_name_fr) or name_key(r.entity_name_ar))
            for r in session.execute(
                select(
                    Artisan.cin, Artisan.category, Artisan.entity_name_fr, Artisan.entity_name_ar
                ).where(Artisan.cin.in_(cins), Artisan.category.in_(_ENTITIES))
            )
        }
        self.ices: set[str | None] = set(
            session.execute(select(Artisan.ice).where(Artisan.ice.in_(ices), _LIVE)).scalars()
        )
        # The other regions' live records, from the national index.
        indexed = NationalIndexEntry
        live = indexed.status != Status.STRUCK_OFF.value
        self.live_cins.update(
            session.execute(
                select(indexed.cin).where(
                    indexed.cin.in_(cins), indexed.category.not_in(_ENTITIES), live
                )
            ).scalars()
        )
        self.ices.update(
            session.execute(select(indexed.ice).where(indexed.ice.in_(ices), live)).scalars()
        )
        self.holders: dict[str, str] = {  # registration number -> CIN of its record
            r.registration_number: r.cin
            for r in session.execute(
                select(Artisan.registration_number, Artisan.cin).where(
                    Artisan.registration_number.in_(numbers)
                )
            )
        }
        self.supervisors = {
            r.registration_number: SupervisorInfo(Status(r.status), Category(r.category))
            for r in session.execute(
                select(Artisan.registration_number, Artisan.status, Artisan.category).where(
                    Artisan.registration_number.in_(supervisors)
                )
            )
        }

    def known(self, prepared: PreparedArtisan) -> bool:
        """Whether the row's record is in the register already, or earlier in the batch:
        by its number when it keeps one, else by its person (in any status) or entity."""
        keys = prepared.keys
        if prepared.number is not None:
            return self.holders.get(str(prepared.number)) == keys.cin
        if keys.category.is_entity:
            return _entity_key(keys) in self.entities
        return keys.cin in self.person_cins

    def number_taken(self, prepared: PreparedArtisan) -> bool:
        """Whether the number the row keeps is held by the record of another CIN."""
        if prepared.number is None:
            return False
        holder = self.holders.get(str(prepared.number))
        return holder is not None and holder != prepared.keys.cin

    def claim(self, prepared: PreparedArtisan, status: Status) -> None:
        keys = prepared.keys
        if keys.category.is_entity:
            self.entities.add(_entity_key(keys))
        else:
            self.person_cins.add(keys.cin)
            if status.is_live:
                self.live_cins.add(keys.cin)
        if keys.ice and status.is_live:
            self.ices.add(keys.ice)
        if prepared.number is not None:
            number = str(prepared.number)
            self.holders[number] = keys.cin
            self.supervisors[number] = SupervisorInfo(status, keys.category)

    def cin_in_use(self, cin: str, exclude_id: str | None) -> bool:
        # A row without a number whose person is in the register was skipped before
        # this is asked; rows keeping a number meet the live records of the register.
        return cin in self.live_cins

    def ice_in_use(self, ice: str, exclude_id: str | None) -> bool:
        return ice in self.ices

    def supervisor(self, registration_number: str) -> SupervisorInfo | None:
        return self.supervisors.get(registration_number)


@dataclass(frozen=True)
class KeptAs:
    """What a file says a record already is, as written: the number and status columns
    of an export. Empty when the file does not say (a chamber's list of new people)."""

    registration_number: str = ""
    status: str = ""


_NEW = KeptAs()


def _standing(kept: KeptAs) -> tuple[RegistrationNumber | None, Status | None, list[Issue]]:
    """The number and status a row keeps, or why they cannot be kept."""
    issues: list[Issue] = []
    number: RegistrationNumber | None = None
    status: Status | None = None
    if text := clean_text(kept.registration_number):
        number = parse_registration_number(text)
        if number is None:
            issues.append(Issue(Code.REGISTRATION_NUMBER_INVALID, "registration_number"))
    if text := clean_text(kept.status):
        try:
            status = Status(text)
        except ValueError:
            issues.append(Issue(Code.INVALID_CHOICE, "status"))
    return number, status, issues


Checked = list[tuple[PreparedArtisan | None, list[Issue]]]


def prepare_drafts(
    ctx: RuleContext, drafts: Sequence[ArtisanDraft], kept: Sequence[KeptAs] = ()
) -> Checked:
    """Validate each draft and prepare the valid ones (pure: runs in any process).

    ``kept``: what the file says each draft already is (none said when empty).
    """
    checked: Checked = []
    for draft, as_written in zip(drafts, kept or [_NEW] * len(drafts), strict=True):
        values, issues = validate_draft(draft, ctx)
        number, status, refused = _standing(as_written)
        prepared = prepare(values, number, status) if values is not None and not refused else None
        checked.append((prepared, refused + issues))
    return checked


def write_checked(
    desk: Desk, actor: Actor, checked: Checked, *, status: Status, action: str
) -> list[BatchOutcome]:
    """Save the prepared drafts of one batch in one transaction; one outcome per draft.

    ``status``: that of the drafts whose file does not give theirs.
    """
    outcomes: list[BatchOutcome | None] = [None] * len(checked)
    accepted: list[tuple[int, NewArtisan, tuple[Issue, ...]]] = []
    with desk.store.write() as session:
        lookups = _BatchLookups(session, (p for p, _ in checked if p is not None))
        for index, (prepared, issues) in enumerate(checked):
            if prepared is None:
                outcomes[index] = BatchOutcome(None, False, tuple(issues))
                continue
            starts_in = prepared.status or status
            if lookups.known(prepared):
                outcomes[index] = BatchOutcome(None, True, ())
            elif lookups.number_taken(prepared):
                taken = Issue(Code.REGISTRATION_NUMBER_IN_USE, "registration_number")
                outcomes[index] = BatchOutcome(None, False, (taken,))
            elif found := check_against_register(
                prepared.keys,
                lookups,
                live=starts_in.is_live,
                moved=prepared.number is not None,
            ):
                outcomes[index] = BatchOutcome(None, False, tuple(found))
            else:
                lookups.claim(prepared, starts_in)
                accepted.append((index, NewArtisan(prepared, starts_in, action), tuple(issues)))
        records = insert_new(session, desk, actor, [new for _, new, _ in accepted], desk.now())
    for (index, _, warnings), record in zip(accepted, records, strict=True):
        outcomes[index] = BatchOutcome(record, False, warnings)
    return [o for o in outcomes if o is not None]


@dataclass(frozen=True)
class Chunk:
    """Drafts saved together, in one transaction, with the status they start in (unless
    ``kept``, one per draft, says what a record already is)."""

    drafts: Sequence[ArtisanDraft]
    status: Status = Status.REGISTERED
    kept: Sequence[KeptAs] = ()


def register_batch(
    desk: Desk, actor: Actor, chunk: Chunk, *, action: str = "import"
) -> list[BatchOutcome]:
    """Validate and save one chunk, in this process; one outcome per draft."""
    checked = prepare_drafts(desk.rule_context(), chunk.drafts, chunk.kept)
    return write_checked(desk, actor, checked, status=chunk.status, action=action)


_worker_context: RuleContext | None = None


def _start_worker(ctx: RuleContext) -> None:
    global _worker_context
    _worker_context = ctx
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()


def _exit_with_parent() -> None:
    """A worker whose parent was killed (SIGKILL, power cut of the session) ends too,
    instead of waiting forever for chunks that will never come."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)


def _prepare_in_worker(drafts: Sequence[ArtisanDraft], kept: Sequence[KeptAs]) -> Checked:
    assert _worker_context is not None
    return prepare_drafts(_worker_context, drafts, kept)


PARALLEL_FROM_ROWS = 20_000


def workers_for(rows: int) -> int:
    """Processes to prepare ``rows`` drafts: none for small jobs (starting them costs
    about a second), else one per core. The writer waits on the disk at every commit,
    which leaves room: on two cores, two workers seed 3,000 artisans/s where one gives
    2,200 (bench/RESULTS.md)."""
    if rows < PARALLEL_FROM_ROWS:
        return 0
    return os.cpu_count() or 2


def register_chunks(
    desk: Desk,
    actor: Actor,
    chunks: Iterable[Chunk],
    *,
    action: str = "import",
    workers: int | None = None,
) -> Iterator[list[BatchOutcome]]:
    """Register a stream of chunks, one transaction each, in order; yields their outcomes.

    Chunks are taken from ``chunks`` a few ahead of the one being written, so a chunk
    made lazily sees in the store everything but the last few chunks. ``workers=0``
    prepares in this process (small jobs, where starting processes costs more than it
    saves). ``workers=None`` is for streams of unknown length (a file being read): the
    first :data:`PARALLEL_FROM_ROWS` drafts are prepared here, and worker processes
    start only if more come.
    """
    stream = iter(chunks)
    if workers is None:
        prepared_here = 0
        while prepared_here < PARALLEL_FROM_ROWS and (chunk := next(stream, None)) is not None:
            yield register_batch(desk, actor, chunk, action=action)
            prepared_here += len(chunk.drafts)
        workers = workers_for(PARALLEL_FROM_ROWS)
    if workers == 0:
        for chunk in stream:
            yield register_batch(desk, actor, chunk, action=action)
        return
    first = next(stream, None)
    if first is None:
        return
    yield from _register_in_parallel(desk, actor, chain([first], stream), action, workers)


def _register_in_parallel(
    desk: Desk, actor: Actor, chunks: Iterator[Chunk], action: str, workers: int
) -> Iterator[list[BatchOutcome]]:
    spawn = multiprocessing.get_context("spawn")
    ctx = desk.rule_context()
    with ProcessPoolExecutor(workers, spawn, initializer=_start_worker, initargs=(ctx,)) as pool:
        ahead: deque[tuple[Status, Future[Checked]]] = deque()

        def write_oldest() -> list[BatchOutcome]:
            status, future = ahead.popleft()
            return write_checked(desk, actor, future.result(), status=status, action=action)

        for chunk in chunks:
            future = pool.submit(_prepare_in_worker, chunk.drafts, chunk.kept)
            ahead.append((chunk.status, future))
            if len(ahead) > 2 * workers:
                yield write_oldest()
        while ahead:
            yield write_oldest()
