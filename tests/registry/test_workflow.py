"""The status workflow: which action leads where, and who may take it."""

from __future__ import annotations

from itertools import product

import pytest

from registry.artisan import Status
from registry.workflow import TRANSITIONS, Action, Role, allowed_actions, find_transition

S, A = Status, Action
# (source, action) → (target, needs a reason)
ALLOWED: dict[tuple[Status, Action], tuple[Status, bool]] = {
    (S.PENDING_REVIEW, A.APPROVE): (S.REGISTERED, False),
    (S.PENDING_REVIEW, A.RETURN): (S.RETURNED, True),
    (S.RETURNED, A.RESUBMIT): (S.PENDING_REVIEW, False),
    (S.REGISTERED, A.SUSPEND): (S.SUSPENDED, True),
    (S.REGISTERED, A.STRIKE_OFF): (S.STRUCK_OFF, True),
    (S.SUSPENDED, A.STRIKE_OFF): (S.STRUCK_OFF, True),
    (S.SUSPENDED, A.REINSTATE): (S.REGISTERED, True),
    (S.STRUCK_OFF, A.REINSTATE): (S.REGISTERED, True),
}
SUPERVISING = (Role.SUPERVISOR, Role.ADMINISTRATOR)


@pytest.mark.parametrize(("source", "action"), list(ALLOWED))
def test_allowed_transition(source: Status, action: Action) -> None:
    transition = find_transition(source, action)
    assert transition is not None
    assert (transition.source, transition.action) == (source, action)
    assert (transition.target, transition.needs_reason) == ALLOWED[source, action]


@pytest.mark.parametrize(
    ("source", "action"), [p for p in product(Status, Action) if p not in ALLOWED]
)
def test_every_other_transition_is_refused(source: Status, action: Action) -> None:
    assert find_transition(source, action) is None


def test_transitions_table_is_exactly_the_allowed_one() -> None:
    assert len(TRANSITIONS) == len(ALLOWED)
    assert {(t.source, t.action) for t in TRANSITIONS} == set(ALLOWED)


@pytest.mark.parametrize("action", [A.APPROVE, A.RETURN, A.SUSPEND, A.STRIKE_OFF, A.REINSTATE])
def test_a_clerk_cannot_decide(action: Action) -> None:
    for source in Status:
        transition = find_transition(source, action)
        if transition is not None:
            assert Role.CLERK not in transition.roles
            assert set(SUPERVISING) <= transition.roles


def test_everyone_may_resubmit() -> None:
    transition = find_transition(S.RETURNED, A.RESUBMIT)
    assert transition is not None and transition.roles == frozenset(Role)


@pytest.mark.parametrize(
    ("source", "role", "actions"),
    [
        (S.PENDING_REVIEW, Role.CLERK, []),
        (S.PENDING_REVIEW, Role.SUPERVISOR, [A.APPROVE, A.RETURN]),
        (S.PENDING_REVIEW, Role.ADMINISTRATOR, [A.APPROVE, A.RETURN]),
        (S.RETURNED, Role.CLERK, [A.RESUBMIT]),
        (S.RETURNED, Role.SUPERVISOR, [A.RESUBMIT]),
        (S.RETURNED, Role.ADMINISTRATOR, [A.RESUBMIT]),
        (S.REGISTERED, Role.CLERK, []),
        (S.REGISTERED, Role.SUPERVISOR, [A.SUSPEND, A.STRIKE_OFF]),
        (S.REGISTERED, Role.ADMINISTRATOR, [A.SUSPEND, A.STRIKE_OFF]),
        (S.SUSPENDED, Role.CLERK, []),
        (S.SUSPENDED, Role.SUPERVISOR, [A.STRIKE_OFF, A.REINSTATE]),
        (S.SUSPENDED, Role.ADMINISTRATOR, [A.STRIKE_OFF, A.REINSTATE]),
        (S.STRUCK_OFF, Role.CLERK, []),
        (S.STRUCK_OFF, Role.SUPERVISOR, [A.REINSTATE]),
        (S.STRUCK_OFF, Role.ADMINISTRATOR, [A.REINSTATE]),
    ],
)
def test_allowed_actions(source: Status, role: Role, actions: list[Action]) -> None:
    assert allowed_actions(source, role) == actions


def test_allowed_actions_agree_with_transitions() -> None:
    for source, role in product(Status, Role):
        for action in Action:
            transition = find_transition(source, action)
            permitted = transition is not None and role in transition.roles
            assert (action in allowed_actions(source, role)) == permitted


def test_only_a_struck_off_record_is_not_live() -> None:
    assert [s for s in Status if not s.is_live] == [S.STRUCK_OFF]
