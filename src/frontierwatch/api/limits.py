"""Request size limits as plain ASGI middleware (cheap: no per-request Starlette wrapping)."""
from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 1_000_000  # bytes: a long article is ~50 kB
MAX_URL = 8_192  # characters of path + query string


class _TooLarge(Exception):
    pass


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
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _error(send, 413, f"request body exceeds the limit of {limit} bytes")


async def _error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
