"""The `frontierwatch` command: a thin typer app; each area registers its own commands.

Commands parse options, call the library, print. No SQL or extraction rules here.
"""
from __future__ import annotations

import typer

from . import analytics_cmds, extract_cmds, geo_cmds, incidents_cmds, ingest_cmds, serve_cmds

app = typer.Typer(help="frontierwatch: sourced Pakistan-Afghanistan security events from news reports.",
                  no_args_is_help=True, add_completion=False)
for _module in (ingest_cmds, extract_cmds, geo_cmds, incidents_cmds, analytics_cmds, serve_cmds):
    _module.register(app)


@app.callback()
def _root() -> None:
    """frontierwatch: sourced Pakistan-Afghanistan security events from news reports."""


@app.command()
def version() -> None:
    """Print the installed version."""
    from .. import __version__

    typer.echo(__version__)


def main() -> None:
    """Console-script entry point."""
    app()
