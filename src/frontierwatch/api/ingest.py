"""POST /api/ingest: only registered when a token is configured, and only with that token.

Documents are written as corpus-style JSON files to a temporary directory and handed to the
ingestion pipeline, which writes the source database (briefly holding DuckDB's single write
lock, retried while another writer holds it). The snapshot is refreshed afterwards.
"""
from __future__ import annotations

import hmac
import json
import tempfile
import threading
import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request

from ..errors import StoreError
from .schemas import ErrorResponse, IngestRequest
from .service import _jsonable

MAX_INGEST_BODY = 5_000_000
LOCK_WAIT_SECONDS = 20.0

_write_lock = threading.Lock()  # one writer per server process


def check_token(expected: str, authorization: str | None, x_token: str | None) -> None:
    """401 without a token, 403 with a wrong one (constant-time comparison)."""
    given = None
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    elif x_token:
        given = x_token.strip()
    if not given:
        raise HTTPException(401, "this endpoint needs a token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "wrong token")


def make_router(token: str) -> APIRouter:
    """The ingest route bound to `token`."""
    router = APIRouter(prefix="/api", responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse},
                                                 413: {"model": ErrorResponse}, 503: {"model": ErrorResponse}})

    @router.post("/ingest", summary="Add documents to the database (token required)")
    def ingest(request: Request, body: IngestRequest,
               authorization: Annotated[str | None, Header()] = None,
               x_frontierwatch_token: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        check_token(token, authorization, x_frontierwatch_token)
        app = request.app
        with app.state.snapshot.writer_lock:  # no snapshot probe while this process writes
            summary = ingest_documents(app.state.db_path, [d.model_dump() for d in body.documents])
        app.state.snapshot.refresh(force=True)
        return {"ingested": len(body.documents), "summary": _jsonable(summary),
                "generation": app.state.snapshot.generation}

    return router


def ingest_documents(db_path: Path, docs: list[dict[str, Any]]) -> Any:
    """Run the pipeline on `docs`; retry while another process holds the write lock."""
    from ..pipeline import process_paths
    from ..store import open_store

    with _write_lock, tempfile.TemporaryDirectory(prefix="fw-ingest-") as tmp:
        paths = []
        for i, doc in enumerate(docs):
            p = Path(tmp) / f"doc-{i:04d}.json"
            p.write_text(json.dumps({k: v for k, v in doc.items() if v is not None}), encoding="utf-8")
            paths.append(p)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                store = open_store(db_path)
                break
            except Exception as exc:  # the Store raises StoreError or duckdb's lock error
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise StoreError(f"{db_path}: cannot open for writing: {exc}") from exc
                time.sleep(0.25)
        try:
            return process_paths(paths, store)
        finally:
            close = getattr(store, "close", None)
            if callable(close):
                close()
