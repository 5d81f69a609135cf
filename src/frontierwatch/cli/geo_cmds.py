"""CLI commands for geo (stub: filled by the geo work)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main app."""
