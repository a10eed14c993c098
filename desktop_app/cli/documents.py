"""``hirfa print`` and ``hirfa documents cancel|log|queue``: issued certificates and cards."""

from __future__ import annotations

import argparse
from datetime import UTC, date
from pathlib import Path

from desktop_app.cli.common import CliError, cli_actor, opened_desk
from desktop_app.messages import MESSAGES
from desktop_app.services.document_log import (
    DocumentNotFound,
    IssuedDocumentInfo,
    print_log,
    print_queue,
)
from desktop_app.services.documents import (
    DocumentCancelled,
    Layout,
    ReprintNeedsReason,
    cancel_document,
)

# The drawing modules (ReportLab) load only when a command draws
# (desktop_app.services.document_files): every start of the program goes through this
# parser, the window's included.


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="issue certificates or cards of registered records to a PDF")
    p.add_argument("keys", nargs="+", metavar="NUMBER_OR_CIN")
    p.add_argument("--kind", required=True, choices=[layout.value for layout in Layout])
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--reprint-reason", default=None, metavar="TEXT",
                   help="why records already printed are printed again (a duplicate)")  # fmt: skip
    p.add_argument("--copies", type=int, default=1, help="copies of each document (default 1)")
    p.set_defaults(run=run_print)

    p = sub.add_parser("documents", help="cancel issued documents, the daily print log, the queue")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    cancel = actions.add_parser("cancel", help="cancel a printed document (it stays in the log)")
    cancel.add_argument("serial", metavar="SERIAL")
    cancel.add_argument("--reason", required=True, help="spoilt paper, an error...")
    cancel.set_defaults(run=run_cancel)
    log = actions.add_parser("log", help="the documents issued on a day (today by default)")
    log.add_argument("--day", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    log.add_argument("--out", type=Path, default=None, metavar="FILE.pdf",
                     help="render the log for signature instead of listing it")  # fmt: skip
    log.set_defaults(run=run_log)
    queue = actions.add_parser("queue", help="approved records waiting for their documents")
    queue.add_argument("--limit", type=int, default=500)
    queue.set_defaults(run=run_queue)


def run_print(args: argparse.Namespace) -> int:
    from desktop_app.services.document_files import print_to_file

    layout = Layout(args.kind)
    with opened_desk(args) as desk:
        try:
            batch, pages = print_to_file(
                desk, cli_actor(), args.keys, layout, args.out,
                reprint_reason=args.reprint_reason, copies=args.copies,
            )  # fmt: skip
        except ReprintNeedsReason as exc:
            raise CliError(
                f"record {exc.detail}: {MESSAGES[exc.code]} (give it with --reprint-reason TEXT)"
            ) from exc
    for doc in batch.documents:
        note = "  DUPLICATE" if doc.duplicate else ""
        print(f"{doc.serial}  {doc.registration_number}  {batch.kind.value}{note}")
    copies = f", {batch.copies} copies each" if batch.copies > 1 else ""
    print(f"wrote {len(batch.documents)} {layout.kind.value}(s){copies}, {pages} pages, "
          f"to {args.out}")  # fmt: skip
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        try:
            info = cancel_document(desk, cli_actor(), args.serial, args.reason)
        except (DocumentNotFound, DocumentCancelled) as exc:
            raise CliError(f"document {exc.detail}: {MESSAGES[exc.code]}") from exc
    print(f"cancelled {info.serial} ({info.kind.value} of {info.registration_number})")
    return 0


def log_line(info: IssuedDocumentInfo) -> str:
    names = " / ".join(
        n
        for n in (f"{info.last_name_fr} {info.first_name_fr}".strip(),
                  f"{info.last_name_ar} {info.first_name_ar}".strip())
        if n
    )  # fmt: skip
    notes = []
    if info.duplicate_of:
        notes.append(f"DUPLICATE of {info.duplicate_of}: {info.reprint_reason}")
    if info.cancelled:
        notes.append(f"CANCELLED by {info.cancelled_by}: {info.cancel_reason}")
    local = info.issued_at.replace(tzinfo=UTC).astimezone()
    return (
        f"{local:%H:%M}  {info.serial}  {info.kind.value:<11} {info.registration_number}  "
        f"x{info.copies}  {info.issued_by}  {names}" + "".join(f"  [{n}]" for n in notes)
    )


def run_log(args: argparse.Namespace) -> int:
    from desktop_app.services.document_files import render_day_log, write_pdf

    with opened_desk(args) as desk:
        day = args.day or desk.today()
        if args.out is not None:
            pages = write_pdf(args.out, lambda target: render_day_log(desk, day, target))
            print(f"wrote the print log of {day} ({pages} pages) to {args.out}")
            return 0
        entries = print_log(desk, day)
    for info in entries:
        print(log_line(info))
    duplicates = sum(info.duplicate for info in entries)
    cancelled = sum(info.cancelled for info in entries)
    print(f"{day}: {len(entries)} documents, {sum(i.copies for i in entries)} copies, "
          f"{duplicates} duplicates, {cancelled} cancelled")  # fmt: skip
    return 0


def run_queue(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        queued = print_queue(desk, args.limit)
    for entry in queued:
        row = entry.row
        missing = ", ".join(kind.value for kind in entry.missing)
        print(f"{row.registration_number}  {row.cin:<9} {row.last_name_fr} {row.first_name_fr}"
              f"  needs: {missing}")  # fmt: skip
    print(f"{len(queued)} records waiting")
    return 0
