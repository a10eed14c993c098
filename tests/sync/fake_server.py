"""A small stand-in for the central server, for the desk's own tests: enough of the
protocol (docs/sync.md) to enrol, take pushes in order and serve a feed. It answers
through httpx's MockTransport, or as a real HTTP server on loopback for the commands.

The real server (central_server/) is tested against real desks elsewhere; this one only
lets the desk's side be driven, including the failures a real server gives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import msgspec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from registry import wire
from registry.device_keys import certify_device, raw_public_key

TOKEN = "the-device-token-0123456789abcdefghijklmnopqrstu"
OFFICE = wire.OfficeInfo("01511", "01", "511", "Tanger", "طنجة")

Answer = tuple[int, bytes]


def error(status: int, kind: wire.ErrorKind, message: str, **extra: Any) -> Answer:
    return status, wire.encode(wire.ErrorAnswer(error=kind, message=message, **extra))


@dataclass
class FakeServer:
    device: str = "03"
    high_water: wire.HighWater = field(default_factory=wire.HighWater)
    root: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    feed: list[wire.Change] = field(default_factory=list)
    last_seq: int = 0  # the device's last applied op
    pushed: list[wire.Op] = field(default_factory=list)  # every op applied, in order
    batches: list[int] = field(default_factory=list)  # the size of every push received
    refuse_enrolment: wire.EnrolRefusal | None = None
    revoked: bool = False
    max_ops: int = wire.MAX_PUSH_OPS  # a smaller limit answers 413 over it
    versions: dict[str, int] = field(default_factory=dict)
    first_answers: dict[str, wire.OpAnswer] = field(default_factory=dict)
    answer: Callable[[wire.Op], wire.OpAnswer] | None = None  # otherwise: applied
    requests: list[httpx.Request] = field(default_factory=list)
    enrolled: list[wire.EnrolRequest] = field(default_factory=list)
    forget_after_push: bool = False  # lose everything once: as a server restored from backup

    @property
    def root_public_key(self) -> bytes:
        return raw_public_key(self.root)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.route(request.method, request.url.path, dict(request.url.params),
                                  request.headers, request.content)  # fmt: skip
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    def route(
        self, method: str, path: str, query: dict[str, str], headers: Any, body: bytes
    ) -> Answer:
        if headers.get(wire.PROTOCOL_HEADER) != str(wire.PROTOCOL_VERSION):
            return error(426, wire.ErrorKind.PROTOCOL, "update", server_protocol=2)
        if path == "/health":
            return 200, wire.encode(wire.Health(status="ok", protocol=wire.PROTOCOL_VERSION))
        if path == f"{wire.API_PREFIX}/enrol":
            return self.enrol(wire.decode(body, wire.EnrolRequest))
        if path == f"{wire.API_PREFIX}/verify":
            valid = query.get("payload") == "GOOD"
            return 200, wire.encode(wire.VerifyAnswer(valid=valid, status="registered"))
        if headers.get("Authorization") != f"Bearer {TOKEN}":
            return error(401, wire.ErrorKind.UNAUTHENTICATED, "no such device")
        if self.revoked:
            return error(403, wire.ErrorKind.REVOKED, "revoked on 2026-11-30")
        if path == f"{wire.API_PREFIX}/push":
            return self.push(wire.decode(body, wire.PushBatch))
        if path == f"{wire.API_PREFIX}/pull":
            return self.pull(int(query["after"]), int(query["limit"]))
        return error(404, wire.ErrorKind.NOT_FOUND, path)

    def enrol(self, request: wire.EnrolRequest) -> Answer:
        if self.refuse_enrolment is not None:
            refusal = self.refuse_enrolment.value
            return error(403, wire.ErrorKind.ENROLMENT, f"{refusal}: refused")
        self.enrolled.append(request)
        device = request.standalone.device if request.standalone else self.device
        code = f"01-511-{device}"
        certificate = certify_device(self.root, request.device_id, code, request.public_key,
                                     date(2026, 1, 1), date(2031, 1, 1))  # fmt: skip
        answer = wire.EnrolAnswer(
            token=TOKEN, device_id=request.device_id, device=device, office=OFFICE,
            high_water=self.high_water, certificate=certificate.to_bytes(),
            root_public_key=self.root_public_key,
        )  # fmt: skip
        return 200, wire.encode(answer)

    def push(self, batch: wire.PushBatch) -> Answer:
        self.batches.append(len(batch.ops))
        if len(batch.ops) > self.max_ops:
            return error(413, wire.ErrorKind.TOO_LARGE, f"at most {self.max_ops} operations")
        answers = []
        for op in batch.ops:
            if op.seq <= self.last_seq:
                first = self.first_answers[op.op_id]
                answers.append(msgspec.structs.replace(first, outcome=wire.Outcome.DUPLICATE,
                                                       first_outcome=first.outcome))  # fmt: skip
                continue
            if op.seq != self.last_seq + 1:
                expected = self.last_seq + 1
                return error(409, wire.ErrorKind.OUT_OF_ORDER, "gap", expected_seq=expected)
            self.last_seq = op.seq
            self.pushed.append(op)
            answered = self.answer(op) if self.answer else self.applied(op)
            self.first_answers[op.op_id] = answered
            answers.append(answered)
        if self.forget_after_push:
            self.forget_after_push, self.last_seq = False, 0
        return 200, wire.encode(wire.PushAnswer(answers=answers))

    def applied(self, op: wire.Op) -> wire.OpAnswer:
        version = self.versions[op.entity_id] = self.versions.get(op.entity_id, 0) + 1
        return wire.OpAnswer(op.op_id, op.seq, wire.Outcome.APPLIED, version=version,
                             server_seq=1000 + op.seq)  # fmt: skip

    def pull(self, after: int, limit: int) -> Answer:
        waiting = [c for c in self.feed if c.seq > after]
        page = waiting[:limit]
        more = len(waiting) > limit
        last = page[-1].seq if page else max([after, *(c.seq for c in self.feed)])
        return 200, wire.encode(wire.PullPage(changes=page, last_seq=last, more=more))


@contextmanager
def serving(server: FakeServer) -> Iterator[str]:
    """``server`` as a real HTTP server on loopback; its URL."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, content = server.route(self.command, parts.path, query, self.headers, body)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = _answer  # noqa: N815 (http.server's names)

        def log_message(self, *args: object) -> None:
            pass

    http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{http.server_address[1]}"
    finally:
        http.shutdown()
        http.server_close()
