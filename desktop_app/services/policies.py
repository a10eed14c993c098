"""Office-wide policies an administrator may set, each declared once with its default."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.office_settings import store_settings
from desktop_app.services.records import Actor
from desktop_app.storage.models import OfficeSetting
from registry.issues import Code, Issue, ValidationFailed
from registry.workflow import Role


class Policy(StrEnum):
    LOCKOUT_ATTEMPTS = "lockout_attempts"
    LOCKOUT_MINUTES = "lockout_minutes"
    IDLE_LOCK_MINUTES = "idle_lock_minutes"


@dataclass(frozen=True)
class PolicyRule:
    default: int
    lowest: int
    highest: int


RULES: dict[Policy, PolicyRule] = {
    Policy.LOCKOUT_ATTEMPTS: PolicyRule(5, 3, 20),
    Policy.LOCKOUT_MINUTES: PolicyRule(5, 1, 240),
    Policy.IDLE_LOCK_MINUTES: PolicyRule(10, 1, 120),
}


def policies(desk: Desk) -> dict[Policy, int]:
    """Every policy's value: the office's own or the default."""
    with desk.store.read() as session:
        rows = session.execute(select(OfficeSetting.key, OfficeSetting.value)).all()
    stored = {key: value for key, value in rows}
    values = {}
    for policy, rule in RULES.items():
        raw = stored.get(policy.value, "")
        values[policy] = int(raw) if raw.isdigit() else rule.default
    return values


def set_policy(desk: Desk, actor: Actor, policy: Policy, value: int) -> None:
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator sets office policies")
    rule = RULES[policy]
    if not rule.lowest <= value <= rule.highest:
        raise ValidationFailed(
            [
                Issue(
                    Code.OUT_OF_RANGE,
                    policy.value,
                    params={"min": rule.lowest, "max": rule.highest},
                )
            ]
        )
    store_settings(desk, actor, "set_policy", {policy.value: str(value)},
                   defaults={policy.value: str(rule.default)})  # fmt: skip
