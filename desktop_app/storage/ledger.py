"""The ledger of the server's answers, kept on the outbox rows (docs/sync.md, *Push*).

A batch's answers are recorded in one local transaction. An ``applied`` answer — or a
``duplicate`` whose first answer was ``applied`` — sets the entity's ``synced_version``
to the server's version; conflicts and rejections stay in the ledger for people.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import msgspec
from sqlalchemy.orm import Session

from desktop_app.storage.driver import driver, stored_moment
from registry import wire

# The outcome that counts: a duplicate's is the one it got the first time.
EFFECTIVE = "coalesce(first_outcome, outcome)"
WAITING = (wire.Outcome.CONFLICT.value, wire.Outcome.REJECTED.value)

_SYNCED_VERSION = {
    wire.Entity.ARTISAN.value: "UPDATE artisans SET synced_version ="
    " max(synced_version, :version) WHERE id = :id",
    wire.Entity.DOCUMENT.value: "UPDATE issued_documents SET synced_version ="
    " max(synced_version, :version) WHERE serial = :id",
    wire.Entity.USER.value: "UPDATE users SET synced_version ="
    " max(synced_version, :version) WHERE id = :id",
    wire.Entity.OFFICE_SETTINGS.value: "UPDATE sync_state SET settings_version ="
    " max(settings_version, :version)",
}


@dataclass(frozen=True)
class Tally:
    """What a batch's answers said."""

    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.applied + other.applied,
            self.duplicates + other.duplicates,
            self.conflicts + other.conflicts,
            self.rejected + other.rejected,
        )


def record_answers(session: Session, answers: Sequence[wire.OpAnswer], now: datetime) -> Tally:
    """Keep each answer on its outbox row; an answer for an op this desk does not hold
    (another op id at that seq) is left out."""
    connection = driver(session)
    counts = {outcome: 0 for outcome in wire.Outcome}
    for answer in answers:
        found = connection.execute(
            "SELECT entity, entity_id FROM outbox WHERE op_id = ? AND seq = ?",
            (answer.op_id, answer.seq),
        ).fetchone()
        if found is None:
            continue
        entity, entity_id = found
        counts[answer.outcome] += 1
        conflict = _json(answer.conflict) if answer.conflict else None
        issues = _json(answer.issues) if answer.issues else None
        connection.execute(
            "UPDATE outbox SET outcome = ?, first_outcome = ?, answered_at = ?,"
            " server_version = ?, server_seq = ?, conflict = ?, issues = ?, last_error = NULL"
            " WHERE seq = ?",
            (answer.outcome.value, answer.first_outcome.value if answer.first_outcome else None,
             stored_moment(now), answer.version, answer.server_seq, conflict, issues,
             answer.seq),
        )  # fmt: skip
        effective = answer.first_outcome or answer.outcome
        if effective is wire.Outcome.APPLIED and answer.version is not None:
            sql = _SYNCED_VERSION.get(entity)
            if sql is not None:
                connection.execute(sql, {"version": answer.version, "id": entity_id})
    return Tally(
        counts[wire.Outcome.APPLIED],
        counts[wire.Outcome.DUPLICATE],
        counts[wire.Outcome.CONFLICT],
        counts[wire.Outcome.REJECTED],
    )


def _json(value: object) -> str:
    return msgspec.json.encode(value).decode("utf-8")


def note_attempt(session: Session, seqs: Iterable[int], now: datetime, error: str) -> None:
    """A push of these ops got no answer: when, how many times, why."""
    driver(session).executemany(
        "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = ? WHERE seq = ?",
        [(stored_moment(now), error, seq) for seq in seqs],
    )


def waiting_for_people(session: Session) -> int:
    """Operations the server held as conflicts or rejected: people must look at them."""
    marks = ", ".join("?" for _ in WAITING)
    (count,) = (
        driver(session)
        .execute(f"SELECT count(*) FROM outbox WHERE {EFFECTIVE} IN ({marks})", WAITING)
        .fetchone()
    )
    return int(count)
