"""One sync round (docs/sync.md, *The desk's command*): push every unanswered
operation, then pull until the server has no more. For the command line, and the
window next.

Nothing on the desk waits for the network: a round that cannot reach the server ends
as :attr:`RoundOutcome.OFFLINE`, every operation kept for the next round; what the
server refused of this device ends as :attr:`RoundOutcome.REFUSED`. Both keep every
record and every change, and the desk goes on working.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

import httpx

from desktop_app.services.desk import Desk
from desktop_app.services.errors import StoreProblem
from desktop_app.storage.ledger import Tally, waiting_for_people
from desktop_app.storage.outbox import unanswered_count
from desktop_app.storage.pulled import Here
from desktop_app.storage.sync_state import record_round, standing
from desktop_app.sync.client import Client, Offline
from desktop_app.sync.client import SyncFailure as SyncFailure  # the callers catch it
from desktop_app.sync.pull import Progress, pull_all
from desktop_app.sync.pull import PullReport as PullReport  # what progress is told
from desktop_app.sync.push import PushReport, push_all
from desktop_app.sync.tokens import DeviceTokens, TokenStore


class RoundOutcome(StrEnum):
    IN_SYNC = "in_sync"  # everything went up, everything came down
    WAITING = "waiting"  # conflicts or rejections wait for people
    OFFLINE = "offline"  # the server could not be reached: normal, try again later
    REFUSED = "refused"  # the server refuses this device (revoked, unknown, too old)


class NotEnrolled(StoreProblem):
    """This desk works alone: it has no server to sync with."""


@dataclass(frozen=True)
class RoundResult:
    outcome: RoundOutcome
    pushed: int  # operations sent this round
    answers: Tally  # what the server answered them
    pulled: int  # changes received
    applied: int  # of which applied here
    kept_local: int  # of which left for the local state, not yet pushed
    left_out: tuple[str, ...]  # of which not stored, and why
    waiting: int  # operations held as conflicts or rejected, all rounds together
    unanswered: int  # operations still to push
    cursor: int  # the feed sequence applied up to
    problem: str = ""  # why the round stopped, if it did

    def summary(self) -> dict[str, object]:
        """The round as plain data (``--json``, the last round kept in the store)."""
        values = asdict(self)
        values["outcome"] = self.outcome.value
        values["left_out"] = list(self.left_out)
        return values


def here_of(desk: Desk) -> Here:
    me = desk.identity
    return Here(me.office_code, me.device_id, desk.data_dir)


def sync_round(
    desk: Desk,
    *,
    tokens: TokenStore | None = None,
    transport: httpx.BaseTransport | None = None,
    on_page: Progress | None = None,
) -> RoundResult:
    """Push, then pull; the result is also kept as the store's last round.
    ``tokens``: where the device token is (the keyring or ``keys/device-token`` unless
    given); ``transport``: httpx's, for tests."""
    with desk.store.read() as session:
        known = standing(session)
    if known.server_url is None:
        raise NotEnrolled(
            "this desk works alone: enrol it first (hirfa enroll --server URL --code CODE)"
        )
    token = (tokens or DeviceTokens(desk.data_dir, desk.identity.device_id)).load()
    pushed, pulled = PushReport(0, Tally()), PullReport(cursor=known.cursor)
    outcome, problem = RoundOutcome.IN_SYNC, ""
    if token is None:
        outcome = RoundOutcome.REFUSED
        problem = "this computer has no device token (keyring or keys/device-token): enrol again"
    else:
        with Client(known.server_url, token, transport=transport) as client:
            try:
                pushed = push_all(desk.store, client, desk.now)
                pulled = pull_all(desk.store, client, here_of(desk), desk.now, on_page=on_page)
            except Offline as exc:
                outcome, problem = RoundOutcome.OFFLINE, str(exc)
            except SyncFailure as exc:
                outcome, problem = RoundOutcome.REFUSED, str(exc)
        desk.reload()  # the office's name, the activity list in force may have come
    with desk.store.write() as session:
        waiting, unanswered = waiting_for_people(session), unanswered_count(session)
        cursor = standing(session).cursor
        if outcome is RoundOutcome.IN_SYNC and waiting:
            outcome = RoundOutcome.WAITING
        result = RoundResult(
            outcome, pushed.sent, pushed.answers, pulled.changes, pulled.applied,
            pulled.kept_local, tuple(pulled.left_out), waiting, unanswered, cursor, problem,
        )  # fmt: skip
        record_round(session, desk.now(), result.summary())
    return result
