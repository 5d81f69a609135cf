"""The extraction module map (src/frontierwatch/extract/MODULES.md) lists every module with its docstring."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module_map():
    spec = importlib.util.spec_from_file_location("module_map", ROOT / "scripts" / "module_map.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_module_map_is_current():
    mm = _module_map()
    assert mm.OUT.read_text(encoding="utf-8") == mm.render(), "run: python scripts/module_map.py"


def test_module_map_names_every_module():
    mm = _module_map()
    text = mm.OUT.read_text(encoding="utf-8")
    for path in mm.PKG.glob("*.py"):
        assert f"`{path.name}`" in text
    assert "(no docstring)" not in text
