"""Pull (docs/sync.md, *Pull*): the feed in pages after a cursor, and what each device
may see of it."""

from __future__ import annotations

import httpx

from central_server.admin.devices import revoke_device
from central_server.admin.users import add_user, set_active
from central_server.core.clock import system_clock
from registry import wire
from tests.server.support import FakeDesk, RunningServer, changes_of


def test_pages_follow_the_cursor_and_say_when_there_is_more(desk: FakeDesk) -> None:
    ops = [desk.create() for _ in range(7)]
    seqs = [a.server_seq for a in desk.push(ops)]
    everything = desk.pull_all()
    top = desk.cursor
    assert top >= max(s or 0 for s in seqs)
    start = everything[0].seq - 1
    pages, cursor = [], start
    while True:
        page = desk.pull_page(after=cursor, limit=3)
        assert len(page.changes) <= 3
        assert all(c.seq > cursor for c in page.changes)
        pages.append(page)
        cursor = page.last_seq
        if not page.more:
            break
    paged = [c for page in pages for c in page.changes]
    assert [c.seq for c in paged] == sorted(c.seq for c in paged)
    assert [c.entity_id for c in paged] == [c.entity_id for c in everything]
    assert cursor == top
    assert all(page.more for page in pages[:-1]) and len(pages) >= 3
    # Nothing new: an empty page at the same cursor.
    assert desk.pull_page(after=top) == wire.PullPage(changes=[], last_seq=top, more=False)


def test_an_entity_changed_again_moves_to_the_end_of_the_feed(desk: FakeDesk) -> None:
    first, second = desk.create(), desk.create()
    desk.push([first, second])
    desk.pull_all()
    desk.push([desk.update(first.entity_id, 1, {"birth_place": "Asilah"})])
    changes = desk.pull_all()
    assert [c.entity_id for c in changes] == [first.entity_id]
    assert changes[0].version == 2


def test_records_come_whole_in_the_region_and_as_the_index_elsewhere(
    server: RunningServer,
) -> None:
    here = FakeDesk(server, server.office("04"))
    neighbour = FakeDesk(server, server.office("04"))
    far = FakeDesk(server, server.office("11"))
    for desk in (here, neighbour, far):
        desk.enrol()
    created = here.create(cin="Z800001")
    here.push([created])
    serial = here.next_serial()
    here.push([here.cancel(serial)])
    whole = changes_of(neighbour.pull_all(), created.entity_id)
    assert [c.scope for c in whole] == [wire.Scope.FULL]
    assert set(whole[0].data) == {
        "id", "registration_number", "owner_office", "region", "version", "status", "fields",
        "photo", "history", "held",
    }  # fmt: skip
    seen_far = far.pull_all()
    [index] = changes_of(seen_far, created.entity_id)
    assert index.scope is wire.Scope.INDEX
    assert set(index.data) == {
        "id", "registration_number", "owner_office", "region", "status", "cin", "category",
        "ice", "name_keys",
    }  # fmt: skip
    assert index.data["cin"] == "Z800001" and index.data["region"] == "04"
    assert index.data["name_keys"] == ["elamranifatima", "العمرانيفاطمه"]
    [cancelled] = changes_of(seen_far, serial)
    assert (cancelled.entity, cancelled.scope) == ("cancellation", wire.Scope.INDEX)
    assert set(cancelled.data) == {"serial", "cancelled_at"}


def test_users_go_to_their_office_only_and_offices_devices_lists_everywhere(
    server: RunningServer,
) -> None:
    mine, neighbour = FakeDesk(server, server.office("05")), FakeDesk(server, server.office("05"))
    mine.enrol()
    neighbour.enrol()
    now = system_clock()
    user = add_user(
        server.store, "yassine", "Yassine", "supervisor", mine.office, "a long password", now
    )
    set_active(server.store, "yassine", mine.office, False, now)
    seen = mine.pull_all()
    [pulled] = changes_of(seen, user.id)
    assert pulled.version == 2 and pulled.data["active"] is False
    assert pulled.data["password_hash"].startswith("$argon2id$")
    assert set(pulled.data) == {"id", "username", "full_name", "role", "password_hash", "active"}
    assert changes_of(neighbour.pull_all(), user.id) == []
    entities = {c.entity for c in neighbour.known.values()}
    assert {"office", "device", "activity_list"} <= entities
    offices = {c.entity_id for c in neighbour.known.values() if c.entity == "office"}
    assert mine.office.replace("-", "") in offices
    revoke_device(server.store, mine.device_id, now)
    [revoked] = changes_of(neighbour.pull_all(), mine.device_id)
    assert revoked.entity == "device" and revoked.data["revoked_at"] is not None


def test_a_cursor_or_limit_that_is_not_a_number_is_422(desk: FakeDesk) -> None:
    for params in ({"after": "x"}, {"after": "-1"}, {"limit": "0"}):
        response = httpx.get(f"{desk.server.url}/api/v1/pull", params=params, headers=desk.headers)
        assert response.status_code == 422
        assert wire.decode(response.content, wire.ErrorAnswer).error is wire.ErrorKind.MALFORMED
