"""The routes: ``/health`` at the root, the protocol under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from central_server.api.routes import enrol, health, pull, push, verify

api_router = APIRouter()
for module in (enrol, push, pull, verify):
    api_router.include_router(module.router)

__all__ = ["api_router", "health"]
