"""``GET /health``: ``ok`` once the store answers."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from central_server.api.deps import RuntimeDep, check_protocol_if_given
from central_server.api.wire_io import answer_schemas, wire_response
from registry.wire import PROTOCOL_VERSION, ErrorAnswer, Health

log = logging.getLogger(__name__)
router = APIRouter(dependencies=[Depends(check_protocol_if_given)])


@router.get(
    "/health",
    response_class=Response,
    responses=answer_schemas(
        {
            200: (Health, "the store answers"),
            426: (ErrorAnswer, "another protocol version"),
            503: (Health, "the store does not answer"),
        }
    ),
)
def health(runtime: RuntimeDep) -> Response:
    try:
        with runtime.store.read() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        log.exception("the store does not answer")
        return wire_response(Health(status="unavailable", protocol=PROTOCOL_VERSION), 503)
    return wire_response(Health(status="ok", protocol=PROTOCOL_VERSION))
