"""What the clerk sees wrong as they go: the register's rules on the whole form, shown
for the fields already passed, and the refusals only the register could make (a CIN
in use...), kept beside their field while its value stays the same."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.context import AppContext
from desktop_app.ui.registration.form import ArtisanForm
from registry.artisan import ArtisanFields
from registry.issues import Code, Issue
from registry.validation import validate_draft

NAME_PARTNERS = {
    "last_name_fr": "last_name_ar",
    "last_name_ar": "last_name_fr",
    "first_name_fr": "first_name_ar",
    "first_name_ar": "first_name_fr",
    "entity_name_fr": "entity_name_ar",
    "entity_name_ar": "entity_name_fr",
}
"""A name is missing only when neither script has it: said once both were passed."""


class FormChecks:
    """The issues of ``form``; ``previous`` gives the stored record when editing (an
    activity coded against an older list stays valid while unchanged)."""

    def __init__(
        self,
        ctx: AppContext,
        form: ArtisanForm,
        previous: Callable[[], ArtisanFields | None],
    ) -> None:
        self.ctx = ctx
        self.form = form
        self.previous = previous
        self.touched: set[str] = set()
        self._register_issues: list[tuple[Issue, str]] = []

    def reset(self, touched: set[str]) -> None:
        self.touched = set(touched)
        self._register_issues = []

    def rule_issues(self) -> list[Issue]:
        """What the register's rules find in the form (pure and cheap: no store)."""
        _, issues = validate_draft(self.form.draft(), self.ctx.desk.rule_context(), self.previous())
        return issues

    def current_issues(self) -> list[Issue]:
        """The rules' findings, and the register's refusals still standing."""
        issues = self.rule_issues()
        standing = [i for i, value in self._register_issues if self.form.value(i.field) == value]
        return issues + [i for i in standing if i not in issues]

    def remember_register_issues(self, issues: list[Issue]) -> None:
        self._register_issues = [
            (i, self.form.value(i.field)) for i in issues if i.field in self.form.editors
        ]

    def refresh(self, *, show_all: bool = False) -> list[Issue]:
        """Show the issues of the fields already passed (of every field: ``show_all``)."""
        if show_all:
            self.touched |= set(self.form.rows)
        issues = self.current_issues()
        shown = [
            i
            for i in issues
            if not (
                i.code is Code.NAME_MISSING
                and NAME_PARTNERS.get(i.field, i.field) not in self.touched
            )
        ]
        self.form.show_issues(shown, self.touched)
        return issues
