"""Request size limits as plain ASGI middleware (cheap: no per-request Starlette wrapping)."""
from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 1_000_000  # bytes: a long article is ~50 kB
MAX_URL = 8_192  # characters of path + query string


class SizeLimit:
    """Reject bodies over `max_body` bytes (declared or streamed) and over-long URLs with JSON errors."""

    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY, max_url: int = MAX_URL,
                 overrides: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.max_url = max_url
        self.overrides = overrides or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if len(path) + len(scope.get("query_string", b"")) > self.max_url:
            await _error(send, 414, f"request URL longer than {self.max_url} characters")
            return
        limit = self.overrides.get(path, self.max_body)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _error(send, 400, "invalid Content-Length header")
                    return
                if declared > limit:
                    await _error(send, 413, f"request body of {declared} bytes exceeds the limit of {limit} bytes")
                    return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        # Buffer the body (at most `limit` bytes) before the app sees it, so a streamed body without
        # Content-Length is refused with 413 too, not half-read by a route.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _error(send, 413, f"request body exceeds the limit of {limit} bytes")
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
