"""Every refusal is an :class:`~registry.wire.ErrorAnswer`: the routes raise
:class:`ApiError`, and FastAPI's own refusals (an unknown route, a query parameter
that is not a number) are answered the same way."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from central_server.api.wire_io import wire_response
from registry.wire import PROTOCOL_VERSION, ErrorAnswer, ErrorKind

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        kind: ErrorKind,
        message: str,
        *,
        expected_seq: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.answer = ErrorAnswer(
            error=kind,
            message=message,
            expected_seq=expected_seq,
            server_protocol=PROTOCOL_VERSION if kind is ErrorKind.PROTOCOL else None,
        )
        self.headers = headers or {}


def malformed(message: str) -> ApiError:
    return ApiError(422, ErrorKind.MALFORMED, message)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return wire_response(exc.answer, exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error.get('loc', ()))}: {error.get('msg', '')}"
            for error in exc.errors()
        )
        return wire_response(ErrorAnswer(error=ErrorKind.MALFORMED, message=problems), 422)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        kind = ErrorKind.NOT_FOUND if exc.status_code in (404, 405) else ErrorKind.MALFORMED
        message = "no such route" if exc.status_code == 404 else str(exc.detail)
        return wire_response(
            ErrorAnswer(error=kind, message=message), exc.status_code, headers=exc.headers
        )
