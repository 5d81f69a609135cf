#!/usr/bin/env python3
"""Run every bench/bench_*.py script in turn and report each one's wall time and exit status."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    """Run the benchmarks whose names contain any of argv's words (all when none given)."""
    here = Path(__file__).resolve().parent
    scripts = sorted(p for p in here.glob("bench_*.py") if not argv or any(a in p.stem for a in argv))
    if not scripts:
        print("bench: no bench_*.py scripts found")
        return 0
    failed = []
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        started = time.perf_counter()
        status = subprocess.call([sys.executable, str(script)], cwd=here.parent)
        took = time.perf_counter() - started
        print(f"-- {script.stem}: {'ok' if status == 0 else f'FAILED (exit {status})'} in {took:.1f}s", flush=True)
        if status != 0:
            failed.append(script.stem)
    print(f"bench: {len(scripts) - len(failed)} ok, {len(failed)} failed" + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
