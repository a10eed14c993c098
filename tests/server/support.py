"""The central server as its own process, and desks made of plain wire messages.

:class:`RunningServer` is ``hirfa-server serve`` (uvicorn on loopback) over a SQLite file
or a PostgreSQL database of its own; the tests reach its store directly only to do what
an administrator does on the server (offices, codes, revocations). :class:`FakeDesk`
speaks the protocol the way a desk does: its own key, its sequences, its outbox.
"""

from __future__ import annotations

import itertools
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from central_server.admin.enrol_codes import make_enrol_code
from central_server.admin.offices import add_office
from central_server.core.clock import system_clock
from central_server.core.reference import builtin_activity_list, load_geography
from central_server.core.root_key import load_root_key
from central_server.store.engine import Store, open_store
from registry import wire
from registry.artisan import ArtisanDraft, Category, Status
from registry.device_keys import DeviceCertificate, certificate_from_bytes, raw_public_key
from registry.document_serial import DocumentSerial
from registry.numbering import RegistrationNumber
from registry.reference import ActivityCatalogue, Nomenclature
from registry.serialization import fields_to_json
from registry.signed_payload import PayloadFields, cin_digest, sign_payload
from registry.validation import RuleContext, validate_draft
from tests.factories import make_draft

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "host=127.0.0.1 port=5432 user=postgres dbname=test"
ADMIN_PASSWORD = "national operator passphrase"
VERIFY_PER_MINUTE = 5
HEADERS = {wire.PROTOCOL_HEADER: str(wire.PROTOCOL_VERSION)}

