"""Merges and conflicts (docs/sync.md, *Conflicts*): different fields merge; the same
field changed on both sides, a status change the current status contradicts, and the
same CIN registered at two offices are held for people, never silently settled."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from stdnum.ma import ice as stdnum_ice

from central_server.admin.conflicts import list_conflicts
from central_server.admin.users import add_user, reset_password
from central_server.core.clock import system_clock
from registry import wire
from tests.server.support import FakeDesk, RunningServer


def two_desks(server: RunningServer, region: str = "01") -> tuple[FakeDesk, FakeDesk]:
    office = server.office(region)
    first, second = FakeDesk(server, office), FakeDesk(server, office)
    first.enrol()
    second.enrol()
    return first, second


def record(desk: FakeDesk, uid: str) -> wire.Change:
    """The record as the desk holds it after pulling."""
    desk.pull_all()
    found = [c for (entity, key), c in desk.known.items() if entity == "artisan" and key == uid]
    found += [c for (entity, key), c in desk.known.items() if entity == "user" and key == uid]
    assert found, f"{uid} not pulled"
    return found[0]


def test_changes_to_different_fields_merge(server: RunningServer) -> None:
    first, second = two_desks(server)
    created = first.create()
    first.push([created])
    uid = created.entity_id
    assert record(second, uid).version == 1
    first.push([first.update(uid, 1, {"birth_place": "Asilah"}, {"birth_place": "Tanger"})])
    answer = second.push([second.update(uid, 1, {"phone": "+212661000000"})])[0]
    assert (answer.outcome, answer.version) == (wire.Outcome.APPLIED, 3)
    merged = record(second, uid)
    assert merged.version == 3
    assert merged.data["fields"]["birth_place"] == "Asilah"
    assert merged.data["fields"]["phone"] == "+212661000000"


def test_the_same_field_changed_on_both_sides_is_held_whole(server: RunningServer) -> None:
    first, second = two_desks(server)
    created = first.create()
    first.push([created])
    uid = created.entity_id
    first.push([first.update(uid, 1, {"last_name_fr": "Amrani"}, {"last_name_fr": "El Amrani"})])
    stale = second.update(
        uid, 1, {"last_name_fr": "Elamrani", "birth_place": "Fès"},
        {"last_name_fr": "El Amrani", "birth_place": "Tanger"},
    )  # fmt: skip
    answer = second.push([stale])[0]
    assert answer.outcome is wire.Outcome.CONFLICT and answer.conflict is not None
    assert answer.conflict.kind is wire.ConflictKind.FIELDS
    assert (answer.conflict.fields, answer.conflict.theirs) == (
        ["last_name_fr"], {"last_name_fr": "Amrani"},
    )  # fmt: skip
    now = record(second, uid)
    assert now.version == 2  # nothing of the held op applied, not even birth_place
    assert now.data["fields"]["last_name_fr"] == "Amrani"
    assert now.data["fields"]["birth_place"] == "Tanger"
    held = [
        c for c in list_conflicts(server.store, first.office) if c.id == answer.conflict.conflict_id
    ]
    assert len(held) == 1
    row = held[0]
    assert (row.kind, row.entity_id, row.fields) == ("fields", uid, ["last_name_fr"])
    assert row.base == {"last_name_fr": "El Amrani", "birth_place": "Tanger"}
    assert row.ours == {"last_name_fr": "Elamrani", "birth_place": "Fès"}
    assert row.theirs["values"] == {"last_name_fr": "Amrani"}
    [theirs] = row.theirs["changes"]
    assert (theirs["device_id"], theirs["version"], theirs["fields"]) == (
        first.device_id, 2, ["last_name_fr"],
    )  # fmt: skip
    assert row.actor == "clerk1" and row.made_at <= row.received_at


def test_a_non_identity_field_is_never_overwritten_either(server: RunningServer) -> None:
    first, second = two_desks(server)
    created = first.create()
    first.push([created])
    uid = created.entity_id
    first.push([first.update(uid, 1, {"birth_place": "Asilah"})])
    same = second.push([second.update(uid, 1, {"birth_place": "Asilah"})])[0]
    assert same.outcome is wire.Outcome.APPLIED  # the same value on both sides: no conflict
    other = second.push([second.update(uid, 1, {"birth_place": "Tétouan"})])[0]
    assert other.outcome is wire.Outcome.CONFLICT
    assert other.conflict is not None and other.conflict.fields == ["birth_place"]


def test_a_devices_own_earlier_changes_are_not_a_conflict(desk: FakeDesk) -> None:
    created = desk.create()
    uid = created.entity_id
    answers = desk.push(
        [created, desk.update(uid, 0, {"birth_place": "Asilah"}),
         desk.update(uid, 0, {"birth_place": "Tétouan"})]
    )  # fmt: skip
    assert [a.outcome for a in answers] == [wire.Outcome.APPLIED] * 3


def test_a_status_change_on_a_stale_base(server: RunningServer) -> None:
    first, second = two_desks(server)
    created = first.create()
    first.push([created])
    uid = created.entity_id
    first.push([first.update(uid, 1, {"birth_place": "Asilah"})])
    # The record is still pending review: the stale approval applies.
    approved = second.push([second.status(uid, 1, "approve", "pending_review", "registered")])[0]
    assert (approved.outcome, approved.version) == (wire.Outcome.APPLIED, 3)
    first.push([first.status(uid, 3, "suspend", "registered", "suspended", "unpaid")])
    # Struck off from registered, but it is suspended now: that leads there too.
    struck = second.push(
        [second.status(uid, 3, "strike_off", "registered", "struck_off", "moved away")]
    )[0]
    assert struck.outcome is wire.Outcome.APPLIED
    # Returned for review, from a status long gone: a conflict.
    returned = second.push(
        [second.status(uid, 1, "return", "pending_review", "returned", "photo missing")]
    )[0]
    assert returned.outcome is wire.Outcome.CONFLICT and returned.conflict is not None
    assert returned.conflict.kind is wire.ConflictKind.STATUS
    assert returned.conflict.theirs == {"status": "struck_off"}
    final = record(second, uid)
    assert final.data["status"] == "struck_off"
    assert [h["action"] for h in final.data["history"]] == [
        "submit", "approve", "suspend", "strike_off",
    ]  # fmt: skip
    assert final.data["history"][-1]["from_status"] == "suspended"


def test_the_same_cin_at_two_offices_keeps_both_and_holds_the_later(server: RunningServer) -> None:
    north = FakeDesk(server, server.office("01"))
    south = FakeDesk(server, server.office("09"))
    north.enrol()
    south.enrol()
    first = north.create(cin="Z900001")
    north.push([first])
    later = south.create(cin="Z900001")
    answer = south.push([later])[0]
    assert answer.outcome is wire.Outcome.CONFLICT and answer.conflict is not None
    assert answer.conflict.kind is wire.ConflictKind.DUPLICATE
    assert answer.conflict.other_id == first.entity_id
    assert answer.version == 1 and answer.server_seq  # kept: it is in the register
    mine = record(south, later.entity_id)
    assert (mine.scope, mine.data["held"]) == (wire.Scope.FULL, first.entity_id)
    # Both offices see the pair: each has the other's record in its national index.
    theirs = record(north, later.entity_id)
    assert (theirs.scope, theirs.data["cin"], theirs.data["owner_office"]) == (
        wire.Scope.INDEX, "Z900001", south.office.replace("-", ""),
    )  # fmt: skip
    assert record(south, first.entity_id).data["cin"] == "Z900001"
    held = list_conflicts(server.store, south.office)
    assert [(c.kind, c.entity_id, c.other_id) for c in held] == [
        ("duplicate", later.entity_id, first.entity_id)
    ]
    # People decide: the later one is struck off as a duplicate; the hold is resolved.
    south.push([south.status(later.entity_id, 1, "approve", "pending_review", "registered")])
    south.push(
        [south.status(later.entity_id, 2, "strike_off", "registered", "struck_off", "duplicate")]
    )
    assert record(south, later.entity_id).data["held"] is None
    assert list_conflicts(server.store, south.office) == []


def test_the_same_ice_is_held_too(server: RunningServer) -> None:
    desk = FakeDesk(server, server.office("02"))
    desk.enrol()
    ice = next(ice for n in range(100) if stdnum_ice.is_valid(ice := f"0015258060000{n:02d}"))
    enterprise: dict[str, Any] = {
        "category": "enterprise",
        "entity_name_fr": "Atelier",
        "ice": ice,
        "activity_since": "",
        "supervisor_number": "",
    }
    supervisor = desk.create(status="registered")
    desk.push([supervisor])
    enterprise["supervisor_number"] = supervisor.data["registration_number"]
    one, two = desk.create(**enterprise), desk.create(**enterprise)
    answers = desk.push([one, two])
    assert answers[0].outcome is wire.Outcome.APPLIED, answers[0]
    assert answers[1].outcome is wire.Outcome.CONFLICT
    assert answers[1].conflict is not None and answers[1].conflict.fields == ["ice"]


def test_a_user_changed_on_the_server_and_at_a_desk_is_held(desk: FakeDesk) -> None:
    now = system_clock()
    user = add_user(
        desk.server.store, "karim", "Karim", "clerk", desk.office, "long password 1", now
    )
    pulled = record(desk, user.id)
    reset_password(desk.server.store, "karim", desk.office, "long password 2", now)
    hashed = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
    answer = desk.push(
        [desk.op(wire.Entity.USER, user.id, "update", {"changes": {"password_hash": hashed}},
                 pulled.version)]
    )[0]  # fmt: skip
    assert answer.outcome is wire.Outcome.CONFLICT
    assert answer.conflict is not None and answer.conflict.fields == ["password_hash"]
    merged = desk.push(
        [desk.op(wire.Entity.USER, user.id, "update", {"changes": {"full_name": "Karim B."}},
                 pulled.version)]
    )[0]  # fmt: skip
    assert (merged.outcome, merged.version) == (wire.Outcome.APPLIED, 3)


def test_two_desks_changing_one_record_at_once_lose_nothing(server: RunningServer) -> None:
    first, second = two_desks(server)
    created = first.create()
    first.push([created])
    uid = created.entity_id
    rounds = 12

    def edits(desk: FakeDesk, field: str, values: list[str]) -> list[wire.OpAnswer]:
        answers: list[wire.OpAnswer] = []
        for value in values:  # each on the version the desk last heard of: stale often
            known = max([1, *(a.version or 0 for a in answers)])
            answers += desk.push([desk.update(uid, known, {field: value})])
        return answers

    places = [f"Lieu {i}" for i in range(rounds)]
    phones = [f"+2126610000{i:02d}" for i in range(rounds)]
    with ThreadPoolExecutor(2) as pool:
        one = pool.submit(edits, first, "birth_place", places)
        two = pool.submit(edits, second, "phone", phones)
        answers = one.result() + two.result()
    assert [a.outcome for a in answers] == [wire.Outcome.APPLIED] * (2 * rounds)
    assert sorted(a.version or 0 for a in answers) == list(range(2, 2 * rounds + 2))
    final = record(first, uid)
    assert final.version == 2 * rounds + 1
    assert (final.data["fields"]["birth_place"], final.data["fields"]["phone"]) == (
        places[-1], phones[-1],
    )  # fmt: skip
