"""Creating and opening a store (issue: "no way to lose the register by mistake"): a
file that is not a whole store is named for what it is, left as it was, and never given
a new schema; a damaged store is found by the daily full check and refused until it is
put back; creation is atomic."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.services import store_checks
from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.desk import Desk, init_office, open_desk
from desktop_app.services.errors import StoreProblem, StoreState, StoreUnusable
from desktop_app.services.records import Actor
from desktop_app.storage import health
from desktop_app.storage.engine import Store, store_path, wal_path
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD, FixedClock
from tests.factories import make_draft

ADMIN = Actor("admin", Role.ADMINISTRATOR)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(data_dir: Path, clock: FixedClock) -> StoreUnusable:
    with pytest.raises(StoreUnusable) as caught:
        open_desk(data_dir, clock)
    return caught.value


def test_an_empty_file_is_not_given_a_schema(data_dir: Path, clock: FixedClock) -> None:
    data_dir.mkdir()
    store_path(data_dir).touch()

    problem = refused(data_dir, clock)

    assert problem.state is StoreState.EMPTY
    assert "is empty (0 bytes)" in str(problem) and "backup" in str(problem)
    assert store_path(data_dir).stat().st_size == 0
    assert not wal_path(store_path(data_dir)).exists()


@pytest.mark.parametrize("kind", ["text", "another database"])
def test_a_file_that_is_not_a_store_is_left_as_it_was(
    data_dir: Path, clock: FixedClock, kind: str
) -> None:
    data_dir.mkdir()
    path = store_path(data_dir)
    if kind == "text":
        path.write_text("minutes of the meeting", encoding="utf-8")
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE accounts (name TEXT)")
    before = digest(path)

    problem = refused(data_dir, clock)

    assert problem.state is StoreState.NOT_A_STORE
    assert "nothing was changed in it" in str(problem)
    assert digest(path) == before
    assert not wal_path(path).exists()


def test_a_store_whose_creation_never_finished_is_named_so(
    desk: Desk, data_dir: Path, clock: FixedClock
) -> None:
    desk.close()
    with sqlite3.connect(store_path(data_dir)) as connection:
        connection.execute("DELETE FROM desk_identity")

    problem = refused(data_dir, clock)

    assert problem.state is StoreState.UNFINISHED
    assert "hirfa init" in str(problem)


def test_a_store_cut_short_is_damaged(desk: Desk, data_dir: Path, clock: FixedClock) -> None:
    filled(desk, 300)
    desk.close()
    path = store_path(data_dir)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)

    assert refused(data_dir, clock).state is StoreState.DAMAGED


def break_a_page(path: Path, table: str) -> None:
    """Overwrite the header of the root page of ``table``: a b-tree no reader can trust."""
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 12)


def filled(desk: Desk, count: int = 2_000) -> None:
    drafts = [make_draft(cin=f"K{100_000 + i}") for i in range(count)]
    register_batch(desk, ADMIN, Chunk(drafts))


def test_damage_is_found_by_the_daily_check_and_refused_until_put_back(
    desk: Desk, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    filled(desk)
    desk.close()
    path = store_path(data_dir)
    good_copy = tmp_path / "backup.sqlite3"
    good_copy.write_bytes(path.read_bytes())
    break_a_page(path, "ix_artisans_birth_date")
    clock.now += timedelta(days=1)  # the full check is due

    problem = refused(data_dir, clock)
    assert problem.state is StoreState.DAMAGED
    assert "put back the last backup copy" in str(problem).lower()
    assert "hirfa store check" in str(problem)

    # Refused again at once, without reading the file, while it is the same file.
    clock.now += timedelta(minutes=1)
    assert refused(data_dir, clock).detail == problem.detail

    path.write_bytes(good_copy.read_bytes())  # the backup put back
    reopened = open_desk(data_dir, clock)
    reopened.close()
    verdict = health.last_verdict(data_dir)
    assert (
        verdict is not None
        and verdict.whole
        and verdict.checked_at == clock.now.replace(tzinfo=None)
    )


def test_the_full_check_runs_once_a_day(
    desk: Desk, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.close()
    checked: list[Path] = []
    real = health.full_check

    def counted(store: Store) -> list[str]:
        checked.append(store.path)
        return real(store)

    monkeypatch.setattr(health, "full_check", counted)
    for _ in range(3):  # created (whole) today: no full check within the day
        clock.now += timedelta(hours=7)
        open_desk(data_dir, clock).close()
    assert checked == []
    clock.now += timedelta(hours=3)  # a day and more since the creation
    open_desk(data_dir, clock).close()
    open_desk(data_dir, clock).close()
    assert checked == [store_path(data_dir)]


def test_an_edited_audit_entry_is_found_at_once(
    desk: Desk, data_dir: Path, clock: FixedClock
) -> None:
    filled(desk, 50)
    desk.close()
    with sqlite3.connect(store_path(data_dir)) as connection:
        connection.execute(
            "UPDATE audit_log SET actor = 'someone else' WHERE seq = (SELECT max(seq) - 3 "
            "FROM audit_log)"
        )

    problem = refused(data_dir, clock)  # within the day: the quick check found it

    assert problem.state is StoreState.DAMAGED and "audit entry" in problem.detail


def test_a_store_of_a_newer_program_is_left_as_it_was(
    desk: Desk, data_dir: Path, clock: FixedClock
) -> None:
    desk.close()
    path = store_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    before = digest(path)

    problem = refused(data_dir, clock)

    assert problem.state is StoreState.TOO_NEW and "newer version" in str(problem)
    assert digest(path) == before


def test_creation_leaves_one_self_contained_file(data_dir: Path, clock: FixedClock) -> None:
    desk = init_office(
        data_dir, region="01", office="511", office_name="Tanger",
        admin_username="admin", admin_password=ADMIN_PASSWORD, clock=clock,
    )  # fmt: skip
    desk.close()
    names = sorted(p.name for p in data_dir.iterdir())
    assert names == ["hirfa.sqlite3", "keys", health.HEALTH_FILE]
    with pytest.raises(StoreProblem, match="already exists"):
        init_office(
            data_dir, region="01", office="511", office_name="Tanger",
            admin_username="admin", admin_password=ADMIN_PASSWORD, clock=clock,
        )  # fmt: skip


def test_full_check_reports_what_it_found(desk: Desk, data_dir: Path, clock: FixedClock) -> None:
    filled(desk, 500)
    assert health.full_check(desk.store) == []
    desk.close()
    with sqlite3.connect(store_path(data_dir)) as connection:
        connection.execute("DELETE FROM artisan_fts WHERE rowid = 10")
    reopened = open_desk(data_dir, clock, full_check=False)
    try:
        problems = health.full_check(reopened.store)
        assert problems == ["search index: 499 entries for 500 records"]
        with pytest.raises(StoreUnusable, match="search index"):
            store_checks.check_fully(reopened.store, reopened.now())
    finally:
        reopened.close()
