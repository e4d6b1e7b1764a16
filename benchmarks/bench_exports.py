"""Whole-process timing of `dsar-desk log export` (targets: CSV < 1 s, XLSX < 8 s, PDF < 15 s).

Usage:
    python benchmarks/bench_exports.py [--data-dir D] [--cases 100000] [--month YYYY-MM]
                                       [--runs 5] [--formats csv,xlsx,pdf] [--no-bytecode]

Each run is a fresh `python -m dsar_desk ... log export` process, timed from start to
exit, on an encrypted store whose key comes from benchmarks/file_keyring.py (as a
keyring user's would; DSAR_DESK_PASSPHRASE would add the ~0.2 s scrypt KDF). The first
run of each format is a warm-up (page cache, .pyc files) and is not counted.

Bytecode: by default the children may write and use .pyc files (PYTHONDONTWRITEBYTECODE
removed), which is what an installed program has. With --no-bytecode the __pycache__
folders of dsar_desk/ are removed first and PYTHONDONTWRITEBYTECODE=1 is set, so every
run recompiles our package (site-packages keep theirs), as in a fresh checkout.

Without a store in D it generates `--cases` demo cases first (about a minute for
100,000). Without --month it picks the month whose log size is closest to --rows.
The figures are wall-clock (median and worst) and the child's CPU time (user + system,
median): on a shared machine the CPU figure is the steadier one.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"csv": 1.0, "xlsx": 8.0, "pdf": 15.0}


def _cli() -> list[str]:
    return [sys.executable, "-m", "dsar_desk"]


def _env(bytecode: bool) -> dict[str, str]:
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("PYTHON_KEYRING_BACKEND", "benchmarks.file_keyring.FileKeyring")
    env["PYTHONPATH"] = str(ROOT)
    return env


def _pick_month(data_dir: Path, rows: int) -> tuple[str, int]:
    from dsar_desk.credentials.secret_store import KeyringSecretStore
    from dsar_desk.domain.clock import FixedClock
    from dsar_desk.exports.month import Month
    from dsar_desk.services.desk import open_desk
    from dsar_desk.services.reports import ReportService

    desk = open_desk(data_dir, FixedClock(datetime.now(UTC)), "bench", secrets=KeyringSecretStore())
    reports = ReportService(desk.ctx)
    this = Month.of(desk.ctx.clock.today())
    best = (this, 0)
    for offset in range(0, 24):
        month = this.shift(-offset)
        size = len(reports.month_log(month).cases)
        if abs(size - rows) < abs(best[1] - rows):
            best = (month, size)
    desk.close()
    return str(best[0]), best[1]


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", default=str(Path(tempfile.gettempdir()) / "dsar-bench-exports"))
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--month", default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--formats", default="csv,xlsx,pdf")
    parser.add_argument("--no-bytecode", action="store_true", help="recompile on every run (no .pyc)")
    args = parser.parse_args()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "benchmarks.file_keyring.FileKeyring")
    env = _env(bytecode=not args.no_bytecode)
    if args.no_bytecode:
        for folder in (ROOT / "dsar_desk").rglob("__pycache__"):
            shutil.rmtree(folder)
    data_dir = Path(args.data_dir)
    if not (data_dir / "dsar-desk.sqlite3").exists():
        start = time.perf_counter()
        subprocess.run(
            [*_cli(), "--data-dir", str(data_dir), "demo", "--cases", str(args.cases)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        print(f"generated {args.cases:,} demo cases in {time.perf_counter() - start:.1f} s")
    month = args.month
    if month is None:
        month, size = _pick_month(data_dir, args.rows)
        print(f"month: {month} with {size:,} requests in its log")
    bytecode = "no .pyc (every run recompiles)" if args.no_bytecode else ".pyc cached"
    print(f"whole process, {bytecode}, {args.runs} runs after one warm-up, month {month}")
    with tempfile.TemporaryDirectory() as out:
        for fmt in args.formats.split(","):
            target = TARGETS[fmt]
            path = Path(out) / f"log.{fmt}"
            command = [
                *_cli(),
                "--data-dir",
                str(data_dir),
                "log",
                "export",
                "--month",
                month,
                "--format",
                fmt,
                "--out",
                str(path),
            ]
            _timed(command, env)  # warm-up: page cache and .pyc
            walls, cpus = zip(*(_timed(command, env) for _ in range(args.runs)), strict=True)
            mid = statistics.median(walls)
            rows = ""
            if fmt == "csv":  # header block, an empty line, the column names, then the rows
                lines = path.read_text(encoding="utf-8-sig").splitlines()
                rows = f", {len(lines) - lines.index('') - 2:,} rows"
            verdict = "ok" if mid < target else "TOO SLOW"
            print(
                f"{fmt:>4}: median {mid:.2f} s, worst {max(walls):.2f} s, best {min(walls):.2f} s, "
                f"cpu {statistics.median(cpus):.2f} s (target < {target:.0f} s, "
                f"{path.stat().st_size / 1e6:.1f} MB{rows}) {verdict}"
            )


if __name__ == "__main__":
    main()
