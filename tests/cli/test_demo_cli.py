"""``hirfa seed-demo`` on a real store."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli.main import main
from desktop_app.services.desk import Desk, open_desk
from desktop_app.storage.models import Artisan
from registry.artisan import Category, Status

# Arabic letters, vowel marks and tatweel.
ARABIC_NAME = re.compile("[\u0621-\u0652 ]+")
INDIVIDUALS = {Category.ARTISAN_DIPLOMA, Category.ARTISAN_EXPERIENCE, Category.MASTER_ARTISAN}


@pytest.fixture
def store(desk: Desk, data_dir: Path) -> Path:
    """An initialised office store, closed so that the command opens it itself."""
    desk.close()
    return data_dir


def test_seed_demo_fills_the_store(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(store), "seed-demo", "--count", "3000", "--seed", "4"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[-1].startswith("seeded 3000 artisans in ")
    assert "seeding: 3000/3000" in err

    desk = open_desk(store)
    try:
        with desk.store.read() as session:
            rows = session.execute(select(Artisan)).scalars().all()
            by_number = {r.registration_number: r for r in rows}
            statuses = Counter(Status(r.status) for r in rows)
            categories = Counter(Category(r.category) for r in rows)
            enterprises = [r for r in rows if r.category == Category.ENTERPRISE.value]
            arabic_names = [n for r in rows for n in (r.last_name_ar, r.first_name_ar)]
    finally:
        desk.close()
    assert len(rows) == 3000
    assert set(statuses) == set(Status) - {Status.RETURNED}
    assert 0.85 < statuses[Status.REGISTERED] / 3000 < 0.95
    assert set(categories) == set(Category)
    for enterprise in enterprises:
        supervisor = by_number[enterprise.supervisor_number or ""]
        assert supervisor.status == Status.REGISTERED.value
        assert Category(supervisor.category) in INDIVIDUALS
    assert all(ARABIC_NAME.fullmatch(name) for name in arabic_names if name)


def test_seed_demo_again_adds_nothing(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(store), "seed-demo", "--count", "300"]
    assert main(args) == 0
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2] == "300 already in the store"
    assert lines[-1].startswith("seeded 0 artisans in ")


@pytest.mark.parametrize("count", ["0", "1000001", "many"])
def test_a_bad_count_is_refused(store: Path, count: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(store), "seed-demo", "--count", count])
    assert exit_info.value.code == 2


def test_without_a_store_one_line_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "seed-demo", "--count", "5"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("hirfa: no office store")
