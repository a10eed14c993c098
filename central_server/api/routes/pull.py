"""``GET /api/v1/pull``: the feed after a cursor, in pages, as the device may see it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from central_server.api.deps import DeviceDep, ReadConnectionDep, require_protocol
from central_server.api.wire_io import answer_schemas, encoded_response
from central_server.store.feed import read_page
from registry.wire import MAX_PULL_CHANGES, ErrorAnswer, PullPage

router = APIRouter(dependencies=[Depends(require_protocol)])


@router.get(
    "/pull",
    response_class=Response,
    responses=answer_schemas(
        {
            200: (PullPage, "the changes after the cursor, in feed order"),
            401: (ErrorAnswer, "no device token, or an unknown one"),
            403: (ErrorAnswer, "the device was revoked"),
            422: (ErrorAnswer, "a cursor or limit that is not a number"),
            426: (ErrorAnswer, "another protocol version"),
        }
    ),
)
def pull(
    device: DeviceDep,
    conn: ReadConnectionDep,
    after: Annotated[int, Query(ge=0, le=2**62, description="the last seq already seen")] = 0,
    limit: Annotated[int, Query(ge=1, le=2**31, description="at most this many")] = (
        MAX_PULL_CHANGES
    ),
) -> Response:
    page = read_page(
        conn,
        region=device.region,
        office=device.office_code,
        after=after,
        limit=min(limit, MAX_PULL_CHANGES),
    )
    return encoded_response(page)
