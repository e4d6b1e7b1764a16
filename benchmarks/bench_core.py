"""Whole-process timings of the command line on a store with N demo cases.

Targets (issue 2): `demo --cases 100000` under 60 s; `case list --status overdue --json`
under 1 s whole process. Usage: python benchmarks/bench_core.py [N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REFERENCE_KEY = b'"reference"'


def timed(args: list[str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "dsar_desk", *args], check=True, capture_output=True).stdout
    return time.perf_counter() - start, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cases", type=int, nargs="?", default=100_000)
    parser.add_argument("--keep", help="reuse or keep the store in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dsar-bench-"))
    try:
        if not (folder / "dsar-desk.sqlite3").exists():
            seconds, _ = timed(["--data-dir", str(folder), "demo", "--cases", str(args.cases)])
            print(f"demo --cases {args.cases}: {seconds:.1f} s")
        runs = []
        for _ in range(5):
            seconds, out = timed(["--data-dir", str(folder), "case", "list", "--status", "overdue", "--json"])
            runs.append(seconds)
        print(
            f"case list --status overdue --json: best {min(runs):.2f} s, median {sorted(runs)[2]:.2f} s "
            f"({out.count(REFERENCE_KEY)} rows)"
        )
        seconds, _ = timed(["--version"])
        print(f"bare process start (--version): {seconds:.2f} s")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
