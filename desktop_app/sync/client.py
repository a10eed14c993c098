"""The central server's API as a desk calls it (docs/sync.md): every request carries the
protocol header (and the device's token where one is needed), every answer is decoded
as its ``registry.wire`` message, and every failure becomes one of the exceptions below,
each with a message a person can act on.

Nothing on the desk waits for the network: a server that cannot be reached is
:class:`Offline`, which is normal; the caller keeps every operation for the next round.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, TypeVar

import httpx
import msgspec

from registry import wire

T = TypeVar("T")

TIMEOUT = httpx.Timeout(60.0, connect=10.0)  # a bootstrap page of 5,000 records is large


class SyncFailure(Exception):
    """The round could not go on; the message says why, for the person at the desk."""


class Offline(SyncFailure):
    """The server cannot be reached: no network, a server down, no answer in time."""


class ProtocolTooOld(SyncFailure):
    """The server speaks another protocol version (426): this program must be updated."""

    def __init__(self, message: str, server_protocol: int | None) -> None:
        super().__init__(message)
        self.server_protocol = server_protocol


class Unauthenticated(SyncFailure):
    """The server does not know this device's token (401)."""


class Revoked(SyncFailure):
    """The device was revoked (403): it keeps every record and change, it may not sync."""


class EnrolmentRefused(SyncFailure):
    """The enrolment code was refused (403); ``refusal`` says how, when the server said."""

    def __init__(self, message: str, refusal: wire.EnrolRefusal | None) -> None:
        super().__init__(message)
        self.refusal = refusal


class OutOfOrder(SyncFailure):
    """A push that did not start where the server expected (409): push again from
    ``expected_seq``."""

    def __init__(self, message: str, expected_seq: int) -> None:
        super().__init__(message)
        self.expected_seq = expected_seq


class TooLarge(SyncFailure):
    """A push over the server's limits (413): push smaller batches."""


class RateLimited(SyncFailure):
    """Too many requests from this address (429): try again later."""


class UnexpectedAnswer(SyncFailure):
    """The server answered something this desk cannot use (a failure of its own, a
    refusal of what this desk sent, an answer that does not decode)."""


def _failure(status: int, answer: wire.ErrorAnswer) -> SyncFailure:
    said = answer.message
    kind = answer.error
    if status == 426 or kind is wire.ErrorKind.PROTOCOL:
        return ProtocolTooOld(
            f"the server speaks protocol {answer.server_protocol}, this program "
            f"{wire.PROTOCOL_VERSION}: update Hirfa on this computer",
            answer.server_protocol,
        )
    if kind is wire.ErrorKind.REVOKED:
        return Revoked(f"this computer was revoked by the central server ({said})")
    if status == 401 or kind is wire.ErrorKind.UNAUTHENTICATED:
        return Unauthenticated(f"the central server does not know this computer ({said})")
    if kind is wire.ErrorKind.ENROLMENT:
        word = said.split(":", 1)[0].strip()
        refusal = wire.EnrolRefusal(word) if word in set(wire.EnrolRefusal) else None
        return EnrolmentRefused(f"the enrolment was refused: {said}", refusal)
    if status == 409 and answer.expected_seq is not None:
        return OutOfOrder(f"the server awaits operation {answer.expected_seq}", answer.expected_seq)
    if status == 413 or kind is wire.ErrorKind.TOO_LARGE:
        return TooLarge(f"the server refused a batch as too large ({said})")
    if status == 429 or kind is wire.ErrorKind.RATE_LIMITED:
        return RateLimited(f"the server asks to wait before asking again ({said})")
    return UnexpectedAnswer(f"the server refused the request ({status} {kind.value}: {said})")


class Client:
    """One server, one device (``token``: None for the calls that need none)."""

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = TIMEOUT,
    ) -> None:
        headers = {wire.PROTOCOL_HEADER: str(wire.PROTOCOL_VERSION)}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        self.server_url = server_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.server_url, headers=headers, timeout=timeout, transport=transport
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def health(self) -> wire.Health:
        return self._call("GET", "/health", wire.Health)

    def enrol(self, request: wire.EnrolRequest) -> wire.EnrolAnswer:
        return self._call("POST", f"{wire.API_PREFIX}/enrol", wire.EnrolAnswer, body=request)

    def push(self, batch: wire.PushBatch) -> wire.PushAnswer:
        return self._call("POST", f"{wire.API_PREFIX}/push", wire.PushAnswer, body=batch)

    def pull(self, after: int, limit: int) -> wire.PullPage:
        params = {"after": after, "limit": limit}
        return self._call("GET", f"{wire.API_PREFIX}/pull", wire.PullPage, params=params)

    def verify(self, payload: str) -> wire.VerifyAnswer:
        params = {"payload": payload}
        return self._call("GET", f"{wire.API_PREFIX}/verify", wire.VerifyAnswer, params=params)

    def _call(
        self,
        method: str,
        path: str,
        answer: type[T],
        *,
        body: wire.Message | None = None,
        params: dict[str, Any] | None = None,
    ) -> T:
        content = wire.encode(body) if body is not None else None
        headers = {"Content-Type": "application/json"} if content is not None else None
        try:
            response = self._http.request(
                method, path, content=content, params=params, headers=headers
            )
        except httpx.TimeoutException as exc:
            where = self.server_url
            raise Offline(f"the central server did not answer in time ({where})") from exc
        except httpx.TransportError as exc:
            where = f"{self.server_url}: {exc}"
            raise Offline(f"the central server cannot be reached ({where})") from exc
        status = response.status_code
        if status == 200:
            try:
                return wire.decode(response.content, answer)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                raise UnexpectedAnswer(f"the server's answer does not decode ({exc})") from exc
        if 400 <= status < 500:
            try:
                error = wire.decode(response.content, wire.ErrorAnswer)
            except (msgspec.DecodeError, msgspec.ValidationError):
                error = None
            if error is not None:
                raise _failure(status, error)
            if status == 426:
                raise ProtocolTooOld("the server speaks another protocol: update Hirfa", None)
        raise UnexpectedAnswer(f"the server answered {status} ({self.server_url}{path})")