_offices = itertools.count(100)
_cins = itertools.count(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new PostgreSQL database (a SQLAlchemy URL), dropped afterwards. PostgreSQL not
    answering is a failure, never a skip: CI waits for it (.ci/run)."""
    name = f"hirfa_server_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(POSTGRES, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise RuntimeError(
            "PostgreSQL does not answer at 127.0.0.1:5432 (user postgres, database test, trust"
            f" auth): the central server's tests need it. Start it and run them again. ({exc})"
        ) from exc
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def server_command(data_dir: Path, db: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "central_server.cli.main", "--data-dir", str(data_dir),
            "--db", db, *args]  # fmt: skip


def run_command(
    data_dir: Path, db: str, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        server_command(data_dir, db, *args), input=stdin, capture_output=True, text=True,
        timeout=120, env=environment(), check=False,
    )  # fmt: skip


def wait_for_health(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server ended: {log.read_text(errors='replace')}")
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer /health in 60 s: {log.read_text()}")


@dataclass
class RunningServer:
    """``hirfa-server serve`` on a free loopback port, initialised with its root key."""

    backend: str
    db: str
    data_dir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    store: Store = field(init=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        done = run_command(
            self.data_dir, self.db, "init", "--admin", "root", "--password-stdin",
            stdin=ADMIN_PASSWORD + "\n",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        log = self.data_dir / "serve.log"
        self.process = subprocess.Popen(
            server_command(self.data_dir, self.db, "serve", "--port", str(self.port)),
            stdout=log.open("ab"), stderr=subprocess.STDOUT,
            env=environment(HIRFA_SERVER_VERIFY_PER_MINUTE=str(VERIFY_PER_MINUTE)),
        )  # fmt: skip
        wait_for_health(self.url, self.process, log)
        self.store = open_store(self.db, pool_size=2)

    def stop(self) -> None:
        self.store.dispose()
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def office(self, region: str = "01") -> str:
        """A new office of ``region`` (``RR-OOO``), unique in the session."""
        code = f"{region}-{next(_offices):03d}"
        add_office(self.store, load_geography(), code, f"Bureau {code}", "مكتب", system_clock())
        return code

    def code(self, office: str, *, made_at: datetime | None = None, hours: int = 24) -> str:
        made = make_enrol_code(self.store, office, hours, made_at or system_clock())
        return made.code

    def root_public_key(self) -> bytes:
        return raw_public_key(load_root_key(self.data_dir / "root-key.pem"))


def rules(region: str = "01") -> RuleContext:
    nomenclature = Nomenclature.from_json(json.loads(builtin_activity_list()))
    return RuleContext(
        load_geography(),
        ActivityCatalogue([nomenclature], nomenclature.version),
        date.today(),
        region,
    )


def wire_fields(draft: ArtisanDraft) -> dict[str, Any]:
    """A draft's canonical values in the wire form (as a desk sends them)."""
    values, issues = validate_draft(draft, rules())
    assert values is not None, issues
    out: dict[str, Any] = fields_to_json(values)
    del out["photo"]
    return out


def new_cin() -> str:
    return f"Z{next(_cins):06d}"


@dataclass
class FakeDesk:
    """A desk as the server sees it: a device id, a key, an outbox, a cursor."""

    server: RunningServer
    office: str  # "RR-OOO"
    device_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    token: str | None = None
    device: str = ""
    certificate: bytes = b""
    seq: int = 0
    numbers: int = 0
    serials: int = 0
    cursor: int = 0
    known: dict[tuple[str, str], wire.Change] = field(default_factory=dict)  # as pulled

    @property
    def region(self) -> str:
        return self.office[:2]

    @property
    def office_number(self) -> str:
        return self.office[3:]

    def enrol_request(
        self, code: str, standalone: wire.StandaloneStore | None = None
    ) -> httpx.Response:
        request = wire.EnrolRequest(
            code=code, device_id=self.device_id, public_key=raw_public_key(self.key),
            standalone=standalone,
        )  # fmt: skip
        return httpx.post(
            f"{self.server.url}/api/v1/enrol", content=wire.encode(request), headers=HEADERS
        )

    def enrol(self, code: str | None = None) -> wire.EnrolAnswer:
        answer = self.enrol_request(code or self.server.code(self.office))
        assert answer.status_code == 200, answer.text
        enrolled = wire.decode(answer.content, wire.EnrolAnswer)
        self.token, self.device, self.certificate = (
            enrolled.token, enrolled.device, enrolled.certificate,
        )  # fmt: skip
        return enrolled

    @property
    def headers(self) -> dict[str, str]:
        return {**HEADERS, "Authorization": f"Bearer {self.token}"}

    # Ops --------------------------------------------------------------------------------

    def op(
        self, entity: wire.Entity, entity_id: str, kind: str, data: dict[str, Any], base: int = 0
    ) -> wire.Op:
        self.seq += 1
        return wire.Op(
            op_id=str(uuid.uuid4()), seq=self.seq, entity=entity, entity_id=entity_id,
            kind=kind, base_version=base, actor="clerk1", at=datetime.now(UTC), data=data,
        )  # fmt: skip

    def next_number(self) -> str:
        self.numbers += 1
        return str(
            RegistrationNumber(
                self.region, self.office_number, self.device, date.today().year, self.numbers
            )
        )

    def create(
        self,
        status: str = "pending_review",
        number: str | None = None,
        raw: dict[str, Any] | None = None,
        **draft: Any,
    ) -> wire.Op:
        """A new record's op; ``raw`` overwrites wire fields (values a desk should not send)."""
        photo = draft.pop("photo", None)
        draft.setdefault("cin", new_cin())
        data = {
            "registration_number": number or self.next_number(),
            "status": status,
            "fields": wire_fields(make_draft(**draft)) | (raw or {}),
            "photo": photo,
            "history": {"action": "submit", "from_status": None, "to_status": status,
                        "reason": "", "actor": "clerk1", "at": datetime.now(UTC).isoformat()},
        }  # fmt: skip
        return self.op(wire.Entity.ARTISAN, str(uuid.uuid4()), "create", data)

    def update(
        self,
        artisan_id: str,
        base: int,
        changes: dict[str, Any],
        before: dict[str, Any] | None = None,
    ) -> wire.Op:
        data = {"changes": changes, "before": before or {}}
        return self.op(wire.Entity.ARTISAN, artisan_id, "update", data, base)

    def status(
        self, artisan_id: str, base: int, action: str, source: str, target: str, reason: str = ""
    ) -> wire.Op:
        data = {"action": action, "from_status": source, "to_status": target, "reason": reason}
        return self.op(wire.Entity.ARTISAN, artisan_id, "status", data, base)

    def next_serial(self, letter: str = "A") -> str:
        self.serials += 1
        return str(
            DocumentSerial(
                letter, self.region, self.office_number, self.device, date.today().year,
                self.serials,
            )
        )  # fmt: skip

    def signed_payload(
        self, serial: str, registration_number: str, *, with_certificate: bool = True
    ) -> str:
        fields = PayloadFields(
            registration_number, "El Amrani", "Fatima", "العمراني", "فاطمة", "", "",
            cin_digest(registration_number, "K123456"), Category.ARTISAN_EXPERIENCE, "01.01",
            Status.REGISTERED, date.today(), serial, self.device_id,
        )  # fmt: skip
        certificate: DeviceCertificate | None = (
            certificate_from_bytes(self.certificate) if with_certificate else None
        )
        return sign_payload(fields, self.key, certificate)

    def issue(
        self, serial: str, artisan_id: str, registration_number: str, payload: str
    ) -> wire.Op:
        now = datetime.now(UTC).isoformat()
        data = {
            "kind": "certificate", "artisan_id": artisan_id,
            "registration_number": registration_number, "issued_on": date.today().isoformat(),
            "issued_at": now, "issued_by": "clerk1", "copies": 1, "duplicate_of": None,
            "reprint_reason": "", "payload": payload, "printed_at": now,
        }  # fmt: skip
        return self.op(wire.Entity.DOCUMENT, serial, "issue", data)

    def cancel(self, serial: str) -> wire.Op:
        data = {"reason": "lost", "cancelled_at": datetime.now(UTC).isoformat(),
                "cancelled_by": "super1"}  # fmt: skip
        return self.op(wire.Entity.DOCUMENT, serial, "cancel", data)

    # Calls ------------------------------------------------------------------------------

    def push_response(self, ops: list[wire.Op], **headers: str) -> httpx.Response:
        return httpx.post(
            f"{self.server.url}/api/v1/push",
            content=wire.encode(wire.PushBatch(ops=ops)),
            headers={**self.headers, **headers},
            timeout=60,
        )

    def push(self, ops: list[wire.Op]) -> list[wire.OpAnswer]:
        response = self.push_response(ops)
        assert response.status_code == 200, response.text
        return wire.decode(response.content, wire.PushAnswer).answers

    def pull_page(
        self, after: int | None = None, limit: int = wire.MAX_PULL_CHANGES
    ) -> wire.PullPage:
        response = httpx.get(
            f"{self.server.url}/api/v1/pull",
            params={"after": self.cursor if after is None else after, "limit": limit},
            headers=self.headers,
            timeout=60,
        )
        assert response.status_code == 200, response.text
        return wire.decode(response.content, wire.PullPage)

    def pull_all(self) -> list[wire.Change]:
        """Every change after the cursor, page after page; the cursor moves."""
        changes: list[wire.Change] = []
        while True:
            page = self.pull_page()
            changes += page.changes
            self.known.update(((c.entity, c.entity_id), c) for c in page.changes)
            self.cursor = page.last_seq
            if not page.more:
                return changes


def hours_ago(hours: float) -> datetime:
    return system_clock() - timedelta(hours=hours)


def changes_of(changes: list[wire.Change], entity_id: str) -> list[wire.Change]:
    return [c for c in changes if c.entity_id == entity_id]
