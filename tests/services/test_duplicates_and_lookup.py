"""Possible duplicates while typing, and finding one record with its history."""

from __future__ import annotations

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.duplicates import find_duplicates
from desktop_app.services.errors import RecordNotFound
from desktop_app.services.lookup import find_record, record_with_history
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from registry.duplicates import MatchKind
from registry.workflow import Action
from tests.factories import make_draft


@pytest.fixture
def youssef(desk: Desk, clerk: Actor) -> ArtisanRecord:
    return register_artisan(
        desk,
        clerk,
        make_draft(
            cin="BE123456",
            last_name_fr="Benali",
            first_name_fr="Youssef",
            last_name_ar="بنعلي",
            first_name_ar="يوسف",
            sex="M",
            birth_date="1985-03-15",
        ),
    ).record


def test_same_cin_comes_first(desk: Desk, youssef: ArtisanRecord) -> None:
    found = find_duplicates(desk, make_draft(cin="be 123456", last_name_fr="X", first_name_fr="Y"))
    assert [(d.row.id, d.kind) for d in found] == [(youssef.id, MatchKind.SAME_CIN)]


def test_same_name_and_birth_date_in_another_spelling(desk: Desk, youssef: ArtisanRecord) -> None:
    draft = make_draft(
        cin="",
        last_name_fr="Ben Ali",
        first_name_fr="Yousef",
        last_name_ar="",
        first_name_ar="",
        birth_date="15/03/1985",
    )
    found = find_duplicates(desk, draft)
    assert [d.kind for d in found] == [MatchKind.SAME_NAME_AND_BIRTH]


def test_across_scripts_with_the_same_birth_date(desk: Desk, youssef: ArtisanRecord) -> None:
    only_arabic = make_draft(
        cin="", last_name_fr="", first_name_fr="", last_name_ar="بن علي", first_name_ar="يوسف",
        birth_date="1985-03-15",
    )  # fmt: skip
    assert [d.row.id for d in find_duplicates(desk, only_arabic)] == [youssef.id]
    latin_for_arabic_record = make_draft(
        cin="", last_name_fr="Benaly", first_name_fr="Youcef", last_name_ar="", first_name_ar="",
        birth_date="1985-03-15",
    )  # fmt: skip
    found = find_duplicates(desk, latin_for_arabic_record)
    assert [(d.row.id, d.kind) for d in found] == [(youssef.id, MatchKind.SIMILAR_NAME)]


def test_a_different_person_is_not_a_duplicate(desk: Desk, youssef: ArtisanRecord) -> None:
    other = make_draft(
        cin="K999", last_name_fr="Tazi", first_name_fr="Khadija", last_name_ar="التازي",
        first_name_ar="خديجة", birth_date="1985-03-15",
    )  # fmt: skip
    assert find_duplicates(desk, other) == []


def test_the_record_being_edited_is_not_its_own_duplicate(
    desk: Desk, youssef: ArtisanRecord
) -> None:
    assert find_duplicates(desk, make_draft(cin="BE123456"), exclude_id=youssef.id) == []


def test_find_by_number_cin_or_id(desk: Desk, youssef: ArtisanRecord) -> None:
    for key in (youssef.registration_number, "be123456", youssef.id):
        assert find_record(desk, key).id == youssef.id
    number = youssef.registration_number
    mistyped = number[:-1] + str((int(number[-1]) + 1) % 10)
    for key in (mistyped, "not a key", "K1"):
        with pytest.raises(RecordNotFound):
            find_record(desk, key)


def test_the_live_record_wins_over_a_struck_off_one(
    desk: Desk, clerk: Actor, supervisor: Actor, youssef: ArtisanRecord
) -> None:
    change_status(desk, supervisor, youssef.id, Action.APPROVE, "", 1)
    change_status(desk, supervisor, youssef.id, Action.STRIKE_OFF, "left", 2)
    again = register_artisan(desk, clerk, make_draft(cin="BE123456")).record
    assert find_record(desk, "BE123456").id == again.id
    assert find_record(desk, youssef.registration_number).id == youssef.id


def test_history_lists_every_change(desk: Desk, supervisor: Actor, youssef: ArtisanRecord) -> None:
    change_status(desk, supervisor, youssef.id, Action.APPROVE, "", 1)
    history = record_with_history(desk, youssef.registration_number)
    assert [c.action for c in history.changes] == ["register", "approve"]
    approve = history.changes[1]
    assert [(c.field, c.before, c.after) for c in approve.changes] == [
        ("reason", None, ""),
        ("status", "pending_review", "registered"),
    ]
