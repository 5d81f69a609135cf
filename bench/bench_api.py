"""Load benchmark: /api/stats at 50 concurrent clients over a generated 1,000,000-event database.

Target (issue 7): p95 < 50 ms and no errors. The server is the real `frontierwatch serve` in its
own process on loopback; the load generator runs 50 clients in a closed loop over keep-alive
connections (plain asyncio sockets by default, httpx.AsyncClient with --client httpx), bounded by a
request count and a time limit. The database is generated (bench_brief.generate)
in a temporary directory. Also reported: each query's cold (first, uncached) latency, and an
uncached phase where every request asks for a different month (informational, no target).
Usage: python bench/bench_api.py [--events N] [--clients 50] [--requests 5000] [--seconds 60] [--keep DIR]
       [--client raw|httpx] [--url URL]
"""
from __future__ import annotations

import argparse
import asyncio
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from frontierwatch.api import launch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_brief import generate  # noqa: E402  (the shared 1M-event generator)

TARGET_P95_MS = 50.0
STATS_QUERIES = [
    "/api/stats?by=type&metric=attacks",
    "/api/stats?by=admin1&metric=attacks&year=2024",
    "/api/stats?by=admin2&metric=deaths&year=2024",
    "/api/stats?by=month&metric=attacks&year=2025",
    "/api/stats?by=target&metric=attacks&month=2025-09",
    "/api/stats?by=tactic&metric=attacks&quarter=2025Q3",
    "/api/stats?by=week&metric=deaths&region=Balochistan&year=2025",
    "/api/stats?by=year&metric=attacks",
]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    """Run `frontierwatch serve` on a free loopback port; return the process and its URL."""
    try:
        return launch.start_server(db, "--log-level", "error", timeout=120)
    except RuntimeError as exc:
        raise SystemExit(f"bench_api: {exc}") from None


async def load(base: str, paths: list[str], clients: int, total: int, seconds: float
               ) -> tuple[list[float], int, float]:
    """Closed-loop load: `clients` workers share `total` requests; returns latencies (s), errors, wall time."""
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10.0) as client:
        async def worker(k: int) -> None:
            nonlocal issued, errors
            while issued < total and time.perf_counter() < deadline:
                path = paths[issued % len(paths)]
                issued += 1
                t = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t)
                errors += not ok

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        wall = time.perf_counter() - started
    return latencies, errors, wall


async def load_raw(base: str, paths: list[str], clients: int, total: int, seconds: float
                   ) -> tuple[list[float], int, float]:
    """The same closed loop over plain asyncio keep-alive connections (like wrk: the generator's own
    CPU cost stays small, so on a 2-core machine it does not starve the server it measures)."""
    host, port = base.split("//", 1)[1].split(":")
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal issued, errors
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while issued < total and time.perf_counter() < deadline:
                path = paths[issued % len(paths)]
                issued += 1
                t = time.perf_counter()
                ok = False
                try:
                    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
                    status = int(head.split(b" ", 2)[1])
                    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
                    await asyncio.wait_for(reader.readexactly(length), 10)
                    ok = status == 200
                except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, AttributeError, ValueError):
                    ok = False
                latencies.append(time.perf_counter() - t)
                if not ok:
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, int(port))
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - started


def pct(values: list[float], q: float) -> float:
    """q-th percentile in milliseconds."""
    if not values:
        return float("nan")
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(name: str, lat: list[float], errors: int, wall: float, clients: int) -> float:
    p95 = pct(lat, 95)
    print(f"{name}: {len(lat)} requests, {clients} clients, {errors} errors, {len(lat) / wall:.0f} req/s, "
          f"p50 {pct(lat, 50):.1f} ms, p95 {p95:.1f} ms, p99 {pct(lat, 99):.1f} ms, max {1000 * max(lat):.1f} ms")
    return p95


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--linked", type=float, default=0.3, help="fraction of events linked into incidents")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--seconds", type=float, default=60.0, help="time limit per phase")
    ap.add_argument("--keep", type=Path, default=None, help="write the database here instead of a temp dir")
    ap.add_argument("--url", default=None, help="load an already running server instead (no generation)")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="load generator: plain asyncio sockets (default, cheap) or httpx.AsyncClient")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="fw-bench-api-") as tmp:
        proc = None
        if args.url:
            base = args.url.rstrip("/")
        else:
            path = (args.keep or Path(tmp)) / "bench_api.duckdb"
            path.unlink(missing_ok=True)
            t = time.perf_counter()
            generate(path, args.events, args.linked).close()
            print(f"generated {args.events:,} events (linked {args.linked:.0%}) in {time.perf_counter() - t:.1f} s")
            t = time.perf_counter()
            proc, base = start_server(path)
            print(f"server up at {base} in {time.perf_counter() - t:.1f} s (snapshot copy included)")
        try:
            with httpx.Client(base_url=base, timeout=60.0) as c:
                for q in STATS_QUERIES:  # cold: the first (uncached) computation of each query
                    t = time.perf_counter()
                    r = c.get(q)
                    print(f"cold {1000 * (time.perf_counter() - t):7.1f} ms  {r.status_code}  {q}")
                    if r.status_code != 200:
                        print(r.text[:300])
                        return 1
            run = load_raw if args.client == "raw" else load
            lat, errors, wall = asyncio.run(run(base, STATS_QUERIES, args.clients, args.requests, args.seconds))
            p95 = report(f"/api/stats ({args.client} client)", lat, errors, wall, args.clients)
            months = [f"/api/stats?by=admin2&metric=attacks&month={y}-{m:02d}" for y in range(2015, 2026)
                      for m in range(1, 13)]
            months = months[-24:]  # bounded: two years of months, each computed once
            lat2, err2, wall2 = asyncio.run(run(base, months, args.clients, len(months), args.seconds))
            report("/api/stats (uncached, one new month per request; informational)", lat2, err2, wall2, args.clients)
        finally:
            if proc is not None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
    ok = errors == 0 and p95 < TARGET_P95_MS
    print(f"target p95 < {TARGET_P95_MS:.0f} ms with no errors: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
