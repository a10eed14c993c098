"""``hirfa verify FILE.pdf`` or ``hirfa verify --payload TEXT``: a document's QR code,
checked against this office's trust list (and, with ``--cin``, against the holder's
CIN) or, with ``--online URL``, by the central server against the national register;
exit status 0 only if every code is valid (2 when the server cannot be asked)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import CliError, opened_desk
from desktop_app.messages import verification_label, verification_reason
from desktop_app.services.errors import FileRefused
from desktop_app.services.sync_round import SyncFailure
from registry.issues import Code
from registry.signed_payload import Reason, Verification, cin_matches
from registry.wire import VerifyAnswer


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify", help="check the signed QR codes of a PDF or a scanned code")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf", default=None)
    source.add_argument(
        "--payload", metavar="TEXT", help="the code as a scanner typed it ('-': standard input)"
    )
    p.add_argument("--cin", help="the holder's CIN, checked against the document's digest")
    p.add_argument(
        "--online", metavar="URL", help="ask the central server at URL instead of this desk"
    )
    p.set_defaults(run=run_verify)


def cin_differs(result: Verification, cin: str | None) -> bool:
    return cin is not None and result.fields is not None and not cin_matches(result.fields, cin)


def describe(result: Verification, cin: str | None = None) -> list[str]:
    """The decoded fields (when readable), the CIN check if asked, the verdict."""
    lines = []
    fields = result.fields
    if fields is not None:
        device = fields.device_id
        if result.certificate is not None:
            device += f" ({result.certificate.device_code})"
        values = {
            "serial": fields.serial,
            "registration_number": fields.registration_number,
            "name_fr": f"{fields.last_name_fr} {fields.first_name_fr}".strip(),
            "name_ar": f"{fields.last_name_ar} {fields.first_name_ar}".strip(),
            "entity_name_fr": fields.entity_name_fr,
            "entity_name_ar": fields.entity_name_ar,
            "category": fields.category.value,
            "activity": fields.activity,
            "status": fields.status.value,
            "issued_on": fields.issued_on.isoformat(),
            "device": device,
            "cin_digest": fields.cin_digest.hex(),
            "trusted_by": verification_label(result.trusted_by) if result.trusted_by else "",
        }
        lines += [f"{verification_label(key)}: {value}" for key, value in values.items() if value]
        if cin is not None:
            lines.append(verification_label("cin_differs" if cin_differs(result, cin) else
                                            "cin_matches"))  # fmt: skip
    if result.valid:
        lines.append(verification_label("valid"))
    else:
        reason = result.reason
        explained = f"{reason.value} ({verification_reason(reason)})" if reason else ""
        lines.append(f"{verification_label('invalid')}: {explained}")
    return lines


def describe_online(answer: VerifyAnswer) -> list[str]:
    """What the server said: the fields the code carries, the holder's status, the verdict."""
    lines = [f"{verification_label(key)}: {value}" for key, value in answer.fields.items()]
    if answer.device_code:
        lines.append(f"{verification_label('device')}: {answer.device_code}")
    if answer.status:
        lines.append(f"holder's status now: {answer.status}")
    if answer.valid:
        lines.append(verification_label("valid"))
    else:
        reason = answer.reason or ""
        known = reason in set(Reason)
        explained = f"{reason} ({verification_reason(Reason(reason))})" if known else reason
        lines.append(f"{verification_label('invalid')}: {explained}")
    return lines


def run_online(args: argparse.Namespace) -> int:
    from desktop_app.services.verification import qr_texts, verify_online

    if args.payload is not None:
        texts = [(0, sys.stdin.read() if args.payload == "-" else args.payload)]
    elif not args.file.is_file():
        raise FileRefused(Code.FILE_MISSING, args.file)
    else:
        texts = qr_texts(args.file)
    if not texts:
        print(f"{verification_label('invalid')}: no document code found in {args.file}")
        return 1
    valid = 0
    try:
        for index, (page, text) in enumerate(texts):
            answer = verify_online(args.online, text)
            valid += answer.valid
            if page:
                print(("\n" if index else "") + f"page {page}:")
            indent = "  " if page else ""
            print("\n".join(f"{indent}{line}" for line in describe_online(answer)))
    except SyncFailure as exc:
        raise CliError(str(exc), exit_code=2) from exc
    return 0 if valid == len(texts) else 1


def run_verify(args: argparse.Namespace) -> int:
    if args.online:
        return run_online(args)
    # Loaded here: pdfium and zxing are for this command only, not for every start.
    from desktop_app.services.verification import verify_pdf, verify_text

    with opened_desk(args) as desk:
        if args.payload is not None:
            text = sys.stdin.read() if args.payload == "-" else args.payload
            result = verify_text(desk, text)
            print("\n".join(describe(result, args.cin)))
            return 0 if result.valid and not cin_differs(result, args.cin) else 1
        if not args.file.is_file():
            raise FileRefused(Code.FILE_MISSING, args.file)
        found = verify_pdf(desk, args.file)
    if not found:
        print(f"{verification_label('invalid')}: no document code found in {args.file}")
        return 1
    for index, code in enumerate(found):
        if index:
            print()
        print(f"page {code.page}:")
        print("\n".join(f"  {line}" for line in describe(code.result, args.cin)))
    valid = sum(code.result.valid for code in found)
    someone_else = any(cin_differs(code.result, args.cin) for code in found)
    if len(found) > 1:
        print(f"\n{len(found)} codes: {valid} valid, {len(found) - valid} invalid")
    return 0 if valid == len(found) and not someone_else else 1
