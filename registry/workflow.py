"""How the status of a registration may change, and who may change it.

::

    pending_review ──approve──▶ registered ──suspend──▶ suspended
        │  ▲                       │  ▲                   │
     return│ resubmit         strike│  │reinstate     strike off / reinstate
        ▼  │                       ▼  │                   ▼
      returned                   struck_off ◀─────────────┘

Every change carries who, when and (except a plain submission) a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from registry.artisan import Status


class Action(StrEnum):
    APPROVE = "approve"
    RETURN = "return"
    RESUBMIT = "resubmit"
    SUSPEND = "suspend"
    STRIKE_OFF = "strike_off"
    REINSTATE = "reinstate"


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class Transition:
    action: Action
    source: Status
    target: Status
    needs_reason: bool
    roles: frozenset[Role]


_SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})
_EVERYONE = frozenset(Role)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(Action.APPROVE, Status.PENDING_REVIEW, Status.REGISTERED, False, _SUPERVISORS),
    Transition(Action.RETURN, Status.PENDING_REVIEW, Status.RETURNED, True, _SUPERVISORS),
    Transition(Action.RESUBMIT, Status.RETURNED, Status.PENDING_REVIEW, False, _EVERYONE),
    Transition(Action.SUSPEND, Status.REGISTERED, Status.SUSPENDED, True, _SUPERVISORS),
    Transition(Action.STRIKE_OFF, Status.REGISTERED, Status.STRUCK_OFF, True, _SUPERVISORS),
    Transition(Action.STRIKE_OFF, Status.SUSPENDED, Status.STRUCK_OFF, True, _SUPERVISORS),
    Transition(Action.REINSTATE, Status.SUSPENDED, Status.REGISTERED, True, _SUPERVISORS),
    Transition(Action.REINSTATE, Status.STRUCK_OFF, Status.REGISTERED, True, _SUPERVISORS),
)


def find_transition(source: Status, action: Action) -> Transition | None:
    for transition in TRANSITIONS:
        if transition.source is source and transition.action is action:
            return transition
    return None


def allowed_actions(source: Status, role: Role) -> list[Action]:
    """The actions a user of ``role`` may take on a record in ``source`` status."""
    return [t.action for t in TRANSITIONS if t.source is source and role in t.roles]
