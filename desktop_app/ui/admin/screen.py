"""The administration screen, for administrators only: users on one tab, the office on
the other (its security policies, its identity and the activity list in force)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.admin.office_panel import ActivityListPanel, IdentityPanel
from desktop_app.ui.admin.policies_panel import PoliciesPanel
from desktop_app.ui.admin.users_panel import UsersPanel
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.screen import Screen


class AdminScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.users = UsersPanel(ctx)
        self.policies = PoliciesPanel(ctx)
        self.identity = IdentityPanel(ctx)
        self.activity_list = ActivityListPanel(ctx)

        office = QWidget()
        office.setObjectName("office_tab")
        columns = QHBoxLayout(office)
        left = QVBoxLayout()
        left.addWidget(self.policies)
        left.addWidget(self.identity)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.activity_list)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.tabs.addTab(self.users, "")
        self.tabs.addTab(office, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.activated()

    def title(self) -> str:
        return translate("admin", "Administration")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, translate("admin", "Users"))
        self.tabs.setTabText(1, translate("admin", "Office"))
        for panel in (self.users, self.policies, self.identity, self.activity_list):
            panel.retranslate()

    def activated(self) -> None:
        self.users.refresh()
        self.policies.refresh()
