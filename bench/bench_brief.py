"""Benchmark: a one-week brief and a yearly trend over a generated 1,000,000-event database.

Targets (issue 6): week brief < 0.5 s, yearly trend < 1 s, each measured cold (a fresh process,
and a fresh connection in this one) and warm (median of repeats); exits 1 when any is missed.
Usage: python bench/bench_brief.py [--events N] [--linked FRACTION] [--keep DIR]
`--linked 0.3` links every event to an incident, 30 % of them in two-report incidents of one type
(as after incident resolution), so figures come from grouping linked reports.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb

from frontierwatch.analytics import build_brief, cache, week_period, yearly_trend
from frontierwatch.analytics.db import ensure_schema

PROVINCES = [("Khyber Pakhtunkhwa", ["North Waziristan", "Bannu", "Khyber", "Peshawar", "Dera Ismail Khan", "Bajaur"]),
             ("Balochistan", ["Quetta", "Kech", "Gwadar", "Chaman"]), ("Sindh", ["Karachi"]), ("Punjab", ["Lahore"])]


def generate(path: Path, n: int, linked: float) -> duckdb.DuckDBPyConnection:
    """Fill a database with n synthetic events over 2015-2025 (one document per 5 events)."""
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    ensure_schema(con)
    start = date(2015, 1, 1)
    days = (date(2025, 12, 31) - start).days
    con.execute(f"""
        INSERT INTO documents (id, content_hash, outlet, published, text, ingested_at)
        SELECT 'doc' || i, 'h' || i, 'outlet' || (i % 20), DATE '{start}' + CAST(i * 5 * {days} / {n} AS INTEGER),
               'x', TIMESTAMP '2025-12-31'
        FROM range({n // 5}) t(i)""")
    provs = "['" + "','".join(p for p, _ in PROVINCES) + "']"
    dists = "[" + ",".join("['" + "','".join(d) + "']" for _, d in PROVINCES) + "]"
    con.execute(f"""
        INSERT INTO events (id, doc_id, seq, source, type, date, country, admin1, admin2, target, tactic,
                            killed_security_forces, killed_civilians, killed_militants, killed_total, injured,
                            crossing, status, action, ingested_at)
        SELECT 'doc' || (i // 5) || '#' || (i % 5), 'doc' || (i // 5), i % 5, 'outlet' || ((i // 5) % 20),
               ['attack','attack','attack','attack','security_operation','security_operation','cross_border',
                'border_crossing','refugees','diplomacy'][1 + (i * 7) % 10],
               DATE '{start}' + CAST(i * {days} / {n} AS INTEGER), 'PK',
               {provs}[1 + (i % 4)], {dists}[1 + (i % 4)][1 + (i // 4) % len({dists}[1 + (i % 4)])],
               ['security_forces','police','civilians','government'][1 + (i % 4)],
               ['ied','suicide_bombing','armed_assault','kidnapping','targeted_killing'][1 + (i % 5)],
               i % 3, i % 2, i % 4, i % 3 + i % 2 + i % 4, i % 6,
               CASE WHEN (i * 7) % 10 = 7 THEN ['Torkham','Chaman'][1 + i % 2] END,
               CASE WHEN (i * 7) % 10 = 7 THEN ['closed','reopened'][1 + (i // 20) % 2] END,
               CASE WHEN (i * 7) % 10 = 9 THEN 'talks' WHEN (i * 7) % 10 = 8 THEN 'deportation' END,
               TIMESTAMP '2025-12-31'
        FROM range({n}) t(i)""")
    if linked:
        # Every event is linked, as after incident resolution: a `linked` fraction in two-report
        # incidents (event i with i + 10: same type, hours apart, another document), the rest as
        # single-report incidents.
        k = int(n * linked) // 20 * 20
        con.execute(f"""
            INSERT INTO incident_events
            SELECT CASE WHEN i < {k} THEN 'inc' || (i // 20 * 10 + i % 10) ELSE 'one' || i END,
                   'doc' || (i // 5) || '#' || (i % 5), TIMESTAMP '2025-12-31'
            FROM range({n}) t(i)""")
        con.execute("""INSERT INTO incidents (id, type, created_at)
                       SELECT DISTINCT incident_id, 'attack', TIMESTAMP '2025-12-31' FROM incident_events""")
    con.execute("CHECKPOINT")
    return con


def timed(fn, repeat: int = 5) -> tuple[float, float]:
    """(median, best) seconds over `repeat` runs after one warm-up."""
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs), min(runs)


TARGETS = {"week brief": 0.5, "yearly trend": 1.0}
WEEK = ("2024-09-12", "friday")


def probe(path: str, what: str) -> float:
    """Seconds for one call on a fresh read-only connection (run in a fresh process by main)."""
    con = duckdb.connect(path, read_only=True)
    con.execute("SET enable_progress_bar = false")
    t = time.perf_counter()
    if what == "week brief":
        build_brief(con, week_period(*WEEK))
    else:
        yearly_trend(con)
    return time.perf_counter() - t


def fresh_process(path: Path, what: str) -> float:
    """probe() in a new Python process (nothing cached anywhere: the truly cold path)."""
    out = subprocess.run([sys.executable, __file__, "--probe", str(path), what], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)["seconds"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--linked", type=float, default=0.0)
    ap.add_argument("--keep", type=Path, default=None, help="Write the database here instead of a temp dir.")
    ap.add_argument("--probe", nargs=2, metavar=("DB", "WHAT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.probe:
        print(json.dumps({"seconds": probe(*args.probe)}))
        return 0
    results: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = (args.keep or Path(tmp)) / "bench.duckdb"
        path.unlink(missing_ok=True)
        Path(str(path) + ".wal").unlink(missing_ok=True)
        t = time.perf_counter()
        generate(path, args.events, args.linked).close()
        print(f"generated {args.events:,} events (linked {args.linked:.0%}) in {time.perf_counter() - t:.1f} s -> {path}")
        for what in TARGETS:
            results.append((what, "cold, fresh process", fresh_process(path, what)))
        con = duckdb.connect(str(path), read_only=True)
        con.execute("SET enable_progress_bar = false")
        week = week_period(*WEEK)
        cache.clear()
        t = time.perf_counter()
        b = build_brief(con, week)
        results.append(("week brief", "cold, first call on a new connection", time.perf_counter() - t))
        med, best = timed(lambda: build_brief(con, week))
        results.append(("week brief", f"warm, median (best {best:.3f} s)", med))
        cache.clear()
        con2 = duckdb.connect(str(path), read_only=True)
        t = time.perf_counter()
        yearly_trend(con2)
        results.append(("yearly trend", "cold, first call on a new connection", time.perf_counter() - t))
        con2.close()
        med, best = timed(lambda: yearly_trend(con))
        results.append(("yearly trend", f"warm, median (best {best:.3f} s)", med))
        med, best = timed(lambda: build_brief(con, week, region="Balochistan"))
        print(f"week brief (Balochistan) warm median {med:.3f} s  best {best:.3f} s  (not a target)")
        print(f"brief figures: {b.attacks.current.value} attacks, {b.deaths.current.value} deaths, "
              f"{len(b.yearly)} trend years")
        con.close()
    missed = 0
    for what, how, secs in results:
        ok = secs < TARGETS[what]
        missed += not ok
        print(f"{what:<13} {how:<40} {secs:6.3f} s  target < {TARGETS[what]} s  {'ok' if ok else 'MISSED'}")
    print("all targets met" if not missed else f"{missed} target(s) missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
