"""Whole-process timing of `dsar-desk log export` (targets: CSV < 1 s, XLSX < 8 s, PDF < 15 s).

Usage:
    python benchmarks/bench_exports.py [--data-dir D] [--cases 100000] [--month YYYY-MM] [--runs 3]

Without an existing store in D it generates `--cases` demo cases first (about a minute
for 100,000). Without --month it picks the month whose log size (requests received
in it, closed in it or open during it) is closest to --rows (default 10,000) and prints it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

TARGETS = {"csv": 1.0, "xlsx": 8.0, "pdf": 15.0}


def _cli() -> list[str]:
    return [sys.executable, "-m", "dsar_desk"]


def _pick_month(data_dir: Path, rows: int) -> tuple[str, int]:
    from dsar_desk.domain.clock import FixedClock
    from dsar_desk.exports.month import Month
    from dsar_desk.services.desk import open_desk
    from dsar_desk.services.reports import ReportService

    desk = open_desk(data_dir, FixedClock(datetime.now(UTC)), "bench")
    reports = ReportService(desk.ctx)
    this = Month.of(desk.ctx.clock.today())
    best = (this, 0)
    for offset in range(0, 24):
        month = this.shift(-offset)
        size = len(reports.month_log(month).cases)
        print(f"  {month}: {size:,} requests in the log")
        if abs(size - rows) < abs(best[1] - rows):
            best = (month, size)
    desk.close()
    return str(best[0]), best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", default=str(Path(tempfile.gettempdir()) / "dsar-bench-exports"))
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--month", default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data_dir = Path(args.data_dir)
    if not (data_dir / "dsar-desk.sqlite3").exists():
        start = time.perf_counter()
        subprocess.run([*_cli(), "--data-dir", str(data_dir), "demo", "--cases", str(args.cases)], check=True)
        print(f"generated {args.cases:,} demo cases in {time.perf_counter() - start:.1f} s")
    month = args.month
    if month is None:
        month, size = _pick_month(data_dir, args.rows)
        print(f"month: {month} with {size:,} requests in its log")
    with tempfile.TemporaryDirectory() as out:
        for fmt, target in TARGETS.items():
            times = []
            for run in range(args.runs):
                path = Path(out) / f"log-{run}.{fmt}"
                start = time.perf_counter()
                subprocess.run(
                    [
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
                    ],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                times.append(time.perf_counter() - start)
            best, mid = min(times), statistics.median(times)
            size = (Path(out) / f"log-0.{fmt}").stat().st_size
            verdict = "ok" if mid < target else "TOO SLOW"
            print(
                f"{fmt:>4}: median {mid:.2f} s, best {best:.2f} s "
                f"(target < {target:.0f} s, {size / 1e6:.1f} MB) {verdict}"
            )


if __name__ == "__main__":
    main()
