"""Saving the form: the register's rules, then its duplicates, then the save itself.

The same CIN on a live record refuses the save at once (the service would refuse it
too); a person who only looks alike is the clerk's call ("Register anyway?"). A
refused save keeps everything typed and points at the first field to correct.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.services.duplicates import DuplicateCandidate, find_duplicates
from desktop_app.services.errors import (
    NotAllowed,
    RecordClosed,
    RecordNotFound,
    ServiceError,
    VersionConflict,
)
from desktop_app.services.records import SaveResult
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.ui.context import translate
from desktop_app.ui.languages import interface_mark, latin_code
from desktop_app.ui.registration.dialogs import ask, tell
from desktop_app.ui.registration.duplicates_panel import match_text
from desktop_app.ui.registration.form import is_entity
from registry.artisan import ArtisanDraft, draft_from_fields
from registry.duplicates import MatchKind
from registry.issues import Code, Issue, ValidationFailed

if TYPE_CHECKING:
    from desktop_app.ui.registration.screen import RegistrationScreen

LISTED_CANDIDATES = 3


def refusal_text(error: ServiceError) -> str:
    if isinstance(error, NotAllowed):
        return translate("registration", "Your role does not allow this change.")
    if isinstance(error, RecordClosed):
        return translate(
            "registration", "This record is struck off and cannot be changed. Reinstate it first."
        )
    if isinstance(error, RecordNotFound):
        return translate("registration", "This record is no longer in the register.")
    return translate("registration", "The register refused the save.")


def refuses_same_cin(draft: ArtisanDraft, found: list[DuplicateCandidate]) -> bool:
    """A person's CIN held by a live record (a cooperative's representative may repeat)."""
    return not is_entity(draft.category) and any(
        c.kind is MatchKind.SAME_CIN and c.row.status.is_live for c in found
    )


def candidates_text(found: list[DuplicateCandidate]) -> str:
    lines, mark = [], interface_mark()
    for candidate in found[:LISTED_CANDIDATES]:
        row = candidate.row
        names = " / ".join(
            n
            for n in (
                f"{row.last_name_fr} {row.first_name_fr}".strip(),
                f"{row.last_name_ar} {row.first_name_ar}".strip(),
            )
            if n
        )
        number = latin_code(row.registration_number)
        lines.append(f"{mark}• \u2068{names}\u2069 — {number} ({match_text(candidate)})")
    if len(found) > LISTED_CANDIDATES:
        lines.append(
            translate("registration", "and %1 more").replace(
                "%1", str(len(found) - LISTED_CANDIDATES)
            )
        )
    return "\n".join(lines)


class SaveFlow:
    """One save at a time, from Ctrl+S to the confirmation or the refusal."""

    def __init__(self, screen: RegistrationScreen) -> None:
        self.screen = screen
        self.busy = False

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.screen.update_buttons()

    def start(self) -> None:
        s = self.screen
        if self.busy or s.closed:
            return
        s.refresh_issues(show_all=True)
        errors = [i for i in s.checks.rule_issues() if i.is_error]
        if errors:
            self._refused(errors)
            return
        draft = s.form.draft()
        desk = s.ctx.desk
        exclude = s.record.id if s.record else None
        self._set_busy(True)
        s.ctx.runner.read(
            lambda: find_duplicates(desk, draft, exclude),
            lambda found: self._checked(draft, found),
            self._failed,
        )

    def _refused(self, errors: list[Issue]) -> None:
        s = self.screen
        fields = {i.field for i in errors}
        s.set_notice(
            lambda: translate(
                "registration", "Not saved: correct the fields marked in red (%1)."
            ).replace("%1", str(len(fields)))
        )
        first = s.form.first_field_in_error(errors)
        if first is not None:
            s.focus_field(first)

    def _checked(self, draft: ArtisanDraft, found: list[DuplicateCandidate]) -> None:
        s = self.screen
        s.duplicates.show_candidates(found)
        if refuses_same_cin(draft, found):
            self._set_busy(False)
            s.checks.remember_register_issues([Issue(Code.CIN_IN_USE, "cin")])
            s.refresh_issues(show_all=True)
            s.set_notice(
                lambda: translate(
                    "registration",
                    "Not saved: this CIN is already registered (see the record beside the form).",
                )
            )
            s.focus_field("cin")
            return
        if found and s.record is None:
            ask(
                s,
                translate("registration", "Possible duplicate"),
                translate("registration", "This person may already be in the register:")
                + "\n\n"
                + candidates_text(found)
                + "\n\n"
                + translate("registration", "Register anyway?"),
                [
                    (translate("registration", "Register anyway"), lambda: self._write(draft)),
                    (translate("registration", "Do not register"), lambda: self._set_busy(False)),
                ],
                default=1,
            )
            return
        self._write(draft)

    def _write(self, draft: ArtisanDraft) -> None:
        s = self.screen
        desk, actor = s.ctx.desk, s.ctx.actor
        s.keeper.timer.stop()
        if s.record is None:
            s.ctx.runner.write(
                lambda: register_artisan(desk, actor, draft), self._saved, self._failed
            )
            return
        artisan_id, version = s.record.id, s.base_version or s.record.version
        s.ctx.runner.write(
            lambda: update_artisan(desk, actor, artisan_id, draft, version),
            self._saved,
            self._failed,
        )

    def _saved(self, result: SaveResult) -> None:
        s = self.screen
        self._set_busy(False)
        record = result.record
        edited = s.record is not None
        s.ctx.bus.record_saved.emit(record.id)
        if edited:
            s.keeper.discard()
            s.keeper.start(artisan_id=record.id, base_version=record.version)
            s.base_version = record.version
            s.start_form(record, draft_from_fields(record.fields))
        else:
            s.start_new()
        s.banner.show_saved(record, edited=edited)

    def _failed(self, error: BaseException) -> None:
        s = self.screen
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            local = s.checks.rule_issues()
            s.checks.remember_register_issues([i for i in error.issues if i not in local])
            issues = s.refresh_issues(show_all=True)
            self._refused([i for i in issues if i.is_error] or list(error.errors))
        elif isinstance(error, VersionConflict) and s.record is not None:
            artisan_id = s.record.id
            ask(
                s,
                translate("registration", "Changed by someone else"),
                translate(
                    "registration",
                    "Someone else saved this record after you opened it, so your changes "
                    "were not saved. Reload the record to see its current state? What you "
                    "typed stays in the form until you choose.",
                ),
                [
                    (
                        translate("registration", "Reload the record"),
                        lambda: s.open_record(artisan_id),
                    ),
                    (translate("registration", "Keep what I typed"), lambda: None),
                ],
            )
        elif isinstance(error, ServiceError):
            tell(s, translate("registration", "Not saved"), refusal_text(error))
        else:
            s.ctx.runner.unexpected_error.emit(error)
