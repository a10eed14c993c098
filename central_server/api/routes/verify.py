"""``GET /api/v1/verify``: anyone checks a document's QR payload, without logging in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from central_server.api.deps import RuntimeDep, check_protocol_if_given
from central_server.api.errors import ApiError
from central_server.api.rate_limit import RateLimiter
from central_server.api.wire_io import answer_schemas, wire_response
from central_server.sync.verification import verify
from registry.wire import ErrorAnswer, ErrorKind, VerifyAnswer

MAX_PAYLOAD = 4096
router = APIRouter(dependencies=[Depends(check_protocol_if_given)])


@router.get(
    "/verify",
    response_class=Response,
    responses=answer_schemas(
        {
            200: (VerifyAnswer, "VALID or INVALID with the reason"),
            422: (ErrorAnswer, "no payload, or one too long"),
            426: (ErrorAnswer, "another protocol version"),
            429: (ErrorAnswer, "too many verifications from this address: wait"),
        }
    ),
)
def verify_document(
    request: Request,
    runtime: RuntimeDep,
    payload: Annotated[
        str, Query(min_length=1, max_length=MAX_PAYLOAD, description="the QR code's text")
    ],
) -> Response:
    limiter: RateLimiter = request.app.state.verify_limiter
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(address)
    if wait is not None:
        raise ApiError(
            429,
            ErrorKind.RATE_LIMITED,
            f"too many verifications from {address}: try again in {int(wait) + 1} s",
            headers={"Retry-After": str(int(wait) + 1)},
        )
    return wire_response(verify(runtime, payload.strip()))
