"""CLI commands for serve (stub: filled by the serve work)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main app."""
