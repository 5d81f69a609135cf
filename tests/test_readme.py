"""The README keeps its promises: the two commands first, every CLI command documented."""
from __future__ import annotations

import re
from pathlib import Path

import typer.main

from frontierwatch.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_demo_and_test_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands[:2] == ["make demo", "make test"]
    assert README.index("make demo") < README.index("## ")


def test_readme_documents_every_cli_command() -> None:
    group = typer.main.get_command(app)
    missing = [name for name in group.commands if f"frontierwatch {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"
