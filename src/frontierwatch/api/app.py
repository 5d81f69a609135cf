"""The FastAPI app factory: API routes, dashboard pages, static files, errors and limits.

`create_app(db_path, token=None)` serves a read-only snapshot of `db_path` (see snapshot.py), so
`frontierwatch ingest` can write to the same file while the server runs. /docs is an offline,
server-rendered reference built from /openapi.json (Swagger UI would need a CDN).
"""
from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..errors import StoreError
from .errors import install_error_handlers
from .ingest import MAX_INGEST_BODY, make_router
from .limits import DEFAULT_MAX_BODY, SizeLimit
from .routes import router as api_router
from .service import Service
from .snapshot import Snapshot, SnapshotUnavailable

WEB_DIR = Path(__file__).resolve().parent.parent / "web"


def create_app(db_path: str | Path, token: str | None = None, *, poll_seconds: float = 1.0,
               max_body: int = DEFAULT_MAX_BODY, startup_wait: float = 10.0,
               snapshot_dir: str | Path | None = None, prewarm: bool = True) -> FastAPI:
    """Build the app serving `db_path`; POST /api/ingest exists only when a token is configured.

    Args:
        db_path (str | Path): the DuckDB file written by `frontierwatch ingest`.
        token (str | None): ingest token; defaults to $FRONTIERWATCH_TOKEN; no token, no ingest route.
        poll_seconds (float): how often to look for new data (0: never, refresh by hand).
        max_body (int): request body limit in bytes (the ingest route allows MAX_INGEST_BODY).
        startup_wait (float): seconds to wait for a writer to release the file before giving up.
        snapshot_dir (str | Path | None): where snapshots live (default: a private temp dir).
        prewarm (bool): compute the overview in the background at start-up and after each new snapshot.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise StoreError(f"{db_path}: database not found (run `frontierwatch ingest` first or pass --db)")
    token = token if token is not None else (os.environ.get("FRONTIERWATCH_TOKEN") or None)
    snapshot = Snapshot(db_path, workdir=snapshot_dir, poll_seconds=poll_seconds)
    try:
        snapshot.wait_ready(timeout=startup_wait)
    except SnapshotUnavailable:
        if "locked" not in (snapshot.last_error or ""):
            snapshot.close()
            raise
        # A long ingest holds the file: start anyway, answer 503 until the first snapshot lands.

    service = Service(snapshot)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if prewarm:
            snapshot.on_swap.append(service.prewarm)
            threading.Thread(target=service.prewarm, name="fw-prewarm", daemon=True).start()
        snapshot.start()
        try:
            yield
        finally:
            snapshot.close()

    app = FastAPI(title="frontierwatch", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Sourced Pakistan-Afghanistan security and relations events. "
                              "Every figure links to the incidents behind it.")
    app.state.db_path = db_path
    app.state.snapshot = snapshot
    app.state.service = service
    app.state.templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    app.state.token_configured = bool(token)
    install_error_handlers(app)
    app.add_middleware(SizeLimit, max_body=max_body, overrides={"/api/ingest": MAX_INGEST_BODY})
    app.include_router(api_router)
    if token:
        app.include_router(make_router(token))
    from ..web.views import router as web_router
    from ..web.views import setup_templates

    setup_templates(app.state.templates)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request):
        return app.state.templates.TemplateResponse(request, "docs.html", {"spec": app.openapi()})

    return app
