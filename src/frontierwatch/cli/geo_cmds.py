"""`frontierwatch geo ...`: look place names up in the gazetteer and scan texts for places."""
from __future__ import annotations

import json

import typer

from ..records import Location

geo_app = typer.Typer(help="Gazetteer look-ups for Pakistan and Afghanistan.", no_args_is_help=True)

_FIELDS = ("country", "admin1", "admin2", "place", "lat", "lon", "precision", "crossing")


def _as_dict(loc: Location) -> dict:
    return {k: getattr(loc, k) for k in _FIELDS}


def _load_or_exit() -> None:
    from ..geo import GazetteerError, gazetteer

    try:
        gazetteer()
    except GazetteerError as exc:
        typer.echo(f"error: gazetteer data: {exc}", err=True)
        raise typer.Exit(2) from None


@geo_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="Place name as written, e.g. \"Mir Ali\" or \"D.I. Khan\"."),
    context: str = typer.Option("", "--context", "-c", help="Text around the name, used to break ties."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of key: value lines."),
) -> None:
    """Resolve one place name: country, admin1, admin2, place, lat, lon, precision."""
    _load_or_exit()
    from ..geo import lookup

    loc = lookup(name, context)
    if loc is None:
        typer.echo(json.dumps(None) if as_json else f"{name}: not found")
        raise typer.Exit(1)
    d = _as_dict(loc)
    if as_json:
        typer.echo(json.dumps(d, ensure_ascii=False))
        return
    for k, v in d.items():
        if k != "crossing" or v is not None:
            typer.echo(f"{k:9} {'' if v is None else v}")


@geo_app.command("find")
def find_cmd(
    text: str = typer.Argument(..., help="A sentence or passage to scan for place names."),
) -> None:
    """List every known place named in a text, with its resolution (JSON Lines)."""
    _load_or_exit()
    from ..geo import find_places

    for m in find_places(text):
        typer.echo(json.dumps({"start": m.start, "end": m.end, "surface": m.surface, **_as_dict(m.location)},
                              ensure_ascii=False))


@geo_app.command("crossing")
def crossing_cmd(
    name: str = typer.Argument(..., help="A border crossing name, e.g. Torkham or \"Friendship Gate\"."),
    side: str = typer.Option("PK", help="PK (default, as the GUIDE locates crossings) or AF."),
) -> None:
    """Resolve a Pakistan-Afghanistan border crossing."""
    _load_or_exit()
    from ..geo import crossing

    loc = crossing(name, side)
    if loc is None:
        typer.echo(f"{name}: not a known crossing")
        raise typer.Exit(1)
    typer.echo(json.dumps(_as_dict(loc), ensure_ascii=False))


def register(app: typer.Typer) -> None:
    """Add the `geo` command group to the main app."""
    app.add_typer(geo_app, name="geo")
