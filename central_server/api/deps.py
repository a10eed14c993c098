"""The routes' typed dependencies: the running server, a database connection, the
protocol version check and the authenticated device (docs/sync.md, *Every request*)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection

from central_server.api.errors import ApiError
from central_server.runtime import Runtime
from central_server.sync.devices import DeviceIdentity, device_by_token
from registry.wire import PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorKind


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def read_connection(runtime: RuntimeDep) -> Iterator[Connection]:
    """A read-only transaction for the request."""
    with runtime.store.read() as conn:
        yield conn


ReadConnectionDep = Annotated[Connection, Depends(read_connection)]


def _refuse_protocol(given: str | None) -> ApiError:
    return ApiError(
        426,
        ErrorKind.PROTOCOL,
        f"this server speaks protocol {PROTOCOL_VERSION}, the request "
        + (f"protocol {given}" if given else f"no {PROTOCOL_HEADER} header")
        + ": update Hirfa",
    )


def require_protocol(
    hirfa_protocol: Annotated[
        str | None, Header(alias=PROTOCOL_HEADER, description="the wire protocol version")
    ] = None,
) -> None:
    """Device calls: the header is required and must be this server's version."""
    if hirfa_protocol != str(PROTOCOL_VERSION):
        raise _refuse_protocol(hirfa_protocol)


def check_protocol_if_given(
    hirfa_protocol: Annotated[
        str | None, Header(alias=PROTOCOL_HEADER, description="the wire protocol version")
    ] = None,
) -> None:
    """Public calls (verification from any phone, health): checked only when sent."""
    if hirfa_protocol is not None and hirfa_protocol != str(PROTOCOL_VERSION):
        raise _refuse_protocol(hirfa_protocol)


_BEARER = HTTPBearer(auto_error=False, description="the device token given at enrolment")


def authenticated_device(
    runtime: RuntimeDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)],
) -> DeviceIdentity:
    if credentials is None or not credentials.credentials:
        raise ApiError(401, ErrorKind.UNAUTHENTICATED, "no device token: enrol this desk first")
    with runtime.store.read() as conn:
        device = device_by_token(conn, credentials.credentials)
    if device is None:
        raise ApiError(401, ErrorKind.UNAUTHENTICATED, "this device token is not known here")
    if device.revoked:
        raise ApiError(
            403, ErrorKind.REVOKED, f"device {device.device_code} was revoked: it may not sync"
        )
    return device


DeviceDep = Annotated[DeviceIdentity, Depends(authenticated_device)]
