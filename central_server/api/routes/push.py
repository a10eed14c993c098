"""``POST /api/v1/push``: a batch of a device's operations, answered per operation."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from central_server.api.deps import DeviceDep, RuntimeDep, require_protocol
from central_server.api.errors import ApiError, malformed
from central_server.api.wire_io import (
    BodyTooLarge,
    MalformedBody,
    answer_schemas,
    body_schema,
    decode_message,
    read_body,
    wire_response,
)
from central_server.runtime import Runtime
from central_server.sync.devices import DeviceIdentity
from central_server.sync.push import (
    DeviceRevoked,
    MalformedBatch,
    OutOfOrder,
    check_shape,
    push,
)
from registry.wire import (
    MAX_PUSH_BYTES,
    MAX_PUSH_OPS,
    ErrorAnswer,
    ErrorKind,
    PushAnswer,
    PushBatch,
)

router = APIRouter(dependencies=[Depends(require_protocol)])


@router.post(
    "/push",
    response_class=Response,
    openapi_extra=body_schema(PushBatch),
    responses=answer_schemas(
        {
            200: (PushAnswer, "one answer per operation, in order"),
            401: (ErrorAnswer, "no device token, or an unknown one"),
            403: (ErrorAnswer, "the device was revoked"),
            409: (ErrorAnswer, "the batch skips operations: push again from expected_seq"),
            413: (ErrorAnswer, f"over {MAX_PUSH_OPS} operations or {MAX_PUSH_BYTES} bytes"),
            422: (ErrorAnswer, "not a push batch"),
            426: (ErrorAnswer, "another protocol version"),
        }
    ),
)
async def push_batch(request: Request, runtime: RuntimeDep, device: DeviceDep) -> Response:
    try:
        body = await read_body(request, MAX_PUSH_BYTES)
    except BodyTooLarge:
        raise _too_large(f"a batch holds at most {MAX_PUSH_BYTES} bytes") from None
    return await run_in_threadpool(_push, runtime, device, body)


def _push(runtime: Runtime, device: DeviceIdentity, body: bytes) -> Response:
    try:
        batch = decode_message(body, PushBatch)
    except MalformedBody as exc:
        raise malformed(str(exc)) from None
    if len(batch.ops) > MAX_PUSH_OPS:
        raise _too_large(f"a batch holds at most {MAX_PUSH_OPS} operations, not {len(batch.ops)}")
    try:
        check_shape(batch)
    except MalformedBatch as exc:
        raise malformed(str(exc)) from None
    try:
        return wire_response(push(runtime, device, batch))
    except OutOfOrder as exc:
        raise ApiError(409, ErrorKind.OUT_OF_ORDER, str(exc), expected_seq=exc.expected) from None
    except DeviceRevoked:
        raise ApiError(403, ErrorKind.REVOKED, "this device was revoked: it may not sync") from None


def _too_large(message: str) -> ApiError:
    return ApiError(413, ErrorKind.TOO_LARGE, message)
