"""Possible duplicates of a record being typed: same CIN, same name and birth date,
or similar names within or across scripts — among the records this desk holds, and in
the national index of the other regions' records (pulled from the server, so the check
sees the whole country offline)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from desktop_app.services.desk import Desk
from desktop_app.services.records import ArtisanRow
from desktop_app.services.search import ROW_COLUMNS, row_from
from desktop_app.storage.fulltext import INDEX, match_expression, matches_first
from desktop_app.storage.models import Artisan, NationalIndexEntry
from registry.artisan import ArtisanDraft, Category, Status
from registry.dates import parse_date
from registry.duplicates import MatchKind, NameKeys, Person, compare
from registry.identifiers import parse_cin
from registry.names import query_terms

CANDIDATES_PER_SOURCE = 300
_ORDER = {MatchKind.SAME_CIN: 0, MatchKind.SAME_NAME_AND_BIRTH: 1, MatchKind.SIMILAR_NAME: 2}


@dataclass(frozen=True)
class DuplicateCandidate:
    row: ArtisanRow
    kind: MatchKind
    score: float


def _person(draft: ArtisanDraft) -> Person:
    return Person(
        cin=parse_cin(draft.cin) or "",
        last_name_fr=draft.last_name_fr,
        first_name_fr=draft.first_name_fr,
        last_name_ar=draft.last_name_ar,
        first_name_ar=draft.first_name_ar,
        birth_date=parse_date(draft.birth_date) if draft.birth_date else None,
    )


def _candidates(session: Session, person: Person) -> dict[int, object]:
    found: dict[int, object] = {}
    queries = []
    if person.cin:
        queries.append(select(*ROW_COLUMNS).where(Artisan.cin == person.cin))
    if person.birth_date:
        queries.append(select(*ROW_COLUMNS).where(Artisan.birth_date == person.birth_date))
    for last, first in (
        (person.last_name_fr, person.first_name_fr),
        (person.last_name_ar, person.first_name_ar),
    ):
        # Same last and first name first, then the same last name: a common family
        # name must not crowd out the right person.
        for terms in (query_terms(f"{last} {first}"), query_terms(last)):
            if terms:
                queries.append(
                    select(*ROW_COLUMNS)
                    .select_from(matches_first(Artisan.__table__, Artisan.pk == INDEX.c.rowid))
                    .where(text("artisan_fts MATCH :m").bindparams(m=match_expression(terms)))
                )
    for query in queries:
        for r in session.execute(query.limit(CANDIDATES_PER_SOURCE)):
            found.setdefault(r.pk, r)
    return found


def find_duplicates(
    desk: Desk, draft: ArtisanDraft, exclude_id: str | None = None, limit: int = 10
) -> list[DuplicateCandidate]:
    """Records that may be the same person as ``draft``, the surest first."""
    person = _person(draft)
    keys = NameKeys.of(person)
    if not person.cin and not (keys.latin or keys.arabic):
        return []
    with desk.store.read() as session:
        rows = _candidates(session, person)
    matches: list[DuplicateCandidate] = []
    for r in rows.values():
        row = row_from(r)
        if row.id == exclude_id:
            continue
        other = Person(
            row.cin,
            row.last_name_fr,
            row.first_name_fr,
            row.last_name_ar,
            row.first_name_ar,
            row.birth_date,
        )
        match = compare(person, other, keys)
        if match is not None:
            matches.append(DuplicateCandidate(row, match.kind, match.score))
    matches.sort(key=lambda m: (_ORDER[m.kind], -m.score, -m.row.pk))
    return matches[:limit]


@dataclass(frozen=True)
class NationalCandidate:
    """A record of another region that may be the same person: the index knows its
    number, its owner and its status, not its names as written."""

    id: str
    registration_number: str
    owner_office: str
    region: str
    status: Status
    category: Category
    kind: MatchKind
    score: float


def find_national_duplicates(
    desk: Desk, draft: ArtisanDraft, limit: int = 10
) -> list[NationalCandidate]:
    """Records of the national index that may be the same person as ``draft``: the
    same CIN, or the same name in a script both have (the index holds no birth date)."""
    person = _person(draft)
    keys = NameKeys.of(person)
    index = NationalIndexEntry
    conditions = [
        column == value
        for column, value in (
            (index.cin, person.cin),
            (index.name_latin, keys.latin),
            (index.name_arabic, keys.arabic),
        )
        if value
    ]
    if not conditions:
        return []
    with desk.store.read() as session:
        rows = session.execute(
            select(index).where(or_(*conditions)).limit(CANDIDATES_PER_SOURCE)
        ).scalars()
        found = []
        for row in rows:
            same_cin = bool(person.cin) and row.cin == person.cin
            kind = MatchKind.SAME_CIN if same_cin else MatchKind.SIMILAR_NAME
            found.append(
                NationalCandidate(row.id, row.registration_number, row.owner_office, row.region,
                                  Status(row.status), Category(row.category), kind, 100.0)
            )  # fmt: skip
    found.sort(key=lambda c: (_ORDER[c.kind], c.registration_number))
    return found[:limit]
