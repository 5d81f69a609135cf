"""A read-only snapshot of the database, so the server never blocks (or is blocked by) an ingest.

DuckDB lets one process write a file; while it does, no other process can open it, and while a
reader holds it, no writer can open it. The server therefore never serves from the source file:
it copies the source into a private snapshot and answers every request from that copy. A
background thread watches the source's size and mtime (and its WAL); after an ingest it copies
again and swaps the new snapshot in. The copy takes no lock: it is made only when no other
process holds DuckDB's write lock (probed with F_GETLK) and kept only if the file did not change
and no writer appeared meanwhile, so `frontierwatch ingest` is never refused because of the
server. While a writer works, the previous snapshot keeps serving. `generation` increases on
every swap, so response caches keyed on it are never stale.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import StoreError


class SnapshotUnavailable(StoreError):
    """No snapshot could be taken yet (the source is locked by a writer or missing)."""


@dataclass(frozen=True, slots=True)
class _Stamp:
    """What identifies one state of the source file (plus its WAL)."""

    size: int
    mtime_ns: int
    wal_size: int
    wal_mtime_ns: int


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    wal = Path(str(path) + ".wal")
    try:
        ws = wal.stat()
        return _Stamp(st.st_size, st.st_mtime_ns, ws.st_size, ws.st_mtime_ns)
    except FileNotFoundError:
        return _Stamp(st.st_size, st.st_mtime_ns, -1, -1)


def _is_lock_error(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return "lock" in msg or "different configuration" in msg or "conflicting" in msg


class Snapshot:
    """Serve reads from a private copy of `source`, refreshed after each completed write."""

    def __init__(self, source: str | Path, workdir: str | Path | None = None,
                 poll_seconds: float = 1.0, threads: int = 2) -> None:
        self.source = Path(source)
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="fw-snapshot-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.poll_seconds = poll_seconds
        self.threads = threads
        self.generation = 0
        self.last_refresh: float | None = None
        self.last_error: str | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        # One long-lived cursor, used under a lock, for the analytics functions: they cache the
        # incident table per connection, so sharing one connection builds it once per snapshot.
        self._shared: duckdb.DuckDBPyConnection | None = None
        self._shared_lock = threading.Lock()
        self._file: Path | None = None
        self._stamp: _Stamp | None = None
        self._retired: list[tuple[duckdb.DuckDBPyConnection, Path]] = []
        self._swap_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self.writer_lock = threading.Lock()  # held by in-process writers (the ingest route)
        self._stop = threading.Event()
        self.on_swap: list[Callable[[], None]] = []  # run in a background thread after each swap
        self._thread: threading.Thread | None = None

    # -- taking snapshots -------------------------------------------------------------------
    def refresh(self, force: bool = False) -> bool:
        """Copy the source if it changed since the last copy; True when a new snapshot is live.

        Where POSIX locks can be probed, the copy takes no lock at all, so a writer starting
        mid-copy is never refused: a copy made while a writer held (or took) the file is discarded.
        """
        if not self.writer_lock.acquire(blocking=False):
            return False  # this process is writing (POST /api/ingest): wait for it to finish
        try:
            with self._refresh_lock:
                return self._refresh(force)
        finally:
            self.writer_lock.release()

    def _refresh(self, force: bool) -> bool:
        before = _stamp(self.source)
        if before is None:
            self.last_error = f"{self.source}: database not found (run `frontierwatch ingest` first or pass --db)"
            return False
        if not force and before == self._stamp and self._con is not None:
            return False
        target = self.workdir / f"snapshot-{self.generation + 1}.duckdb"
        probe = _writer_active(self.source)
        if probe:
            self.last_error = f"{self.source}: locked by a writer; serving the previous snapshot"
            return False
        ok = self._copy_holding_lock(target) if probe is None else self._copy_unlocked(target, before)
        if not ok:
            return False
        try:
            con = duckdb.connect(str(target), read_only=True, config={"threads": self.threads})
        except duckdb.Error as exc:
            self.last_error = f"{self.source}: snapshot copy unreadable ({exc}); will retry"
            _remove(target)
            return False
        self._swap(con, target, before)
        return True

    def _copy_unlocked(self, target: Path, before: _Stamp) -> bool:
        """Copy without locking; keep the copy only if no writer touched the file meanwhile."""
        _copy(self.source, target)
        if _stamp(self.source) != before or _writer_active(self.source):
            _remove(target)
            self.last_error = f"{self.source}: locked by a writer (changed during the copy); retrying"
            return False
        return True

    def _copy_holding_lock(self, target: Path) -> bool:
        """Copy while holding a read-only connection (keeps writers out; used without fcntl)."""
        try:
            src = duckdb.connect(str(self.source), read_only=True)
        except duckdb.Error as exc:
            self.last_error = (f"{self.source}: locked by a writer; serving the previous snapshot"
                               if _is_lock_error(exc) else f"{self.source}: cannot open database: {exc}")
            return False
        try:
            _copy(self.source, target)
        finally:
            src.close()
        return True

    def _swap(self, con: duckdb.DuckDBPyConnection, target: Path, stamp: _Stamp | None) -> None:
        shared = con.cursor()
        with self._swap_lock:
            old = (self._con, self._file)
            if self._shared is not None:
                with self._shared_lock:  # wait for a running analytics call on the old snapshot
                    self._shared.close()
            self._shared = shared
            self._con, self._file, self._stamp = con, target, stamp
            self.generation += 1
            self.last_refresh = time.time()
            self.last_error = None
            # Keep one retired snapshot alive: requests that started on it may still be reading.
            for rcon, rfile in self._retired:
                _close_and_remove(rcon, rfile)
            self._retired = [old] if old[0] is not None else []  # type: ignore[list-item]
        for callback in self.on_swap:
            threading.Thread(target=callback, name="fw-prewarm", daemon=True).start()

    def wait_ready(self, timeout: float = 10.0) -> None:
        """Take the first snapshot, retrying while a writer holds the source for up to `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            self.refresh()
            if self._con is not None:
                return
            if time.monotonic() >= deadline or not self.source.exists():
                raise SnapshotUnavailable(self.last_error or f"{self.source}: cannot take a snapshot")
            time.sleep(0.2)

    # -- reading ------------------------------------------------------------------------------
    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A thread-local cursor on the current snapshot (closed afterwards)."""
        with self._swap_lock:
            con = self._con
        if con is None:
            raise SnapshotUnavailable(self.last_error or "the database snapshot is not ready yet; retry shortly")
        cur = con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @contextmanager
    def shared(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The snapshot's shared cursor, held exclusively for the duration (analytics calls)."""
        with self._swap_lock:
            con = self._shared
        if con is None:
            raise SnapshotUnavailable(self.last_error or "the database snapshot is not ready yet; retry shortly")
        with self._shared_lock:
            yield con

    # -- background refresh -------------------------------------------------------------------
    def start(self) -> None:
        """Start the thread that picks up new data after each ingest."""
        if self._thread is None and self.poll_seconds > 0:
            self._thread = threading.Thread(target=self._loop, name="fw-snapshot", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.refresh()
            except Exception as exc:  # a failed copy must never kill the refresher
                self.last_error = f"snapshot refresh failed: {exc}"

    def close(self) -> None:
        """Stop refreshing, close connections and delete the snapshot files."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        with self._swap_lock:
            for rcon, rfile in self._retired:
                _close_and_remove(rcon, rfile)
            self._retired = []
            if self._shared is not None:
                with self._shared_lock:
                    self._shared.close()
            if self._con is not None and self._file is not None:
                _close_and_remove(self._con, self._file)
            self._con, self._file, self._shared = None, None, None
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    wal = Path(str(source) + ".wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(target) + ".wal"))


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _writer_active(path: Path) -> bool | None:
    """True when another process holds DuckDB's write lock on `path` (POSIX F_GETLK probe).

    Returns None where the probe is unavailable. The probe takes no lock. (Closing the probe's
    descriptor would drop locks *this* process holds on the file, which is why in-process writers
    hold `Snapshot.writer_lock` and refresh never probes while they write.)
    """
    try:
        import fcntl
        import struct
    except ImportError:
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        req = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0)
        res = fcntl.fcntl(fd, fcntl.F_GETLK, req)
        return struct.unpack("hhqqi", res)[0] == fcntl.F_WRLCK
    except OSError:
        return None
    finally:
        os.close(fd)


def _close_and_remove(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        con.close()
    except duckdb.Error:
        pass
    for p in (path, Path(str(path) + ".wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
