"""The register core at scale: save, search, lookup, open (issue targets in RESULTS.md).

python -m bench.bench_core [--sizes 400000 1000000]
"""

from __future__ import annotations

import argparse
import random
import shutil
import time
from dataclasses import replace
from functools import partial

from sqlalchemy import select

from bench.measure import Timing, time_each
from bench.stores import ADMIN, scratch_copy, seeded_store
from desktop_app.services.desk import open_desk
from desktop_app.services.lookup import find_record
from desktop_app.services.registration import register_artisan
from desktop_app.services.search import SearchFilters, SearchQuery, SortKey, search
from desktop_app.services.search import count as count_matches
from desktop_app.storage.models import Artisan
from registry.artisan import Category, Sex, Status
from tests.factories import make_draft

SEARCHES = 300


def _sample(desk_dir: object, count: int) -> list[tuple[str, str, str, str, str]]:
    desk = open_desk(desk_dir)  # type: ignore[arg-type]
    rng = random.Random(7)
    with desk.store.read() as session:
        rows = session.execute(
            select(
                Artisan.cin,
                Artisan.registration_number,
                Artisan.last_name_fr,
                Artisan.first_name_fr,
                Artisan.last_name_ar,
            ).where(Artisan.pk.in_([rng.randint(1, count) for _ in range(SEARCHES)]))
        ).all()
    desk.close()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def bench_open(count: int) -> Timing:
    directory = seeded_store(count)

    def open_and_ready() -> None:
        # As the window opens it: the daily full check runs in the background after.
        desk = open_desk(directory, full_check=False)
        search(desk, SearchQuery(limit=50))  # the first screen's query
        desk.close()

    return time_each(f"open {count:,} store and show first page", [open_and_ready] * 10)


def bench_search_and_lookup(count: int) -> list[Timing]:
    directory = seeded_store(count)
    people = _sample(directory, count)
    desk = open_desk(directory)
    rng = random.Random(11)
    try:
        queries: list[str] = []
        for _, _, last_fr, first_fr, last_ar in people:
            queries += [
                f"{last_fr} {first_fr}".strip() or last_ar,
                last_fr[:4] or last_ar[:3],
                last_ar or last_fr,
            ]
        rng.shuffle(queries)
        name_search = time_each(
            f"search by name, top 50, {count:,}",
            [partial(search, desk, SearchQuery(text=q, limit=50)) for q in queries if q],
        )
        cin_lookup = time_each(
            f"exact CIN lookup, {count:,}",
            [partial(find_record, desk, p[0]) for p in people],
        )
        number_lookup = time_each(
            f"exact registration number lookup, {count:,}",
            [partial(find_record, desk, p[1]) for p in people],
        )
    finally:
        desk.close()
    return [name_search, cin_lookup, number_lookup]


def _hard_queries() -> dict[str, SearchQuery]:
    """Broad text, filters and sorts: what the register screen asks at its slowest."""
    return {
        "one letter 'a'": SearchQuery(text="a"),
        "one letter 'a', pending review": SearchQuery(
            text="a", filters=SearchFilters(status=Status.PENDING_REVIEW)
        ),
        "'محمد'": SearchQuery(text="محمد"),
        "'mohamed', sorted by Latin name": SearchQuery(text="mohamed", sort=SortKey.NAME_FR),
        "region 06": SearchQuery(filters=SearchFilters(region="06")),
        "master artisans, women": SearchQuery(
            filters=SearchFilters(category=Category.MASTER_ARTISAN, sex=Sex.FEMALE)
        ),
        "sorted by Arabic name, descending": SearchQuery(sort=SortKey.NAME_AR, descending=True),
    }


def bench_hard_queries(count: int) -> list[str]:
    """First page and result count (the count runs beside the page, off the UI)."""
    desk = open_desk(seeded_store(count))
    lines = []
    try:
        for name, query in _hard_queries().items():
            search(desk, query)  # once to warm the cache, as a second look would
            start = time.perf_counter()
            search(desk, query)
            page = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            total = count_matches(desk, query)
            counted = (time.perf_counter() - start) * 1000
            lines.append(
                f"{name}, {count:,}: first page {page:.1f} ms, count {counted:.0f} ms ({total:,})"
            )
    finally:
        desk.close()
    return lines


def bench_save(count: int) -> Timing:
    directory = scratch_copy(count, "save")
    desk = open_desk(directory)
    try:
        base = make_draft(registered_on="")
        drafts = [replace(base, cin=f"ZZ{i}") for i in range(1, 1001)]
        time.sleep(1.5)  # let the checkpoint thread settle
        return time_each(
            f"save one artisan (record+audit+outbox+FTS), {count:,}",
            [partial(register_artisan, desk, ADMIN, d) for d in drafts],
        )
    finally:
        desk.close()
        shutil.rmtree(directory, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[400_000, 1_000_000])
    args = parser.parse_args()
    for count in args.sizes:
        print(bench_save(count).line(), flush=True)
        for timing in bench_search_and_lookup(count):
            print(timing.line(), flush=True)
        print(bench_open(count).line(), flush=True)
        for line in bench_hard_queries(count):
            print(line, flush=True)


if __name__ == "__main__":
    main()
