"""``hirfa keys export|trust|list``: the office's trust list of signing keys, and
``hirfa office set-signatory|set-logo``: what the office's documents say of the issuer."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import CliError, add_overwrite, cli_actor, opened_desk, output_file
from desktop_app.messages import MESSAGES
from desktop_app.services.document_settings import set_logo, set_signatory
from desktop_app.services.input_files import TEXT_FILE_MAX_BYTES, read_bytes, read_text
from desktop_app.services.trust import (
    KeyFileInvalid,
    TrustedKeyInfo,
    export_public_key,
    trust_key_file,
    trusted_keys,
)
from registry.device_keys import fingerprint


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("keys", help="this device's public key and the office's trust list")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write this device's public key file")
    export.add_argument("file", type=Path, metavar="FILE")
    add_overwrite(export)
    export.set_defaults(run=run_export)
    trust = actions.add_parser("trust", help="trust the key of another desk, or a root key")
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.set_defaults(run=run_trust)
    listing = actions.add_parser("list", help="list the trusted keys")
    listing.set_defaults(run=run_list)

    p = sub.add_parser("office", help="the signatory and logo printed on the office's documents")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    signatory = actions.add_parser("set-signatory", help="who signs the documents")
    signatory.add_argument("--name", required=True)
    signatory.add_argument("--title-fr", default="", help="title in French (default: president)")
    signatory.add_argument("--title-ar", default="", help="title in Arabic (default: president)")
    signatory.set_defaults(run=run_set_signatory)
    logo = actions.add_parser("set-logo", help="the logo printed on certificates (PNG or JPEG)")
    choice = logo.add_mutually_exclusive_group(required=True)
    choice.add_argument("file", nargs="?", type=Path, default=None, metavar="FILE")
    choice.add_argument("--remove", action="store_true")
    logo.set_defaults(run=run_set_logo)


def key_line(info: TrustedKeyInfo) -> str:
    who = info.device_code or info.device_id or ""
    certified = ", certified" if info.certified else ""
    revoked = f", revoked {info.revoked_at:%Y-%m-%d}" if info.revoked_at else ""
    return (
        f"{info.fingerprint}  {info.kind.value:<6} {who:<10} {info.source.value}{certified}"
        f"{revoked}  added {info.added_at:%Y-%m-%d} by {info.added_by}"
    )


def run_export(args: argparse.Namespace) -> int:
    output = output_file(args, args.file)
    with opened_desk(args) as desk:
        output.write_bytes(export_public_key(desk).encode("utf-8"))
        key = desk.device_key
    print(f"wrote the public key of {key.device_code} to {args.file}")
    print(f"fingerprint: {fingerprint(key.public_key)} (compare it on the desk that trusts it)")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    with opened_desk(args) as desk:
        try:
            info, added = trust_key_file(desk, cli_actor(), text)
        except KeyFileInvalid as exc:
            raise CliError(f"{args.file}: {MESSAGES[exc.code]} ({exc.detail})") from exc
    print(("trusted " if added else "already trusted: ") + key_line(info))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        for info in trusted_keys(desk):
            print(key_line(info))
    return 0


def run_set_signatory(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        signer = set_signatory(desk, cli_actor(), args.name, args.title_fr, args.title_ar)
    print(f"documents are signed by {signer.name}, {signer.title_fr} / {signer.title_ar}")
    return 0


def run_set_logo(args: argparse.Namespace) -> int:
    image = None if args.remove else read_bytes(args.file, TEXT_FILE_MAX_BYTES)
    with opened_desk(args) as desk:
        set_logo(desk, cli_actor(), image)
    print("logo removed" if image is None else f"logo set from {args.file}")
    return 0
