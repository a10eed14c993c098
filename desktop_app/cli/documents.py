"""``hirfa print`` and ``hirfa documents cancel|log|queue|batches|withdraw``: issued
certificates and cards, and the prints that were interrupted."""

from __future__ import annotations

import argparse
from datetime import UTC, date
from pathlib import Path

from desktop_app.cli.common import CliError, add_overwrite, cli_actor, opened_desk, output_file
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
    PrintPending,
    ReprintNeedsReason,
    cancel_document,
)
from desktop_app.services.interrupted_prints import (
    BatchBusy,
    BatchFinished,
    BatchNotFound,
    InterruptedBatch,
    interrupted_batch,
    interrupted_batches,
    withdraw_batch,
)
from desktop_app.services.output_files import checked_output
from desktop_app.services.print_batches import PRINTER, ReservedBatch

# The drawing modules (ReportLab) load only when a command draws
# (desktop_app.services.document_files): every start of the program goes through this
# parser, the window's included.


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="issue certificates or cards of registered records to a PDF")
    p.add_argument("keys", nargs="*", metavar="NUMBER_OR_CIN")
    p.add_argument("--kind", choices=[layout.value for layout in Layout])
    p.add_argument("--out", type=Path, metavar="FILE.pdf",
                   help="the PDF to write (with --resume: the batch's own by default)")  # fmt: skip
    p.add_argument("--reprint-reason", default=None, metavar="TEXT",
                   help="why records already printed are printed again (a duplicate)")  # fmt: skip
    p.add_argument("--copies", type=int, default=None, help="copies of each document (default 1)")
    p.add_argument("--resume", type=int, default=None, metavar="BATCH",
                   help="print an interrupted batch again (same serials)")  # fmt: skip
    add_overwrite(p)
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
    add_overwrite(log)
    log.set_defaults(run=run_log)
    queue = actions.add_parser("queue", help="approved records waiting for their documents")
    queue.add_argument("--limit", type=int, default=500)
    queue.set_defaults(run=run_queue)
    batches = actions.add_parser("batches", help="prints that were interrupted (not confirmed)")
    batches.set_defaults(run=run_batches)
    withdraw = actions.add_parser(
        "withdraw", help="withdraw the documents of an interrupted print, in one step"
    )
    withdraw.add_argument("batch", type=int, metavar="BATCH")
    withdraw.add_argument("--reason", required=True, help="why it is not printed again")
    withdraw.set_defaults(run=run_withdraw)


def pending_refusal(exc: PrintPending) -> CliError:
    """What to do about records whose earlier print was interrupted."""
    who = (
        f"record {exc.numbers[0]} is"
        if len(exc.numbers) == 1
        else f"{len(exc.numbers)} records ({exc.numbers[0]}, ...) are"
    )
    if len(exc.batches) == 1:
        (batch,) = exc.batches
        where = f"print batch {batch}, not confirmed printed"
        todo = (
            f"resume it with 'hirfa print --resume {batch}' or withdraw it with "
            f"'hirfa documents withdraw {batch} --reason TEXT'"
        )
    else:
        where = "print batches " + ", ".join(map(str, exc.batches)) + ", not confirmed printed"
        todo = "resume or withdraw them (see 'hirfa documents batches')"
    return CliError(f"{who} in {where}: {todo}")


def batch_refusal(exc: BatchNotFound | BatchFinished | BatchBusy) -> CliError:
    return CliError(f"print batch {exc.detail}: {MESSAGES[exc.code]}")


def _print_options_with_resume(args: argparse.Namespace) -> list[str]:
    given = {
        "NUMBER_OR_CIN": bool(args.keys), "--kind": args.kind is not None,
        "--reprint-reason": args.reprint_reason is not None, "--copies": args.copies is not None,
    }  # fmt: skip
    return [name for name, present in given.items() if present]


def run_print(args: argparse.Namespace) -> int:
    if args.resume is not None:
        return run_resume(args)
    missing = [name for name, value in (("NUMBER_OR_CIN", args.keys), ("--kind", args.kind),
                                        ("--out", args.out)) if not value]  # fmt: skip
    if missing:
        raise CliError(f"print: {', '.join(missing)} required (or --resume BATCH)", exit_code=2)
    from desktop_app.services.document_files import print_to_file

    layout = Layout(args.kind)
    copies = 1 if args.copies is None else args.copies
    output = output_file(args, args.out)  # before any serial is spent
    with opened_desk(args) as desk:
        try:
            reserved, pages = print_to_file(
                desk, cli_actor(), args.keys, layout, output,
                reprint_reason=args.reprint_reason, copies=copies,
            )  # fmt: skip
        except ReprintNeedsReason as exc:
            raise CliError(
                f"record {exc.detail}: {MESSAGES[exc.code]} (give it with --reprint-reason TEXT)"
            ) from exc
        except PrintPending as exc:
            raise pending_refusal(exc) from exc
        except OSError as exc:
            raise not_written(args.out, exc) from exc
    report_written(reserved, pages, args.out)
    return 0


