"""The OpenAPI document describes every route's bodies with the wire structs, so that a
contract tester (schemathesis) can drive the server from it."""

from __future__ import annotations

from typing import Any

import httpx

from tests.server.support import RunningServer


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in refs(value)]
    if isinstance(node, list):
        return [r for item in node for r in refs(item)]
    return []


def test_every_body_is_described_and_every_reference_resolves(server: RunningServer) -> None:
    document = httpx.get(f"{server.url}/openapi.json").json()
    schemas = document["components"]["schemas"]
    for ref in refs(document):
        assert ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] in schemas, ref
    paths = document["paths"]
    for path, message in (("/api/v1/push", "PushBatch"), ("/api/v1/enrol", "EnrolRequest")):
        body = paths[path]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert body["$ref"].endswith("/" + message)
    answers = {
        path: {status: r["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
               for status, r in operation["responses"].items() if "content" in r}
        for path, item in paths.items()
        for operation in item.values()
    }  # fmt: skip
    assert answers["/api/v1/push"]["200"] == "PushAnswer"
    assert answers["/api/v1/pull"]["200"] == "PullPage"
    assert answers["/api/v1/verify"]["429"] == "ErrorAnswer"
    assert answers["/health"]["200"] == "Health"
    assert "Op" in schemas and "Conflict" in schemas
