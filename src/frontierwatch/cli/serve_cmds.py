"""`frontierwatch serve`: the REST API and dashboard over a database (uvicorn, read-only snapshot)."""
from __future__ import annotations

import os

import typer


def register(app: typer.Typer) -> None:
    """Add `serve` to the main app."""

    @app.command()
    def serve(
        db: str = typer.Option(None, "--db", help="DuckDB file (default: $FRONTIERWATCH_DB or ./frontierwatch.duckdb)."),
        host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
        port: int = typer.Option(8000, min=0, max=65535, help="Port (0: any free port)."),
        poll: float = typer.Option(1.0, min=0.0, help="Seconds between checks for newly ingested data."),
        log_level: str = typer.Option("warning", help="uvicorn log level."),
    ) -> None:
        """Serve the dashboard and the API; keeps serving while `frontierwatch ingest` writes."""
        import socket

        import uvicorn

        from ..api import create_app
        from ..errors import FrontierwatchError

        path = db or os.environ.get("FRONTIERWATCH_DB") or "frontierwatch.duckdb"
        try:
            application = create_app(path, poll_seconds=poll)
        except FrontierwatchError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=2) from None
        # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP;
        # without it every keep-alive response waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
            raise typer.Exit(code=2) from None
        bound = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        token = " (POST /api/ingest enabled: token from FRONTIERWATCH_TOKEN)" if application.state.token_configured else ""
        typer.echo(f"frontierwatch dashboard: http://{shown}:{bound}/  (API docs: http://{shown}:{bound}/docs){token}",
                   )
        config = uvicorn.Config(application, log_level=log_level, access_log=False)
        server = uvicorn.Server(config)
        server.run(sockets=[sock])