def not_written(path: Path, exc: OSError) -> CliError:
    return CliError(
        f"{path}: {exc.strerror or exc}: nothing was printed (the documents reserved for "
        "this file were withdrawn)"
    )


def report_written(reserved: ReservedBatch, pages: int, path: Path) -> None:
    batch, kind = reserved.batch, reserved.layout.kind.value
    for doc in batch.documents:
        note = "  DUPLICATE" if doc.duplicate else ""
        print(f"{doc.serial}  {doc.registration_number}  {kind}{note}")
    for number in reserved.left_out:
        print(f"withdrawn: {number} (no longer registered)")
    copies = f", {batch.copies} copies each" if batch.copies > 1 else ""
    print(f"wrote {len(batch.documents)} {kind}(s){copies}, {pages} pages, to {path}")


def run_resume(args: argparse.Namespace) -> int:
    from desktop_app.services.document_files import resume_to_file

    extra = _print_options_with_resume(args)
    if extra:
        raise CliError(f"print --resume: {', '.join(extra)} not allowed: the batch has its "
                       "own records, kind and copies", exit_code=2)  # fmt: skip
    with opened_desk(args) as desk:
        try:
            batch = interrupted_batch(desk, args.resume)
        except (BatchNotFound, BatchFinished, BatchBusy) as exc:
            raise batch_refusal(exc) from exc
        own = None if batch.output == PRINTER else Path(batch.output)
        path = args.out or own
        if path is None:
            raise CliError(
                f"print batch {batch.id} went to a printer: give --out FILE.pdf to write it"
            )
        # The batch's own file may be replaced: it is what the batch was writing.
        replace = args.overwrite or path.absolute() == own
        output = checked_output(desk.data_dir, path, replace=replace)
        try:
            reserved, pages = resume_to_file(desk, cli_actor(), batch.id, output)
        except (BatchNotFound, BatchFinished, BatchBusy) as exc:
            raise batch_refusal(exc) from exc
        except OSError as exc:
            raise not_written(path, exc) from exc
    report_written(reserved, pages, path)
    return 0


def batch_line(batch: InterruptedBatch) -> str:
    local = batch.issued_at.replace(tzinfo=UTC).astimezone()
    copies = f" x{batch.copies}" if batch.copies > 1 else ""
    return (
        f"{batch.id:>5}  {batch.kind.value:<11} {batch.count:>5} documents{copies}  "
        f"{batch.issued_by}  {local:%Y-%m-%d %H:%M}  {batch.output}"
    )


def run_batches(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        found = interrupted_batches(desk)
    for batch in found:
        print(batch_line(batch))
    if found:
        print(f"{len(found)} interrupted print(s): 'hirfa print --resume BATCH' prints one again, "
              "'hirfa documents withdraw BATCH --reason TEXT' withdraws its documents")  # fmt: skip
    else:
        print("no interrupted print")
    return 0


def run_withdraw(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        try:
            count = withdraw_batch(desk, cli_actor(), args.batch, args.reason)
        except (BatchNotFound, BatchFinished, BatchBusy) as exc:
            raise batch_refusal(exc) from exc
    print(f"withdrew print batch {args.batch}: {count} document(s), never printed; "
          "they stay in the log as withdrawn")  # fmt: skip
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
    if info.withdrawn:
        notes.append(f"WITHDRAWN by {info.cancelled_by}: {info.cancel_reason}")
    elif info.cancelled:
        notes.append(f"CANCELLED by {info.cancelled_by}: {info.cancel_reason}")
    local = info.issued_at.replace(tzinfo=UTC).astimezone()
    return (
        f"{local:%H:%M}  {info.serial}  {info.kind.value:<11} {info.registration_number}  "
        f"x{info.copies}  {info.issued_by}  {names}" + "".join(f"  [{n}]" for n in notes)
    )


def run_log(args: argparse.Namespace) -> int:
    from desktop_app.services.document_files import render_day_log, write_pdf

    output = None if args.out is None else output_file(args, args.out)
    with opened_desk(args) as desk:
        day = args.day or desk.today()
        if output is not None:
            pages = write_pdf(output, lambda target: render_day_log(desk, day, target))
            print(f"wrote the print log of {day} ({pages} pages) to {args.out}")
            return 0
        entries = print_log(desk, day)
    for info in entries:
        print(log_line(info))
    duplicates = sum(info.duplicate for info in entries)
    cancelled = sum(info.cancelled for info in entries)
    copies = sum(i.copies for i in entries if not i.cancelled)  # of the documents in force
    print(f"{day}: {len(entries)} documents, {copies} copies, "
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
