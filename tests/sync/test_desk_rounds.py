"""A desk's enrolment and sync rounds against the stand-in server: what goes up, what
comes down, what the ledger keeps, and what a failure leaves (nothing lost)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx
import msgspec
import pytest
from sqlalchemy import select, update

from desktop_app.services.desk import Desk, open_desk
from desktop_app.services.enrolment import EnrolmentFailed, enrol_new_desk, enrol_standalone
from desktop_app.services.lookup import find_record
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.sync_round import NotEnrolled, RoundOutcome, sync_round
from desktop_app.services.trust import trusted_keys
from desktop_app.services.users import list_users
from desktop_app.storage.models import Artisan, NumberSequence, OutboxEntry
from desktop_app.storage.outbox import operations_from, unanswered_count
from desktop_app.storage.sync_state import standing
from desktop_app.storage.trusted_keys import KeyKind
from desktop_app.sync.client import Client, EnrolmentRefused
from desktop_app.sync.push import push_all
from registry import wire
from registry.artisan import draft_from_fields
from tests.conftest import FixedClock
from tests.factories import make_draft, make_photo
from tests.pull_support import Feed
from tests.sync.fake_server import TOKEN, FakeServer

URL = "http://hirfa.test"


class MemoryTokens:
    def __init__(self) -> None:
        self.token: str | None = None

    def load(self) -> str | None:
        return self.token

    def save(self, token: str) -> None:
        self.token = token


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def tokens() -> MemoryTokens:
    return MemoryTokens()


def enrolled(desk: Desk, server: FakeServer, tokens: MemoryTokens) -> Desk:
    enrol_standalone(desk, URL, "CODE", tokens_for=lambda *_: tokens,
                     transport=server.transport())  # fmt: skip
    return desk


def ledger(desk: Desk) -> list[tuple[int, str | None, int | None]]:
    with desk.store.read() as session:
        rows = session.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()
        return [(r.seq, r.outcome, r.server_version) for r in rows]


def test_a_standalone_store_enrols_under_its_own_identity(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, clerk: Actor
) -> None:
    register_artisan(desk, clerk, make_draft())
    server.high_water = wire.HighWater(numbers={2026: 40}, documents={2026: 7})
    enrolled(desk, server, tokens)
    (request,) = server.enrolled
    assert request.standalone == wire.StandaloneStore(
        "01", "511", "01", wire.HighWater(numbers={2026: 1}, documents={})
    )
    assert tokens.token == TOKEN
    assert desk.device_key.certificate is not None  # its QR codes carry it now
    kinds = {(k.kind, k.source.value) for k in trusted_keys(desk)}
    assert (KeyKind.ROOT, "server") in kinds
    with desk.store.read() as session:
        assert standing(session).server_url == URL and standing(session).enrolled
        assert session.get_one(NumberSequence, ("01", 2026)).last == 40
    later = register_artisan(desk, clerk, make_draft(cin="K7")).record
    assert later.registration_number.startswith("01-511-01-26-000041")
    with pytest.raises(Exception, match="enrolled already"):
        enrolled(desk, server, tokens)


def test_a_refused_standalone_enrolment_changes_nothing(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, data_dir: Path
) -> None:
    server.refuse_enrolment = wire.EnrolRefusal.NUMBER_TAKEN
    before = (data_dir / "hirfa.sqlite3").read_bytes()
    with pytest.raises(EnrolmentRefused):
        enrolled(desk, server, tokens)
    assert tokens.token is None and desk.device_key.certificate is None
    with desk.store.read() as session:
        assert not standing(session).enrolled
    desk.close()
    assert (data_dir / "hirfa.sqlite3").read_bytes() == before


def test_an_empty_data_directory_becomes_the_servers_desk(
    tmp_path: Path, server: FakeServer, tokens: MemoryTokens, clock: FixedClock
) -> None:
    server.high_water = wire.HighWater(numbers={2026: 12})
    target = tmp_path / "new"
    desk = enrol_new_desk(target, URL, " CODE ", tokens_for=lambda *_: tokens,
                          transport=server.transport(), clock=clock)  # fmt: skip
    try:
        me = desk.identity
        assert (me.region, me.office, me.device, me.office_name) == ("01", "511", "03", "Tanger")
        assert me.device_id == server.enrolled[0].device_id
        assert server.enrolled[0].standalone is None and server.enrolled[0].code == "CODE"
        assert list_users(desk) == []  # they come with the first pull
        assert desk.device_key.certificate is not None
        assert desk.device_key.certificate.device_code == "01-511-03"
        with desk.store.read() as session:
            assert session.get_one(NumberSequence, ("03", 2026)).last == 12
            assert unanswered_count(session) == 0  # nothing of its own to push
    finally:
        desk.close()
    open_desk(target).close()  # a whole store


def test_a_certificate_for_another_key_is_refused(
    tmp_path: Path, server: FakeServer, tokens: MemoryTokens
) -> None:
    real = server.enrol

    def other_key(request: wire.EnrolRequest) -> tuple[int, bytes]:
        return real(msgspec.structs.replace(request, public_key=b"x" * 32))

    server.enrol = other_key  # type: ignore[method-assign]
    with pytest.raises(EnrolmentFailed):
        enrol_new_desk(tmp_path / "new", URL, "CODE", tokens_for=lambda *_: tokens,
                       transport=server.transport())  # fmt: skip
    assert not (tmp_path / "new" / "hirfa.sqlite3").exists() and tokens.token is None


def test_a_round_pushes_in_batches_then_pulls(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, clerk: Actor
) -> None:
    enrolled(desk, server, tokens)
    records = [register_artisan(desk, clerk, make_draft(cin=f"K{n}")).record for n in range(5)]
    server.feed = [Feed().artisan(desk, cin="AB1")]
    server.max_ops = 2  # the server refuses more: the desk halves its batches

    result = sync_round(desk, tokens=tokens, transport=server.transport())

    assert result.outcome is RoundOutcome.IN_SYNC
    assert [op.seq for op in server.pushed] == list(range(1, 7))  # the admin, then five
    assert server.batches == [6, 3, 2, 2, 2]  # refused whole, then halved until it fits
    assert (result.pushed, result.answers.applied, result.pulled, result.applied) == (6, 6, 1, 1)
    assert (result.unanswered, result.waiting, result.cursor) == (0, 0, 1)
    assert all(outcome == "applied" for _, outcome, _ in ledger(desk))
    with desk.store.read() as session:
        synced = session.execute(
            select(Artisan.synced_version).where(Artisan.id == records[0].id)
        ).scalar_one()
        assert synced == 1
        assert standing(session).last_round is not None
    # The next change is based on the server's version.
    first = find_record(desk, records[0].id)
    edited = replace(draft_from_fields(first.fields), birth_place="Assilah")
    update_artisan(desk, clerk, first.id, edited, first.version)
    assert server.pushed[-1].seq == 6
    sync_round(desk, tokens=tokens, transport=server.transport())
    assert (server.pushed[-1].kind, server.pushed[-1].base_version) == ("update", 1)


def test_conflicts_and_rejections_wait_in_the_ledger(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, clerk: Actor
) -> None:
    enrolled(desk, server, tokens)
    register_artisan(desk, clerk, make_draft())
    register_artisan(desk, clerk, make_draft(cin="K7"))

    def answer(op: wire.Op) -> wire.OpAnswer:
        if op.seq == 2:
            conflict = wire.Conflict("c1", wire.ConflictKind.DUPLICATE, ["cin"], {"cin": "K"},
                                     other_id="x")  # fmt: skip
            return wire.OpAnswer(op.op_id, op.seq, wire.Outcome.CONFLICT, conflict=conflict)
        if op.seq == 3:
            issue = wire.WireIssue("not_allowed", "owner_office")
            return wire.OpAnswer(op.op_id, op.seq, wire.Outcome.REJECTED, issues=[issue])
        return server.applied(op)

    server.answer = answer
    result = sync_round(desk, tokens=tokens, transport=server.transport())
    assert result.outcome is RoundOutcome.WAITING and result.waiting == 2
    assert (result.answers.conflicts, result.answers.rejected) == (1, 1)
    with desk.store.read() as session:
        rows = {r.seq: r for r in session.execute(select(OutboxEntry)).scalars()}
        assert '"kind":"duplicate"' in (rows[2].conflict or "")
        assert "not_allowed" in (rows[3].issues or "")
        assert rows[2].answered_at is not None


def test_a_lost_answer_is_harmless_and_a_server_that_forgot_is_pushed_again(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, clerk: Actor
) -> None:
    enrolled(desk, server, tokens)
    record = register_artisan(desk, clerk, make_draft()).record
    sync_round(desk, tokens=tokens, transport=server.transport())
    with desk.store.write() as session:  # as if the answers had been lost on the way
        session.execute(update(OutboxEntry).values(outcome=None))
        session.execute(update(Artisan).values(synced_version=0))
    again = sync_round(desk, tokens=tokens, transport=server.transport())
    assert (again.answers.duplicates, again.unanswered) == (2, 0)
    with desk.store.read() as session:
        synced = select(Artisan.synced_version).where(Artisan.id == record.id)
        assert session.execute(synced).scalar_one() == 1  # the first answer's version
    server.last_seq = 0  # restored from an old backup: it awaits operation 1 again
    server.pushed.clear()
    register_artisan(desk, clerk, make_draft(cin="K7"))
    result = sync_round(desk, tokens=tokens, transport=server.transport())
    assert result.outcome is RoundOutcome.IN_SYNC
    assert [op.seq for op in server.pushed] == [1, 2, 3]  # from where it asked
    assert result.answers.applied == 3


def test_offline_and_revoked_keep_everything_for_later(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, clerk: Actor
) -> None:
    enrolled(desk, server, tokens)
    register_artisan(desk, clerk, make_draft())

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route to host", request=request)

    offline = sync_round(desk, tokens=tokens, transport=httpx.MockTransport(unreachable))
    assert offline.outcome is RoundOutcome.OFFLINE and "cannot be reached" in offline.problem
    assert offline.unanswered == 2
    with desk.store.read() as session:
        rows = session.execute(select(OutboxEntry)).scalars().all()
        assert all(r.outcome is None and r.attempts == 1 and r.last_error for r in rows)
    server.revoked = True
    refused = sync_round(desk, tokens=tokens, transport=server.transport())
    assert refused.outcome is RoundOutcome.REFUSED and "revoked" in refused.problem
    assert refused.unanswered == 2
    server.revoked = False
    assert sync_round(desk, tokens=tokens, transport=server.transport()).outcome is (
        RoundOutcome.IN_SYNC
    )


def test_a_desk_that_works_alone_has_no_round(desk: Desk, tokens: MemoryTokens) -> None:
    with pytest.raises(NotEnrolled):
        sync_round(desk, tokens=tokens)


def test_batches_stay_within_the_bytes_the_server_takes(
    desk: Desk, server: FakeServer, tokens: MemoryTokens, clerk: Actor
) -> None:
    enrolled(desk, server, tokens)
    for n in range(4):
        register_artisan(desk, clerk, make_draft(cin=f"K{n}", photo=make_photo()))
    with desk.store.read() as session:
        sizes = [len(wire.encode(op)) for op in operations_from(session, 1, 10)]
    with Client(URL, TOKEN, transport=server.transport()) as client:
        report = push_all(desk.store, client, desk.now, max_bytes=2 * max(sizes) + 100)
    assert report.sent == 5 and report.answers.applied == 5
    assert max(server.batches) == 2 and sum(server.batches) == 5
