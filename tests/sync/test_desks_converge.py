"""Real desks (SQLite stores, the program's own services and sync rounds) and the real
central server (uvicorn on loopback, over SQLite and PostgreSQL): two desks of one
office and one of another region register, edit, change statuses and print, and end up
agreeing with the server and with each other — through lost answers, a server killed
mid-push, replays, clocks days off and a revoked device."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Row, func, select, text
from uuid_utils import uuid7

from central_server.store.models import Artisan as ServerArtisan
from central_server.store.models import ConflictRow
from desktop_app.printing.documents import DocumentKind
from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.desk import Desk
from desktop_app.services.documents import cancel_document
from desktop_app.services.enrolment import enrol_new_desk
from desktop_app.services.lookup import find_record
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.status import change_status
from desktop_app.services.sync_round import RoundOutcome, RoundResult, sync_round
from desktop_app.services.verification import verify_text
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import Artisan, IssuedDocument, NationalIndexEntry, OutboxEntry
from desktop_app.sync.tokens import FileTokens
from registry.artisan import ArtisanDraft, Status, draft_from_fields
from registry.workflow import Action, Role
from tests.documents_support import issue_documents
from tests.factories import make_draft
from tests.server.support import RunningServer, new_cin, server_command, wait_for_health
from tests.sync.support import LosingProxy

CLERK = Actor("clerk", Role.CLERK)
SUPERVISOR = Actor("chef", Role.SUPERVISOR)


class DeskClock:
    """A desk's own clock, which may be days off the server's."""

    def __init__(self, offset: timedelta = timedelta()) -> None:
        self.offset = offset

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


def file_tokens(data_dir: Path, _device_id: str) -> FileTokens:
    return FileTokens(data_dir)  # the keyring is the machine's: tests keep theirs apart


def enrolled(server: RunningServer, office: str, where: Path, clock: DeskClock) -> Desk:
    return enrol_new_desk(
        where, server.url, server.code(office), tokens_for=file_tokens, clock=clock
    )


def sync(desk: Desk, url: str | None = None) -> RoundResult:
    if url is not None:  # through a proxy: the same server under another address
        with desk.store.write() as session:
            session.execute(text("UPDATE sync_state SET server_url = :url"), {"url": url})
    return sync_round(desk, tokens=FileTokens(desk.data_dir))


def settle(*desks: Desk) -> None:
    """Rounds until nothing moves: everything pushed, everything pulled everywhere."""
    for _ in range(3):
        for desk in desks:
            assert sync(desk).outcome in (RoundOutcome.IN_SYNC, RoundOutcome.WAITING)


def records(desk: Desk, office: str | None = None) -> dict[str, tuple[str, str, int, str | None]]:
    """Each full record of ``office`` (the desk's own by default) the desk holds: number,
    status, version, phone. (The server of the session serves other tests' offices too.)"""
    owner = (office or desk.identity.office_code).replace("-", "")
    with desk.store.read() as session:
        rows = session.execute(
            select(Artisan.id, Artisan.registration_number, Artisan.status, Artisan.version,
                   Artisan.phone).where(Artisan.owner_office == owner)
        ).all()  # fmt: skip
    return {r.id: (r.registration_number, r.status, r.version, r.phone) for r in rows}


def indexed(desk: Desk) -> set[str]:
    with desk.store.read() as session:
        return set(session.execute(select(NationalIndexEntry.id)).scalars())


def server_records(server: RunningServer, office: str) -> dict[str, tuple[str, int]]:
    code = office.replace("-", "")
    with server.store.read() as session:
        rows = session.execute(
            select(ServerArtisan.id, ServerArtisan.status, ServerArtisan.version).where(
                ServerArtisan.owner_office == code
            )
        ).all()
    return {r.id: (r.status, r.version) for r in rows}


def unanswered(desk: Desk) -> int:
    with desk.store.read() as session:
        return int(
            session.execute(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.outcome.is_(None))
            ).scalar_one()
        )


@pytest.fixture
def offices(server: RunningServer) -> tuple[str, str]:
    """An office of region 01 and one of region 06."""
    return server.office("01"), server.office("06")


@pytest.fixture
def three_desks(
    server: RunningServer, offices: tuple[str, str], tmp_path: Path
) -> Iterator[tuple[Desk, Desk, Desk]]:
    here, elsewhere = offices
    desks = (
        enrolled(server, here, tmp_path / "a1", DeskClock()),
        enrolled(server, here, tmp_path / "a2", DeskClock()),
        enrolled(server, elsewhere, tmp_path / "b1", DeskClock()),
    )
    yield desks
    for desk in desks:
        desk.close()


def draft_of(desk: Desk, artisan_id: str, **changes: Any) -> ArtisanDraft:
    """The record as its edit form holds it, with ``changes`` typed in."""
    return replace(draft_from_fields(find_record(desk, artisan_id).fields), **changes)


def register(desk: Desk, count: int, *, province: str = "511") -> list[str]:
    ids = []
    for _ in range(count):
        draft = make_draft(cin=new_cin(), province=province)
        ids.append(register_artisan(desk, CLERK, draft).record.id)
    return ids


def test_three_desks_converge_on_the_server_and_on_each_other(
    server: RunningServer, offices: tuple[str, str], three_desks: tuple[Desk, Desk, Desk]
) -> None:
    a1, a2, b1 = three_desks
    here, elsewhere = offices
    first = register(a1, 3)
    register(a2, 2)
    theirs = register(b1, 2, province="141")  # a province of region 06
    settle(a1, a2, b1)

    # The office's records are whole at both of its desks, the other region's indexed.
    assert set(records(a1)) == set(records(a2)) == set(server_records(server, here))
    assert len(records(a1)) == 5 and set(theirs) <= indexed(a1) and set(theirs) <= indexed(a2)
    assert set(records(b1)) == set(theirs) and set(first) <= indexed(b1)

    # Two desks change one record: a status at one, a phone at the other (a merge).
    change_status(a1, SUPERVISOR, first[0], Action.APPROVE, "", records(a1)[first[0]][2])
    edited = draft_of(a2, first[0], phone="0661000000")
    update_artisan(a2, CLERK, first[0], edited, records(a2)[first[0]][2])
    settle(a1, a2, b1)
    assert records(a1)[first[0]] == records(a2)[first[0]]
    number, status, version, phone = records(a1)[first[0]]
    assert (status, phone) == (Status.REGISTERED, "+212661000000")
    assert server_records(server, here)[first[0]] == (Status.REGISTERED, version)

    # A certificate printed at one desk, cancelled at the other: it fails everywhere.
    (document,) = issue_documents(a1, SUPERVISOR, [first[0]], DocumentKind.CERTIFICATE).documents
    settle(a1, a2, b1)
    with a2.store.read() as session:
        assert session.execute(
            select(IssuedDocument.serial).where(IssuedDocument.serial == document.serial)
        ).scalar_one()
    cancel_document(a2, SUPERVISOR, document.serial, "paper jam")
    settle(a1, a2, b1)
    assert not verify_text(a1, document.qr_payload).valid
    assert not verify_text(b1, document.qr_payload).valid  # cancelled nationwide

    for desk in (a1, a2, b1):
        assert unanswered(desk) == 0
        with desk.store.read() as session:
            assert verify_chain(session).intact


def test_a_lost_answer_and_a_replay_double_nothing(
    server: RunningServer, offices: tuple[str, str], tmp_path: Path
) -> None:
    desk = enrolled(server, offices[0], tmp_path / "a1", DeskClock())
    proxy = LosingProxy(server.port)
    try:
        made = register(desk, 4)
        proxy.lose_next_answers = 1
        lost = sync(desk, proxy.url)
        assert proxy.lost == 1 and lost.outcome is RoundOutcome.OFFLINE
        assert unanswered(desk) == 4  # the four creations, every one still unanswered
        again = sync(desk, proxy.url)  # the same ops again: "duplicate", nothing doubled
        assert again.outcome is RoundOutcome.IN_SYNC and unanswered(desk) == 0
        assert set(server_records(server, offices[0])) == set(made)
        assert all(version == 1 for _, version in server_records(server, offices[0]).values())
    finally:
        proxy.close()
        desk.close()


def test_a_server_killed_mid_push_loses_and_doubles_nothing(
    server: RunningServer, offices: tuple[str, str], tmp_path: Path
) -> None:
    desk = enrolled(server, offices[0], tmp_path / "a1", DeskClock())
    drafts = [make_draft(cin=new_cin()) for _ in range(3_000)]
    register_batch(desk, CLERK, Chunk(drafts, status=Status.PENDING_REVIEW))
    pushing = threading.Thread(target=lambda: sync(desk))
    pushing.start()
    _wait_for_first_answers(server, offices[0])
    assert server.process is not None
    server.process.send_signal(signal.SIGKILL)  # a power cut of the server, mid-push
    server.process.wait(timeout=30)
    pushing.join(timeout=120)
    _restart(server)
    settle(desk)
    assert unanswered(desk) == 0
    on_server = server_records(server, offices[0])
    assert len(on_server) == 3_000 and set(on_server) == set(records(desk))
    desk.close()


def _wait_for_first_answers(server: RunningServer, office: str) -> None:
    deadline = time.monotonic() + 60
    while not server_records(server, office) and time.monotonic() < deadline:
        time.sleep(0.02)


def _restart(server: RunningServer) -> None:
    log = server.data_dir / "serve.log"
    server.process = subprocess.Popen(
        server_command(server.data_dir, server.db, "serve", "--port", str(server.port)),
        stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    wait_for_health(server.url, server.process, log)


@pytest.mark.parametrize("days", [-3, 3])
def test_a_desk_whose_clock_is_days_off_loses_nothing(
    server: RunningServer, offices: tuple[str, str], tmp_path: Path, days: int
) -> None:
    off = enrolled(server, offices[0], tmp_path / "off", DeskClock(timedelta(days=days)))
    right = enrolled(server, offices[0], tmp_path / "right", DeskClock())
    try:
        made = register(off, 2) + register(right, 1)
        settle(off, right)
        assert set(records(off)) == set(records(right)) == set(made)
        assert set(server_records(server, offices[0])) == set(made)
    finally:
        off.close()
        right.close()


def test_a_revoked_desk_is_refused_and_keeps_everything(
    server: RunningServer, offices: tuple[str, str], tmp_path: Path
) -> None:
    desk = enrolled(server, offices[0], tmp_path / "a1", DeskClock())
    try:
        settle(desk)
        made = register(desk, 2)
        done = subprocess.run(
            server_command(server.data_dir, server.db, "device", "revoke", desk.identity.device_id),
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        refused = sync(desk)
        assert refused.outcome is RoundOutcome.REFUSED and "revoked" in refused.problem
        assert set(made) <= set(records(desk)) and unanswered(desk) == 2
    finally:
        desk.close()


def conflicts(server: RunningServer, office: str) -> list[Row[str, str, str | None, str, str]]:
    """The conflicts the server holds for ``office``'s supervisors."""
    held = ConflictRow
    with server.store.read() as connection:
        return list(
            connection.execute(
                select(held.kind, held.entity_id, held.other_id, held.ours, held.theirs).where(
                    held.owner_office == office.replace("-", "")
                )
            ).all()
        )


def test_the_same_field_changed_at_two_desks_waits_for_a_supervisor(
    server: RunningServer, offices: tuple[str, str], three_desks: tuple[Desk, Desk, Desk]
) -> None:
    a1, a2, _ = three_desks
    (made,) = register(a1, 1)
    settle(a1, a2)
    # Offline, both desks change the phone, each its own way.
    update_artisan(a1, CLERK, made, draft_of(a1, made, phone="0661111111"), records(a1)[made][2])
    update_artisan(a2, CLERK, made, draft_of(a2, made, phone="0662222222"), records(a2)[made][2])
    assert sync(a1).outcome is RoundOutcome.IN_SYNC  # first: applied
    assert sync(a2).outcome is RoundOutcome.WAITING  # second: held, never overwriting
    settle(a1, a2)

    (held,) = conflicts(server, offices[0])
    assert (held.kind, held.entity_id) == ("fields", made)
    assert "+212662222222" in held.ours and "+212661111111" in held.theirs
    # Both desks hold the server's state; the other phone waits in the conflict queue.
    assert records(a1)[made] == records(a2)[made]
    assert records(a2)[made][3] == "+212661111111"


def test_the_same_cin_at_two_offices_offline_is_kept_twice_and_held(
    server: RunningServer, offices: tuple[str, str], three_desks: tuple[Desk, Desk, Desk]
) -> None:
    a1, _, b1 = three_desks
    cin = new_cin()
    here = register_artisan(a1, CLERK, make_draft(cin=cin)).record.id
    there = register_artisan(b1, CLERK, make_draft(cin=cin, province="141")).record.id
    settle(a1, b1)

    on_server = server_records(server, offices[0]) | server_records(server, offices[1])
    assert {here, there} <= set(on_server)  # both kept
    held = conflicts(server, offices[0]) + conflicts(server, offices[1])
    assert [(c.kind, {c.entity_id, c.other_id}) for c in held] == [("duplicate", {here, there})]
    # Each office sees the other's record in its national index, under the same CIN.
    assert there in indexed(a1) and here in indexed(b1)


def test_a_desk_may_not_write_another_offices_record(
    server: RunningServer, offices: tuple[str, str], three_desks: tuple[Desk, Desk, Desk]
) -> None:
    a1, _, b1 = three_desks
    (theirs,) = register(b1, 1, province="141")
    (ours,) = register(a1, 1)
    settle(a1, b1)
    # What a tampered desk would send: an edit of another office's record in its outbox.
    with a1.store.write() as session:
        session.execute(
            text(
                "INSERT INTO outbox (op_id, entity, entity_id, base_version, created_at, kind,"
                " actor, data, attempts) SELECT :op, 'artisan', :id, 1, created_at, 'update',"
                " 'clerk', :data, 0 FROM outbox ORDER BY seq DESC LIMIT 1"
            ),
            {"op": str(uuid7()), "id": theirs,
             "data": '{"changes": {"phone": "+212661000000"}, "before": {}}'},
        )  # fmt: skip
    update_artisan(a1, CLERK, ours, draft_of(a1, ours, phone="0663333333"), records(a1)[ours][2])

    assert sync(a1).outcome is RoundOutcome.WAITING  # the foreign write is refused
    with a1.store.read() as session:
        refused = session.execute(
            select(OutboxEntry.outcome, OutboxEntry.issues).where(OutboxEntry.entity_id == theirs)
        ).one()
    assert refused.outcome == "rejected" and "owner_office" in (refused.issues or "")
    assert records(b1, offices[1])[theirs][3] != "+212661000000"  # not applied
    assert records(a1)[ours][3] == "+212663333333"  # and the op after it was
