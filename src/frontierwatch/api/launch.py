"""Start `frontierwatch serve` as a child process on a free loopback port (tests and benchmarks).

The server prints its URL once it listens; we read that line rather than guess a port.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

_URL = re.compile(r"(http://127\.0\.0\.1:\d+)/")
CLI = [sys.executable, "-c", "from frontierwatch.cli import main; main()"]


def start_server(db: Path | str, *args: str, env: dict[str, str] | None = None,
                 timeout: float = 60.0) -> tuple[subprocess.Popen, str]:
    """Run `serve --db DB --port 0 ARGS...`; return the process and its base URL (no trailing slash).

    Raises RuntimeError when the server exits or prints no URL within `timeout` seconds.
    """
    proc = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline() if proc.stdout else ""
        m = _URL.search(line)
        if m:
            return proc, m.group(1)
        if proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError(f"frontierwatch serve did not start within {timeout:.0f} s")
