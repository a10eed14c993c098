"""The desk's HTTP client: the protocol header and token on every request, and every
failure of the server or the network as its own exception."""

from __future__ import annotations

import socket

import httpx
import pytest

from desktop_app.sync.client import (
    Client,
    EnrolmentRefused,
    Offline,
    OutOfOrder,
    ProtocolTooOld,
    RateLimited,
    Revoked,
    SyncFailure,
    TooLarge,
    Unauthenticated,
    UnexpectedAnswer,
)
from registry import wire
from tests.sync.fake_server import TOKEN, FakeServer, error, serving

URL = "http://hirfa.test"


def answering(status: int, body: bytes) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    return Client(URL, TOKEN, transport=transport)


def test_every_request_says_its_protocol_and_carries_the_token() -> None:
    server = FakeServer()
    with Client(URL, TOKEN, transport=server.transport()) as client:
        assert client.health().protocol == wire.PROTOCOL_VERSION
        assert client.pull(0, 10).changes == []
    request = server.requests[-1]
    assert request.headers[wire.PROTOCOL_HEADER] == "1"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert (request.url.path, dict(request.url.params)) == (
        "/api/v1/pull", {"after": "0", "limit": "10"},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("answer", "failure"),
    [
        (error(426, wire.ErrorKind.PROTOCOL, "update", server_protocol=2), ProtocolTooOld),
        (error(401, wire.ErrorKind.UNAUTHENTICATED, "who?"), Unauthenticated),
        (error(403, wire.ErrorKind.REVOKED, "revoked"), Revoked),
        (error(413, wire.ErrorKind.TOO_LARGE, "too large"), TooLarge),
        (error(429, wire.ErrorKind.RATE_LIMITED, "slow down"), RateLimited),
        (error(422, wire.ErrorKind.MALFORMED, "$.ops[0].seq"), UnexpectedAnswer),
        ((500, b"Internal Server Error"), UnexpectedAnswer),
        ((200, b'{"answers": "not a list"}'), UnexpectedAnswer),
        ((426, b"<html>upgrade</html>"), ProtocolTooOld),
    ],
)
def test_each_failure_is_its_own_exception(
    answer: tuple[int, bytes], failure: type[SyncFailure]
) -> None:
    with pytest.raises(failure) as raised, answering(*answer) as client:
        client.push(wire.PushBatch(ops=[]))
    assert str(raised.value) and "\n" not in str(raised.value)  # one line, for people


def test_a_server_of_another_protocol_says_which() -> None:
    answer = error(426, wire.ErrorKind.PROTOCOL, "update", server_protocol=2)
    with pytest.raises(ProtocolTooOld) as raised, answering(*answer) as client:
        client.pull(0, 10)
    assert raised.value.server_protocol == 2
    assert "update Hirfa" in str(raised.value)


def test_out_of_order_says_where_to_push_from() -> None:
    answer = error(409, wire.ErrorKind.OUT_OF_ORDER, "gap", expected_seq=7)
    with pytest.raises(OutOfOrder) as raised, answering(*answer) as client:
        client.push(wire.PushBatch(ops=[]))
    assert raised.value.expected_seq == 7


def test_an_enrolment_refusal_says_which() -> None:
    server = FakeServer(refuse_enrolment=wire.EnrolRefusal.EXPIRED_CODE)
    request = wire.EnrolRequest("ABCD-EFGH", "01938c3e-0000-7000-8000-000000000001", b"k" * 32)
    with pytest.raises(EnrolmentRefused) as raised, Client(URL, transport=server.transport()) as c:
        c.enrol(request)
    assert raised.value.refusal is wire.EnrolRefusal.EXPIRED_CODE
    assert "expired_code" in str(raised.value)


def test_no_network_and_no_answer_in_time_are_offline() -> None:
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def too_slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    for handler in (unreachable, too_slow):
        with (
            pytest.raises(Offline),
            Client(URL, TOKEN, transport=httpx.MockTransport(handler)) as c,
        ):
            c.pull(0, 10)


def test_against_a_real_http_server_and_a_closed_port() -> None:
    server = FakeServer(revoked=True)
    with serving(server) as url, Client(url, TOKEN) as client:
        assert client.health().status == "ok"
        with pytest.raises(Revoked):
            client.pull(0, 10)
        with pytest.raises(Unauthenticated), Client(url, "another token") as stranger:
            stranger.pull(0, 10)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with pytest.raises(Offline), Client(f"http://127.0.0.1:{closed}", TOKEN) as client:
        client.health()
