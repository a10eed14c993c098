"""Messages in and out: raw bytes decoded with :func:`registry.wire.decode` (never
FastAPI's per-field pydantic path), answers encoded with :func:`registry.wire.encode`,
and each route's bodies described in the OpenAPI document from the same structs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec
from fastapi import Request
from fastapi.responses import Response

from registry import wire

JSON = "application/json"
M = TypeVar("M", bound=wire.Message)


def wire_response(
    message: wire.Message, status: int = 200, *, headers: Mapping[str, str] | None = None
) -> Response:
    return encoded_response(wire.encode(message), status, headers=headers)


def encoded_response(
    body: bytes, status: int = 200, *, headers: Mapping[str, str] | None = None
) -> Response:
    return Response(body, status_code=status, media_type=JSON, headers=dict(headers or {}))


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, refused as soon as it grows past ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def decode_message(body: bytes, kind: type[M]) -> M:
    """``body`` as a ``kind``; :class:`MalformedBody` names what is wrong."""
    try:
        return wire.decode(body, kind)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise MalformedBody(str(exc)) from exc


class MalformedBody(ValueError):
    pass


def body_schema(kind: type[wire.Message]) -> dict[str, Any]:
    """``openapi_extra`` for a route whose request body is a ``kind``."""
    return {
        "requestBody": {
            "required": True,
            "content": {JSON: {"schema": wire.json_schema(kind)}},
        }
    }


def answer_schemas(
    answers: Mapping[int, tuple[type[wire.Message], str]],
) -> dict[int | str, dict[str, Any]]:
    """``responses`` for a route: each status with the message it carries."""
    return {
        status: {"description": description, "content": {JSON: {"schema": wire.json_schema(kind)}}}
        for status, (kind, description) in answers.items()
    }


def hoist_definitions(document: dict[str, Any]) -> dict[str, Any]:
    """Move the ``$defs`` msgspec puts inside each schema to the OpenAPI document's
    ``components/schemas`` (where ``$ref`` resolves), rewriting the references."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            definitions = node.pop("$defs", None)
            if definitions:
                for name, schema in definitions.items():
                    schemas[name] = walk(schema)
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                node["$ref"] = "#/components/schemas/" + ref.removeprefix("#/$defs/")
            for key, value in node.items():
                node[key] = walk(value)
        elif isinstance(node, list):
            return [walk(item) for item in node]
        return node

    paths = document.get("paths", {})
    document["paths"] = walk(paths)
    return document
