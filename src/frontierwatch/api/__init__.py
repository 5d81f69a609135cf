"""REST API: `create_app(db_path, token=None)` returns the FastAPI app (API + dashboard)."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
