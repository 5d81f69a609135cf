"""One error shape for every failure: {"error": {"status": int, "message": str}}, never a traceback.

API paths get JSON; dashboard pages get the same message in an HTML page.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import FrontierwatchError, InputError, QueryError, StoreError

log = logging.getLogger("frontierwatch.api")


def error_body(status: int, message: str) -> dict[str, Any]:
    """The JSON error document."""
    return {"error": {"status": status, "message": message}}


def _respond(request: Request, status: int, message: str, headers: dict[str, str] | None = None):
    if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(status, message), status_code=status, headers=headers)
    templates = getattr(request.app.state, "templates", None)
    if templates is None:
        return HTMLResponse(f"<h1>Error {status}</h1><p>{_esc(message)}</p>", status_code=status, headers=headers)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status, headers=headers)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
        parts.append(f"{loc or 'request'}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    """Translate every exception into the error shape (logging unexpected ones server-side)."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        if exc.status_code == 405:
            message = f"method {request.method} not allowed on {request.url.path}"
        return _respond(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return _respond(request, 422, _validation_message(exc))

    @app.exception_handler(QueryError)
    async def _query(request: Request, exc: QueryError):
        status = 501 if type(exc).__name__ == "FeatureUnavailable" else 400
        return _respond(request, status, str(exc))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError):
        return _respond(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError):
        return _respond(request, 503, str(exc), {"Retry-After": "2"})

    @app.exception_handler(FrontierwatchError)
    async def _fw(request: Request, exc: FrontierwatchError):
        return _respond(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _respond(request, 500, f"internal error ({type(exc).__name__}); see the server log")
