"""The feed never skips a change that commits late (docs/sync.md, *Pull*).

A transaction takes its feed numbers at its end, by updating the one counter row, and
holds that row's lock until it commits: a transaction that wants numbers after it waits,
so commits come in number order and a reader's cursor never passes a change still to
come. These tests hold a writing transaction open after it took its number and show
that the later writer waits, that a reader sees neither meanwhile, and that both arrive
afterwards in order.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import insert

from central_server.core.clock import system_clock
from central_server.store.engine import open_store
from central_server.store.feed import Published, encode_payload, publish
from central_server.store.models import Office
from registry import wire
from tests.server.support import FakeDesk, RunningServer, changes_of


def test_a_transaction_held_open_after_taking_its_number_is_delivered_first(
    server: RunningServer,
) -> None:
    writer, reader = FakeDesk(server, server.office("06")), FakeDesk(server, server.office("06"))
    writer.enrol()
    reader.enrol()
    reader.pull_all()
    store = open_store(server.db, pool_size=1)
    early_code = "06999" if server.backend == "sqlite" else "06998"
    pushed = writer.create()
    answers: list[wire.OpAnswer] = []
    later = threading.Thread(target=lambda: answers.extend(writer.push([pushed])))
    try:
        with store.write() as conn:
            # The earlier transaction: a change, its number taken, not yet committed.
            conn.execute(
                insert(Office).values(
                    code=early_code, region="06", office=early_code[2:], name_fr="Tôt",
                    name_ar="مبكر", version=1, created_at=system_clock(),
                )
            )  # fmt: skip
            payload = encode_payload({"code": early_code, "region": "06", "office": early_code[2:],
                                      "name_fr": "Tôt", "name_ar": "مبكر"})  # fmt: skip
            [early_seq] = publish(conn, [Published("office", early_code, 1, payload)])
            later.start()  # a push: its own transaction, which commits after this one
            time.sleep(1.5)
            assert later.is_alive(), "the later push did not wait for the earlier commit"
            during = reader.pull_page()
            assert during.last_seq < early_seq
            assert not changes_of(during.changes, pushed.entity_id)
            held_cursor = during.last_seq
        later.join(timeout=60)
        assert not later.is_alive()
    finally:
        store.dispose()
    assert answers and answers[0].outcome is wire.Outcome.APPLIED
    assert (answers[0].server_seq or 0) > early_seq
    after = reader.pull_page(after=held_cursor).changes
    order = [c.entity_id for c in after if c.entity_id in (early_code, pushed.entity_id)]
    assert order == [early_code, pushed.entity_id]
    assert [c.seq for c in after if c.entity_id == early_code] == [early_seq]


def test_concurrent_pushes_and_a_reader_never_lose_a_change(server: RunningServer) -> None:
    office = server.office("07")
    writers = [FakeDesk(server, office) for _ in range(4)]
    reader = FakeDesk(server, server.office("07"))
    for desk in (*writers, reader):
        desk.enrol()
    reader.pull_all()
    created: list[str] = []
    done = threading.Event()

    def push_batches(desk: FakeDesk) -> None:
        for _ in range(8):
            ops = [desk.create() for _ in range(15)]
            answers = desk.push(ops)
            assert all(a.outcome is wire.Outcome.APPLIED for a in answers)
            created.extend(op.entity_id for op in ops)

    seen: list[wire.Change] = []

    def read_all_the_while() -> None:
        while not done.is_set():
            seen.extend(reader.pull_all())
        seen.extend(reader.pull_all())

    watcher = threading.Thread(target=read_all_the_while)
    watcher.start()
    with ThreadPoolExecutor(len(writers)) as pool:
        for result in [pool.submit(push_batches, desk) for desk in writers]:
            result.result()
    done.set()
    watcher.join(timeout=60)
    seqs = [c.seq for c in seen]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert set(created) <= {c.entity_id for c in seen}
    assert len(created) == 4 * 8 * 15
