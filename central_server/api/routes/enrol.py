"""``POST /api/v1/enrol``: a one-time code makes a desk a device of its office."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from central_server.api.deps import RuntimeDep, require_protocol
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
from central_server.sync.enrolment import BadEnrolRequest, EnrolRefused, enrol
from registry.wire import EnrolAnswer, EnrolRequest, ErrorAnswer, ErrorKind

MAX_ENROL_BYTES = 64 * 1024
router = APIRouter(dependencies=[Depends(require_protocol)])


@router.post(
    "/enrol",
    response_class=Response,
    openapi_extra=body_schema(EnrolRequest),
    responses=answer_schemas(
        {
            200: (EnrolAnswer, "enrolled: the token is shown this once"),
            403: (ErrorAnswer, "the code was refused (the message starts with why)"),
            413: (ErrorAnswer, "a body too large"),
            422: (ErrorAnswer, "not an enrolment request"),
            426: (ErrorAnswer, "another protocol version"),
        }
    ),
)
async def enrol_device(request: Request, runtime: RuntimeDep) -> Response:
    try:
        body = await read_body(request, MAX_ENROL_BYTES)
        message = decode_message(body, EnrolRequest)
        answer = await run_in_threadpool(enrol, runtime, message)
    except BodyTooLarge:
        raise ApiError(413, ErrorKind.TOO_LARGE, "an enrolment request is small") from None
    except (MalformedBody, BadEnrolRequest) as exc:
        raise malformed(str(exc)) from None
    except EnrolRefused as exc:
        raise ApiError(403, ErrorKind.ENROLMENT, str(exc)) from None
    return wire_response(answer)
