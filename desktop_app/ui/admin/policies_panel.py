"""Office policies: lockout after failed logins, and locking an idle session."""

from __future__ import annotations

import qtawesome
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.policies import RULES, Policy, policies, set_policy
from desktop_app.ui.admin.feedback import FieldRows, handle_failure
from desktop_app.ui.context import AppContext, label, translate


class PoliciesPanel(QGroupBox):
    """Spin boxes bounded by the policy rules; Save writes only what changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("policies")
        self.saved: dict[Policy, int] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.rows = FieldRows(self.form)
        self.spins: dict[Policy, QSpinBox] = {}
        for policy, rule in RULES.items():
            spin = QSpinBox()
            spin.setObjectName(policy.value)
            spin.setRange(rule.lowest, rule.highest)
            spin.setValue(rule.default)
            spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(self._edited)
            self.spins[policy] = spin
            self.rows.add(policy.value, spin)
        self.save_button = QPushButton(qtawesome.icon("fa5s.save", color="#5a4632"), "")
        self.save_button.setObjectName("save_policies")
        self.save_button.clicked.connect(self.save)
        self.outcome = QLabel()
        self.outcome.setObjectName("policies_outcome")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setTitle(translate("admin", "Security policies"))
        for policy in self.spins:
            self.rows.set_label(policy.value, label(policy.value))
        self.save_button.setText(translate("admin", "Save the policies"))
        if self.outcome.text():
            self.outcome.setText(translate("admin", "Saved."))

    def refresh(self) -> None:
        desk = self.ctx.desk
        self.ctx.runner.read(lambda: policies(desk), self._show)

    def _show(self, values: dict[Policy, int]) -> None:
        self.saved = dict(values)
        for policy, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(values[policy])
            spin.blockSignals(False)
        self._edited()

    def changes(self) -> dict[Policy, int]:
        return {
            policy: spin.value()
            for policy, spin in self.spins.items()
            if spin.value() != self.saved.get(policy)
        }

    def _edited(self) -> None:
        self.save_button.setEnabled(bool(self.changes()))
        self.outcome.clear()

    def save(self) -> None:
        self.rows.clear()
        changes = self.changes()
        desk, actor = self.ctx.desk, self.ctx.actor

        def write() -> dict[Policy, int]:
            for policy, value in changes.items():
                set_policy(desk, actor, policy, value)
            return policies(desk)

        self.save_button.setEnabled(False)
        self.ctx.runner.write(write, self._saved, self._failed)

    def _saved(self, values: dict[Policy, int]) -> None:
        self._show(values)
        self.outcome.setText(translate("admin", "Saved."))
        self.ctx.bus.policies_changed.emit()

    def _failed(self, error: BaseException) -> None:
        handle_failure(self.ctx, self, error, self.rows)
        # Some policies may have been saved before the failure: compare with the store.
        desk = self.ctx.desk
        self.ctx.runner.read(lambda: policies(desk), self._stored)

    def _stored(self, values: dict[Policy, int]) -> None:
        self.saved = dict(values)
        self.save_button.setEnabled(bool(self.changes()))
