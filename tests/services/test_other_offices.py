"""Records of other offices, pulled from the server: read here, never edited, approved
or printed, and in neither the review queue nor the print queue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk
from desktop_app.services.document_log import print_queue
from desktop_app.services.documents import Layout
from desktop_app.services.errors import OtherOffice
from desktop_app.services.lookup import find_record
from desktop_app.services.print_batches import reserve_batch
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.search import count, review_queue, search
from desktop_app.services.status import change_status
from registry.artisan import draft_from_fields
from registry.issues import Code
from registry.workflow import Action
from tests.factories import make_draft
from tests.pull_support import Feed, apply

PENDING = [
    {"action": "register", "from_status": None, "to_status": "pending_review", "reason": "",
     "actor": "clerk9", "at": "2026-11-30T08:00:00Z"},
]  # fmt: skip


def test_another_offices_record_is_read_only_here(
    desk: Desk, clerk: Actor, supervisor: Actor
) -> None:
    feed = Feed()
    pending = feed.artisan(desk, status="pending_review", history=PENDING, cin="AB1")
    registered = feed.artisan(desk, cin="AB2", sequence=2)
    apply(desk, pending, registered)
    theirs = find_record(desk, pending.entity_id)
    assert theirs.owner_office == "01512"

    with pytest.raises(OtherOffice) as refused:
        update_artisan(
            desk,
            clerk,
            theirs.id,
            replace(draft_from_fields(theirs.fields), birth_place="Assilah"),
            theirs.version,
        )
    assert refused.value.code is Code.OTHER_OFFICE
    assert theirs.registration_number in refused.value.detail and "01512" in refused.value.detail
    with pytest.raises(OtherOffice):
        change_status(desk, supervisor, theirs.id, Action.APPROVE, "", theirs.version)
    with pytest.raises(OtherOffice):
        reserve_batch(desk, supervisor, [registered.entity_id], Layout.CERTIFICATE, "/x.pdf")
    assert find_record(desk, theirs.id).version == theirs.version  # nothing changed


def test_the_queues_hold_this_offices_records_only(
    desk: Desk, clerk: Actor, supervisor: Actor
) -> None:
    mine = register_artisan(desk, clerk, make_draft()).record
    approved = register_artisan(desk, clerk, make_draft(cin="K7")).record
    change_status(desk, supervisor, approved.id, Action.APPROVE, "", 1)
    feed = Feed()
    apply(
        desk,
        feed.artisan(desk, status="pending_review", history=PENDING, cin="AB1"),
        feed.artisan(desk, cin="AB2", sequence=2),  # approved there: printed there
        feed.artisan(desk, office="01511", device="02", cin="AB3"),  # this office's, elsewhere
    )
    assert [r.id for r in search(desk, review_queue(desk)).rows] == [mine.id]
    assert count(desk, review_queue(desk)) == 1
    queued = print_queue(desk)
    assert sorted(q.row.cin for q in queued) == ["AB3", "K7"]
    assert all(DocumentKind.CERTIFICATE in q.missing for q in queued)
