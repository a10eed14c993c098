"""``hirfa import`` and ``hirfa export``: the register to and from spreadsheets.

Exit status of ``import``: 0 when every row was imported or skipped, 1 when some rows
were rejected (listed in the report), 2 when the file cannot be read at all.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from desktop_app.cli.common import CliError, add_overwrite, cli_actor, opened_desk, output_file
from desktop_app.paths import data_dir
from desktop_app.services.desk import Desk
from desktop_app.services.exporting import export_artisans
from desktop_app.services.import_columns import category_code
from desktop_app.services.import_template import write_template
from desktop_app.services.importing import (
    ImportInterrupted,
    ImportProgress,
    ImportSummary,
    import_rows,
    open_import,
    report_output,
)
from desktop_app.services.search import SearchFilters, SearchQuery
from desktop_app.services.spreadsheet_files import WRITABLE, FileProblem
from registry.artisan import Category, Sex, Status
from registry.dates import parse_date
from registry.validation import parse_sex

PROGRESS_EVERY_S = 0.5


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="register artisans from a CSV or XLSX file")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    p.add_argument(
        "--report",
        type=Path,
        metavar="REPORT.csv",
        help="where to list the rejected rows (default: FILE.report.csv beside the file)",
    )
    p.add_argument(
        "--template",
        type=Path,
        metavar="FILE.xlsx",
        help="write an empty model workbook with notes on every column, instead of importing",
    )
    add_overwrite(p)
    p.set_defaults(run=run_import)

    p = sub.add_parser("export", help="write the register, or part of it, to CSV or XLSX")
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--text", default="", help="names, CIN, number or phone, as in search")
    p.add_argument("--region", help="region code (01 to 12)")
    p.add_argument("--province", help="province code (3 digits)")
    p.add_argument("--branch", help="branch code of the activity list")
    p.add_argument("--activity", help="activity code")
    p.add_argument("--category", type=_category, help="category code or label")
    p.add_argument("--status", type=Status, choices=list(Status))
    p.add_argument("--sex", type=_sex, help="M or F")
    p.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="registered on or after"
    )
    p.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help="registered on or before"
    )
    add_overwrite(p)
    p.set_defaults(run=run_export)


def _category(text: str) -> Category:
    try:
        return Category(category_code(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown category {text!r} ({', '.join(Category)})"
        ) from None


def _sex(text: str) -> Sex:
    if (sex := parse_sex(text)) is None:
        raise argparse.ArgumentTypeError(f"unknown sex {text!r} (M or F)")
    return sex


def _date(text: str) -> date:
    if (day := parse_date(text)) is None:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (DD/MM/YYYY or YYYY-MM-DD)")
    return day


class _ProgressLine:
    """Progress on stderr for long runs: from the first second on, twice a second at most."""

    def __init__(self) -> None:
        self._start = self._last = time.monotonic()

    def due(self) -> bool:
        now = time.monotonic()
        if now - self._start < 1.0 or now - self._last < PROGRESS_EVERY_S:
            return False
        self._last = now
        return True

    def imported(self, p: ImportProgress) -> None:
        if self.due():
            share = f"{p.fraction:.0%}, " if p.fraction is not None else ""
            print(
                f"hirfa: {share}{p.rows} rows read: imported {p.imported}, "
                f"skipped {p.skipped}, rejected {p.rejected}",
                file=sys.stderr,
            )

    def exported(self, written: int, total: int) -> None:
        if self.due():
            print(f"hirfa: {written} of {total} artisans written", file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    if args.template is not None:
        if args.file is not None or args.report is not None:
            raise CliError("--template writes an empty model: give no FILE nor --report", 2)
        return _write_template(args)
    if args.file is None:
        raise CliError("give the FILE to import (or --template FILE.xlsx for a model)", 2)
    source_path: Path = args.file
    # Checked before any row is saved, not at the first rejected one.
    report = report_output(
        data_dir(args.data_dir), source_path, args.report, replace=args.overwrite
    )
    try:
        with open_import(source_path) as source:
            for note in source.notes:
                print(note)
            with opened_desk(args) as desk:
                summary = import_rows(
                    desk, cli_actor(), source, report, progress=_ProgressLine().imported
                )
    except FileProblem as exc:
        raise CliError(str(exc), 2) from exc
    except ImportInterrupted as stop:
        if stop.summary.rows:
            _say_saved(stop.summary, "before the store stopped taking them")
        raise stop.__cause__ or stop from None  # worded by the caller: a full disk...
    if summary.stopped is not None:
        _say_saved(summary, "before the part of the file that cannot be read")
        raise CliError(
            f"the import stopped: {summary.stopped}; fix the file and import it again "
            "(the rows already imported are skipped)",
            2,
        )
    if summary.report is not None:
        print(f"rejected rows are listed in {summary.report}")
    print(f"imported {summary.imported}, skipped {summary.skipped}, rejected {summary.rejected}")
    return 1 if summary.rejected else 0


def _say_saved(summary: ImportSummary, when: str) -> None:
    if summary.report is not None:
        print(f"rejected rows are listed in {summary.report}")
    print(
        f"imported {summary.imported}, skipped {summary.skipped}, rejected "
        f"{summary.rejected} of the first {summary.rows} rows, {when}"
    )


def _write_template(args: argparse.Namespace) -> int:
    path: Path = args.template
    output = output_file(args, path)
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"{path.name}: the template is a workbook, its name must end in .xlsx", 2)
    with opened_desk(args) as desk:
        write_template(output, desk.geography, desk.activities.active)
    print(f"wrote the import template to {path}")
    return 0


def _filters(args: argparse.Namespace, desk: Desk) -> SearchFilters:
    """The filters of the command line, their codes checked against the reference data."""
    if args.region and args.region not in desk.geography.regions:
        raise CliError(f"unknown region code {args.region!r} (01 to 12)", 2)
    if args.province and args.province not in desk.geography.provinces:
        raise CliError(f"unknown province code {args.province!r} (3 digits)", 2)
    activities = desk.activities
    if args.activity and not any(activities.resolve(args.activity, v) for v in activities.versions):
        raise CliError(f"unknown activity code {args.activity!r}", 2)
    return SearchFilters(
        region=args.region,
        province=args.province,
        branch=args.branch,
        activity=args.activity,
        category=args.category,
        status=args.status,
        sex=args.sex,
        registered_from=args.date_from,
        registered_to=args.date_to,
    )


def run_export(args: argparse.Namespace) -> int:
    path: Path = args.file
    output = output_file(args, path)
    if path.suffix.lower() not in WRITABLE:
        raise CliError(f"{path.name}: the file name must end in .csv or .xlsx", 2)
    with opened_desk(args) as desk:
        query = SearchQuery(text=args.text, filters=_filters(args, desk))
        try:
            summary = export_artisans(desk, output, query, progress=_ProgressLine().exported)
        except FileProblem as exc:
            raise CliError(str(exc), 2) from exc
    print(f"exported {summary.rows} artisans to {path}")
    return 0
