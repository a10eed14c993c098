"""The FastAPI application: routes, error answers and the OpenAPI document.

:func:`create_app` takes a running :class:`~central_server.runtime.Runtime` (tests and
``serve`` with one worker); :func:`app_from_environment` is uvicorn's factory for
``serve --workers N``, each worker reading the settings from the environment
``serve`` prepared.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from central_server.api.errors import install_error_handlers
from central_server.api.rate_limit import RateLimiter
from central_server.api.routes import api_router, health
from central_server.api.wire_io import hoist_definitions
from central_server.core.config import load_settings
from central_server.core.logs import setup_logging
from central_server.runtime import Runtime, open_runtime
from registry.wire import API_PREFIX, PROTOCOL_VERSION

# A push allocates tens of thousands of short-lived objects, none in cycles to speak of:
# Python's default collector thresholds (700 allocations) made it run a fifth of the time.
GC_THRESHOLDS = (50_000, 50, 100)


def create_app(runtime: Runtime) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        gc.freeze()  # what startup made stays: collections no longer walk through it
        gc.set_threshold(*GC_THRESHOLDS)
        yield
        runtime.close()

    app = FastAPI(
        title="Hirfa central server",
        summary="Enrolment, push, pull and public verification of the National Register "
        "of Traditional Crafts (docs/sync.md)",
        version=f"protocol {PROTOCOL_VERSION}",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    app.state.verify_limiter = RateLimiter(runtime.settings.verify_per_minute)
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(api_router, prefix=API_PREFIX)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = hoist_definitions(FastAPI.openapi(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def app_from_environment() -> FastAPI:
    settings = load_settings()
    setup_logging(settings.data_dir)
    return create_app(open_runtime(settings))
